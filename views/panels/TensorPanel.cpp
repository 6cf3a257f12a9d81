// SPDX-License-Identifier: GPL-3.0-or-later
#include "TensorPanel.h"

#include "HistogramWidget.h"
#include "Npy.h"
#include "TypeText.h"

#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ml {

namespace {
QString qs(const std::string &s) { return QString::fromStdString(s); }

// The tensor `name` as seen from node `context` (see showTensor), or null.
const onnx::TensorProto *findTensor(const LoadedModel &loaded, const std::string &name, NodeId context)
{
    const ModelFacts &facts = loaded.facts;
    std::vector<const onnx::GraphProto *> chain;
    const int index = context == kNoNode ? -1 : facts.indexOf(context);
    if (index >= 0) {
        const NodeEntry &entry = facts.nodes[static_cast<std::size_t>(index)];
        if (entry.node->op_type() == "Constant" && entry.node->output_size() && entry.node->output(0) == name)
            for (const auto &a : entry.node->attribute())
                if (a.name() == "value" && a.has_t())
                    return &a.t();
        chain.push_back(entry.graph);
        for (int p = entry.parent; p >= 0; p = facts.nodes[static_cast<std::size_t>(p)].parent)
            chain.push_back(facts.nodes[static_cast<std::size_t>(p)].graph);
    } else {
        chain.push_back(&loaded.model->proto().graph());
    }
    for (const onnx::GraphProto *g : chain)
        for (const auto &t : g->initializer())
            if (t.name() == name)
                return &t;
    return nullptr;
}
} // namespace

// What the background job read: the element bytes (or strings) and their statistics.
struct TensorPanel::Values {
    QByteArray bytes;
    QStringList strings;
    TensorStatistics stats;
    QString error;
};

