// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecentFilesMenu.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace ml {
namespace {
const QString kKey = QStringLiteral("recentFiles");
}

RecentFilesMenu::RecentFilesMenu(QWidget *parent) : QMenu(tr("Open &Recent"), parent)
{
    setToolTipsVisible(true);
    // Another window (or session) may have changed the list since it was last shown.
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::rebuild);
    rebuild();
}

QString RecentFilesMenu::label(const QString &path)
{
    // The folder too: two model.onnx from two exports are told apart only by it. Home is
    // written as ~ to keep the line short.
    const QFileInfo info(path);
    QString folder = QDir::toNativeSeparators(info.absolutePath());
    const QString home = QDir::toNativeSeparators(QDir::homePath());
    if (folder == home || folder.startsWith(home + QDir::separator()))
        folder = QLatin1Char('~') + folder.mid(home.size());
    return tr("%1 — %2").arg(info.fileName(), folder);
}

QStringList RecentFilesMenu::files() const { return QSettings().value(kKey).toStringList(); }

void RecentFilesMenu::addFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    store(list.mid(0, MaxFiles));
}

void RecentFilesMenu::removeFile(const QString &path)
{
    QStringList list = files();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    store(list);
}

void RecentFilesMenu::clearFiles() { store({}); }

void RecentFilesMenu::store(const QStringList &files)
{
    QSettings().setValue(kKey, files);
    rebuild();
    Q_EMIT filesChanged();
}

void RecentFilesMenu::rebuild()
{
    // Not clear(): it deletes the actions at once, and this may run from one's triggered().
    const auto old = actions();
    for (QAction *action : old) {
        removeAction(action);
        action->deleteLater();
    }
    const QStringList list = files();
    for (int i = 0; i < list.size(); ++i) {
        const QString &path = list.at(i);
        // "&1 name.onnx": the first nine get their digit as mnemonic.
        const QString number = i < 9 ? QStringLiteral("&%1").arg(i + 1) : QString::number(i + 1);
        QAction *action =
                addAction(number + QLatin1Char(' ') + QString(label(path)).replace(QLatin1Char('&'), QStringLiteral("&&")));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT fileTriggered(path); });
    }
    if (!list.isEmpty()) {
        addSeparator();
        addAction(tr("&Clear Menu"), this, &RecentFilesMenu::clearFiles);
    }
    setEnabled(!list.isEmpty());
}

} // namespace ml
