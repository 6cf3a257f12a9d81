// SPDX-License-Identifier: GPL-3.0-or-later
#include "OnnxModel.h"

#include "ModelSource.h"
#include "ModelWriter.h"
#include "ProgressCounter.h"
#include "ProtoWalk.h"
#include "WeightStripper.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>

#include <climits>
#include <cstring>

namespace ml {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("OnnxModel", text); }

QString qs(const std::string &s) { return QString::fromStdString(s); }

} // namespace

int elementByteSize(int dataType)
{
    using T = onnx::TensorProto;
    switch (dataType) {
    case T::FLOAT:
    case T::INT32:
    case T::UINT32:
        return 4;
    case T::UINT8:
    case T::INT8:
    case T::BOOL:
        return 1;
    case T::UINT16:
    case T::INT16:
    case T::FLOAT16:
    case T::BFLOAT16:
        return 2;
    case T::INT64:
    case T::UINT64:
    case T::DOUBLE:
    case T::COMPLEX64:
        return 8;
    case T::COMPLEX128:
        return 16;
    default:
        return 0;
    }
}

std::int64_t elementCount(const onnx::TensorProto &tensor) { return elementCount(tensor.dims()); }

std::int64_t elementCount(const google::protobuf::RepeatedField<std::int64_t> &dims)
{
    std::int64_t n = 1;
    for (auto d : dims) {
        if (d < 0)
            return 0;
        if (d != 0 && n > LLONG_MAX / d)
            return 0; // nonsense dims: count as nothing rather than overflow
        n *= d;
    }
    return n;
}

ExternalRef externalRef(const onnx::TensorProto &tensor)
{
    ExternalRef ref;
    for (const auto &entry : tensor.external_data()) {
        if (entry.key() == "location")
            ref.location = qs(entry.value());
        else if (entry.key() == "offset")
            ref.offset = std::strtoull(entry.value().c_str(), nullptr, 10);
        else if (entry.key() == "length")
            ref.length = std::strtoll(entry.value().c_str(), nullptr, 10);
        else if (entry.key() == kInlineMarkerKey)
            ref.inlineField = std::atoi(entry.value().c_str());
    }
    return ref;
}

OnnxModel::~OnnxModel() = default;

const QString &OnnxModel::path() const { return m_source->path(); }
QString OnnxModel::directory() const { return m_source->directory(); }
std::uint64_t OnnxModel::fileBytes() const { return m_source->fileBytes(); }
std::uint64_t OnnxModel::externalBytes() const { return m_source->externalBytes(); }
std::uint64_t OnnxModel::deferredBytes() const { return m_source->deferredBytes(); }

Result<std::shared_ptr<OnnxModel>> OnnxModel::open(const QString &path)
{
    auto mapped = ModelSource::map(path);
    if (!mapped)
        return mapped.error();
    std::shared_ptr<ModelSource> source = std::move(mapped).value();

    const QString name = QFileInfo(source->path()).fileName();
    auto stripped = stripWeights(source->bytes(), {name.toStdString(), 1024});
    if (!stripped)
        return makeError(tr("%1: not an ONNX model (protobuf parse error: %2)").arg(path, stripped.errorMessage()));
    if (stripped->bytes.size() > static_cast<std::size_t>(INT_MAX))
        return makeError(tr("%1: the graph alone is larger than 2 GiB, which protobuf cannot parse").arg(path));

    std::shared_ptr<OnnxModel> model(new OnnxModel);
    model->m_proto = std::make_unique<onnx::ModelProto>();
    {
        google::protobuf::io::CodedInputStream input(reinterpret_cast<const uint8_t *>(stripped->bytes.data()),
                                                     static_cast<int>(stripped->bytes.size()));
        input.SetRecursionLimit(200);
        if (!model->m_proto->ParseFromCodedStream(&input) || !input.ConsumedEntireMessage())
            return makeError(tr("%1: not an ONNX model (protobuf parse error)").arg(path));
    }
    source->setDeferredBytes(stripped->bytesStripped);
    stripped = Error{}; // release the rewritten bytes early

    const auto &proto = *model->m_proto;
    if (!proto.has_graph() && proto.ir_version() == 0)
        return makeError(tr("%1: not an ONNX model (no graph and no IR version)").arg(path));
    if (!proto.has_graph())
        return makeError(tr("%1: the model has no graph").arg(path));
    if (auto valid = source->checkExternalData(proto); !valid)
        return valid.error();
    model->m_source = std::move(source);
    model->syncNodeIds();
    return model;
}

