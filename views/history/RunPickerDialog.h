// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RunQuery.h"

#include <QDialog>
#include <QString>

class QLabel;
class QTableView;
class QCheckBox;
class QDialogButtonBox;

namespace ml {

class HistoryClient;
class RunListModel;

// "Compare With...": picks the run another run is to be compared with. Lists the completed
// runs of the same model (or of every model, when the user unticks that), newest first,
// through the GUI's HistoryClient (the query runs on the store's thread; the dialog never
// waits). The run it is for is left out. The chosen run becomes the baseline: the run the
// user started from is the candidate.
class RunPickerDialog : public QDialog {
    Q_OBJECT
public:
    // `run` is the candidate's id; `modelPath` the lineage whose runs are offered first
    // (empty: every model), `modelName` how it is shown.
    RunPickerDialog(HistoryClient *client, const QString &run, const QString &modelPath, const QString &modelName,
                    QWidget *parent = nullptr);

    QString chosenRun() const; // empty until one is selected
    int shownRuns() const;     // rows on screen (for tests)

Q_SIGNALS:
    void runsShown(int count);

private:
    void refresh();

    HistoryClient *m_client;
    QString m_run, m_modelPath;
    RunListModel *m_model;
    QTableView *m_table;
    QCheckBox *m_sameModel;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    quint64 m_job = 0;
};

} // namespace ml
