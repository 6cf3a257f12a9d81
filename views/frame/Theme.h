// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ml {

// The application's look: "system" (the style and palette Qt started with; Qt 6.4 has no
// colour-scheme query, so this is whatever the platform theme gave), "light" or "dark"
// (both Fusion, so that the dark palette is drawn consistently).
class Theme {
public:
    static void apply(const QString &name);
    static QString current();
};

} // namespace ml