std::shared_ptr<OnnxModel> OnnxModel::clone() const
{
    std::shared_ptr<OnnxModel> copy(new OnnxModel);
    copy->m_source = m_source;
    copy->m_proto = std::make_unique<onnx::ModelProto>();
    copy->m_nextId = m_nextId;
    copy->restore(*m_proto, nodeIdsInOrder());
    return copy;
}

namespace {

// Every node of the main graph and its subgraphs in the canonical depth-first order.
template<typename Model, typename Fn>
void forEachNode(Model &proto, Fn &&fn)
{
    if (!proto.has_graph())
        return;
    auto visit = [&fn](auto &graph, int) {
        for (auto &node : walk::nodes(graph))
            fn(node);
    };
    if constexpr (std::is_const_v<Model>)
        walk::graphs(proto.graph(), visit);
    else
        walk::graphs(*proto.mutable_graph(), visit);
}

} // namespace

NodeId OnnxModel::idOf(const onnx::NodeProto &node) const
{
    auto it = m_ids.find(&node);
    return it == m_ids.end() ? kNoNode : it->second;
}

const onnx::NodeProto *OnnxModel::node(NodeId id) const
{
    auto it = m_nodes.find(id);
    return it == m_nodes.end() ? nullptr : it->second;
}

onnx::NodeProto *OnnxModel::mutableNode(NodeId id)
{
    auto it = m_nodes.find(id);
    return it == m_nodes.end() ? nullptr : it->second;
}

void OnnxModel::forgetNode(const onnx::NodeProto &node)
{
    auto it = m_ids.find(&node);
    if (it == m_ids.end())
        return;
    m_nodes.erase(it->second);
    m_ids.erase(it);
}

void OnnxModel::syncNodeIds()
{
    std::unordered_map<const onnx::NodeProto *, NodeId> ids;
    std::unordered_map<NodeId, onnx::NodeProto *> nodes;
    forEachNode(*m_proto, [&](onnx::NodeProto &node) {
        auto it = m_ids.find(&node);
        const NodeId id = it != m_ids.end() ? it->second : m_nextId++;
        ids.emplace(&node, id);
        nodes.emplace(id, &node);
    });
    m_ids = std::move(ids);
    m_nodes = std::move(nodes);
    buildFunctionGraphs();
}

std::vector<NodeId> OnnxModel::nodeIdsInOrder() const
{
    std::vector<NodeId> out;
    out.reserve(m_ids.size());
    forEachNode(std::as_const(*m_proto), [&](const onnx::NodeProto &node) { out.push_back(idOf(node)); });
    return out;
}

void OnnxModel::restore(const onnx::ModelProto &proto, const std::vector<NodeId> &ids)
{
    *m_proto = proto;
    m_ids.clear();
    m_nodes.clear();
    std::size_t i = 0;
    forEachNode(*m_proto, [&](onnx::NodeProto &node) {
        const NodeId id = i < ids.size() && ids[i] != kNoNode ? ids[i] : m_nextId++;
        ++i;
        m_nextId = std::max(m_nextId, id + 1);
        m_ids.emplace(&node, id);
        m_nodes.emplace(id, &node);
    });
    buildFunctionGraphs();
}

void OnnxModel::buildFunctionGraphs()
{
    m_functionGraphs.clear();
    for (const auto &f : m_proto->functions()) {
        onnx::GraphProto g;
        g.set_name(f.name());
        g.set_doc_string(f.doc_string());
        *g.mutable_node() = f.node();
        for (const auto &in : f.input())
            g.add_input()->set_name(in);
        for (const auto &out : f.output())
            g.add_output()->set_name(out);
        m_functionGraphs.emplace(std::make_pair(f.domain(), f.name()), std::move(g));
    }
}

const onnx::GraphProto *OnnxModel::functionGraph(const std::string &domain, const std::string &name) const
{
    auto it = m_functionGraphs.find({domain, name});
    return it == m_functionGraphs.end() ? nullptr : &it->second;
}

TensorStorage OnnxModel::storageOf(const onnx::TensorProto &tensor) const
{
    if (tensor.data_location() != onnx::TensorProto::EXTERNAL)
        return TensorStorage::InProto;
    return externalRef(tensor).inlineField ? TensorStorage::ModelFile : TensorStorage::External;
}

