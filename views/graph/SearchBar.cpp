// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchBar.h"

#include "GraphPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QShortcut>
#include <QVBoxLayout>

namespace ml {

SearchBar::SearchBar(GraphPanel *panel, QWidget *parent) : QWidget(parent), m_panel(panel)
{
    setObjectName(QStringLiteral("searchBar"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    auto *row = new QHBoxLayout;
    m_edit = new QLineEdit;
    m_edit->setObjectName(QStringLiteral("searchText"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setPlaceholderText(tr("Find nodes by name, op type, tensor or shape (several terms: all must match)"));
    m_mode = new QComboBox;
    m_mode->addItem(tr("Contains"), int(SearchQuery::Mode::Contains));
    m_mode->addItem(tr("Exact"), int(SearchQuery::Mode::Exact));
    m_mode->addItem(tr("Regular expression"), int(SearchQuery::Mode::RegularExpression));
    m_case = new QCheckBox(tr("Match case"));
    m_count = new QLabel;
    row->addWidget(m_edit, 1);
    row->addWidget(m_mode);
    row->addWidget(m_case);
    row->addWidget(m_count);
    layout->addLayout(row);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("searchResults"));
    m_list->setMaximumHeight(130);
    m_list->hide();
    layout->addWidget(m_list);

    connect(m_edit, &QLineEdit::textChanged, this, &SearchBar::search);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &SearchBar::search);
    connect(m_case, &QCheckBox::toggled, this, &SearchBar::search);
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        if (QGuiApplication::keyboardModifiers() & Qt::ShiftModifier)
            previous();
        else
            next();
    });
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { jump(m_list->row(item)); });
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { jump(m_list->row(item)); });
    auto *f3 = new QShortcut(QKeySequence::FindNext, panel);
    connect(f3, &QShortcut::activated, this, &SearchBar::next);
    auto *shiftF3 = new QShortcut(QKeySequence::FindPrevious, panel);
    connect(shiftF3, &QShortcut::activated, this, &SearchBar::previous);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_edit, nullptr, nullptr, Qt::WidgetShortcut);
    connect(escape, &QShortcut::activated, this, [this] { m_edit->clear(); });
    // The entered graph changed: the hits were of the old one.
    connect(panel, &GraphPanel::pathChanged, this, &SearchBar::search);
}

void SearchBar::setQuery(const QString &text, SearchQuery::Mode mode)
{
    {
        const QSignalBlocker block(m_mode);
        m_mode->setCurrentIndex(m_mode->findData(int(mode)));
    }
    if (m_edit->text() == text)
        search();
    else
        m_edit->setText(text);
}

void SearchBar::search()
{
    m_hits.clear();
    m_current = -1;
    m_list->clear();
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty() || !m_panel->model() || !m_panel->facts()) {
        m_count->clear();
        m_list->hide();
        return;
    }
    SearchQuery query = SearchQuery::parse(text, SearchQuery::Mode(m_mode->currentData().toInt()));
    query.caseSensitive = m_case->isChecked();
    m_hits = searchGraph(*m_panel->model(), *m_panel->facts(), m_panel->path(), query);
    for (const SearchHit &hit : m_hits) {
        const onnx::NodeProto *node = m_panel->model()->node(hit.node);
        const QString op = node ? QString::fromStdString(node->op_type()) : QString();
        const QString name = node && !node->name().empty() ? QString::fromStdString(node->name()) : tr("(unnamed)");
        m_list->addItem(tr("%1  %2   — %3: %4").arg(op, name, hit.field, hit.text));
    }
    m_list->setVisible(!m_hits.empty());
    m_count->setText(m_hits.empty() ? tr("no match") : tr("%n match(es)", nullptr, int(m_hits.size())));
}

void SearchBar::next()
{
    if (!m_hits.empty())
        jump((m_current + 1) % int(m_hits.size()));
}

void SearchBar::previous()
{
    if (!m_hits.empty())
        jump(m_current <= 0 ? int(m_hits.size()) - 1 : m_current - 1);
}

void SearchBar::focusSearch()
{
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void SearchBar::jump(int index)
{
    if (index < 0 || index >= int(m_hits.size()))
        return;
    m_current = index;
    {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(index);
    }
    m_count->setText(tr("%1 of %2").arg(index + 1).arg(m_hits.size()));
    m_panel->selectNode(m_hits[std::size_t(index)].node);
}

} // namespace ml
