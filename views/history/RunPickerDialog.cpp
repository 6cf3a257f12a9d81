// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunPickerDialog.h"

#include "HistoryClient.h"
#include "RunListModel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ml {

RunPickerDialog::RunPickerDialog(HistoryClient *client, const QString &run, const QString &modelPath, const QString &modelName,
                                 QWidget *parent)
    : QDialog(parent), m_client(client), m_run(run), m_modelPath(modelPath), m_model(new RunListModel(this))
{
    setWindowTitle(tr("Compare Run %1 With").arg(run));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Choose the run to compare %1 with. The run you choose is the baseline (A); %1 is "
                                "compared with it (B).")
                                     .arg(run),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_sameModel = new QCheckBox(tr("Only runs of %1").arg(modelName), this);
    m_sameModel->setObjectName(QStringLiteral("sameModel"));
    m_sameModel->setChecked(!modelPath.isEmpty());
    m_sameModel->setEnabled(!modelPath.isEmpty());
    layout->addWidget(m_sameModel);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("runs"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int c : {int(RunListModel::Tags), int(RunListModel::Note), int(RunListModel::Source)})
        m_table->setColumnHidden(c, true);
    layout->addWidget(m_table, 1);
    m_status = new QLabel(this);
    layout->addWidget(m_status);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Com&pare"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    layout->addWidget(m_buttons);
    resize(820, 420);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_model->run(index.row()))
            accept();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!chosenRun().isEmpty()); });
    connect(m_sameModel, &QCheckBox::toggled, this, &RunPickerDialog::refresh);
    connect(m_client, &HistoryClient::listed, this, [this](quint64 job, const std::vector<RunSummary> &runs, int total, double) {
        if (job != m_job)
            return; // another view's list, or a stale one
        std::vector<RunSummary> others;
        for (const RunSummary &r : runs)
            if (r.id != m_run)
                others.push_back(r);
        const int shown = int(others.size());
        m_model->setRuns(std::move(others));
        m_status->setText(
                shown == 0 ? tr("No other completed run to compare with.")
                           : tr("%n run(s)", nullptr, shown)
                                + (total - 1 > shown ? tr(" (the newest %1 of %2)").arg(shown).arg(total - 1) : QString()));
        if (shown > 0)
            m_table->selectRow(0);
        m_table->resizeColumnsToContents();
        Q_EMIT runsShown(shown);
    });
    connect(m_client, &HistoryClient::listFailed, this, [this](quint64 job, const Error &error) {
        if (job == m_job)
            m_status->setText(error.message);
    });
    refresh();
}

void RunPickerDialog::refresh()
{
    RunFilter filter;
    filter.status = RunStatus::Completed;
    if (m_sameModel->isChecked())
        filter.model = m_modelPath;
    filter.limit = 500;
    m_status->setText(tr("Reading the history…"));
    m_job = m_client->list(filter);
}

QString RunPickerDialog::chosenRun() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const RunSummary *r = rows.isEmpty() ? nullptr : m_model->run(rows.front().row());
    return r ? r->id : QString();
}

int RunPickerDialog::shownRuns() const { return m_model->rowCount(); }

} // namespace ml
