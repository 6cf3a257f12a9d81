// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DisplayGraph.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace ml {

struct SearchQuery {
    enum class Mode { Contains, Exact, RegularExpression };
    QStringList terms; // a node matches when every term matches one of its fields
    Mode mode = Mode::Contains;
    bool caseSensitive = false;

    // Splits `text` at white space; quotes keep spaces inside a term.
    static SearchQuery parse(const QString &text, Mode mode = Mode::Contains);
};

struct SearchHit {
    NodeId node = kNoNode;
    QString field; // what matched the first term: "name", "op", "tensor" or "shape"
    QString text;  // the matching text
};

// Nodes of the graph at `path` that match, in graph order. Fields: the node's name, its op
// type, the names of its inputs and outputs, and the shapes of its outputs ("1×64×56×56",
// also written "1,64,56,56" or "1x64x56x56"). An invalid regular expression matches nothing.
std::vector<SearchHit> searchGraph(const OnnxModel &model, const ModelFacts &facts, const GraphPath &path,
                                   const SearchQuery &query);

} // namespace ml
