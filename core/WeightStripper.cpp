// SPDX-License-Identifier: GPL-3.0-or-later
#include "WeightStripper.h"

#include <optional>
#include <vector>

namespace ml {
namespace {

// Message kinds of onnx.proto (IR 8) on the paths that lead to TensorProto.
enum class Kind { Model, TrainingInfo, Graph, Node, Attribute, Function, Tensor, SparseTensor };

std::optional<Kind> childKind(Kind parent, std::uint32_t field)
{
    switch (parent) {
    case Kind::Model:
        if (field == 7) return Kind::Graph;          // graph
        if (field == 20) return Kind::TrainingInfo;  // training_info
        if (field == 25) return Kind::Function;      // functions
        break;
    case Kind::TrainingInfo:
        if (field == 1 || field == 2) return Kind::Graph; // initialization, algorithm
        break;
    case Kind::Graph:
        if (field == 1) return Kind::Node;           // node
        if (field == 5) return Kind::Tensor;         // initializer
        if (field == 15) return Kind::SparseTensor;  // sparse_initializer
        break;
    case Kind::Node:
        if (field == 5) return Kind::Attribute;      // attribute
        break;
    case Kind::Attribute:
        if (field == 5 || field == 10) return Kind::Tensor;        // t, tensors
        if (field == 6 || field == 11) return Kind::Graph;         // g, graphs
        if (field == 22 || field == 23) return Kind::SparseTensor; // sparse_tensor(s)
        break;
    case Kind::Function:
        if (field == 7) return Kind::Node;           // node
        break;
    case Kind::SparseTensor:
        if (field == 1 || field == 2) return Kind::Tensor; // values, indices
        break;
    case Kind::Tensor:
        break;
    }
    return std::nullopt;
}

constexpr int kMaxDepth = 100; // protobuf's own default recursion limit

struct Field {
    std::uint32_t number = 0;
    std::uint32_t wireType = 0;
    const char *begin = nullptr;   // first byte of the tag
    const char *payload = nullptr; // first byte after the length prefix (wire type 2)
    std::uint64_t length = 0;      // payload length (wire type 2)
    const char *end = nullptr;     // one past the field
};

class Stripper {
public:
    Stripper(std::string_view all, const StripOptions &options) : m_base(all.data()), m_options(options) {}

    bool rewrite(Kind kind, const char *begin, const char *end, std::string &out, int depth)
    {
        if (depth > kMaxDepth)
            return fail(begin, "messages nested too deeply");
        if (kind == Kind::Tensor)
            return rewriteTensor(begin, end, out);
        const char *p = begin;
        while (p < end) {
            Field f;
            if (!readField(p, end, f))
                return false;
            std::optional<Kind> child = f.wireType == 2 ? childKind(kind, f.number) : std::nullopt;
            if (!child) {
                out.append(f.begin, f.end);
            } else {
                std::string inner;
                if (!rewrite(*child, f.payload, f.payload + f.length, inner, depth + 1))
                    return false;
                appendTag(out, f.number, 2);
                appendVarint(out, inner.size());
                out += inner;
            }
            p = f.end;
        }
        return true;
    }