TensorPanel::TensorPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("tensorPanel"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel;
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_type = new QLabel;
    m_type->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_storage = new QLabel;
    m_storage->setWordWrap(true);
    m_storage->setForegroundRole(QPalette::PlaceholderText);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("tensorStatistics"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_histogram = new HistogramWidget;
    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("tensorValues"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *pager = new QHBoxLayout;
    m_previous = new QPushButton(tr("Previous"));
    m_next = new QPushButton(tr("Next"));
    m_pageLabel = new QLabel;
    m_save = new QPushButton(tr("Save as .npy…"));
    m_save->setObjectName(QStringLiteral("saveNpy"));
    connect(m_previous, &QPushButton::clicked, this, [this] { setPage(m_page - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { setPage(m_page + 1); });
    connect(m_save, &QPushButton::clicked, this, &TensorPanel::askSaveNpy);
    pager->addWidget(m_previous);
    pager->addWidget(m_pageLabel, 1);
    pager->addWidget(m_next);

    layout->addWidget(m_title);
    layout->addWidget(m_type);
    layout->addWidget(m_storage);
    layout->addWidget(m_summary);
    layout->addWidget(m_histogram);
    layout->addWidget(m_text, 1);
    layout->addLayout(pager);
    layout->addWidget(m_save, 0, Qt::AlignRight);
    clear(tr("Choose an initializer or a Constant (“values…” in the Node panel) to see its values."));
}

void TensorPanel::setModel(std::shared_ptr<const LoadedModel> model)
{
    m_model = std::move(model);
    clear(tr("Choose an initializer or a Constant (“values…” in the Node panel) to see its values."));
}

void TensorPanel::clear(const QString &message)
{
    m_valuesJob.cancel(); // drops any result on its way
    m_tensor = nullptr;
    m_values.reset();
    m_stats = {};
    m_name.clear();
    m_title->setText(message);
    for (QLabel *l : {m_type, m_storage, m_summary, m_pageLabel})
        l->clear();
    m_histogram->setHistogram({}, 0, 0);
    m_text->clear();
    for (QPushButton *b : {m_previous, m_next, m_save})
        b->setEnabled(false);
}

bool TensorPanel::showTensor(const QString &name, NodeId context)
{
    const onnx::TensorProto *tensor = m_model ? findTensor(*m_model, name.toStdString(), context) : nullptr;
    if (!tensor) {
        clear(tr("No initializer or Constant named “%1”.").arg(name));
        return false;
    }
    clear({});
    m_tensor = tensor;
    m_name = name;
    m_title->setText(name);
    QStringList dims;
    for (auto d : tensor->dims())
        dims << QString::number(d);
    const QLocale locale;
    m_type->setText(tr("%1, shape [%2], %3 elements")
                            .arg(elementTypeName(tensor->data_type()), dims.join(QStringLiteral(", ")),
                                 locale.toString(static_cast<qlonglong>(elementCount(*tensor)))));
    switch (m_model->model->storageOf(*tensor)) {
    case TensorStorage::InProto:
        m_storage->setText(tr("Stored in the model proto."));
        break;
    case TensorStorage::ModelFile:
        m_storage->setText(tr("Stored in the model file; read from it now."));
        break;
    case TensorStorage::External:
        m_storage->setText(tr("Stored in external data “%1”; read from it now.").arg(externalRef(*tensor).location));
        break;
    }
    m_summary->setText(tr("Reading values…"));

    auto loaded = m_model;
    m_valuesJob.start(
            [loaded, tensor]() -> std::shared_ptr<const Values> {
                auto v = std::make_shared<Values>();
                if (tensor->data_type() == onnx::TensorProto::STRING) {
                    for (const auto &s : tensor->string_data())
                        v->strings << QString::fromUtf8(s.data(), qsizetype(s.size()));
                    v->stats.count = v->strings.size();
                    return v;
                }
                auto bytes = loaded->model->tensorBytes(*tensor);
                if (!bytes) {
                    v->error = bytes.errorMessage();
                    return v;
                }
                v->bytes = bytes.value();
                auto stats = tensorStatistics(v->bytes, tensor->data_type());
                if (!stats)
                    v->error = stats.errorMessage();
                else
                    v->stats = std::move(stats).value();
                return v;
            },
            [this](quint64 job, std::shared_ptr<const Values> values) { onValues(job, std::move(values)); });
    return true;
}

void TensorPanel::onValues(quint64 job, std::shared_ptr<const Values> values)
{
    if (!values->error.isEmpty()) {
        m_summary->setText(values->error);
        Q_EMIT failed(values->error);
        return;
    }
    m_values = std::move(values);
    m_stats = m_values->stats;
    const QLocale l;
    const auto num = [&l](double v) { return l.toString(v, 'g', 6); };
    if (!m_values->strings.isEmpty() || m_tensor->data_type() == onnx::TensorProto::STRING) {
        m_summary->setText(tr("%n string(s)", nullptr, int(m_stats.count)));
    } else if (m_stats.count == 0) {
        m_summary->setText(tr("No elements."));
    } else {
        QString s = tr("min %1 · max %2 · mean %3 · std %4 · zeros %5%")
                            .arg(num(m_stats.min), num(m_stats.max), num(m_stats.mean), num(m_stats.stddev),
                                 l.toString(m_stats.zeroShare * 100.0, 'f', 1));
        if (m_stats.nan || m_stats.infinite)
            s += tr(" · %1 NaN, %2 infinite").arg(m_stats.nan).arg(m_stats.infinite);
        m_summary->setText(s);
        m_histogram->setHistogram(m_stats.histogram, m_stats.min, m_stats.max);
    }
    m_save->setEnabled(m_tensor->data_type() != onnx::TensorProto::STRING);
    m_page = 0;
    showPage();
    Q_EMIT valuesReady(job);
}

void TensorPanel::setPage(int page)
{
    if (!m_values)
        return;
    const int pages = std::max<int>(1, int((m_stats.count + kPageSize - 1) / kPageSize));
    m_page = std::clamp(page, 0, pages - 1);
    showPage();
}

QString TensorPanel::pageText() const { return m_text->toPlainText(); }

void TensorPanel::showPage()
{
    const std::int64_t first = std::int64_t(m_page) * kPageSize;
    const std::int64_t count = std::min<std::int64_t>(kPageSize, m_stats.count - first);
    QStringList lines;
    const QLocale l;
    if (!m_values->strings.isEmpty()) {
        for (std::int64_t i = 0; i < count; ++i)
            lines << QStringLiteral("[%1] \"%2\"").arg(first + i).arg(m_values->strings[qsizetype(first + i)]);
    } else if (count > 0) {
        auto values = tensorValues(m_values->bytes, m_tensor->data_type(), first, count);
        if (!values) {
            m_text->setPlainText(values.errorMessage());
            return;
        }
        for (std::int64_t i = 0; i < count; ++i)
            lines << QStringLiteral("[%1] %2").arg(first + i).arg(values.value()[std::size_t(i)], 0, 'g', 8);
    }
    m_text->setPlainText(lines.join(QLatin1Char('\n')));
    m_pageLabel->setText(count > 0 ? tr("%1–%2 of %3")
                                             .arg(l.toString(static_cast<qlonglong>(first)),
                                                  l.toString(static_cast<qlonglong>(first + count - 1)),
                                                  l.toString(static_cast<qlonglong>(m_stats.count)))
                                   : QString());
    m_previous->setEnabled(m_page > 0);
    m_next->setEnabled(first + count < m_stats.count);
}

void TensorPanel::askSaveNpy()
{
    QString safe = m_name;
    safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    const QString path =
            QFileDialog::getSaveFileName(this, tr("Save Tensor"), safe + QStringLiteral(".npy"), tr("NumPy arrays (*.npy)"));
    if (path.isEmpty())
        return;
    saveNpyAs(path);
}

void TensorPanel::saveNpyAs(const QString &path)
{
    if (!m_tensor) {
        Q_EMIT npySaved(0, path, tr("No tensor is shown."));
        return;
    }
    // Reading and writing a large tensor takes a while: off the GUI thread. The snapshot
    // and the tensor in it stay alive and unchanged while the job holds `loaded`.
    auto loaded = m_model;
    const onnx::TensorProto *tensor = m_tensor;
    m_save->setEnabled(false);
    m_export.start(
            [loaded, tensor, path]() -> Result<void> {
                auto array = tensorToNpy(*loaded->model, *tensor);
                if (!array)
                    return array.error();
                return writeNpy(path, array.value());
            },
            [this, tensor, path](quint64 job, Result<void> written) {
                if (m_tensor == tensor)
                    m_save->setEnabled(true);
                if (!written)
                    QMessageBox::warning(this, tr("Cannot Save Tensor"), written.errorMessage());
                Q_EMIT npySaved(job, path, written.errorMessage());
            });
}

} // namespace ml
