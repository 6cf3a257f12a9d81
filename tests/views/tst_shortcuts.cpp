// SPDX-License-Identifier: GPL-3.0-or-later
// Netron's keys on the real main window, pressed as a user presses them (through the
// shortcut map of an active window): each does its job from the canvas, each is listed in its
// menu, none fires while the search field has focus, and Undo acts on the model after an
// edit made from a dialog while the search field had focus.
#include "EditActions.h"
#include "GraphPanel.h"
#include "GraphScene.h"
#include "GraphView.h"
#include "MainWindow.h"
#include "ModelDocument.h"
#include "ModelTab.h"
#include "NodePanel.h"
#include "SearchBar.h"
#include "WindowTestSupport.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QUndoStack>

using namespace ml;

namespace {

QString samplePath() { return QStringLiteral(MODELLENS_SAMPLE_MODEL); }

// Every action of the menu bar with its menu's title.
QList<QPair<QString, QAction *>> menuActions(QMainWindow &window)
{
    QList<QPair<QString, QAction *>> out;
    for (QAction *top : window.menuBar()->actions())
        if (QMenu *menu = top->menu())
            for (QAction *a : menu->actions())
                out.append({menu->title(), a});
    return out;
}

QAction *actionFor(QMainWindow &window, const QKeySequence &key)
{
    for (const auto &[menu, a] : menuActions(window))
        if (a->shortcuts().contains(key))
            return a;
    return nullptr;
}

// What any of the keys could change, to see that none fired.
struct State {
    DisplayOptions options;
    double zoom = 0;
    int pathDepth = 0;
    int sidePanel = 0;
    QString clipboard;
    bool fullScreen = false;
    bool wheelZooms = true;
    int dialogs = 0;
    bool operator==(const State &o) const
    {
        return options.showAttributes == o.options.showAttributes && options.showNames == o.options.showNames
                && options.showInitializers == o.options.showInitializers && options.horizontal == o.options.horizontal
                && zoom == o.zoom && pathDepth == o.pathDepth && sidePanel == o.sidePanel && clipboard == o.clipboard
                && fullScreen == o.fullScreen && wheelZooms == o.wheelZooms && dialogs == o.dialogs;
    }
};

State stateOf(MainWindow &window)
{
    ModelTab *tab = window.currentTab();
    State s;
    s.options = tab->graphPanel()->options();
    s.zoom = tab->graphPanel()->view()->zoom();
    s.pathDepth = int(tab->graphPanel()->path().steps.size());
    s.sidePanel = tab->sidePanels()->currentIndex();
    s.clipboard = QGuiApplication::clipboard()->text();
    s.fullScreen = window.windowState() & Qt::WindowFullScreen;
    s.wheelZooms = tab->graphPanel()->view()->wheelZooms();
    s.dialogs = int(window.findChildren<QFileDialog *>().size());
    return s;
}

} // namespace

