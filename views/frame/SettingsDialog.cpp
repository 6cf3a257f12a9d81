// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "FrameSettings.h"
#include "HistoryStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace ml {
namespace {
using namespace Qt::StringLiterals;

// An editor's wheel changes its value only while it has focus; otherwise the wheel is
// dropped (the dialog does not scroll), so no setting changes under a passing pointer.
// StrongFocus alone is not enough: Qt sends the wheel to the widget under the pointer.
class WheelOnlyWithFocus : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Wheel)
            if (auto *w = qobject_cast<QWidget *>(watched); w && !w->hasFocus()) {
                event->ignore();
                return true;
            }
        return QObject::eventFilter(watched, event);
    }
};

template<typename T>
T *focusWheel(T *editor)
{
    editor->setFocusPolicy(Qt::StrongFocus);
    static auto *filter = new WheelOnlyWithFocus(qApp);
    editor->installEventFilter(filter);
    return editor;
}
} // namespace

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);

    auto *look = new QGroupBox(tr("Appearance"), this);
    auto *lookForm = new QFormLayout(look);
    m_language = focusWheel(new QComboBox(look));
    m_language->setObjectName(u"language"_s);
    m_language->addItem(tr("System default"), QString());
    // Each language in its own words, so that a user who cannot read the current one finds theirs.
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"简体中文"_s, u"zh_CN"_s);
    lookForm->addRow(tr("&Language:"), m_language);
    auto *restart = new QLabel(tr("A new language takes effect when ModelLens is started again."), look);
    restart->setWordWrap(true);
    restart->setForegroundRole(QPalette::PlaceholderText);
    lookForm->addRow(QString(), restart);
    m_theme = focusWheel(new QComboBox(look));
    m_theme->setObjectName(u"theme"_s);
    m_theme->addItem(tr("System palette"), u"system"_s);
    m_theme->addItem(tr("Light"), u"light"_s);
    m_theme->addItem(tr("Dark"), u"dark"_s);
    lookForm->addRow(tr("&Theme:"), m_theme);
    layout->addWidget(look);

    auto *graph = new QGroupBox(tr("Graph"), this);
    auto *graphForm = new QFormLayout(graph);
    m_wheel = focusWheel(new QComboBox(graph));
    m_wheel->setObjectName(u"wheel"_s);
    m_wheel->addItem(tr("Zooms (Shift+wheel scrolls)"), true);
    m_wheel->addItem(tr("Scrolls (Ctrl+wheel zooms)"), false);
    m_wheel->setToolTip(tr("Ctrl+M in the graph switches between the two."));
    graphForm->addRow(tr("Mouse &wheel:"), m_wheel);
    m_dot = pathEditor(u"dotPath"_s, tr("dot on PATH"), false);
    graphForm->addRow(tr("Graphviz &dot:"), m_dot->parentWidget());
    layout->addWidget(graph);

    auto *engine = new QGroupBox(tr("New runs"), this);
    auto *engineForm = new QFormLayout(engine);
    m_warmup = focusWheel(new QSpinBox(engine));
    m_warmup->setObjectName(u"warmup"_s);
    m_warmup->setRange(0, 100000);
    engineForm->addRow(tr("W&arm-up iterations:"), m_warmup);
    m_iterations = focusWheel(new QSpinBox(engine));
    m_iterations->setObjectName(u"iterations"_s);
    m_iterations->setRange(1, 10000000);
    engineForm->addRow(tr("&Iterations:"), m_iterations);
    m_threads = focusWheel(new QSpinBox(engine));
    m_threads->setObjectName(u"intraOpThreads"_s);
    m_threads->setRange(0, 1024);
    m_threads->setSpecialValueText(tr("ONNX Runtime's default"));
    engineForm->addRow(tr("Intra-op &threads:"), m_threads);
    m_perLayer = new QCheckBox(tr("Per-layer &profile"), engine);
    m_perLayer->setObjectName(u"perLayer"_s);
    engineForm->addRow(QString(), m_perLayer);
    m_trtexec = pathEditor(u"trtexecPath"_s, tr("trtexec on PATH, then $MODELLENS_TRTEXEC"), false);
    engineForm->addRow(tr("T&ensorRT trtexec:"), m_trtexec->parentWidget());
    layout->addWidget(engine);

    auto *history = new QGroupBox(tr("Run history"), this);
    auto *historyForm = new QFormLayout(history);
    m_history = pathEditor(u"historyDatabase"_s, QDir::toNativeSeparators(HistoryStore::defaultPath()), true);
    historyForm->addRow(tr("&Database:"), m_history->parentWidget());
    if (qEnvironmentVariableIsSet("MODELLENS_DB")) {
        auto *env = new QLabel(tr("$MODELLENS_DB is set (%1) and takes precedence.")
                                       .arg(QDir::toNativeSeparators(qEnvironmentVariable("MODELLENS_DB"))),
                               history);
        env->setWordWrap(true);
        env->setForegroundRole(QPalette::PlaceholderText);
        historyForm->addRow(QString(), env);
    }
    layout->addWidget(history);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addStretch(1);
    layout->addWidget(buttons);
    load();
}

