// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GraphSearch.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace ml {

class GraphPanel;

// Find in the graph shown by a GraphPanel: by node name, op type, tensor name or shape,
// several terms at once, contains / exact / regular expression. Results are listed; Enter
// (and F3) jumps to the next one and selects it, Shift+Enter to the previous one.
class SearchBar : public QWidget {
    Q_OBJECT
public:
    explicit SearchBar(GraphPanel *panel, QWidget *parent = nullptr);

    void setQuery(const QString &text, SearchQuery::Mode mode = SearchQuery::Mode::Contains);
    const std::vector<SearchHit> &hits() const { return m_hits; }
    int current() const { return m_current; } // -1 before the first jump
    QLineEdit *lineEdit() const { return m_edit; }

public Q_SLOTS:
    void search(); // again, on the text as it is (the graph may have changed)
    void next();
    void previous();
    void focusSearch(); // shows the bar, selects the text

private:
    void jump(int index);

    GraphPanel *m_panel;
    std::vector<SearchHit> m_hits;
    int m_current = -1;
    QLineEdit *m_edit = nullptr;
    QComboBox *m_mode = nullptr;
    QCheckBox *m_case = nullptr;
    QLabel *m_count = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace ml
