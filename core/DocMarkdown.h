// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ml {

// The ONNX schemas' documentation is Markdown (GitHub dialect): "**...**", code spans,
// lists, and links to the onnx docs by relative path ("[the doc](Broadcasting.md)").
// As an HTML fragment (the body of the rendered document) for a text browser: relative
// .md links point at the onnx docs on GitHub, other relative links become plain text.
QString docMarkdownToHtml(const QString &markdown);

// The onnx repository's documentation folder, which relative links in the schemas name.
inline constexpr char16_t kOnnxDocsUrl[] = u"https://github.com/onnx/onnx/blob/main/docs/";

} // namespace ml