QLineEdit *SettingsDialog::pathEditor(const QString &name, const QString &placeholder, bool save)
{
    auto *row = new QWidget(this);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    auto *edit = new QLineEdit(row);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    edit->setMinimumWidth(320);
    auto *browse = new QToolButton(row);
    browse->setText(tr("Browse…"));
    h->addWidget(edit, 1);
    h->addWidget(browse);
    connect(browse, &QToolButton::clicked, this, [this, edit, save] {
        const QString start = edit->text().isEmpty() ? QDir::homePath() : edit->text();
        const QString path = save ? QFileDialog::getSaveFileName(this, tr("Run History Database"), start,
                                                                 tr("SQLite databases (*.sqlite *.db);;All files (*)"), nullptr,
                                                                 QFileDialog::DontConfirmOverwrite)
                                  : QFileDialog::getOpenFileName(this, tr("Choose Program"), start);
        if (!path.isEmpty())
            edit->setText(QDir::toNativeSeparators(path));
    });
    return edit;
}

void SettingsDialog::load()
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(FrameSettings::language())));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(FrameSettings::theme())));
    m_wheel->setCurrentIndex(FrameSettings::wheelZooms() ? 0 : 1);
    const EngineSettings defaults = FrameSettings::engineDefaults();
    m_warmup->setValue(defaults.warmupIterations);
    m_iterations->setValue(defaults.iterations);
    m_threads->setValue(defaults.intraOpThreads);
    m_perLayer->setChecked(defaults.perLayer);
    m_trtexec->setText(QDir::toNativeSeparators(FrameSettings::trtexecPath()));
    m_dot->setText(QDir::toNativeSeparators(FrameSettings::dotPath()));
    m_history->setText(QDir::toNativeSeparators(FrameSettings::historyDatabase()));
}

void SettingsDialog::save()
{
    FrameSettings::setLanguage(m_language->currentData().toString());
    FrameSettings::setTheme(m_theme->currentData().toString());
    FrameSettings::setWheelZooms(m_wheel->currentData().toBool());
    EngineSettings defaults;
    defaults.warmupIterations = m_warmup->value();
    defaults.iterations = m_iterations->value();
    defaults.intraOpThreads = m_threads->value();
    defaults.perLayer = m_perLayer->isChecked();
    FrameSettings::setEngineDefaults(defaults);
    const auto path = [](QLineEdit *edit) { return QDir::fromNativeSeparators(edit->text().trimmed()); };
    FrameSettings::setTrtexecPath(path(m_trtexec));
    FrameSettings::setDotPath(path(m_dot));
    FrameSettings::setHistoryDatabase(path(m_history));
}

void SettingsDialog::accept()
{
    save();
    QDialog::accept();
}

} // namespace ml
