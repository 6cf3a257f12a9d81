// SPDX-License-Identifier: GPL-3.0-or-later
#include "GraphExport.h"

#include "GraphPainter.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QTextStream>

#include <png.h>

#include <cstdio>
#include <memory>

namespace ml {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("GraphExport", text); }

QString esc(const QString &s) { return s.toHtmlEscaped(); }

QString num(double v) { return QString::number(v, 'f', 1); }

QString svgPath(const QPolygonF &p, bool spline)
{
    QString d;
    if (p.isEmpty())
        return d;
    d += QStringLiteral("M%1,%2").arg(num(p[0].x()), num(p[0].y()));
    if (spline && p.size() >= 4) {
        for (qsizetype i = 1; i + 2 < p.size(); i += 3)
            d += QStringLiteral(" C%1,%2 %3,%4 %5,%6")
                         .arg(num(p[i].x()), num(p[i].y()), num(p[i + 1].x()), num(p[i + 1].y()), num(p[i + 2].x()),
                              num(p[i + 2].y()));
    } else {
        for (qsizetype i = 1; i < p.size(); ++i)
            d += QStringLiteral(" L%1,%2").arg(num(p[i].x()), num(p[i].y()));
    }
    return d;
}

} // namespace

Result<void> exportSvg(const QString &path, const DisplayGraph &graph, const GraphLayout &layout, QRectF region)
{
    if (region.isEmpty())
        region = layout.bounds.adjusted(-10, -10, 10, 10);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(tr("%1: cannot write: %2").arg(path, file.errorString()));
    QTextStream s(&file);
    s.setEncoding(QStringConverter::Utf8);
    s << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" viewBox=\"%3 %4 %1 %2\" "
                        "font-family=\"sans-serif\">\n")
                    .arg(num(region.width()), num(region.height()), num(region.x()), num(region.y()))
      << "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"6\" markerHeight=\"6\" "
         "orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>\n"
      << "<rect x=\"" << num(region.x()) << "\" y=\"" << num(region.y()) << "\" width=\"" << num(region.width()) << "\" height=\""
      << num(region.height()) << "\" fill=\"white\"/>\n";
    for (std::size_t i = 0; i < graph.edges.size(); ++i) {
        // A straight edge has an empty bounding rect, which intersects nothing: grow it.
        const QRectF label = i < layout.labels.size() ? layout.labels[i] : QRectF();
        if (!(layout.edges[i].boundingRect().adjusted(-1, -1, 1, 1) | label).intersects(region) && !layout.edges[i].isEmpty())
            continue;
        const auto &e = graph.edges[i];
        s << "<g class=\"edge\" data-tensor=\"" << esc(e.tensor) << "\"><path d=\"" << svgPath(layout.edges[i], layout.spline[i])
          << "\" fill=\"none\" stroke=\"#555\" stroke-width=\"1\" marker-end=\"url(#arrow)\"/>";
        if (!e.label.isEmpty() && layout.edges[i].size() >= 2) {
            // Where the layout reserved room for it, in the canvas's label size (9 px).
            QRectF rect = i < layout.labels.size() ? layout.labels[i] : QRectF();
            if (rect.isNull()) {
                const QPointF mid = paint::edgePath(layout.edges[i], layout.spline[i]).pointAtPercent(0.5);
                const QSizeF size = paint::labelSize(e.label);
                rect = QRectF(QPointF(mid.x() + 3, mid.y() - size.height() / 2), size);
            }
            s << "<text x=\"" << num(rect.center().x()) << "\" y=\"" << num(rect.center().y() + 3)
              << "\" font-size=\"9\" text-anchor=\"middle\" fill=\"#333\">" << esc(e.label) << "</text>";
        }
        s << "</g>\n";
    }
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        const QRectF r = layout.nodes[i];
        if (!r.intersects(region))
            continue;
        const auto &n = graph.nodes[i];
        QString kind = QStringLiteral("operator");
        if (n.kind == DisplayNode::Kind::Input)
            kind = QStringLiteral("input");
        else if (n.kind == DisplayNode::Kind::Output)
            kind = QStringLiteral("output");
        else if (n.kind == DisplayNode::Kind::Group)
            kind = QStringLiteral("group");
        s << "<g class=\"node " << kind << "\" data-name=\"" << esc(n.kind == DisplayNode::Kind::Group ? n.group : n.title)
          << "\">";
        if (n.kind == DisplayNode::Kind::Input || n.kind == DisplayNode::Kind::Output) {
            s << QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"%5\" fill=\"%6\" stroke=\"#333\" "
                                "stroke-width=\"0.8\"/>")
                            .arg(num(r.x()), num(r.y()), num(r.width()), num(r.height()), num(r.height() / 2),
                                 n.kind == DisplayNode::Kind::Input ? QStringLiteral("#eeeeee") : QStringLiteral("#e4e9f2"));
            s << "<text x=\"" << num(r.center().x()) << "\" y=\"" << num(r.top() + 14)
              << "\" font-size=\"9.5\" font-weight=\"bold\" text-anchor=\"middle\">" << esc(n.title) << "</text>";
            s << "<text x=\"" << num(r.center().x()) << "\" y=\"" << num(r.top() + 28)
              << "\" font-size=\"8\" fill=\"#444\" text-anchor=\"middle\">" << esc(n.subtitle) << "</text>";
        } else {
            const QColor header = n.kind == DisplayNode::Kind::Group ? QColor(0x50, 0x5a, 0x6a) : categoryColor(n.category);
            const double hh = std::min(22.0, r.height());
            s << QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"5\" fill=\"#fcfcfc\" stroke=\"#333\" "
                                "stroke-width=\"0.8\"/>")
                            .arg(num(r.x()), num(r.y()), num(r.width()), num(r.height()));
            s << QStringLiteral("<path d=\"M%1,%2 h%3 v%4 h-%3 z\" fill=\"%5\"/>")
                            .arg(num(r.x() + 0.4), num(r.y() + 0.4), num(r.width() - 0.8), num(hh - 0.4), header.name());
            const QString title = n.kind == DisplayNode::Kind::Group ? QStringLiteral("▸ ") + n.title : n.title;
            s << "<text x=\"" << num(r.center().x()) << "\" y=\"" << num(r.top() + 15)
              << "\" font-size=\"9.5\" font-weight=\"bold\" fill=\"white\" text-anchor=\"middle\">" << esc(title) << "</text>";
            QStringList lines = n.lines;
            if (!n.subtitle.isEmpty())
                lines.prepend(n.subtitle);
            double y = r.top() + hh + 11;
            for (const QString &line : lines) {
                if (y > r.bottom())
                    break;
                s << "<text x=\"" << num(r.left() + 6) << "\" y=\"" << num(y) << "\" font-size=\"8\" fill=\"#222\">" << esc(line)
                  << "</text>";
                y += 13;
            }
        }
        s << "</g>\n";
    }
    s << "</svg>\n";
    s.flush();
    if (!file.commit())
        return makeError(tr("%1: cannot write: %2").arg(path, file.errorString()));
    return {};
}