class TestShortcuts : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;
    ModelTab *m_tab = nullptr;

    GraphView *view() const { return m_tab->graphPanel()->view(); }
    // Focus on the canvas, as after a click on it.
    void focusCanvas()
    {
        view()->setFocus();
        QVERIFY(QTest::qWaitFor([&] { return view()->hasFocus(); }));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("ModelLensTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_shortcuts"));
        QSettings().clear();
        m_window = std::make_unique<MainWindow>();
        m_window->setShowsDialogs(false);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QSignalSpy loaded(m_window.get(), &MainWindow::modelLoaded);
        m_window->openFile(samplePath());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, mltest::kTimeoutMs);
        m_tab = m_window->currentTab();
        QVERIFY(mltest::waitForLayout(m_tab->graphPanel()));
    }

    void cleanupTestCase() { m_window.reset(); }

    // A dialog closed by a test leaves no window active under the offscreen platform.
    void init()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    // Opened, the canvas has the focus, so that the keys work before any click (they did
    // not: the find field took the focus, and with it Ctrl+K and the rest).
    void theCanvasHasTheFocusOnceAModelOpens()
    {
        QTRY_VERIFY_WITH_TIMEOUT(view()->hasFocus(), 5000);
        const bool before = m_tab->graphPanel()->options().horizontal;
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_K, Qt::ControlModifier);
        QCOMPARE(m_tab->graphPanel()->options().horizontal, !before);
        QVERIFY(mltest::waitForLayout(m_tab->graphPanel()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_K, Qt::ControlModifier);
        QCOMPARE(m_tab->graphPanel()->options().horizontal, before);
        QVERIFY(mltest::waitForLayout(m_tab->graphPanel()));
    }

    // Each key is on one action, shown in its menu (the menu shows the first key).
    void everyKeyIsListedInItsMenu_data()
    {
        QTest::addColumn<QKeySequence>("key");
        QTest::addColumn<QString>("menu");
        QTest::addColumn<bool>("shown"); // the first key of its action
        auto row = [](const char *name, QKeySequence key, const char *menu, bool shown = true) {
            QTest::newRow(name) << key << QString::fromLatin1(menu) << shown;
        };
        row("Ctrl+F find", QKeySequence(Qt::CTRL | Qt::Key_F), "&View");
        row("Ctrl+D attributes", QKeySequence(Qt::CTRL | Qt::Key_D), "&View");
        row("Ctrl+I weights", QKeySequence(Qt::CTRL | Qt::Key_I), "&View");
        row("Ctrl+U names", QKeySequence(Qt::CTRL | Qt::Key_U), "&View");
        row("Ctrl+K horizontal", QKeySequence(Qt::CTRL | Qt::Key_K), "&View");
        row("Ctrl+M wheel", QKeySequence(Qt::CTRL | Qt::Key_M), "&View");
        row("Shift+Up zoom in", QKeySequence(Qt::SHIFT | Qt::Key_Up), "&View");
        row("Shift+Down zoom out", QKeySequence(Qt::SHIFT | Qt::Key_Down), "&View");
        row("Shift+Backspace actual size", QKeySequence(Qt::SHIFT | Qt::Key_Backspace), "&View");
        row("Backspace parent graph", QKeySequence(Qt::Key_Backspace), "&View");
        row("Ctrl+Enter properties", QKeySequence(Qt::CTRL | Qt::Key_Return), "&View");
        row("F11 full screen", QKeySequence(Qt::Key_F11), "&View");
        row("Ctrl+Shift+E PNG", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), "&File");
        row("Ctrl+Alt+E SVG", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E), "&File");
        row("Ctrl+Shift+S save as", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), "&File");
        row("Ctrl+C copy names", QKeySequence(Qt::CTRL | Qt::Key_C), "&Edit");
    }
    void everyKeyIsListedInItsMenu()
    {
        QFETCH(QKeySequence, key);
        QFETCH(QString, menu);
        QFETCH(bool, shown);
        int found = 0;
        for (const auto &[title, a] : menuActions(*m_window))
            if (a->shortcuts().contains(key)) {
                ++found;
                QCOMPARE(title, menu);
                QCOMPARE(a->shortcut() == key, shown);
                QVERIFY(a->isEnabled());
            }
        QCOMPARE(found, 1);
    }

    // Alt and a letter reach each menu entry at once: no two entries of a menu (nor two
    // menus of the bar) share their underlined letter, where a second press would be needed.
    // Not the Edit menu: its 23 editing entries outnumber the letters their words offer.
    // (The Chinese entries keep the English letters: translations.zh_CN_coverage checks.)
    void noTwoEntriesOfAMenuShareTheirLetter()
    {
        auto clashesIn = [](const QString &where, const QList<QAction *> &actions) {
            QHash<QChar, QString> seen;
            QStringList clashes;
            for (QAction *a : actions) {
                const QString text = QString(a->text()).replace(QStringLiteral("&&"), QString());
                const qsizetype at = text.indexOf(u'&');
                if (a->isSeparator() || !a->isVisible() || at < 0 || at + 1 >= text.size())
                    continue; // a recent file's entry has no letter
                const QChar letter = text.at(at + 1).toLower();
                if (seen.contains(letter))
                    clashes << QStringLiteral("%1: \"%2\" and \"%3\" share '%4'")
                                       .arg(where, seen.value(letter), a->text(), letter);
                seen.insert(letter, a->text());
            }
            return clashes;
        };
        QStringList clashes = clashesIn(QStringLiteral("menu bar"), m_window->menuBar()->actions());
        QList<QMenu *> menus;
        for (QAction *top : m_window->menuBar()->actions())
            if (top->menu() && top->menu()->title() != QStringLiteral("&Edit"))
                menus << top->menu();
        QStringList checked;
        while (!menus.isEmpty()) {
            QMenu *menu = menus.takeFirst();
            clashes << clashesIn(menu->title(), menu->actions());
            checked << menu->title();
            for (QAction *a : menu->actions())
                if (a->menu())
                    menus << a->menu();
        }
        QCOMPARE(checked.size(), 5); // File, View, Run, Help, and File's Open Recent
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
    }

    void displayKeysToggleTheirOptions_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("option");
        QTest::newRow("Ctrl+D attributes") << int(Qt::Key_D) << 0;
        QTest::newRow("Ctrl+I weights") << int(Qt::Key_I) << 1;
        QTest::newRow("Ctrl+U names") << int(Qt::Key_U) << 2;
        QTest::newRow("Ctrl+K horizontal") << int(Qt::Key_K) << 3;
    }
    void displayKeysToggleTheirOptions()
    {
        QFETCH(int, key);
        QFETCH(int, option);
        auto value = [&](const DisplayOptions &o) {
            const bool values[] = {o.showAttributes, o.showInitializers, o.showNames, o.horizontal};
            return values[option];
        };
        focusCanvas();
        const bool before = value(m_tab->graphPanel()->options());
        QTest::keyClick(view(), Qt::Key(key), Qt::ControlModifier);
        QCOMPARE(value(m_tab->graphPanel()->options()), !before);
        QVERIFY(mltest::waitForLayout(m_tab->graphPanel()));
        QTest::keyClick(view(), Qt::Key(key), Qt::ControlModifier);
        QCOMPARE(value(m_tab->graphPanel()->options()), before);
        QVERIFY(mltest::waitForLayout(m_tab->graphPanel()));
    }

    void zoomKeys()
    {
        focusCanvas();
        view()->setZoom(0.5);
        QTest::keyClick(view(), Qt::Key_Up, Qt::ShiftModifier);
        QVERIFY(view()->zoom() > 0.5);
        const double in = view()->zoom();
        QTest::keyClick(view(), Qt::Key_Down, Qt::ShiftModifier);
        QTest::keyClick(view(), Qt::Key_Down, Qt::ShiftModifier);
        QVERIFY(view()->zoom() < in / 1.2);
        QTest::keyClick(view(), Qt::Key_Backspace, Qt::ShiftModifier);
        QCOMPARE(view()->zoom(), 1.0);
    }

    // Zoom to Fit shows all of any graph, however small that makes it (no floor).
    void zoomToFitFitsAnyGraph()
    {
        QGraphicsScene *scene = view()->scene();
        const QRectF original = scene->sceneRect();
        for (const QRectF &r : {original, QRectF(0, 0, 600, 250000), QRectF(-40000, 0, 90000, 300)}) {
            scene->setSceneRect(r);
            view()->zoomToFit();
            const QRect shown = view()->mapFromScene(r).boundingRect();
            QVERIFY2(view()->viewport()->rect().adjusted(-6, -6, 6, 6).contains(shown),
                     qPrintable(QStringLiteral("zoom %1 shown %2,%3 %4x%5 in %6x%7")
                                        .arg(view()->zoom())
                                        .arg(shown.x())
                                        .arg(shown.y())
                                        .arg(shown.width())
                                        .arg(shown.height())
                                        .arg(view()->viewport()->width())
                                        .arg(view()->viewport()->height())));
            QVERIFY(shown.width() > view()->viewport()->width() * 0.9 || shown.height() > view()->viewport()->height() * 0.9);
        }
        scene->setSceneRect(original);
    }

    // Ctrl+M switches every view and the persisted setting; a new window starts from it.
    void wheelKeySwitchesZoomAndScroll()
    {
        focusCanvas();
        QVERIFY(view()->wheelZooms());
        auto wheel = [&] {
            QWheelEvent event(QPointF(50, 50), view()->viewport()->mapToGlobal(QPointF(50, 50)), {}, QPoint(0, -120),
                              Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(view()->viewport(), &event);
        };
        view()->setZoom(4.0); // big enough to scroll
        wheel();
        QVERIFY(view()->zoom() < 4.0);

        QTest::keyClick(view(), Qt::Key_M, Qt::ControlModifier);
        QVERIFY(!view()->wheelZooms());
        QCOMPARE(QSettings().value(QStringLiteral("graph/wheelZooms")).toBool(), false);
        view()->setZoom(4.0);
        const int scrolled = view()->verticalScrollBar()->value();
        wheel();
        QCOMPARE(view()->zoom(), 4.0);
        QVERIFY(view()->verticalScrollBar()->value() != scrolled);

        {
            GraphView fresh; // reads the persisted setting
            QVERIFY(!fresh.wheelZooms());
        }
        m_window->setWheelZooms(true); // the API a settings dialog calls
        QVERIFY(view()->wheelZooms());
        QVERIFY(m_window->findChild<QAction *>(QStringLiteral("wheelZooms"))->isChecked());
        QCOMPARE(QSettings().value(QStringLiteral("graph/wheelZooms")).toBool(), true);
    }

    void ctrlEnterShowsTheModelPanel()
    {
        m_tab->sidePanels()->setCurrentIndex(0);
        focusCanvas();
        QTest::keyClick(view(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(m_tab->sidePanels()->currentIndex(), m_tab->sidePanels()->count() - 1);
        QCOMPARE(m_tab->sidePanels()->tabText(m_tab->sidePanels()->currentIndex()), QStringLiteral("Model"));
    }

    void ctrlCCopiesTheSelectedNodesNames()
    {
        focusCanvas();
        GraphScene *scene = m_tab->graphPanel()->scene();
        QStringList expected;
        scene->clearSelection();
        for (NodeItem *item : scene->nodeItems())
            if (item->node().kind == DisplayNode::Kind::Operator && expected.size() < 2) {
                item->setSelected(true);
                expected << QString::fromStdString(m_tab->document()->model().node(item->node().node)->name());
            }
        QCOMPARE(expected.size(), 2);
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(view(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), expected.join(u'\n'));
        scene->clearSelection();
    }

    // In the Node panel (read-only text) Ctrl+C copies the selected text, as before.
    void ctrlCInTheNodePanelCopiesItsText()
    {
        GraphScene *scene = m_tab->graphPanel()->scene();
        for (NodeItem *item : scene->nodeItems())
            if (item->node().kind == DisplayNode::Kind::Operator) {
                QVERIFY(m_tab->graphPanel()->selectNode(item->node().node));
                break;
            }
        QTextBrowser *panel = m_tab->nodePanel();
        m_tab->sidePanels()->setCurrentWidget(panel);
        panel->setFocus();
        QTRY_VERIFY(panel->hasFocus());
        panel->selectAll();
        QVERIFY(panel->textCursor().hasSelection());
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(panel, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), panel->textCursor().selection().toPlainText());
        scene->clearSelection();
    }

    void exportKeysOpenTheDialogWithTheirFormat_data()
    {
        QTest::addColumn<int>("modifiers");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("Ctrl+Shift+E PNG") << int(Qt::ControlModifier | Qt::ShiftModifier) << QStringLiteral("png");
        QTest::newRow("Ctrl+Alt+E SVG") << int(Qt::ControlModifier | Qt::AltModifier) << QStringLiteral("svg");
    }
    void exportKeysOpenTheDialogWithTheirFormat()
    {
        QFETCH(int, modifiers);
        QFETCH(QString, suffix);
        focusCanvas();
        QTest::keyClick(view(), Qt::Key_E, Qt::KeyboardModifiers(modifiers));
        QFileDialog *dialog = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (dialog = m_window->findChild<QFileDialog *>(QStringLiteral("exportDialog"))); }));
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->selectedNameFilter().contains(u"*." + suffix));
        QCOMPARE(dialog->defaultSuffix(), suffix);
        dialog->reject();
        QTRY_VERIFY(!m_window->findChild<QFileDialog *>(QStringLiteral("exportDialog")));
    }

    void ctrlShiftSAsksWhereToSaveAs()
    {
        focusCanvas();
        QString title;
        // The save dialog is modal: read and close it from the event loop it runs.
        QTimer::singleShot(200, this, [&] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                title = modal->windowTitle();
                static_cast<QDialog *>(modal)->reject();
            }
        });
        QTest::keyClick(view(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(title, QStringLiteral("Save Model As"));
    }

    void f11SwitchesFullScreen()
    {
        focusCanvas();
        QTest::keyClick(view(), Qt::Key_F11);
        QTRY_VERIFY(m_window->windowState() & Qt::WindowFullScreen);
        QTest::keyClick(view(), Qt::Key_F11);
        QTRY_VERIFY(!(m_window->windowState() & Qt::WindowFullScreen));
    }

    void backspaceLeavesTheSubgraph()
    {
        REQUIRE_SHARED_MODELS();
        ModelTab *tab = mltest::openModel(*m_window, "scripted_if.onnx");
        QVERIFY(tab);
        GraphPanel *panel = tab->graphPanel();
        NodeId ifNode = kNoNode;
        for (NodeItem *item : panel->scene()->nodeItems())
            if (item->node().hasSubgraphs)
                ifNode = item->node().node;
        QVERIFY(ifNode != kNoNode);
        QVERIFY(panel->enterSubgraph(ifNode, QStringLiteral("then_branch")));
        QVERIFY(mltest::waitForLayout(panel));
        QCOMPARE(panel->path().steps.size(), 1);
        panel->view()->setFocus();
        QTRY_VERIFY(panel->view()->hasFocus());
        QTest::keyClick(panel->view(), Qt::Key_Backspace);
        QVERIFY(panel->path().isMain());
        QVERIFY(mltest::waitForLayout(panel));
        m_window->closeTab(m_window->tabs()->indexOf(tab));
        m_tab = m_window->currentTab();
    }

    // While the search field has focus, every key goes to the field: Backspace deletes a
    // character, and no action fires.
    void noneFiresInTheSearchField_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        auto row = [](const char *name, Qt::Key key, Qt::KeyboardModifiers m = {}) { QTest::newRow(name) << int(key) << int(m); };
        row("Ctrl+F", Qt::Key_F, Qt::ControlModifier);
        row("Ctrl+D", Qt::Key_D, Qt::ControlModifier);
        row("Ctrl+I", Qt::Key_I, Qt::ControlModifier);
        row("Ctrl+U", Qt::Key_U, Qt::ControlModifier);
        row("Ctrl+K", Qt::Key_K, Qt::ControlModifier);
        row("Ctrl+M", Qt::Key_M, Qt::ControlModifier);
        row("Shift+Up", Qt::Key_Up, Qt::ShiftModifier);
        row("Shift+Down", Qt::Key_Down, Qt::ShiftModifier);
        row("Shift+Backspace", Qt::Key_Backspace, Qt::ShiftModifier);
        row("Backspace", Qt::Key_Backspace);
        row("Ctrl+Enter", Qt::Key_Return, Qt::ControlModifier);
        row("Ctrl+Shift+E", Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        row("Ctrl+Alt+E", Qt::Key_E, Qt::ControlModifier | Qt::AltModifier);
        row("Ctrl+C", Qt::Key_C, Qt::ControlModifier);
        row("F11", Qt::Key_F11);
    }
    void noneFiresInTheSearchField()
    {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        QLineEdit *field = m_tab->searchBar()->lineEdit();
        m_tab->searchBar()->focusSearch();
        QTRY_VERIFY(field->hasFocus());
        field->setText(QStringLiteral("conv relu"));
        field->setCursorPosition(4);
        m_tab->sidePanels()->setCurrentIndex(0);
        QGuiApplication::clipboard()->setText(QStringLiteral("before"));
        const State before = stateOf(*m_window);
        QVERIFY(actionFor(*m_window, QKeySequence(QKeyCombination(Qt::KeyboardModifiers(modifiers), Qt::Key(key)))));
        QTest::keyClick(field, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        QTest::qWait(20);
        QVERIFY(stateOf(*m_window) == before);
        QVERIFY(field->hasFocus());
        if (key == Qt::Key_Backspace && modifiers == 0)
            QCOMPARE(field->text(), QStringLiteral("con relu"));
        m_tab->searchBar()->setQuery({});
    }

    // Issue 14's slip: an edit made from a dialog while the search field had focus, then
    // Ctrl+Z in that field undid the search text instead of the edit.
    void undoActsOnTheModelUnlessTyping()
    {
        QLineEdit *field = m_tab->searchBar()->lineEdit();
        m_tab->searchBar()->focusSearch();
        QTRY_VERIFY(field->hasFocus());
        field->clear();
        QTest::keyClicks(field, QStringLiteral("conv"));
        QCOMPARE(field->text(), QStringLiteral("conv"));

        // The edit, as the Rename dialog applies it; focus comes back to the field.
        QUndoStack *stack = m_tab->document()->undoStack();
        const int start = stack->index();
        NodeId node = kNoNode;
        for (NodeItem *item : m_tab->graphPanel()->scene()->nodeItems())
            if (item->node().kind == DisplayNode::Kind::Operator)
                node = item->node().node;
        QVERIFY(m_window->editActions()->apply(renameNode(node, QStringLiteral("renamed_by_dialog"))));
        QCOMPARE(stack->index(), start + 1);
        QVERIFY(field->hasFocus());

        QTest::keyClick(field, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stack->index(), start);                             // the edit is undone...
        QCOMPARE(field->text(), QStringLiteral("conv"));             // ...not the search text
        QTest::keySequence(field, QKeySequence(QKeySequence::Redo)); // Ctrl+Y or Ctrl+Shift+Z by platform
        QCOMPARE(stack->index(), start + 1);                         // redone

        // Typing again: Ctrl+Z is the field's own undo now, the model stays as it is.
        QTest::keyClicks(field, QStringLiteral("x"));
        QCOMPARE(field->text(), QStringLiteral("convx"));
        QTest::keyClick(field, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY2(!field->text().endsWith(u'x'), qPrintable(field->text())); // (QLineEdit undoes a run of typing at once)
        QCOMPARE(stack->index(), start + 1);

        stack->setIndex(start);
        m_tab->searchBar()->setQuery({});
    }
};

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
