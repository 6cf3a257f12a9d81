// SPDX-License-Identifier: GPL-3.0-or-later
#include "InputPlan.h"

#include "TensorFile.h"
#include "TypeText.h"

#include <QCoreApplication>

#include <map>
#include <set>

using namespace Qt::StringLiterals;

namespace ml {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("InputPlan", text); }

bool isStatic(const QString &dim)
{
    bool ok = false;
    dim.toLongLong(&ok);
    return ok;
}

Result<void> checkAgainstModel(const PlannedInput &input, const Shape &shape, const QString &what)
{
    if (!input.rankKnown)
        return {};
    if (shape.size() != static_cast<std::size_t>(input.dimNames.size()))
        return makeError(tr("input %1: %2 has %3 dimensions, the model's input has %4 (%5)")
                                 .arg(input.name, what)
                                 .arg(shape.size())
                                 .arg(input.dimNames.size())
                                 .arg(input.dimNames.join(u'x')));
    for (int axis = 0; axis < input.dimNames.size(); ++axis) {
        if (isStatic(input.dimNames[axis]) && input.dimNames[axis].toLongLong() != shape[axis])
            return makeError(tr("input %1: dimension %2 is %3 in the model, %4 gives %5")
                                     .arg(input.name)
                                     .arg(axis)
                                     .arg(input.dimNames[axis], what)
                                     .arg(shape[axis]));
    }
    return {};
}

} // namespace

std::vector<PlannedInput> InputPlan::modelInputs(const onnx::GraphProto &graph)
{
    std::set<std::string> initializers;
    for (const auto &t : graph.initializer())
        initializers.insert(t.name());
    std::vector<PlannedInput> inputs;
    for (const auto &value : graph.input()) {
        if (initializers.count(value.name()))
            continue;
        PlannedInput p;
        p.name = QString::fromStdString(value.name());
        if (value.type().has_tensor_type()) {
            const auto &tensor = value.type().tensor_type();
            p.dataType = tensor.elem_type();
            p.rankKnown = tensor.has_shape();
            for (const auto &dim : tensor.shape().dim())
                p.dimNames << dimText(dim);
        }
        inputs.push_back(p);
    }
    return inputs;
}

std::vector<std::int64_t> InputPlan::sequenceCandidates() { return {kDefaultSequence, 256, 512, 1024, 16000}; }

bool InputPlan::isSequenceDim(const PlannedInput &input, int axis)
{
    const QString name = input.dimNames.value(axis).toLower();
    if (axis == 0 || name.contains(u"batch"_s) || name == u"n")
        return false;
    return input.dimNames.size() == 2 || input.dimNames.size() == 3;
}

std::int64_t InputPlan::defaultDim(const PlannedInput &input, int axis, std::int64_t sequenceLength)
{
    const QString name = input.dimNames.value(axis).toLower();
    if (axis == 0 || name.contains(u"batch"_s) || name == u"n")
        return 1;
    if (input.dimNames.size() == 4 && (axis == 2 || axis == 3))
        return 224;
    if (isSequenceDim(input, axis))
        return sequenceLength;
    return 1;
}

