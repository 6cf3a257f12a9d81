// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelIdentity.h"

#include "OnnxModel.h"
#include "ProtoWalk.h"
#include "TypeText.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <map>
#include <set>

using namespace Qt::StringLiterals;

namespace ml {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("ml::HistoryStore", text); }
QString qs(const std::string &s) { return QString::fromStdString(s); }

void typeLine(QString &out, const char *kind, const onnx::ValueInfoProto &v)
{
    out += QLatin1String(kind) + u' ' + qs(v.name()) + u' ' + typeText(v.type()) + u'\n';
}

void graphText(QString &out, const onnx::GraphProto &g);

void attributeText(QString &out, const onnx::AttributeProto &a)
{
    out += u' ' + qs(a.name()) + u'=';
    auto tensor = [](const onnx::TensorProto &t) {
        QString s = elementTypeName(t.data_type()) + u'[';
        for (int i = 0; i < t.dims_size(); ++i)
            s += (i ? u","_s : QString()) + QString::number(t.dims(i));
        return s + u']';
    };
    switch (a.type()) {
    case onnx::AttributeProto::FLOAT:
        out += QString::number(a.f(), 'g', 9);
        break;
    case onnx::AttributeProto::INT:
        out += QString::number(a.i());
        break;
    case onnx::AttributeProto::STRING:
        out += u'"' + QString::fromLatin1(QByteArray::fromStdString(a.s()).toHex()) + u'"';
        break;
    case onnx::AttributeProto::TENSOR:
        out += tensor(a.t());
        break;
    case onnx::AttributeProto::GRAPH:
        out += u"{\n"_s;
        graphText(out, a.g());
        out += u'}';
        break;
    case onnx::AttributeProto::FLOATS:
        for (float f : a.floats())
            out += QString::number(f, 'g', 9) + u',';
        break;
    case onnx::AttributeProto::INTS:
        for (auto i : a.ints())
            out += QString::number(i) + u',';
        break;
    case onnx::AttributeProto::STRINGS:
        for (const auto &s : a.strings())
            out += QString::fromLatin1(QByteArray::fromStdString(s).toHex()) + u',';
        break;
    case onnx::AttributeProto::TENSORS:
        for (const auto &t : a.tensors())
            out += tensor(t) + u',';
        break;
    case onnx::AttributeProto::GRAPHS:
        for (const auto &g : a.graphs()) {
            out += u"{\n"_s;
            graphText(out, g);
            out += u"},"_s;
        }
        break;
    case onnx::AttributeProto::SPARSE_TENSOR:
        out += u"sparse:"_s + tensor(a.sparse_tensor().values());
        break;
    default:
        out += u"type"_s + QString::number(a.type());
        break;
    }
}

void graphText(QString &out, const onnx::GraphProto &g)
{
    for (const auto &v : g.input())
        typeLine(out, "in", v);
    for (const auto &v : g.output())
        typeLine(out, "out", v);
    std::map<std::string, const onnx::TensorProto *> inits;
    for (const auto &t : g.initializer())
        inits.emplace(t.name(), &t);
    for (const auto &[name, t] : inits) {
        out += u"init "_s + qs(name) + u' ' + elementTypeName(t->data_type()) + u'[';
        for (int i = 0; i < t->dims_size(); ++i)
            out += (i ? u","_s : QString()) + QString::number(t->dims(i));
        out += u"]\n"_s;
    }
    for (const auto &n : g.node()) {
        out += u"node "_s + domainName(n.domain()) + u"::"_s + qs(n.op_type()) + u" (";
        for (const auto &i : n.input())
            out += qs(i) + u',';
        out += u") -> (";
        for (const auto &o : n.output())
            out += qs(o) + u',';
        out += u')';
        std::map<std::string, const onnx::AttributeProto *> attrs;
        for (const auto &a : n.attribute())
            attrs.emplace(a.name(), &a);
        for (const auto &[name, a] : attrs)
            attributeText(out, *a);
        out += u'\n';
    }
}

} // namespace

Result<QString> ModelIdentity::hashFiles(const QStringList &paths)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &path : paths) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(tr("%1: cannot read it to identify the model: %2").arg(path, f.errorString()));
        // addData(QIODevice *) reads in blocks: a 500 MB model never sits in memory.
        if (!hash.addData(&f))
            return makeError(tr("%1: read error while hashing: %2").arg(path, f.errorString()));
    }
    return QString::fromLatin1(hash.result().toHex());
}

