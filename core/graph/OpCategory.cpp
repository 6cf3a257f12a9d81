// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpCategory.h"

#include <QHash>

namespace ml {

OpCategory opCategory(const QString &opType, const QString &domain)
{
    using C = OpCategory;
    static const QHash<QString, OpCategory> table = [] {
        QHash<QString, OpCategory> t;
        auto put = [&t](std::initializer_list<const char *> ops, OpCategory c) {
            for (const char *op : ops)
                t.insert(QString::fromLatin1(op), c);
        };
        // Tables of names read better as written.
        // clang-format off
        put({"Conv", "ConvTranspose", "ConvInteger", "Gemm", "MatMul", "MatMulInteger", "LSTM", "GRU", "RNN",
             "Einsum", "FusedConv", "FusedGemm", "FusedMatMul", "Attention", "MultiHeadAttention", "DeformConv"}, C::Layer);
        put({"Relu", "LeakyRelu", "PRelu", "Sigmoid", "Tanh", "Softmax", "LogSoftmax", "Elu", "Selu", "Celu",
             "HardSigmoid", "HardSwish", "Softplus", "Softsign", "Gelu", "FastGelu", "BiasGelu", "Mish",
             "ThresholdedRelu", "Hardmax", "Erf", "QuickGelu"}, C::Activation);
        put({"MaxPool", "AveragePool", "GlobalAveragePool", "GlobalMaxPool", "LpPool", "GlobalLpPool",
             "MaxRoiPool", "RoiAlign", "MaxUnpool"}, C::Pool);
        put({"BatchNormalization", "InstanceNormalization", "LayerNormalization", "LpNormalization",
             "GroupNormalization", "LRN", "MeanVarianceNormalization", "SkipLayerNormalization",
             "SimplifiedLayerNormalization", "EmbedLayerNormalization"}, C::Normalization);
        put({"Dropout"}, C::Dropout);
        put({"Reshape", "Flatten", "Squeeze", "Unsqueeze", "Shape", "Size", "Expand", "Transpose",
             "Tile"}, C::Shape);
        put({"Concat", "Split", "Slice", "Gather", "GatherElements", "GatherND", "Scatter", "ScatterElements",
             "ScatterND", "Pad", "DepthToSpace", "SpaceToDepth", "Compress", "NonZero", "TopK", "Unique",
             "OneHot", "Trilu", "ReverseSequence", "SplitToSequence", "ConcatFromSequence",
             "SequenceAt", "SequenceConstruct", "SequenceInsert", "SequenceLength"}, C::Tensor);
        put({"Resize", "Upsample", "Cast", "CastLike", "Identity", "GridSample", "ReorderInput",
             "ReorderOutput"}, C::Transform);
        put({"Constant", "ConstantOfShape", "Range", "RandomNormal", "RandomUniform", "RandomNormalLike",
             "RandomUniformLike", "EyeLike", "Multinomial", "Bernoulli"}, C::Constant);
        put({"QuantizeLinear", "DequantizeLinear", "DynamicQuantizeLinear", "QLinearConv", "QLinearMatMul",
             "QLinearAdd", "QLinearMul", "QLinearSigmoid", "QLinearAveragePool", "QLinearGlobalAveragePool",
             "QLinearConcat", "QGemm", "QAttention"}, C::Quantization);
        put({"If", "Loop", "Scan", "SequenceMap"}, C::Control);
        put({"Equal", "Greater", "GreaterOrEqual", "Less", "LessOrEqual", "And", "Or", "Xor", "Not", "Where",
             "IsNaN", "IsInf"}, C::Logic);
        put({"Add", "Sub", "Mul", "Div", "Pow", "Sqrt", "Exp", "Log", "Abs", "Neg", "Reciprocal", "Floor",
             "Ceil", "Round", "Sign", "Min", "Max", "Mean", "Sum", "Mod", "Clip", "ReduceMean", "ReduceSum",
             "ReduceMax", "ReduceMin", "ReduceProd", "ReduceL1", "ReduceL2", "ReduceLogSum",
             "ReduceLogSumExp", "ReduceSumSquare", "ArgMax", "ArgMin", "CumSum", "Sin", "Cos", "Tan",
             "Asin", "Acos", "Atan", "Sinh", "Cosh", "Det", "BitShift", "NonMaxSuppression"}, C::Data);
        // clang-format on
        return t;
    }();
    const auto it = table.constFind(opType);
    if (it != table.constEnd())
        return *it;
    const bool standard = domain.isEmpty() || domain == QLatin1String("ai.onnx") || domain == QLatin1String("ai.onnx.ml")
            || domain.startsWith(QLatin1String("com.microsoft"));
    return standard ? C::Data : C::Custom;
}

QString categoryName(OpCategory category)
{
    switch (category) {
    case OpCategory::Layer:
        return QStringLiteral("layer");
    case OpCategory::Activation:
        return QStringLiteral("activation");
    case OpCategory::Pool:
        return QStringLiteral("pool");
    case OpCategory::Normalization:
        return QStringLiteral("normalization");
    case OpCategory::Dropout:
        return QStringLiteral("dropout");
    case OpCategory::Shape:
        return QStringLiteral("shape");
    case OpCategory::Tensor:
        return QStringLiteral("tensor");
    case OpCategory::Transform:
        return QStringLiteral("transform");
    case OpCategory::Data:
        return QStringLiteral("data");
    case OpCategory::Quantization:
        return QStringLiteral("quantization");
    case OpCategory::Control:
        return QStringLiteral("control");
    case OpCategory::Logic:
        return QStringLiteral("logic");
    case OpCategory::Custom:
        return QStringLiteral("custom");
    case OpCategory::Constant:
        return QStringLiteral("constant");
    }
    return {};
}

QColor categoryColor(OpCategory category)
{
    // Close to what Netron users know: layers blue, activations red, pooling green ...
    switch (category) {
    case OpCategory::Layer:
        return QColor(0x33, 0x6a, 0xa8);
    case OpCategory::Activation:
        return QColor(0x9c, 0x2b, 0x2b);
    case OpCategory::Pool:
        return QColor(0x33, 0x7a, 0x48);
    case OpCategory::Normalization:
        return QColor(0x4c, 0x6e, 0x6a);
    case OpCategory::Dropout:
        return QColor(0x6a, 0x4c, 0x82);
    case OpCategory::Shape:
        return QColor(0x6c, 0x4f, 0x3d);
    case OpCategory::Tensor:
        return QColor(0x59, 0x42, 0x3a);
    case OpCategory::Transform:
        return QColor(0x3b, 0x5b, 0x4a);
    case OpCategory::Data:
        return QColor(0x55, 0x55, 0x55);
    case OpCategory::Quantization:
        return QColor(0x8a, 0x5a, 0x12);
    case OpCategory::Control:
        return QColor(0x7a, 0x2e, 0x6e);
    case OpCategory::Logic:
        return QColor(0x4a, 0x4a, 0x7a);
    case OpCategory::Custom:
        return QColor(0x12, 0x12, 0x12);
    case OpCategory::Constant:
        return QColor(0x70, 0x70, 0x70);
    }
    return Qt::gray;
}

} // namespace ml
