// SPDX-License-Identifier: GPL-3.0-or-later
#include "GraphSearch.h"

#include <QRegularExpression>

namespace ml {

SearchQuery SearchQuery::parse(const QString &text, Mode mode)
{
    SearchQuery q;
    q.mode = mode;
    QString current;
    bool quoted = false;
    for (QChar c : text) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (c.isSpace() && !quoted) {
            if (!current.isEmpty())
                q.terms << current;
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        q.terms << current;
    return q;
}

std::vector<SearchHit> searchGraph(const OnnxModel &model, const ModelFacts &facts, const GraphPath &path,
                                   const SearchQuery &query)
{
    std::vector<SearchHit> hits;
    const onnx::GraphProto *g = resolveGraph(model, path);
    if (!g || query.terms.isEmpty())
        return hits;
    const Qt::CaseSensitivity cs = query.caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    std::vector<QRegularExpression> patterns;
    if (query.mode == SearchQuery::Mode::RegularExpression) {
        for (const QString &t : query.terms) {
            QRegularExpression re(
                    t, query.caseSensitive ? QRegularExpression::NoPatternOption : QRegularExpression::CaseInsensitiveOption);
            if (!re.isValid())
                return hits;
            patterns.push_back(re);
        }
    }
    auto matches = [&](int term, const QString &text) {
        switch (query.mode) {
        case SearchQuery::Mode::Contains:
            return text.contains(query.terms[term], cs);
        case SearchQuery::Mode::Exact:
            return text.compare(query.terms[term], cs) == 0;
        case SearchQuery::Mode::RegularExpression:
            return patterns[static_cast<std::size_t>(term)].match(text).hasMatch();
        }
        return false;
    };
    for (const auto &node : g->node()) {
        std::vector<std::pair<QString, QString>> fields{{QStringLiteral("name"), QString::fromStdString(node.name())},
                                                        {QStringLiteral("op"), QString::fromStdString(node.op_type())}};
        for (const auto &in : node.input())
            if (!in.empty())
                fields.emplace_back(QStringLiteral("tensor"), QString::fromStdString(in));
        for (const auto &out : node.output()) {
            if (out.empty())
                continue;
            fields.emplace_back(QStringLiteral("tensor"), QString::fromStdString(out));
            if (const onnx::TypeProto *type = facts.typeOf(out)) {
                const QString shape = shapeLabel(*type);
                fields.emplace_back(QStringLiteral("shape"), shape);
                fields.emplace_back(QStringLiteral("shape"), QString(shape).replace(QChar(0xd7), QLatin1Char(',')));
                fields.emplace_back(QStringLiteral("shape"), QString(shape).replace(QChar(0xd7), QLatin1Char('x')));
            }
        }
        SearchHit hit;
        bool all = true;
        for (int t = 0; t < query.terms.size() && all; ++t) {
            bool any = false;
            for (const auto &[field, text] : fields) {
                if (matches(t, text)) {
                    if (t == 0) {
                        hit.field = field;
                        hit.text = text;
                    }
                    any = true;
                    break;
                }
            }
            all = any;
        }
        if (all) {
            hit.node = model.idOf(node);
            hits.push_back(hit);
        }
    }
    return hits;
}

} // namespace ml
