// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"

#include "EngineBackend.h"
#include "FrameSettings.h"

#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <google/protobuf/stubs/common.h>
#include <onnx/common/version.h>

namespace ml {
namespace {
using namespace Qt::StringLiterals;

struct ProgramVersions {
    QString ort;      // or why it is not available
    QString graphviz; // likewise
};

// Both start a program and wait for it: only ever on a pool thread.
ProgramVersions askPrograms()
{
    ProgramVersions v;
    const BackendAvailability ort = EngineBackend::create(BackendId::OnnxRuntime)->availability(EngineSettings{});
    v.ort = ort.available ? ort.version : AboutDialog::tr("not available: %1").arg(ort.missing);
    QString dot = FrameSettings::dotPath();
    if (dot.isEmpty())
        dot = QStandardPaths::findExecutable(u"dot"_s);
    if (dot.isEmpty()) {
        v.graphviz = AboutDialog::tr("not installed (the dot program was not found)");
        return v;
    }
    QProcess process; // "dot - graphviz version 2.43.0 (0)" on stderr
    process.start(dot, {u"-V"_s});
    process.waitForFinished(10000);
    const QString out = QString::fromUtf8(process.readAllStandardError() + process.readAllStandardOutput());
    const auto match = QRegularExpression(u"version\\s+([0-9][0-9.]*)"_s).match(out);
    v.graphviz = match.hasMatch() ? match.captured(1) : AboutDialog::tr("unknown (%1 -V said nothing)").arg(dot);
    return v;
}

QString protobufVersion()
{
    const int v = GOOGLE_PROTOBUF_VERSION; // 3021012 for 3.21.12
    return u"%1.%2.%3"_s.arg(v / 1000000).arg(v / 1000 % 1000).arg(v % 1000);
}
} // namespace

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About ModelLens"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(u"<h2>ModelLens %1</h2>"_s.arg(QStringLiteral(MODELLENS_VERSION)), this);
    layout->addWidget(title);
    auto *text = new QLabel(tr("<p>Inspect, edit and profile neural network models for deployment.</p>"
                               "<p>Copyright © the ModelLens developers. Licensed under the GNU General Public "
                               "License, version 3 or later (GPL-3.0-or-later). This program comes with "
                               "ABSOLUTELY NO WARRANTY.</p>"),
                            this);
    text->setWordWrap(true);
    layout->addWidget(text);
    layout->addWidget(new QLabel(tr("Components in use:"), this));

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(u"components"_s);
    m_table->setHorizontalHeaderLabels({tr("Component"), tr("Version"), tr("Licence")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    addRow(u"ModelLens"_s, QStringLiteral(MODELLENS_VERSION), u"GPL-3.0-or-later"_s);
    const QString qt = QLatin1String(qVersion()) == QLatin1String(QT_VERSION_STR)
            ? QLatin1String(qVersion())
            : tr("%1 (built with %2)").arg(QLatin1String(qVersion()), QLatin1String(QT_VERSION_STR));
    addRow(u"Qt"_s, qt, tr("LGPL-3.0 / GPL-3.0; Qt Charts GPL-3.0"));
    addRow(u"ONNX"_s, QLatin1String(onnx::LAST_RELEASE_VERSION), u"Apache-2.0"_s);
    m_ortRow = addRow(u"ONNX Runtime"_s, tr("checking…"), tr("MIT (in the engine process)"));
    addRow(u"Protocol Buffers"_s, protobufVersion(), u"BSD-3-Clause"_s);
    m_graphvizRow = addRow(u"Graphviz"_s, tr("checking…"), tr("EPL-1.0 (the dot program, a separate process)"));
    m_table->resizeColumnsToContents();
    m_table->setMinimumWidth(620);
    // Every row without a scroll bar (CJK fonts make rows taller than Latin ones).
    m_table->resizeRowsToContents();
    int rows = 0;
    for (int row = 0; row < m_table->rowCount(); ++row)
        rows += m_table->rowHeight(row);
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() + rows + 2 * m_table->frameWidth() + 2);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // The watcher belongs to the dialog: closed before the answer, the answer is dropped.
    auto *watcher = new QFutureWatcher<ProgramVersions>(this);
    connect(watcher, &QFutureWatcher<ProgramVersions>::finished, this, [this, watcher] {
        const ProgramVersions v = watcher->result();
        m_table->item(m_ortRow, 1)->setText(v.ort);
        m_table->item(m_ortRow, 1)->setToolTip(v.ort);
        m_table->item(m_graphvizRow, 1)->setText(v.graphviz);
        m_table->item(m_graphvizRow, 1)->setToolTip(v.graphviz);
        m_table->resizeColumnToContents(1);
        m_checking = false;
        Q_EMIT versionsChecked();
    });
    watcher->setFuture(QtConcurrent::run(askPrograms));
}

int AboutDialog::addRow(const QString &component, const QString &version, const QString &licence)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(component));
    m_table->setItem(row, 1, new QTableWidgetItem(version));
    m_table->setItem(row, 2, new QTableWidgetItem(licence));
    return row;
}

QString AboutDialog::version(const QString &component) const
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0)->text() == component)
            return m_table->item(row, 1)->text();
    return {};
}

} // namespace ml
