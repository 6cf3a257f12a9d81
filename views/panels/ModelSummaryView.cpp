// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelSummaryView.h"

#include "HistogramBarDelegate.h"
#include "OperatorTableModel.h"
#include "ProblemTableModel.h"
#include "ValueTableModel.h"

#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStringList>
#include <QTableView>
#include <QVBoxLayout>

namespace ml {
namespace {

QString qs(const std::string &s) { return QString::fromStdString(s); }

} // namespace

ModelSummaryView::ModelSummaryView(QWidget *parent)
    : QWidget(parent), m_values(new ValueTableModel(this)), m_operators(new OperatorTableModel(this)),
      m_sortedOperators(new QSortFilterProxyModel(this)), m_problems(new ProblemTableModel(this))
{
    m_sortedOperators->setSourceModel(m_operators);
    m_sortedOperators->setSortRole(OperatorTableModel::SortRole);

    auto *factBox = new QGroupBox(tr("Model"));
    auto *form = new QFormLayout(factBox);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A read-only line edit: a long path scrolls instead of widening the window.
    m_file = new QLineEdit;
    m_file->setObjectName(QStringLiteral("file"));
    m_file->setReadOnly(true);
    m_file->setFrame(false);
    m_file->setStyleSheet(QStringLiteral("QLineEdit { background: transparent; }"));
    m_file->setTextMargins(-2, 0, 0, 0); // line up with the labels below (QLineEdit pads by 2)
    form->addRow(tr("File:"), m_file);
    m_size = addFact(form, tr("Size:"), QStringLiteral("size"));
    m_irVersion = addFact(form, tr("IR version:"), QStringLiteral("irVersion"));
    m_opsets = addFact(form, tr("Opsets:"), QStringLiteral("opsets"));
    m_producer = addFact(form, tr("Producer:"), QStringLiteral("producer"));
    m_graphName = addFact(form, tr("Graph:"), QStringLiteral("graphName"));
    m_nodes = addFact(form, tr("Nodes:"), QStringLiteral("nodes"));
    m_subgraphs = addFact(form, tr("Subgraphs:"), QStringLiteral("subgraphs"));
    m_parameters = addFact(form, tr("Parameters:"), QStringLiteral("parameters"));
    m_checker = addFact(form, tr("Checker:"), QStringLiteral("checker"));
    m_shapeInference = addFact(form, tr("Shape inference:"), QStringLiteral("shapeInference"));
    m_metadata = addFact(form, tr("Metadata:"), QStringLiteral("metadata"));
    m_description = addFact(form, tr("Description:"), QStringLiteral("description"));

    m_valueBox = new QGroupBox;
    m_valueTable = addTable(m_valueBox, m_values, QStringLiteral("values"));
    m_operatorBox = new QGroupBox;
    m_operatorTable = addTable(m_operatorBox, m_sortedOperators, QStringLiteral("operators"));
    m_operatorTable->setSortingEnabled(true);
    m_operatorTable->setItemDelegateForColumn(OperatorTableModel::ShareColumn,
                                              new HistogramBarDelegate(OperatorTableModel::BarRole, m_operatorTable));
    m_operatorTable->sortByColumn(OperatorTableModel::CountColumn, Qt::DescendingOrder);
    m_problemBox = new QGroupBox;
    m_problemTable = addTable(m_problemBox, m_problems, QStringLiteral("problems"));

    // A side panel: everything stacked, each part as tall as the user drags it.
    connect(m_problemTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (m_model && index.isValid())
            Q_EMIT problemActivated(m_model->facts.problems[static_cast<std::size_t>(index.row())].nodeIndex);
    });
    auto *stack = new QSplitter(Qt::Vertical);
    stack->setChildrenCollapsible(false);
    for (QWidget *w : std::initializer_list<QWidget *>{factBox, m_valueBox, m_operatorBox, m_problemBox})
        stack->addWidget(w);
    stack->setStretchFactor(0, 0);
    for (int i = 1; i < 4; ++i)
        stack->setStretchFactor(i, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(stack);
    showFacts();
}

QAbstractItemModel *ModelSummaryView::valueModel() const { return m_values; }
QAbstractItemModel *ModelSummaryView::operatorModel() const { return m_operators; }
QAbstractItemModel *ModelSummaryView::sortedOperatorModel() const { return m_sortedOperators; }
QAbstractItemModel *ModelSummaryView::problemModel() const { return m_problems; }

void ModelSummaryView::setModel(std::shared_ptr<const LoadedModel> model)
{
    m_model = std::move(model);
    m_values->setModel(m_model);
    m_operators->setModel(m_model);
    m_problems->setModel(m_model);
    for (auto *table : {m_valueTable, m_operatorTable, m_problemTable})
        table->resizeColumnsToContents();
    showFacts();
}

QLabel *ModelSummaryView::addFact(QFormLayout *form, const QString &label, const QString &name)
{
    auto *value = new QLabel;
    value->setObjectName(name);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    form->addRow(label, value);
    return value;
}

QTableView *ModelSummaryView::addTable(QGroupBox *box, QAbstractItemModel *model, const QString &name)
{
    auto *table = new QTableView;
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8); // compact rows
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(table);
    return table;
}

