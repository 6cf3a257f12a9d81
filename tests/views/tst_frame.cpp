// SPDX-License-Identifier: GPL-3.0-or-later
// The frame around the models: recent files with their folders, the welcome page, the
// settings dialog, About, one window for many models, progress with time remaining.
#include "MainWindow.h"
#include "RecentFilesMenu.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ml;

namespace {

// Two files of one name in two folders, written for real (the welcome page checks existence).
struct TwoModels {
    QTemporaryDir dir;
    QString a, b;
    TwoModels()
    {
        for (const char *folder : {"alpha", "beta"}) {
            QDir(dir.path()).mkpath(QLatin1String(folder));
            const QString path = dir.filePath(QLatin1String(folder) + QStringLiteral("/model.onnx"));
            QFile::copy(QStringLiteral(MODELLENS_SAMPLE_MODEL), path);
            (a.isEmpty() ? a : b) = path;
        }
    }
};

} // namespace

class TestFrame : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { QSettings().clear(); }

    // Two model.onnx from two folders must be told apart in File > Open Recent.
    void recentFilesShowTheirFolders()
    {
        TwoModels models;
        RecentFilesMenu menu;
        menu.addFile(models.a);
        menu.addFile(models.b);
        QStringList texts;
        for (QAction *action : menu.actions())
            if (!action->isSeparator() && action->text().contains(QLatin1String("model.onnx")))
                texts << action->text();
        QCOMPARE(texts.size(), 2);
        QVERIFY2(texts.at(0) != texts.at(1), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY2(texts.at(0).contains(QLatin1String("beta")), qPrintable(texts.at(0)));
        QVERIFY2(texts.at(1).contains(QLatin1String("alpha")), qPrintable(texts.at(1)));
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ModelLens-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_frame"));
    TestFrame test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_frame.moc"
