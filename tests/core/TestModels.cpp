// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestModels.h"

#include <QDir>
#include <QFile>

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/util/message_differencer.h>

#include <climits>
#include <cstring>
#include <fstream>
#include <vector>

namespace mltest {

QString sharedModelsDir()
{
    const QString dir = QStringLiteral(MODELLENS_SHARED_MODELS);
    return QDir(dir).exists(QStringLiteral("index.json")) ? QDir(dir).canonicalPath() : QString();
}

void setRawFloats(onnx::TensorProto &tensor, std::int64_t count, float step)
{
    std::vector<float> values(static_cast<std::size_t>(count));
    for (std::int64_t i = 0; i < count; ++i)
        values[static_cast<std::size_t>(i)] = static_cast<float>(i % 1000) * step;
    tensor.set_raw_data(values.data(), values.size() * sizeof(float));
}

onnx::ModelProto makeLinearModel(std::int64_t rows, std::int64_t cols, bool floatData)
{
    onnx::ModelProto m;
    m.set_ir_version(8);
    m.set_producer_name("modellens-tests");
    m.set_producer_version("1");
    auto *opset = m.add_opset_import();
    opset->set_domain("");
    opset->set_version(17);
    auto *g = m.mutable_graph();
    g->set_name("linear");
    auto addValue = [](google::protobuf::RepeatedPtrField<onnx::ValueInfoProto> *list, const char *name,
                       std::initializer_list<std::int64_t> dims) {
        auto *v = list->Add();
        v->set_name(name);
        auto *tt = v->mutable_type()->mutable_tensor_type();
        tt->set_elem_type(onnx::TensorProto::FLOAT);
        for (auto d : dims)
            tt->mutable_shape()->add_dim()->set_dim_value(d);
    };
    addValue(g->mutable_input(), "x", {1, rows});
    addValue(g->mutable_output(), "y", {1, cols});
    auto *w = g->add_initializer();
    w->set_name("W");
    w->set_data_type(onnx::TensorProto::FLOAT);
    w->add_dims(rows);
    w->add_dims(cols);
    if (floatData) {
        for (std::int64_t i = 0; i < rows * cols; ++i)
            w->add_float_data(static_cast<float>(i % 1000) * 0.5f);
    } else {
        setRawFloats(*w, rows * cols, 0.5f);
    }
    auto *mm = g->add_node();
    mm->set_name("matmul");
    mm->set_op_type("MatMul");
    mm->add_input("x");
    mm->add_input("W");
    mm->add_output("h");
    auto *relu = g->add_node();
    relu->set_name("relu");
    relu->set_op_type("Relu");
    relu->add_input("h");
    relu->add_output("y");
    return m;
}

bool writeProto(const onnx::ModelProto &model, const QString &path)
{
    std::ofstream out(path.toStdString(), std::ios::binary | std::ios::trunc);
    return model.SerializeToOstream(&out) && out.good();
}

bool readProto(const QString &path, onnx::ModelProto &model)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = file.readAll();
    google::protobuf::io::CodedInputStream input(reinterpret_cast<const uint8_t *>(bytes.constData()),
                                                 static_cast<int>(bytes.size()));
    input.SetTotalBytesLimit(INT_MAX);
    return model.ParseFromCodedStream(&input) && input.ConsumedEntireMessage();
}

bool protoEquals(const google::protobuf::Message &a, const google::protobuf::Message &b, std::string *diff)
{
    google::protobuf::util::MessageDifferencer differ;
    std::string report;
    if (diff)
        differ.ReportDifferencesToString(&report);
    const bool equal = differ.Compare(a, b);
    if (diff)
        *diff = report.substr(0, 2000);
    return equal;
}

} // namespace mltest
