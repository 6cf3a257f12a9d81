// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomePage.h"

#include "RecentFilesMenu.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace ml {
namespace {
using namespace Qt::StringLiterals;

constexpr int PathRole = Qt::UserRole;
constexpr int MissingRole = Qt::UserRole + 1;

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}
} // namespace

WelcomePage::WelcomePage(RecentFilesMenu *recent, QWidget *parent) : QWidget(parent), m_recentMenu(recent)
{
    setObjectName(u"welcomePage"_s);
    auto *outer = new QHBoxLayout(this);
    auto *column = new QVBoxLayout;
    outer->addStretch(1);
    outer->addLayout(column, 3);
    outer->addStretch(1);

    auto *title = new QLabel(u"ModelLens"_s, this); // the name, not translated
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    column->addStretch(1);
    column->addWidget(title);
    auto *tagline = new QLabel(tr("Inspect, edit and profile ONNX models for deployment."), this);
    tagline->setForegroundRole(QPalette::PlaceholderText);
    column->addWidget(tagline);
    column->addSpacing(12);

    auto *open = new QPushButton(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open Model…"), this);
    open->setObjectName(u"welcomeOpen"_s);
    open->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    column->addWidget(open);
    column->addSpacing(12);

    column->addWidget(heading(tr("Recent files"), this));
    m_recent = new QListWidget(this);
    m_recent->setObjectName(u"welcomeRecent"_s);
    m_recent->setUniformItemSizes(true);
    column->addWidget(m_recent, 3);
    auto *recentButtons = new QHBoxLayout;
    m_remove = new QPushButton(tr("&Remove from List"), this);
    m_remove->setObjectName(u"welcomeRemove"_s);
    m_remove->setEnabled(false);
    recentButtons->addWidget(m_remove);
    recentButtons->addStretch(1);
    column->addLayout(recentButtons);
    connect(m_remove, &QPushButton::clicked, this, &WelcomePage::removeSelected);
    connect(m_recent, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *item) { m_remove->setEnabled(item != nullptr); });
    connect(m_recent, &QListWidget::itemActivated, this, &WelcomePage::activate);

    column->addSpacing(8);
    column->addWidget(heading(tr("Sample models"), this));
    m_samples = new QListWidget(this);
    m_samples->setObjectName(u"welcomeSamples"_s);
    const QStringList samples = sampleModels();
    for (const QString &path : samples) {
        auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_samples);
        item->setData(PathRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    if (samples.isEmpty()) {
        auto *item = new QListWidgetItem(tr("(no sample models installed)"), m_samples);
        item->setFlags(Qt::NoItemFlags);
    }
    m_samples->setMaximumHeight(m_samples->sizeHintForRow(0) * 3 + 2 * m_samples->frameWidth() + 4);
    connect(m_samples, &QListWidget::itemActivated, this, &WelcomePage::activate);
    column->addWidget(m_samples, 1);

    column->addSpacing(12);
    auto *drop = new QLabel(tr("Or drop .onnx files anywhere in this window. "
                               "Double-click a file (or press Enter) to open it."),
                            this);
    drop->setWordWrap(true);
    drop->setForegroundRole(QPalette::PlaceholderText);
    column->addWidget(drop);
    column->addStretch(1);

    if (m_recentMenu)
        connect(m_recentMenu, &RecentFilesMenu::filesChanged, this, &WelcomePage::refresh);
    refresh();
}

QStringList WelcomePage::sampleModels()
{
    // Installed: <prefix>/share/modellens/samples beside <prefix>/bin; else the source tree.
    const QStringList folders = {QDir(QCoreApplication::applicationDirPath()).filePath(u"../share/modellens/samples"_s),
                                 QStringLiteral(MODELLENS_SOURCE_SAMPLES)};
    for (const QString &folder : folders) {
        const QDir dir(folder);
        const QStringList names = dir.entryList({u"*.onnx"_s}, QDir::Files, QDir::Name);
        if (!names.isEmpty()) {
            QStringList out;
            for (const QString &name : names)
                out << QFileInfo(dir.filePath(name)).canonicalFilePath();
            return out;
        }
    }
    return {};
}

void WelcomePage::refresh()
{
    const QString selected = m_recent->currentItem() ? m_recent->currentItem()->data(PathRole).toString() : QString();
    m_recent->clear();
    const QStringList files = m_recentMenu ? m_recentMenu->files() : QStringList();
    for (const QString &path : files) {
        const bool missing = !QFileInfo::exists(path);
        auto *item = new QListWidgetItem(
                missing ? tr("%1 (missing)").arg(RecentFilesMenu::label(path)) : RecentFilesMenu::label(path), m_recent);
        item->setData(PathRole, path);
        item->setData(MissingRole, missing);
        item->setToolTip(
                missing ? tr("%1\nThis file no longer exists; remove it from the list.").arg(QDir::toNativeSeparators(path))
                        : QDir::toNativeSeparators(path));
        if (missing) {
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        } else {
            item->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
        }
        if (path == selected)
            m_recent->setCurrentItem(item);
    }
    if (files.isEmpty()) {
        auto *item = new QListWidgetItem(tr("(none yet)"), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
    m_remove->setEnabled(m_recent->currentItem() != nullptr);
    // Room for the longest list (RecentFilesMenu::MaxFiles) and no more.
    if (const int row = m_recent->sizeHintForRow(0); row > 0)
        m_recent->setMaximumHeight(row * RecentFilesMenu::MaxFiles + 2 * m_recent->frameWidth());
}

void WelcomePage::removeSelected()
{
    QListWidgetItem *item = m_recent->currentItem();
    if (!item || !m_recentMenu)
        return;
    m_recentMenu->removeFile(item->data(PathRole).toString()); // filesChanged() refreshes
}

void WelcomePage::activate(QListWidgetItem *item)
{
    const QString path = item ? item->data(PathRole).toString() : QString();
    if (path.isEmpty())
        return;
    // A missing file would only fail to open; say so where the user looks.
    if (item->data(MissingRole).toBool()) {
        item->setSelected(true);
        m_recent->setCurrentItem(item);
        return;
    }
    Q_EMIT fileRequested(path);
}

void WelcomePage::showEvent(QShowEvent *event)
{
    refresh(); // a file may have gone while a model was open
    QWidget::showEvent(event);
}

} // namespace ml