Result<std::vector<PlannedInput>> InputPlan::plan(const onnx::GraphProto &graph, const EngineSettings &settings,
                                                  std::int64_t sequenceLength)
{
    std::vector<PlannedInput> inputs = modelInputs(graph);
    QStringList names;
    for (const auto &input : inputs)
        names << input.name;
    auto checkNames = [&](const auto &map, const QString &what) -> Result<void> {
        for (const auto &entry : map)
            if (!names.contains(entry.first))
                return makeError(tr("%1 names \"%2\", which is not an input of the model (inputs: %3)")
                                         .arg(what, entry.first, names.join(u", "_s)));
        return {};
    };
    for (auto check : {checkNames(settings.shapes, tr("--shapes")), checkNames(settings.minShapes, tr("the minimum shapes")),
                       checkNames(settings.maxShapes, tr("the maximum shapes")), checkNames(settings.sources, tr("--inputs"))})
        if (!check)
            return check.error();

    // First pass: shapes the user (or a file) fixes; they name the symbols they bind.
    std::map<QString, std::int64_t> symbols;
    std::vector<bool> fixed(inputs.size(), false);
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        PlannedInput &input = inputs[i];
        if (auto source = settings.sources.find(input.name); source != settings.sources.end())
            input.source = source->second;
        if (input.dataType == 0)
            return makeError(tr("input %1 is not a tensor; only tensor inputs can be fed").arg(input.name));
        Shape given;
        QString what;
        if (auto s = settings.shapes.find(input.name); s != settings.shapes.end()) {
            given = s->second;
            what = tr("the shape %1").arg(ShapeSpec::formatDims(given));
            fixed[i] = true;
        } else if (input.source.kind == InputSource::Kind::File
                   && TensorFile::formatOf(input.source.file) != TensorFile::Format::Raw) {
            auto file = TensorFile::read(input.source.file);
            if (!file)
                return makeError(tr("input %1: %2").arg(input.name, file.errorMessage()));
            given = file->shape;
            what = input.source.file;
            fixed[i] = true;
        }
        if (!fixed[i] && !input.rankKnown)
            return makeError(tr("input %1 has no shape in the model: give one with --shapes").arg(input.name));
        if (!fixed[i])
            continue;
        if (auto ok = checkAgainstModel(input, given, what); !ok)
            return ok.error();
        input.shape = given;
        input.defaulted.assign(given.size(), false);
        for (int axis = 0; axis < input.dimNames.size(); ++axis) {
            const QString &dim = input.dimNames[axis];
            if (!isStatic(dim) && dim != u"?")
                symbols.emplace(dim, given[axis]);
        }
    }
    // Does some input have a dynamic first axis (a batch)? Then an input with a fixed first
    // axis carries its batch further in (LSTM and GRU states: [directions, batch, hidden]).
    bool anyDynamicBatch = false;
    for (const auto &input : inputs)
        anyDynamicBatch = anyDynamicBatch || (!input.dimNames.isEmpty() && !isStatic(input.dimNames[0]));
    // Second pass: the rest, from bound symbols or defaults (which then bind their symbol).
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        PlannedInput &input = inputs[i];
        if (fixed[i])
            continue;
        input.shape.clear();
        input.defaulted.clear();
        int batchAxis = -1;
        if (anyDynamicBatch && input.dimNames.size() >= 2 && isStatic(input.dimNames[0]))
            for (int axis = 1; axis < input.dimNames.size() && batchAxis < 0; ++axis)
                if (!isStatic(input.dimNames[axis]))
                    batchAxis = axis;
        for (int axis = 0; axis < input.dimNames.size(); ++axis) {
            const QString &dim = input.dimNames[axis];
            if (isStatic(dim)) {
                input.shape.push_back(dim.toLongLong());
                input.defaulted.push_back(false);
            } else if (auto bound = symbols.find(dim); dim != u"?" && bound != symbols.end()) {
                input.shape.push_back(bound->second);
                input.defaulted.push_back(false);
            } else {
                const std::int64_t value = axis == batchAxis ? 1 : defaultDim(input, axis, sequenceLength);
                input.shape.push_back(value);
                input.defaulted.push_back(true);
                if (dim != u"?")
                    symbols.emplace(dim, value);
            }
        }
    }
    // The range an engine is built for: what the user chose, else dynamic batch axes from 1
    // and everything else fixed at the running shape.
    for (auto &input : inputs) {
        input.minShape = input.shape;
        input.maxShape = input.shape;
        if (!input.dimNames.isEmpty() && !isStatic(input.dimNames[0]))
            input.minShape[0] = std::min<std::int64_t>(1, input.shape[0]);
        if (auto s = settings.minShapes.find(input.name); s != settings.minShapes.end()) {
            if (auto ok = checkAgainstModel(input, s->second, tr("the minimum shape")); !ok)
                return ok.error();
            input.minShape = s->second;
        }
        if (auto s = settings.maxShapes.find(input.name); s != settings.maxShapes.end()) {
            if (auto ok = checkAgainstModel(input, s->second, tr("the maximum shape")); !ok)
                return ok.error();
            input.maxShape = s->second;
        }
        for (std::size_t axis = 0; axis < input.shape.size(); ++axis)
            if (input.minShape[axis] > input.shape[axis] || input.shape[axis] > input.maxShape[axis])
                return makeError(tr("input %1: the shape %2 lies outside the range %3 .. %4")
                                         .arg(input.name, ShapeSpec::formatDims(input.shape),
                                              ShapeSpec::formatDims(input.minShape), ShapeSpec::formatDims(input.maxShape)));
    }
    return inputs;
}

} // namespace ml
