// SPDX-License-Identifier: GPL-3.0-or-later
#include "GraphPainter.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QGuiApplication>
#include <QPainter>
#include <QtMath>

namespace ml::paint {
namespace {

// Sizes in pixels, which on the canvas are points: text keeps its size relative to the
// boxes whatever the device's DPI (DisplayGraph sizes boxes for these).
QFont canvasFont(bool bold = false, int pixels = 11)
{
    QFont f(QStringLiteral("Sans Serif"));
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

constexpr double kRadius = 5;
constexpr int kLabelPixels = 9;

} // namespace

QFont labelFont() { return canvasFont(false, kLabelPixels); }

namespace {

// The width of `text` in one of the canvas fonts (0: labels, 1: box lines, 2: box titles).
// QFontMetricsF is reentrant, not thread-safe: this runs on layout threads beside the GUI
// thread, so one per thread. Shaping costs microseconds, and a graph repeats its texts
// ("1×64×56×56", "strides = 1×1") thousands of times, asked by the layout, the label
// repair and the scene: each measured once per thread.
double measuredWidth(int font, const QString &text)
{
    thread_local const QFontMetricsF metrics[3] = {QFontMetricsF(labelFont()), QFontMetricsF(canvasFont(false, 10)),
                                                   QFontMetricsF(canvasFont(true))};
    thread_local QHash<QString, double> measured[3];
    auto &cache = measured[font];
    if (const auto it = cache.constFind(text); it != cache.constEnd())
        return *it;
    if (cache.size() > 100000)
        cache.clear();
    const double width = metrics[font].horizontalAdvance(text);
    cache.insert(text, width);
    return width;
}

bool haveFonts() { return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr; }

} // namespace

QSizeF labelSize(const QString &label)
{
    if (label.isEmpty())
        return {};
    // QFont needs the font database, which needs a QGuiApplication.
    if (!haveFonts())
        return {label.size() * 5.5 + 4, 13};
    thread_local const double height = std::ceil(QFontMetricsF(labelFont()).height()) + 2;
    return {std::ceil(measuredWidth(0, label)) + 4, height};
}

double boxTextWidth(const QString &text, bool title)
{
    return text.isEmpty() || !haveFonts() ? 0 : measuredWidth(title ? 2 : 1, text);
}

QPainterPath edgePath(const QPolygonF &points, bool spline)
{
    QPainterPath path;
    if (points.isEmpty())
        return path;
    path.moveTo(points.first());
    if (spline && points.size() >= 4) {
        for (qsizetype i = 1; i + 2 < points.size(); i += 3)
            path.cubicTo(points[i], points[i + 1], points[i + 2]);
    } else {
        for (qsizetype i = 1; i < points.size(); ++i)
            path.lineTo(points[i]);
    }
    return path;
}

void node(QPainter &painter, const DisplayNode &n, const QRectF &rect, double scale, bool selected)
{
    painter.save();
    // A drawing of the model, not of the UI: its names and attributes read left to right
    // in a right-to-left UI too (as the layout, which is not mirrored).
    painter.setLayoutDirection(Qt::LeftToRight);
    const bool text = scale >= kTextScaleLimit;
    const QPen border(selected ? QColor(0xe0, 0x8a, 0x00) : QColor(0x33, 0x33, 0x33), selected ? 2.5 : 0.8);
    if (scale < kSketchScaleLimit) {
        // A few pixels each: a plain block in the header's colour, without antialiasing or
        // the rounded clip (which cost 30 ms a frame for 5,000 boxes zoomed out to fit).
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setPen(selected ? QPen(border.color(), 0) : QPen(Qt::NoPen));
        painter.setBrush(n.kind == DisplayNode::Kind::Operator ? categoryColor(n.category)
                                 : n.kind == DisplayNode::Kind::Group ? QColor(0x50, 0x5a, 0x6a)
                                                                      : QColor(0x99, 0x99, 0x99));
        painter.drawRect(rect);
        painter.restore();
        return;
    }
    switch (n.kind) {
    case DisplayNode::Kind::Input:
    case DisplayNode::Kind::Output: {
        painter.setPen(border);
        painter.setBrush(n.kind == DisplayNode::Kind::Input ? QColor(0xee, 0xee, 0xee) : QColor(0xe4, 0xe9, 0xf2));
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2);
        if (text) {
            painter.setPen(Qt::black);
            painter.setFont(canvasFont(true));
            painter.drawText(rect.adjusted(8, 2, -8, -rect.height() / 2), Qt::AlignCenter, n.title);
            painter.setFont(canvasFont(false, 10));
            painter.setPen(QColor(0x44, 0x44, 0x44));
            painter.drawText(rect.adjusted(8, rect.height() / 2 - 2, -8, -2), Qt::AlignCenter, n.subtitle);
        }
        break;
    }
    case DisplayNode::Kind::Group:
    case DisplayNode::Kind::Operator: {
        const bool group = n.kind == DisplayNode::Kind::Group;
        const QColor header = group ? QColor(0x50, 0x5a, 0x6a) : categoryColor(n.category);
        const double headerHeight = std::min(22.0, rect.height());
        QPainterPath outline;
        outline.addRoundedRect(rect, kRadius, kRadius);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xfc, 0xfc, 0xfc));
        painter.drawPath(outline);
        painter.setClipPath(outline, Qt::IntersectClip);
        painter.fillRect(QRectF(rect.topLeft(), QSizeF(rect.width(), headerHeight)), header);
        painter.setClipping(false);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(border);
        painter.drawRoundedRect(rect, kRadius, kRadius);
        if (group) { // a stack of cards: a collapsed group
            painter.drawLine(QPointF(rect.left() + 4, rect.bottom() + 3), QPointF(rect.right() - 4, rect.bottom() + 3));
        }
        if (text) {
            painter.setPen(Qt::white);
            painter.setFont(canvasFont(true));
            const QString title =
                    group ? QStringLiteral("▸ ") + n.title : (n.hasSubgraphs ? n.title + QStringLiteral(" ⤵") : n.title);
            painter.drawText(QRectF(rect.left() + 6, rect.top(), rect.width() - 12, headerHeight), Qt::AlignCenter,
                             painter.fontMetrics().elidedText(title, Qt::ElideMiddle, int(rect.width() - 12)));
            painter.setPen(QColor(0x22, 0x22, 0x22));
            painter.setFont(canvasFont(false, 10));
            double y = rect.top() + headerHeight + 2;
            QStringList lines = n.lines;
            if (!n.subtitle.isEmpty())
                lines.prepend(n.subtitle);
            for (const QString &line : lines) {
                if (y + 12 > rect.bottom() + 1)
                    break;
                painter.drawText(QRectF(rect.left() + 6, y, rect.width() - 12, 13), Qt::AlignLeft | Qt::AlignVCenter,
                                 painter.fontMetrics().elidedText(line, Qt::ElideRight, int(rect.width() - 12)));
                y += 13;
            }
        }
        break;
    }
    }
    painter.restore();
}