void ModelSummaryView::showFacts()
{
    const QLocale locale;
    const int inputs = m_values->inputCount();
    m_valueBox->setTitle(m_model ? tr("Inputs (%1) and outputs (%2)").arg(inputs).arg(m_values->rowCount() - inputs)
                                 : tr("Inputs and outputs"));
    m_operatorBox->setTitle(m_model ? tr("Operators (%1 types)").arg(m_operators->rowCount()) : tr("Operators"));
    m_problemBox->setTitle(!m_model                             ? tr("Problems")
                                   : m_problems->rowCount() > 0 ? tr("Problems (%1)").arg(m_problems->rowCount())
                                                                : tr("Problems (none)"));
    if (!m_model) {
        m_file->clear();
        for (auto *label : {m_size, m_irVersion, m_opsets, m_producer, m_graphName, m_nodes, m_subgraphs, m_parameters, m_checker,
                            m_shapeInference, m_metadata, m_description})
            label->clear();
        return;
    }

    const OnnxModel &model = *m_model->model;
    const ModelFacts &facts = m_model->facts;
    const auto &proto = model.proto();
    m_file->setText(QDir::toNativeSeparators(model.path()));
    m_file->setCursorPosition(0);
    m_file->setToolTip(m_file->text());

    const auto bytes = [&](std::uint64_t n) { // "9.71 MiB (10,181,047 bytes)", or "214 bytes"
        const QString size = locale.formattedDataSize(static_cast<qint64>(n));
        return n < 1024 ? size : tr("%1 (%2 bytes)").arg(size, locale.toString(static_cast<qulonglong>(n)));
    };
    m_size->setText(
            model.externalBytes()
                    ? tr("%1 in the model file, %2 in external data").arg(bytes(model.fileBytes()), bytes(model.externalBytes()))
                    : bytes(model.fileBytes()));
    m_irVersion->setText(QString::number(proto.ir_version()));
    QStringList opsets;
    for (const auto &[domain, version] : facts.opsetImports)
        opsets << tr("%1 %2", "domain and opset version").arg(domain).arg(version);
    m_opsets->setText(opsets.isEmpty() ? tr("(none)") : opsets.join(tr(", ", "list separator")));
    QString producer = qs(proto.producer_name());
    if (!proto.producer_version().empty())
        producer = tr("%1 %2", "producer name and version").arg(producer, qs(proto.producer_version())).trimmed();
    m_producer->setText(producer.isEmpty() ? tr("(none)") : producer);
    m_graphName->setText(proto.graph().name().empty() ? tr("(unnamed)") : qs(proto.graph().name()));

    m_nodes->setText(tr("%1 in the main graph, %2 in all")
                             .arg(locale.toString(facts.nodesTop), locale.toString(static_cast<qulonglong>(facts.nodes.size()))));
    m_subgraphs->setText(
            facts.subgraphCount
                    ? tr("%1, nested up to %2 deep").arg(locale.toString(facts.subgraphCount)).arg(facts.subgraphMaxDepth)
                    : tr("none"));
    const QString params = locale.toString(static_cast<qlonglong>(facts.paramCount));
    const QString inits = locale.toString(facts.initializersTotal);
    if (!facts.paramCount && !facts.constantNodeElements)
        m_parameters->setText(tr("none"));
    else if (facts.constantNodeElements)
        m_parameters->setText(tr("%1 in %2 initializers, and %3 elements in Constant nodes")
                                      .arg(params, inits, locale.toString(static_cast<qlonglong>(facts.constantNodeElements))));
    else
        m_parameters->setText(tr("%1 in %2 initializers").arg(params, inits));
    QStringList metadata;
    for (const auto &p : proto.metadata_props())
        metadata << qs(p.key()) + QStringLiteral(" = ") + qs(p.value());
    m_metadata->setText(metadata.isEmpty() ? tr("(none)") : metadata.join(QLatin1Char('\n')));
    m_description->setText(proto.doc_string().empty() ? tr("(none)") : qs(proto.doc_string()));
    m_checker->setText(facts.checkerOk ? tr("passed") : tr("failed (see the problems)"));
    m_shapeInference->setText(facts.shapeInferenceOk ? tr("complete") : tr("incomplete (see the problems)"));
}

} // namespace ml
