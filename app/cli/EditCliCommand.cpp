// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditCliCommand.h"

#include "Edit.h"
#include "ModelDocument.h"
#include "OnnxModel.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <functional>

using namespace ml;

namespace ml {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("cli", text); }

const char *const kHelp = QT_TRANSLATE_NOOP(
        "cli",
        "usage: modellens-cli edit MODEL -o OUT [operations...]\n"
        "Applies the operations in order, then saves to OUT atomically. If one fails, nothing is\n"
        "written and the exit status is 2. The operations are the GUI's edits:\n"
        "  --rename-node OLD=NEW            rename a node\n"
        "  --rename-tensor OLD=NEW          rename a tensor everywhere it is used (inputs and outputs too)\n"
        "  --set-attr NODE:NAME=VALUE       set an attribute (1, 0.5, text, [1,2,3])\n"
        "  --remove-attr NODE:NAME          remove an attribute\n"
        "  --add-node OP[@DOMAIN]:IN1,IN2[:OUT1,OUT2[:NAME]]  add a node, attributes from the schema's defaults\n"
        "  --delete-node NAME[:tail|:bypass]  delete a node (alone, with what only it feeds, or bypassed)\n"
        "  --add-output TENSOR              make a tensor a graph output\n"
        "  --remove-output NAME             remove a graph output\n"
        "  --set-dim VALUE:AXIS=DIM         set a dimension of an input or output (number, symbol or ?)\n"
        "  --rename-symbol OLD=NEW          rename a dimension symbol everywhere\n"
        "  --make-batch-dynamic[=SYMBOL]    first dimension of every input and output becomes SYMBOL (batch)\n"
        "  --fix-symbols N                  every dimension symbol becomes N\n"
        "  --replace-initializer NAME=FILE.npy  new values for an initializer (same shape and type)\n"
        "  --set-scalar NAME=VALUE          set a one-element initializer\n"
        "  --cleanup                        remove unused nodes, initializers and value_info\n"
        "  --toposort                       sort nodes topologically\n"
        "  --upgrade-opset N                convert to opset N with ONNX's version converter\n");

// "a=b" -> {"a", "b"}, at the first '='.
bool splitAt(const QString &text, QChar sep, bool last, QString &left, QString &right)
{
    const qsizetype i = last ? text.lastIndexOf(sep) : text.indexOf(sep);
    if (i <= 0)
        return false;
    left = text.left(i);
    right = text.mid(i + 1);
    return true;
}

struct Operation {
    QString option; // as typed, for messages
    std::function<Result<Edit>(const OnnxModel &)> make;
};

Error usageError(const QString &option, const QString &value)
{
    return makeError(tr("%1 %2: malformed (see modellens-cli edit --help)").arg(option, value));
}

