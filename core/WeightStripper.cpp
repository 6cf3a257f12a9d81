// SPDX-License-Identifier: GPL-3.0-or-later
#include "WeightStripper.h"

#include <algorithm>
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
        if (field == 7)
            return Kind::Graph; // graph
        if (field == 20)
            return Kind::TrainingInfo; // training_info
        if (field == 25)
            return Kind::Function; // functions
        break;
    case Kind::TrainingInfo:
        if (field == 1 || field == 2)
            return Kind::Graph; // initialization, algorithm
        break;
    case Kind::Graph:
        if (field == 1)
            return Kind::Node; // node
        if (field == 5)
            return Kind::Tensor; // initializer
        if (field == 15)
            return Kind::SparseTensor; // sparse_initializer
        break;
    case Kind::Node:
        if (field == 5)
            return Kind::Attribute; // attribute
        break;
    case Kind::Attribute:
        if (field == 5 || field == 10)
            return Kind::Tensor; // t, tensors
        if (field == 6 || field == 11)
            return Kind::Graph; // g, graphs
        if (field == 22 || field == 23)
            return Kind::SparseTensor; // sparse_tensor(s)
        break;
    case Kind::Function:
        if (field == 7)
            return Kind::Node; // node
        break;
    case Kind::SparseTensor:
        if (field == 1 || field == 2)
            return Kind::Tensor; // values, indices
        break;
    case Kind::Tensor:
        break;
    }
    return std::nullopt;
}

// Singular message fields on those paths that hold a tensor (directly or in a sparse tensor).
// Protobuf merges the occurrences of a singular message field that appears more than once.
bool singularTensorField(Kind parent, std::uint32_t field)
{
    return (parent == Kind::Attribute && (field == 5 || field == 22))        // t, sparse_tensor
            || (parent == Kind::SparseTensor && (field == 1 || field == 2)); // values, indices
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
        // A singular tensor field given more than once is merged by protobuf (the payload of
        // the last occurrence wins, dims add up...). Rewriting each occurrence on its own would
        // change what the merge gives, so such occurrences are copied as they are (after the
        // same checks).
        std::vector<std::uint32_t> seen, merged;
        if (kind == Kind::Attribute || kind == Kind::SparseTensor) {
            for (const char *p = begin; p < end;) {
                Field f;
                if (!readField(p, end, f))
                    return false;
                if (f.wireType == 2 && singularTensorField(kind, f.number)) {
                    const bool again = std::find(seen.begin(), seen.end(), f.number) != seen.end();
                    (again ? merged : seen).push_back(f.number);
                }
                p = f.end;
            }
        }
        const char *p = begin;
        while (p < end) {
            Field f;
            if (!readField(p, end, f))
                return false;
            std::optional<Kind> child = f.wireType == 2 ? childKind(kind, f.number) : std::nullopt;
            if (!child) {
                out.append(f.begin, f.end);
            } else if (std::find(merged.begin(), merged.end(), f.number) != merged.end()) {
                std::string checked;
                ++m_keep;
                const bool ok = rewrite(*child, f.payload, f.payload + f.length, checked, depth + 1);
                --m_keep;
                if (!ok)
                    return false;
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
            case 4:
            case 5:
            case 6:
            case 7:
            case 9:
            case 10:
            case 11:
                ++payloadFields;
                payload = &f;
                break;
            case 13:
                // The marker is ours to write: a file that brings its own would pass for a
                // payload deferred into the model file (and skip the external-data checks).
                if (f.wireType == 2 && !checkEntry(f))
                    return false;
                hasExternal = true;
                break;
            case 14:
                hasExternal = true;
                break;
            default:
                break;
            }
        }
        // Packed float_data / double_data must hold whole elements: protobuf refuses a packed
        // fixed-width field of another length, and so must the parse after the rewrite.
        const bool contiguous = payload && payload->wireType == 2
                && (payload->number == 9 || (payload->number == 4 && payload->length % 4 == 0)
                    || (payload->number == 10 && payload->length % 8 == 0));
        if (m_keep || payloadFields != 1 || hasExternal || !contiguous || payload->length < m_options.minPayloadBytes) {
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

    // Refuses an external_data entry (StringStringEntryProto) whose key is our marker.
    bool checkEntry(const Field &entry)
    {
        const char *end = entry.payload + entry.length;
        for (const char *p = entry.payload; p < end;) {
            Field f;
            if (!readField(p, end, f))
                return false;
            if (f.number == 1 && f.wireType == 2 && std::string_view(f.payload, f.length) == kInlineMarkerKey)
                return fail(f.begin, "external data key " + std::string(kInlineMarkerKey) + " is reserved");
            p = f.end;
        }
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
        // Read tags as protobuf does: at most 5 bytes, kept to 32 bits. Otherwise a tag that
        // protobuf refuses could be truncated into the number of a field we rewrite, and the
        // rewritten bytes would parse where the file does not.
        if (p - f.begin > 5)
            return fail(f.begin, "malformed tag");
        const auto tag32 = static_cast<std::uint32_t>(tag);
        f.number = tag32 >> 3;
        f.wireType = tag32 & 7;
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
        case 1:
            skip = 8;
            break;
        case 5:
            skip = 4;
            break;
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
    int m_keep = 0; // > 0: check, but strip nothing (inside fields that protobuf merges)
};

} // namespace

Result<StripResult> stripWeights(std::string_view serializedModel, const StripOptions &options)
{
    Stripper stripper(serializedModel, options);
    StripResult result;
    result.bytes.reserve(std::min<std::size_t>(serializedModel.size(), 1u << 20));
    if (!stripper.rewrite(Kind::Model, serializedModel.data(), serializedModel.data() + serializedModel.size(), result.bytes, 0))
        return makeError(QString::fromStdString(stripper.error));
    result.tensorsStripped = stripper.tensorsStripped;
    result.bytesStripped = stripper.bytesStripped;
    return result;
}

} // namespace ml