QString ModelIdentity::signatureOf(const onnx::ModelProto &m)
{
    QString text;
    std::map<QString, qint64> opsets;
    for (const auto &o : m.opset_import())
        opsets[domainName(o.domain())] = o.version();
    for (const auto &[d, v] : opsets)
        text += u"opset "_s + d + u' ' + QString::number(v) + u'\n';
    for (const auto &f : m.functions()) {
        text += u"function "_s + qs(f.domain()) + u"::"_s + qs(f.name()) + u'\n';
        for (const auto &n : f.node())
            text += u"  "_s + qs(n.op_type()) + u'\n';
    }
    graphText(text, m.graph());
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

void ModelIdentity::stripPayloads(onnx::ModelProto &model, std::size_t maxInlineBytes)
{
    walk::tensors(model, [maxInlineBytes](onnx::TensorProto &t) {
        if (t.data_location() == onnx::TensorProto::EXTERNAL) {
            t.clear_external_data();
            t.clear_data_location();
        }
        const std::size_t typed = std::size_t(t.float_data_size()) * 4 + std::size_t(t.int32_data_size()) * 4
                + std::size_t(t.int64_data_size()) * 8 + std::size_t(t.double_data_size()) * 8
                + std::size_t(t.uint64_data_size()) * 8;
        std::size_t strings = 0;
        for (const auto &s : t.string_data())
            strings += s.size();
        if (t.raw_data().size() + typed + strings > maxInlineBytes) {
            t.clear_raw_data();
            t.clear_float_data();
            t.clear_int32_data();
            t.clear_int64_data();
            t.clear_double_data();
            t.clear_uint64_data();
            t.clear_string_data();
        }
    });
    auto *mark = model.add_metadata_props();
    mark->set_key("modellens.history");
    mark->set_value("weights stripped: tensor payloads above 1 KiB removed");
}

Result<onnx::ModelProto> ModelIdentity::readGraph(const QByteArray &graph)
{
    const QByteArray bytes = qUncompress(graph);
    onnx::ModelProto m;
    if (bytes.isEmpty() || !m.ParseFromArray(bytes.constData(), int(bytes.size())))
        return makeError(tr("the stored graph of this version cannot be read"));
    return m;
}

ModelIdentity ModelIdentity::describe(const OnnxModel &model)
{
    ModelIdentity id;
    const auto &m = model.proto();
    const QFileInfo info(model.path());
    id.fileName = info.fileName();
    id.path = info.absoluteFilePath();
    id.sizeBytes = qint64(model.fileBytes() + model.externalBytes());
    walk::graphs(m.graph(), [&id](const onnx::GraphProto &g, int) { id.nodeCount += g.node_size(); });
    for (const auto &o : m.opset_import())
        id.opsets.insert(domainName(o.domain()), qint64(o.version()));
    id.producer = QString(qs(m.producer_name()) + u' ' + qs(m.producer_version())).trimmed();
    id.signature = signatureOf(m);
    onnx::ModelProto copy = m;
    stripPayloads(copy);
    const std::string bytes = copy.SerializeAsString();
    id.graph = qCompress(QByteArray::fromStdString(bytes), 6);
    return id;
}

Result<ModelIdentity> ModelIdentity::ofFile(const QString &path)
{
    auto model = OnnxModel::open(path);
    if (!model)
        return model.error();
    ModelIdentity id = describe(*model.value());
    // External data files, by their relative names (the model's own deferred payloads are
    // in the file itself and not listed again).
    std::set<QString> externals;
    walk::tensors(model.value()->proto(), [&externals](const onnx::TensorProto &t) {
        if (t.data_location() != onnx::TensorProto::EXTERNAL)
            return;
        const ExternalRef ref = externalRef(t);
        if (!ref.inlineField && !ref.location.isEmpty())
            externals.insert(ref.location);
    });
    QStringList files{id.path};
    const QDir dir = QFileInfo(id.path).absoluteDir();
    for (const QString &rel : externals) {
        id.externalFiles << dir.absoluteFilePath(rel);
        files << id.externalFiles.back();
    }
    auto sha = hashFiles(files);
    if (!sha)
        return sha.error();
    id.sha256 = sha.value();
    return id;
}

Result<ModelIdentity> ModelIdentity::ofBytes(const QByteArray &serialized, const QString &fileName)
{
    // The bytes are in memory already; a tab's proto has its weights deferred into the source
    // file (external references with the loader's marker), so it parses small.
    onnx::ModelProto m;
    if (!m.ParseFromArray(serialized.constData(), int(serialized.size())))
        return makeError(tr("the edited model cannot be read: not a ModelProto"));
    ModelIdentity id;
    id.sha256 = QString::fromLatin1(QCryptographicHash::hash(serialized, QCryptographicHash::Sha256).toHex());
    id.fileName = fileName;
    id.sizeBytes = serialized.size();
    walk::graphs(m.graph(), [&id](const onnx::GraphProto &g, int) { id.nodeCount += g.node_size(); });
    for (const auto &o : m.opset_import())
        id.opsets.insert(domainName(o.domain()), qint64(o.version()));
    id.producer = QString(qs(m.producer_name()) + u' ' + qs(m.producer_version())).trimmed();
    id.signature = signatureOf(m);
    stripPayloads(m);
    id.graph = qCompress(QByteArray::fromStdString(m.SerializeAsString()), 6);
    return id;
}

} // namespace ml
