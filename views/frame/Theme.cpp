// SPDX-License-Identifier: GPL-3.0-or-later
#include "Theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace ml {
namespace {
using namespace Qt::StringLiterals;

// What the application started with, kept at the first change so that "system" can return.
struct Original {
    QString style;
    QPalette palette;
};
Original &original()
{
    static Original o{QApplication::style()->name(), QApplication::palette()};
    return o;
}
QString &currentName()
{
    static QString name = u"system"_s;
    return name;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(45, 45, 48), base(30, 30, 32), text(230, 230, 230), disabled(127, 127, 127);
    const QColor highlight(42, 130, 218);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, highlight.lighter(130));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, window.lighter(150));
    p.setColor(QPalette::Midlight, window.lighter(125));
    p.setColor(QPalette::Mid, window.darker(120));
    p.setColor(QPalette::Dark, window.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}
} // namespace

void Theme::apply(const QString &name)
{
    const Original &o = original();
    // Already the system's: leave the palette unset, so it keeps following the platform.
    if (name != u"dark"_s && name != u"light"_s && currentName() == u"system"_s)
        return;
    if (name == u"dark"_s || name == u"light"_s) {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        // Fusion's own palette is its light one.
        QApplication::setPalette(name == u"dark"_s ? darkPalette() : QApplication::style()->standardPalette());
        currentName() = name;
    } else {
        QApplication::setStyle(QStyleFactory::create(o.style));
        QApplication::setPalette(o.palette);
        currentName() = u"system"_s;
    }
}

QString Theme::current() { return currentName(); }

} // namespace ml
