// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace ml::escape {

// Every string of a report that comes from a model or a user (node names, doc strings,
// metadata, tags, notes, settings) goes through one of these on its way into a format.
// The numbers a report computes itself are written as they are.

// HTML text and attribute values (double- or single-quoted): & < > " ' as entities.
QString html(const QString &text);

// JSON text to embed in a <script> element: "</" becomes "<\/" and "<!--" "\u003c!--"
// (both only ever occur inside JSON strings, where they mean the same), so no string can
// close the element or open a comment. The result is still valid JSON.
QByteArray jsonForScript(const QByteArray &json);

// A GitHub-flavoured Markdown table cell or line of text: backslash escapes for the
// punctuation that makes markup (\ ` * _ [ ] < > | ~ !), newlines and tabs as spaces, and a
// zero-width space after '@' and '#' so that "@someone" pings no one and "#123" links to no
// issue (GitHub finds mentions in the rendered text, where a backslash would be gone).
QString markdown(const QString &text);

// A CSV field per RFC 4180 (quoted when it holds a comma, quote, CR or LF; quotes doubled).
// Text that a spreadsheet would take for a formula (first character = + - @, tab or CR) is
// prefixed with a single quote first. For text only: numbers are written with csvNumber.
QString csvText(const QString &text);
QString csvNumber(double value, int decimals = 6);

} // namespace ml::escape