// Builds the edit an option describes; names are resolved against the model at the time
// the operation runs, so earlier operations (renames) are seen by later ones.
Result<Operation> parseOperation(const QString &option, const QString &value)
{
    Operation op{value.isNull() ? option : option + QLatin1Char(' ') + value, {}};
    QString a, b;
    auto pair = [&](QChar sep, bool last = false) { return splitAt(value, sep, last, a, b); };
    if (option == QLatin1String("--rename-node")) {
        if (!pair(QLatin1Char('=')))
            return usageError(option, value);
        op.make = [a, b](const OnnxModel &m) -> Result<Edit> {
            auto id = findNode(m, a);
            if (!id)
                return id.error();
            return renameNode(id.value(), b);
        };
    } else if (option == QLatin1String("--rename-tensor")) {
        if (!pair(QLatin1Char('=')))
            return usageError(option, value);
        op.make = [a, b](const OnnxModel &) -> Result<Edit> { return renameTensor(a, b); };
    } else if (option == QLatin1String("--set-attr")) {
        QString lhs, v, node, name;
        if (!splitAt(value, QLatin1Char('='), false, lhs, v) || !splitAt(lhs, QLatin1Char(':'), true, node, name))
            return usageError(option, value);
        op.make = [node, name, v](const OnnxModel &m) -> Result<Edit> {
            auto id = findNode(m, node);
            if (!id)
                return id.error();
            auto attr = parseAttribute(m, id.value(), name, v);
            if (!attr)
                return attr.error();
            return setAttribute(id.value(), attr.value());
        };
    } else if (option == QLatin1String("--remove-attr")) {
        if (!pair(QLatin1Char(':'), true))
            return usageError(option, value);
        op.make = [a, b](const OnnxModel &m) -> Result<Edit> {
            auto id = findNode(m, a);
            if (!id)
                return id.error();
            return removeAttribute(id.value(), b);
        };
    } else if (option == QLatin1String("--add-node")) {
        const QStringList parts = value.split(QLatin1Char(':'));
        if (parts.size() < 2 || parts.size() > 4 || parts[0].isEmpty())
            return usageError(option, value);
        QString opType = parts[0], domain = QStringLiteral("ai.onnx");
        if (opType.contains(QLatin1Char('@')))
            splitAt(parts[0], QLatin1Char('@'), false, opType, domain);
        const QStringList inputs = parts[1].split(QLatin1Char(','), Qt::SkipEmptyParts);
        const QStringList outputs = parts.size() > 2 ? parts[2].split(QLatin1Char(','), Qt::SkipEmptyParts) : QStringList();
        const QString name = parts.size() > 3 ? parts[3] : QString();
        op.make = [=](const OnnxModel &) -> Result<Edit> { return addNode(opType, domain, inputs, outputs, name); };
    } else if (option == QLatin1String("--delete-node")) {
        DeleteMode mode = DeleteMode::NodeOnly;
        QString name = value;
        if (value.endsWith(QLatin1String(":tail"))) {
            mode = DeleteMode::Tail;
            name.chop(5);
        } else if (value.endsWith(QLatin1String(":bypass"))) {
            mode = DeleteMode::Bypass;
            name.chop(7);
        } else if (value.endsWith(QLatin1String(":node"))) {
            name.chop(5);
        }
        op.make = [name, mode](const OnnxModel &m) -> Result<Edit> {
            auto id = findNode(m, name);
            if (!id)
                return id.error();
            return deleteNode(id.value(), mode);
        };
    } else if (option == QLatin1String("--add-output")) {
        op.make = [value](const OnnxModel &) -> Result<Edit> { return addOutput(value); };
    } else if (option == QLatin1String("--remove-output")) {
        op.make = [value](const OnnxModel &) -> Result<Edit> { return removeOutput(value); };
    } else if (option == QLatin1String("--set-dim")) {
        QString lhs, dim, name, axis;
        if (!splitAt(value, QLatin1Char('='), true, lhs, dim) || !splitAt(lhs, QLatin1Char(':'), true, name, axis))
            return usageError(option, value);
        bool ok = false;
        const int n = axis.toInt(&ok);
        if (!ok)
            return usageError(option, value);
        op.make = [name, n, dim](const OnnxModel &) -> Result<Edit> { return setDimension(name, n, dim); };
    } else if (option == QLatin1String("--rename-symbol")) {
        if (!pair(QLatin1Char('=')))
            return usageError(option, value);
        op.make = [a, b](const OnnxModel &) -> Result<Edit> { return renameSymbol(a, b); };
    } else if (option == QLatin1String("--make-batch-dynamic")) {
        const QString symbol = value.isEmpty() ? QStringLiteral("batch") : value;
        op.make = [symbol](const OnnxModel &) -> Result<Edit> { return makeBatchDynamic(symbol); };
    } else if (option == QLatin1String("--fix-symbols")) {
        bool ok = false;
        const qlonglong n = value.toLongLong(&ok);
        if (!ok)
            return usageError(option, value);
        op.make = [n](const OnnxModel &) -> Result<Edit> { return fixSymbols(n); };
    } else if (option == QLatin1String("--replace-initializer")) {
        if (!pair(QLatin1Char('=')))
            return usageError(option, value);
        const QString file = QFileInfo(b).absoluteFilePath();
        op.make = [a, file](const OnnxModel &) -> Result<Edit> { return replaceInitializer(a, file); };
    } else if (option == QLatin1String("--set-scalar")) {
        bool ok = false;
        if (!pair(QLatin1Char('=')))
            return usageError(option, value);
        const double v = b.toDouble(&ok);
        if (!ok)
            return usageError(option, value);
        op.make = [a, v](const OnnxModel &) -> Result<Edit> { return setScalar(a, v); };
    } else if (option == QLatin1String("--cleanup")) {
        op.make = [](const OnnxModel &) -> Result<Edit> { return cleanUp(); };
    } else if (option == QLatin1String("--toposort")) {
        op.make = [](const OnnxModel &) -> Result<Edit> { return sortTopologically(); };
    } else if (option == QLatin1String("--upgrade-opset")) {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok)
            return usageError(option, value);
        op.make = [n](const OnnxModel &) -> Result<Edit> { return convertOpset(n); };
    } else {
        return makeError(tr("unknown option %1 (see modellens-cli edit --help)").arg(option));
    }
    return op;
}

