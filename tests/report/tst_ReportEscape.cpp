// SPDX-License-Identifier: GPL-3.0-or-later
// The escaping of each report format, string by string.
#include "ReportEscape.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace ml;
using namespace Qt::StringLiterals;

TEST(ReportEscape, HtmlTextAndAttributes)
{
    EXPECT_EQ(escape::html(u"<script>alert(1)</script>"_s), u"&lt;script&gt;alert(1)&lt;/script&gt;"_s);
    EXPECT_EQ(escape::html(u"<img src=x onerror=alert(2)>"_s), u"&lt;img src=x onerror=alert(2)&gt;"_s);
    EXPECT_EQ(escape::html(u"a\"b'c&d"_s), u"a&quot;b&#39;c&amp;d"_s);
    EXPECT_EQ(escape::html(u"Ünïcode ✓"_s), u"Ünïcode ✓"_s);
}

TEST(ReportEscape, JsonCannotCloseItsScriptElement)
{
    const QJsonObject o{{u"name"_s, u"</script><script>alert(3)</script>"_s}, {u"c"_s, u"<!-- x"_s}};
    const QByteArray safe = escape::jsonForScript(QJsonDocument(o).toJson(QJsonDocument::Compact));
    EXPECT_FALSE(safe.contains("</")) << safe.constData();
    EXPECT_FALSE(safe.contains("<!--")) << safe.constData();
    QJsonParseError error;
    const QJsonDocument back = QJsonDocument::fromJson(safe, &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    EXPECT_EQ(back.object(), o) << "still the same JSON";
}

TEST(ReportEscape, MarkdownBreaksNoTableAndPingsNoOne)
{
    EXPECT_EQ(escape::markdown(u"a|b"_s), u"a\\|b"_s);
    EXPECT_EQ(escape::markdown(u"x`y`"_s), u"x\\`y\\`"_s);
    EXPECT_EQ(escape::markdown(u"one\ntwo\r\nthree"_s), u"one two  three"_s);
    const QString mention = escape::markdown(u"@someone"_s);
    EXPECT_FALSE(mention.contains(u"@s"_s)) << "a zero-width space follows the @";
    EXPECT_TRUE(mention.startsWith(u'@'));
    EXPECT_FALSE(escape::markdown(u"#123"_s).contains(u"#1"_s));
    EXPECT_EQ(escape::markdown(u"<script>"_s), u"\\<script\\>"_s);
    EXPECT_EQ(escape::markdown(u"a\\b"_s), u"a\\\\b"_s);
}

TEST(ReportEscape, CsvQuotesAndNeutralisesFormulas)
{
    EXPECT_EQ(escape::csvText(u"plain"_s), u"plain"_s);
    EXPECT_EQ(escape::csvText(u"=cmd()"_s), u"'=cmd()"_s);
    EXPECT_EQ(escape::csvText(u"+SUM(A1)"_s), u"'+SUM(A1)"_s);
    EXPECT_EQ(escape::csvText(u"-1+2"_s), u"'-1+2"_s);
    EXPECT_EQ(escape::csvText(u"@SUM(1)"_s), u"'@SUM(1)"_s);
    EXPECT_EQ(escape::csvText(u"a,b"_s), u"\"a,b\""_s);
    EXPECT_EQ(escape::csvText(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
    EXPECT_EQ(escape::csvText(u"=a,\"b\"\nc"_s), u"\"'=a,\"\"b\"\"\nc\""_s);
    EXPECT_EQ(escape::csvNumber(-0.5, 2), u"-0.50"_s) << "numbers stay numbers";
}
