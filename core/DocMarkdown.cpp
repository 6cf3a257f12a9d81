// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocMarkdown.h"

#include <QRegularExpression>
#include <QTextDocument>

namespace ml {

QString docMarkdownToHtml(const QString &markdown)
{
    // Links first: a link the browser cannot follow would look like one and do nothing.
    static const QRegularExpression link(QStringLiteral(R"(\[([^\]]*)\]\(([^)\s]*)\))"));
    QString md;
    qsizetype at = 0;
    for (auto it = link.globalMatch(markdown); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        md += QStringView(markdown).mid(at, m.capturedStart() - at);
        const QString text = m.captured(1), target = m.captured(2);
        if (target.startsWith(QLatin1String("https://")) || target.startsWith(QLatin1String("http://")))
            md += m.captured(0);
        else if (target.section(u'#', 0, 0).endsWith(QLatin1String(".md")) && !target.contains(QLatin1String("..")))
            md += QLatin1Char('[') + text + QStringLiteral("](") + QString::fromUtf16(kOnnxDocsUrl) + target + QLatin1Char(')');
        else
            md += text;
        at = m.capturedEnd();
    }
    md += QStringView(markdown).mid(at);

    QTextDocument doc;
    doc.setMarkdown(md, QTextDocument::MarkdownDialectGitHub);
    const QString html = doc.toHtml();
    // The body only: the fragment goes inside the panel's own page.
    const qsizetype open = html.indexOf(QLatin1String("<body"));
    const qsizetype start = open < 0 ? -1 : html.indexOf(u'>', open);
    const qsizetype end = html.lastIndexOf(QLatin1String("</body>"));
    return start < 0 || end < start ? md.toHtmlEscaped() : html.mid(start + 1, end - start - 1);
}

} // namespace ml