bool takesValue(const QString &option)
{
    return option != QLatin1String("--cleanup") && option != QLatin1String("--toposort")
            && option != QLatin1String("--make-batch-dynamic");
}

} // namespace

int runEdit(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString input, output;
    QList<Operation> operations;
    // Order matters, so the options are read by hand rather than by QCommandLineParser.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        QString option = arguments[i];
        QString value;
        if (option == QLatin1String("-h") || option == QLatin1String("--help")) {
            out << tr(kHelp);
            return 0;
        }
        if (option.startsWith(QLatin1String("--")) && option.contains(QLatin1Char('='))) {
            value = option.mid(option.indexOf(QLatin1Char('=')) + 1);
            option = option.left(option.indexOf(QLatin1Char('=')));
        } else if ((option == QLatin1String("-o") || option == QLatin1String("--output") || takesValue(option))
                   && option.startsWith(QLatin1Char('-'))) {
            if (i + 1 >= arguments.size()) {
                err << tr("modellens-cli edit: %1 needs a value").arg(option) << '\n';
                return 1;
            }
            value = arguments[++i];
        }
        if (option == QLatin1String("-o") || option == QLatin1String("--output")) {
            output = value;
        } else if (!option.startsWith(QLatin1Char('-'))) {
            if (!input.isEmpty()) {
                err << tr("modellens-cli edit: one model at a time (%1 and %2)").arg(input, option) << '\n';
                return 1;
            }
            input = option;
        } else {
            auto op = parseOperation(option, value);
            if (!op) {
                err << tr("modellens-cli edit: %1").arg(op.errorMessage()) << '\n';
                return 1;
            }
            operations.append(op.value());
        }
    }
    if (input.isEmpty() || output.isEmpty()) {
        err << tr("usage: modellens-cli edit MODEL -o OUT [operations...] (see --help)") << '\n';
        return 1;
    }

    auto model = OnnxModel::open(input);
    if (!model) {
        err << model.errorMessage() << '\n';
        return 2;
    }
    ModelDocument document(model.value());
    for (const Operation &op : operations) {
        auto edit = op.make(document.model());
        bool changed = false;
        const QString text = edit ? edit->text : QString();
        auto applied = edit ? document.apply(std::move(edit).value(), &changed) : Result<void>(edit.error());
        if (!applied) {
            err << tr("modellens-cli edit: %1: %2; nothing was written").arg(op.option, applied.errorMessage()) << '\n';
            return 2;
        }
        if (changed)
            out << document.undoStack()->text(document.undoStack()->index() - 1) << '\n';
        else
            out << tr("%1: nothing to change").arg(text) << '\n';
    }
    if (auto saved = document.save(output); !saved) {
        err << saved.errorMessage() << '\n';
        return 2;
    }
    out << tr("wrote %1").arg(QFileInfo(output).absoluteFilePath()) << '\n';
    return 0;
}

} // namespace ml