void edge(QPainter &painter, const DisplayEdge &e, const QPolygonF &points, bool spline, const QRectF &label, double scale,
          bool highlighted, bool showLabel)
{
    if (points.size() < 2)
        return;
    painter.save();
    painter.setLayoutDirection(Qt::LeftToRight); // as node()
    const QColor colour = highlighted ? QColor(0xe0, 0x8a, 0x00) : QColor(0x55, 0x55, 0x55);
    if (scale < kSketchScaleLimit) { // as node(): a hairline along the points, no arrowhead
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setPen(QPen(highlighted ? colour : QColor(0x99, 0x99, 0x99), 0));
        painter.drawPolyline(points);
        painter.restore();
        return;
    }
    painter.setPen(QPen(colour, highlighted ? 2.0 : 1.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(edgePath(points, spline));
    // Arrowhead at the end, along the last segment.
    const QPointF tip = points.last();
    QPointF from = points[points.size() - 2];
    if (QLineF(from, tip).length() < 0.1 && points.size() > 2)
        from = points[points.size() - 3];
    const double angle = std::atan2(tip.y() - from.y(), tip.x() - from.x());
    const double size = 7;
    QPolygonF head;
    head << tip + QPointF(std::cos(angle) * 2, std::sin(angle) * 2)
         << tip - QPointF(std::cos(angle - 0.4) * size, std::sin(angle - 0.4) * size)
         << tip - QPointF(std::cos(angle + 0.4) * size, std::sin(angle + 0.4) * size);
    painter.setBrush(colour);
    painter.setPen(Qt::NoPen);
    painter.drawPolygon(head);
    if (showLabel && scale >= kTextScaleLimit * 1.5 && !e.label.isEmpty()) {
        QRectF rect = label;
        if (rect.isNull()) {
            const QPointF mid = edgePath(points, spline).pointAtPercent(0.5);
            const QSizeF size = labelSize(e.label);
            rect = QRectF(QPointF(mid.x() + 3, mid.y() - size.height() / 2), size);
        }
        painter.setFont(labelFont());
        painter.setPen(QColor(0x33, 0x33, 0x33));
        painter.drawText(rect, Qt::AlignCenter, e.label);
    }
    painter.restore();
}

void graph(QPainter &painter, const DisplayGraph &g, const GraphLayout &layout, const QRectF &exposed, double scale)
{
    for (std::size_t i = 0; i < g.edges.size() && i < layout.edges.size(); ++i) {
        const QRectF label = i < layout.labels.size() ? layout.labels[i] : QRectF();
        if ((layout.edges[i].boundingRect().adjusted(-10, -10, 10, 10) | label).intersects(exposed))
            edge(painter, g.edges[i], layout.edges[i], layout.spline[i], label, scale);
    }
    for (std::size_t i = 0; i < g.nodes.size() && i < layout.nodes.size(); ++i)
        if (layout.nodes[i].intersects(exposed))
            node(painter, g.nodes[i], layout.nodes[i], scale);
}

} // namespace ml::paint