Result<void> exportPng(const QString &path, const DisplayGraph &graph, const GraphLayout &layout, double scale, QRectF region)
{
    if (region.isEmpty())
        region = layout.bounds.adjusted(-10, -10, 10, 10);
    constexpr double kMaxSide = 32767;
    scale = std::min({scale, kMaxSide / region.width(), kMaxSide / region.height()});
    const int width = std::max(1, int(std::ceil(region.width() * scale)));
    const int height = std::max(1, int(std::ceil(region.height() * scale)));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(tr("%1: cannot write: %2").arg(path, file.errorString()));
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    if (!info) {
        png_destroy_write_struct(&png, nullptr);
        return makeError(tr("%1: the PNG writer could not start").arg(path));
    }
    std::unique_ptr<QImage> stripe;
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        file.cancelWriting();
        return makeError(tr("%1: writing the PNG failed").arg(path));
    }
    png_set_write_fn(
            png, &file,
            [](png_structp p, png_bytep data, png_size_t length) {
                auto *device = static_cast<QSaveFile *>(png_get_io_ptr(p));
                if (device->write(reinterpret_cast<const char *>(data), static_cast<qint64>(length))
                    != static_cast<qint64>(length))
                    png_error(p, "write failed");
            },
            [](png_structp) {});
    png_set_IHDR(png, info, static_cast<png_uint_32>(width), static_cast<png_uint_32>(height), 8, PNG_COLOR_TYPE_RGB,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_write_info(png, info);
    // Stripes of the full width: memory stays at width x 512 pixels whatever the height.
    const int stripeHeight = 512;
    stripe = std::make_unique<QImage>(width, stripeHeight, QImage::Format_RGB888);
    for (int top = 0; top < height; top += stripeHeight) {
        stripe->fill(Qt::white);
        {
            QPainter painter(stripe.get());
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::TextAntialiasing);
            painter.translate(0, -top);
            painter.scale(scale, scale);
            painter.translate(-region.topLeft());
            const QRectF exposed(region.left(), region.top() + top / scale, region.width(), stripeHeight / scale);
            paint::graph(painter, graph, layout, exposed.adjusted(0, -30, 0, 30), scale);
        }
        const int rows = std::min(stripeHeight, height - top);
        for (int y = 0; y < rows; ++y)
            png_write_row(png, const_cast<png_bytep>(stripe->constScanLine(y)));
    }
    png_write_end(png, nullptr);
    png_destroy_write_struct(&png, &info);
    if (!file.commit())
        return makeError(tr("%1: cannot write: %2").arg(path, file.errorString()));
    return {};
}

} // namespace ml