    std::uint64_t tensorsStripped = 0;
    std::uint64_t bytesStripped = 0;
    std::string error;

private:
    bool rewriteTensor(const char *begin, const char *end, std::string &out)
    {
        std::vector<Field> fields;
        for (const char *p = begin; p < end;) {
            Field f;
            if (!readField(p, end, f))
                return false;
            fields.push_back(f);
            p = f.end;
        }
        // Only a tensor with exactly one payload field, stored as contiguous little-endian
        // bytes, and no external data of its own, is replaced.
        const Field *payload = nullptr;
        int payloadFields = 0;
        bool hasExternal = false;
        for (const Field &f : fields) {
            switch (f.number) {
            case 4: case 5: case 6: case 7: case 9: case 10: case 11:
                ++payloadFields;
                payload = &f;
                break;
            case 13: case 14:
                hasExternal = true;
                break;
            default:
                break;
            }
        }
        const bool contiguous = payload && payload->wireType == 2
                && (payload->number == 9 || payload->number == 4 || payload->number == 10);
        if (payloadFields != 1 || hasExternal || !contiguous || payload->length < m_options.minPayloadBytes) {
            out.append(begin, end);
            return true;
        }
        for (const Field &f : fields) {
            if (&f != payload)
                out.append(f.begin, f.end);
        }
        const auto offset = static_cast<std::uint64_t>(payload->payload - m_base);
        appendEntry(out, "location", m_options.locationName);
        appendEntry(out, "offset", std::to_string(offset));
        appendEntry(out, "length", std::to_string(payload->length));
        appendEntry(out, kInlineMarkerKey, std::to_string(payload->number));
        appendTag(out, 14, 0);
        appendVarint(out, 1); // TensorProto.EXTERNAL
        ++tensorsStripped;
        bytesStripped += payload->length;
        return true;
    }

    bool readVarint(const char *&p, const char *end, std::uint64_t &value)
    {
        value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (p >= end)
                return fail(p, "truncated varint");
            const auto byte = static_cast<unsigned char>(*p++);
            value |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return true;
        }
        return fail(p, "malformed varint");
    }

    bool readField(const char *p, const char *end, Field &f)
    {
        f.begin = p;
        std::uint64_t tag = 0;
        if (!readVarint(p, end, tag))
            return false;
        f.number = static_cast<std::uint32_t>(tag >> 3);
        f.wireType = static_cast<std::uint32_t>(tag & 7);
        if (f.number == 0)
            return fail(f.begin, "field number 0");
        std::uint64_t skip = 0;
        switch (f.wireType) {
        case 0: {
            std::uint64_t ignored = 0;
            if (!readVarint(p, end, ignored))
                return false;
            break;
        }
        case 1: skip = 8; break;
        case 5: skip = 4; break;
        case 2:
            if (!readVarint(p, end, f.length))
                return false;
            f.payload = p;
            skip = f.length;
            break;
        default:
            return fail(f.begin, "unsupported wire type " + std::to_string(f.wireType));
        }
        if (skip > static_cast<std::uint64_t>(end - p))
            return fail(f.begin, "field runs past the end of its message");
        f.end = p + skip;
        return true;
    }

    static void appendVarint(std::string &out, std::uint64_t v)
    {
        while (v >= 0x80) {
            out.push_back(static_cast<char>((v & 0x7f) | 0x80));
            v >>= 7;
        }
        out.push_back(static_cast<char>(v));
    }
    static void appendTag(std::string &out, std::uint32_t number, std::uint32_t wireType)
    {
        appendVarint(out, (static_cast<std::uint64_t>(number) << 3) | wireType);
    }
    static void appendString(std::string &out, std::uint32_t number, std::string_view s)
    {
        appendTag(out, number, 2);
        appendVarint(out, s.size());
        out.append(s);
    }
    static void appendEntry(std::string &out, std::string_view key, std::string_view value)
    {
        std::string entry;
        appendString(entry, 1, key);
        appendString(entry, 2, value);
        appendString(out, 13, entry); // TensorProto.external_data
    }

    bool fail(const char *at, const std::string &what)
    {
        if (error.empty())
            error = what + " at byte " + std::to_string(at - m_base);
        return false;
    }

    const char *m_base;
    const StripOptions &m_options;
};

} // namespace

Result<StripResult> stripWeights(std::string_view serializedModel, const StripOptions &options)
{
    Stripper stripper(serializedModel, options);
    StripResult result;
    result.bytes.reserve(std::min<std::size_t>(serializedModel.size(), 1u << 20));
    if (!stripper.rewrite(Kind::Model, serializedModel.data(),
                          serializedModel.data() + serializedModel.size(), result.bytes, 0))
        return makeError(QString::fromStdString(stripper.error));
    result.tensorsStripped = stripper.tensorsStripped;
    result.bytesStripped = stripper.bytesStripped;
    return result;
}

} // namespace ml
