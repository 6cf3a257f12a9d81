// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTableWidget;

namespace ml {

// Help ▸ About ModelLens: what it is, its licence, and the version and licence of every
// component in use. Qt, ONNX and protobuf are linked in and known at once; ONNX Runtime runs
// only in the engine child and Graphviz only as the dot program, so their versions are asked
// of those programs off the GUI thread ("checking…" until they answer).
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // The version shown for a component ("Qt", "ONNX Runtime", ...); empty when not listed.
    QString version(const QString &component) const;
    bool isChecking() const { return m_checking; }

Q_SIGNALS:
    void versionsChecked(); // ONNX Runtime's and Graphviz's versions are in the table

private:
    int addRow(const QString &component, const QString &version, const QString &licence);

    QTableWidget *m_table = nullptr;
    int m_ortRow = -1;
    int m_graphvizRow = -1;
    bool m_checking = true;
};

} // namespace ml
