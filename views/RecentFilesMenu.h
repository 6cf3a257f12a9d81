// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>
#include <QStringList>

namespace ml {

// File ▸ Open Recent: the last files opened, newest first, kept in QSettings
// ("recentFiles") so that every window and the next session see the same list.
class RecentFilesMenu : public QMenu {
    Q_OBJECT
public:
    static constexpr int MaxFiles = 10;

    explicit RecentFilesMenu(QWidget *parent = nullptr);

    QStringList files() const;
    // "model.onnx — ~/exports/v2": the name and its folder, as menus and lists show a file.
    static QString label(const QString &path);
    void addFile(const QString &path);    // moves it to the top
    void removeFile(const QString &path); // e.g. a file that no longer exists
    void clearFiles();

Q_SIGNALS:
    void fileTriggered(const QString &path);
    void filesChanged(); // added, removed or cleared (here; other windows rebuild when shown)

private:
    void store(const QStringList &files);
    void rebuild();
};

} // namespace ml
