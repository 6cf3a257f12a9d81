// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace ml {

// Tensor payloads are kept out of memory at open: before the ModelProto is parsed, the
// serialized bytes are rewritten so that each large tensor payload (raw_data, or packed
// float_data / double_data, which hold the same little-endian bytes) is replaced by an
// external-data reference into the model file itself. The parsed proto then costs memory
// for the graph only; the payload is read from the memory-mapped file when someone asks.
//
// A replaced tensor carries data_location = EXTERNAL and external_data entries
// location=<the model's file name>, offset, length (standard ONNX meaning, so checker and
// shape inference accept it as they are), plus the key kInlineMarkerKey whose value is the
// TensorProto field number the payload came from; saving puts the payload back there.
inline constexpr std::string_view kInlineMarkerKey = "modellens.inline_field";

struct StripResult {
    std::string bytes; // the rewritten ModelProto
    std::uint64_t tensorsStripped = 0;
    std::uint64_t bytesStripped = 0;
};

struct StripOptions {
    std::string locationName;           // file name written into the references
    std::size_t minPayloadBytes = 1024; // smaller payloads stay inline (shape constants etc.)
};

// Fails (with the byte offset) on bytes that are not well-formed protobuf wire format.
Result<StripResult> stripWeights(std::string_view serializedModel, const StripOptions &options);

} // namespace ml
