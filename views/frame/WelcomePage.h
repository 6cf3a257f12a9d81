// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace ml {

class RecentFilesMenu;

// What the window shows with no model open: Open, the recent files with their folders (a
// file that has gone is marked and can be removed from the list), the bundled sample
// models, and a hint that files can be dropped. The recent list is RecentFilesMenu's, so
// the menu and the page never disagree.
class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(RecentFilesMenu *recent, QWidget *parent = nullptr);

    QListWidget *recentList() const { return m_recent; }
    QListWidget *sampleList() const { return m_samples; }
    QPushButton *removeButton() const { return m_remove; }
    // The sample models shipped with ModelLens (installed, or in the source tree).
    static QStringList sampleModels();

public Q_SLOTS:
    void refresh();        // re-reads the recent files (and whether each still exists)
    void removeSelected(); // from the recent files

Q_SIGNALS:
    void openRequested(); // the Open… button
    void fileRequested(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void activate(QListWidgetItem *item);

    RecentFilesMenu *m_recentMenu;
    QListWidget *m_recent = nullptr;
    QListWidget *m_samples = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace ml
