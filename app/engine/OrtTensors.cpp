// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrtTensors.h"

#include "OnnxModel.h"

namespace ml {

namespace OrtTensors {

Ort::Value wrap(ml::TensorData &data)
{
    static const Ort::MemoryInfo memory = Ort::MemoryInfo::CreateCpu(OrtArenaAllocator, OrtMemTypeDefault);
    return Ort::Value::CreateTensor(memory, data.bytes.data(), static_cast<std::size_t>(data.bytes.size()), data.shape.data(),
                                    data.shape.size(), static_cast<ONNXTensorElementDataType>(data.dataType));
}

ml::TensorData copy(const Ort::Value &value, const QString &name)
{
    ml::TensorData t;
    if (!value.IsTensor())
        return t;
    const auto info = value.GetTensorTypeAndShapeInfo();
    t.dataType = static_cast<int>(info.GetElementType());
    const int width = ml::elementByteSize(t.dataType);
    if (width == 0 || t.dataType == onnx::TensorProto::STRING)
        return t;
    t.shape = info.GetShape();
    const std::size_t bytes = info.GetElementCount() * static_cast<std::size_t>(width);
    t.bytes = QByteArray(static_cast<const char *>(value.GetTensorRawData()), static_cast<qsizetype>(bytes));
    t.name = name;
    return t;
}

} // namespace OrtTensors

} // namespace ml