Result<QByteArray> OnnxModel::tensorBytes(const onnx::TensorProto &t) const
{
    using T = onnx::TensorProto;
    if (t.data_location() == T::EXTERNAL) {
        const ExternalRef ref = externalRef(t);
        if (ref.inlineField)
            return m_source->slice(ref.offset, ref.length, t.name());
        return m_source->external(ref.location, ref.offset, ref.length);
    }
    return inProtoBytes(t);
}

QByteArray inProtoBytes(const onnx::TensorProto &t)
{
    using T = onnx::TensorProto;
    if (t.has_raw_data())
        return QByteArray(t.raw_data().data(), static_cast<qsizetype>(t.raw_data().size()));

    const int width = elementByteSize(t.data_type());
    QByteArray out;
    auto copyAll = [&out](const auto &field) {
        out.resize(static_cast<qsizetype>(field.size() * sizeof(field.Get(0))));
        if (field.size())
            std::memcpy(out.data(), field.data(), static_cast<std::size_t>(out.size()));
    };
    switch (t.data_type()) {
    case T::FLOAT:
    case T::COMPLEX64:
        copyAll(t.float_data());
        break;
    case T::DOUBLE:
    case T::COMPLEX128:
        copyAll(t.double_data());
        break;
    case T::INT64:
        copyAll(t.int64_data());
        break;
    case T::UINT32:
    case T::UINT64: {
        out.resize(static_cast<qsizetype>(t.uint64_data_size()) * width);
        for (int i = 0; i < t.uint64_data_size(); ++i) {
            const std::uint64_t v = t.uint64_data(i);
            std::memcpy(out.data() + static_cast<qsizetype>(i) * width, &v, static_cast<std::size_t>(width));
        }
        break;
    }
    case T::STRING:
        break;
    default: {
        // int32_data carries INT32, INT16, INT8, UINT16, UINT8, BOOL, FLOAT16 and BFLOAT16
        // (the latter two as their bit patterns); narrow each to its element width.
        out.resize(static_cast<qsizetype>(t.int32_data_size()) * width);
        for (int i = 0; width && i < t.int32_data_size(); ++i) {
            const std::int32_t v = t.int32_data(i);
            std::memcpy(out.data() + static_cast<qsizetype>(i) * width, &v, static_cast<std::size_t>(width));
        }
        break;
    }
    }
    return out;
}

Result<void> OnnxModel::restoreTensor(onnx::TensorProto &t) const
{
    const ExternalRef ref = externalRef(t);
    if (!ref.inlineField)
        return {};
    auto bytes = tensorBytes(t);
    if (!bytes)
        return bytes.error();
    t.clear_external_data();
    t.clear_data_location();
    const QByteArray &b = bytes.value();
    switch (ref.inlineField) {
    case 9:
        t.set_raw_data(b.constData(), static_cast<std::size_t>(b.size()));
        break;
    case 4:
        t.mutable_float_data()->Resize(static_cast<int>(b.size() / 4), 0.f);
        std::memcpy(t.mutable_float_data()->mutable_data(), b.constData(), static_cast<std::size_t>(b.size() / 4 * 4));
        break;
    case 10:
        t.mutable_double_data()->Resize(static_cast<int>(b.size() / 8), 0.0);
        std::memcpy(t.mutable_double_data()->mutable_data(), b.constData(), static_cast<std::size_t>(b.size() / 8 * 8));
        break;
    default:
        return makeError(tr("%1: tensor '%2' has an unknown deferred field").arg(path(), qs(t.name())));
    }
    return {};
}

Result<onnx::ModelProto> OnnxModel::materialize(ProgressCounter *progress) const
{
    onnx::ModelProto copy = *m_proto;
    Result<void> result;
    walk::tensors(copy, [&](onnx::TensorProto &t) {
        if (!result)
            return;
        const bool deferred = externalRef(t).inlineField != 0;
        result = restoreTensor(t);
        if (result && deferred && progress)
            progress->done += static_cast<qint64>(t.ByteSizeLong());
    });
    if (!result)
        return result.error();
    return copy;
}

Result<void> OnnxModel::save(const QString &path) const { return writeModelFile(*this, path); }

} // namespace ml
