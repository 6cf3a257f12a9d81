// SPDX-License-Identifier: GPL-3.0-or-later
#include "GraphPanel.h"

#include "GraphItems.h"
#include "GraphLayout.h"
#include "GraphScene.h"
#include "GraphView.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLinearGradient>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ml {

namespace {
using LayoutResult = Result<std::shared_ptr<const SceneData>>;
// Boxes and edges together from which a quick layered preview is shown while Graphviz
// works: with labels in its input dot needs 0.2 s for the BERT-like encoder (303 + 371),
// 0.5-0.7 s for PP-OCR (674 + 721), and 1.1 s for ssdlite320 grouped (104 + 274: parallel
// labelled edges between groups), against 0.07 s for mobilenet v3 (124 + 138).
constexpr int kPreviewAbove = 300;
} // namespace

GraphPanel::GraphPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *crumbs = new QWidget(this);
    m_breadcrumb = new QHBoxLayout(crumbs);
    m_breadcrumb->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(crumbs);

    m_view = new GraphView(this);
    layout->addWidget(m_view, 1);
    connect(m_view, &GraphView::activated, this, &GraphPanel::activate);

    // Progress with Cancel, shown only when a layout takes a moment.
    m_busyBar = new QWidget(this);
    auto *busy = new QHBoxLayout(m_busyBar);
    busy->setContentsMargins(6, 4, 6, 4);
    m_busyLabel = new QLabel(m_busyBar);
    auto *bar = new QProgressBar(m_busyBar);
    bar->setRange(0, 0);
    bar->setMaximumWidth(200);
    auto *cancel = new QPushButton(tr("Cancel"), m_busyBar);
    connect(cancel, &QPushButton::clicked, this, &GraphPanel::cancelLayout);
    busy->addWidget(m_busyLabel, 1);
    busy->addWidget(bar);
    busy->addWidget(cancel);
    m_busyBar->hide();
    layout->addWidget(m_busyBar);
    m_busyDelay = new QTimer(this);
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(250);
    connect(m_busyDelay, &QTimer::timeout, m_busyBar, &QWidget::show);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setContentsMargins(8, 4, 8, 4);
    m_message->hide();
    layout->addWidget(m_message);

    // A child of the view, not of the layout: it floats over the canvas and lets the mouse
    // through; eventFilter keeps it in the corner when the viewport resizes.
    m_heatLegend = new QLabel(m_view);
    m_heatLegend->setObjectName(QStringLiteral("heatLegend"));
    m_heatLegend->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_heatLegend->hide();
    m_view->viewport()->installEventFilter(this); // its Resize comes after its new geometry is set
}

GraphPanel::~GraphPanel()
{
    if (m_cancel)
        m_cancel->store(true);
}

GraphScene *GraphPanel::scene() const { return m_view->graphScene(); }

void GraphPanel::setModel(std::shared_ptr<const OnnxModel> model, std::shared_ptr<const ModelFacts> facts)
{
    const bool first = !m_model;
    m_model = std::move(model);
    m_facts = std::move(facts);
    if (first || !resolveGraph(*m_model, m_path)) {
        m_path = {};
        m_fitOnInstall = true;
        Q_EMIT pathChanged();
    }
    if (m_pendingSelection == kNoNode)
        m_pendingSelection = selectedNode();
    rebuildBreadcrumb();
    relayout();
}

void GraphPanel::setPath(const GraphPath &path)
{
    if (!m_model || !resolveGraph(*m_model, path))
        return;
    m_path = path;
    m_options.expandedGroups.clear();
    m_options.autoExpand = true;
    m_fitOnInstall = true;
    m_pendingSelection = kNoNode;
    rebuildBreadcrumb();
    Q_EMIT pathChanged();
    relayout();
}

bool GraphPanel::enterSubgraph(NodeId node, const QString &attribute, int index)
{
    GraphPath next = m_path;
    next.steps.append({node, attribute, index});
    if (!m_model || !resolveGraph(*m_model, next))
        return false;
    setPath(next);
    return true;
}

bool GraphPanel::enterFunction(NodeId node)
{
    GraphPath next = m_path;
    GraphPath::Step step;
    step.node = node;
    step.function = true;
    next.steps.append(step);
    if (!m_model || !resolveGraph(*m_model, next))
        return false;
    setPath(next);
    return true;
}

void GraphPanel::setOptions(const DisplayOptions &options)
{
    m_options = options;
    relayout();
}

void GraphPanel::toggleGroup(const QString &group)
{
    // Start from what is shown (the first overview included), then flip this group.
    if (GraphScene *s = scene())
        m_options.expandedGroups = s->data().graph.expandedGroups;
    m_options.autoExpand = false;
    if (m_options.expandedGroups.contains(group)) {
        // Closing a group closes what was open inside it.
        QSet<QString> kept;
        for (const QString &g : std::as_const(m_options.expandedGroups))
            if (g != group && !g.startsWith(group + QLatin1Char('/')))
                kept.insert(g);
        m_options.expandedGroups = kept;
    } else {
        m_options.expandedGroups.insert(group);
    }
    relayout();
}

void GraphPanel::cancelLayout()
{
    if (m_cancel)
        m_cancel->store(true);
}

void GraphPanel::relayout()
{
    if (!m_model)
        return;
    if (m_cancel)
        m_cancel->store(true); // the previous job's dot is killed; its result is dropped anyway
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_message->hide();
    m_busyLabel->setText(tr("Laying out the graph…"));
    m_busyDelay->start();

    auto model = m_model;
    auto facts = m_facts;
    auto cancel = m_cancel;
    const GraphPath path = m_path;
    const DisplayOptions options = m_options;
    LayoutOptions layoutOptions;
    layoutOptions.horizontal = options.horizontal;
    using Built = Result<std::shared_ptr<SceneData>>;
    using Layout = Result<std::shared_ptr<const SceneData>>;
    auto failed = [this](quint64 job, const Layout &result) {
        m_busyDelay->stop();
        m_busyBar->hide();
        // Cancel keeps what is on screen (the preview, or the graph before) and says so calmly.
        m_message->setText(result.cancelled() ? tr("Layout cancelled: the quick layout stays.") : result.errorMessage());
        m_message->show();
        Q_EMIT layoutFailed(job, result.errorMessage());
    };
    // The boxes and edges are built once, then laid out; a newer request supersedes this one,
    // and only the newest layout is installed.
    const quint64 job = m_layout.start(
            [model, facts, path, options]() -> Built {
                auto data = std::make_shared<SceneData>();
                data->graph = buildDisplayGraph(*model, *facts, path, options);
                return data;
            },
            [this, cancel, layoutOptions, failed](quint64 job, Built built) {
                if (!built) {
                    failed(job, built.error());
                    return;
                }
                m_layout.resume(job);
                std::shared_ptr<SceneData> data = std::move(built).value();
                m_layout.attach(
                        job,
                        [data, layoutOptions, cancel]() -> Layout {
                            // Only `layout` is written here; the preview beside it reads `graph`.
                            auto layout = layoutGraph(data->graph, layoutOptions, cancel.get());
                            if (!layout)
                                return layout.error();
                            data->layout = std::move(layout).value();
                            return std::shared_ptr<const SceneData>(data);
                        },
                        [this, failed](quint64 job, Layout result) {
                            m_layout.end(job);
                            if (!result) {
                                failed(job, result);
                                return;
                            }
                            m_busyDelay->stop();
                            m_busyBar->hide();
                            install(result.value());
                            Q_EMIT layoutFinished(job);
                        });
                // Graphviz takes a second or more from a few hundred boxes on (platform-notes):
                // meanwhile show our layered layout of the same graph, computed beside it in a
                // few milliseconds, and swap in dot's when it comes. Not when dot's is cached
                // (that comes at once).
                const DisplayGraph &graph = data->graph;
                if (int(graph.nodes.size() + graph.edges.size()) < kPreviewAbove || !usesDot(graph, layoutOptions))
                    return;
                using Preview = std::shared_ptr<const SceneData>;
                m_layout.attach(
                        job,
                        [built = std::shared_ptr<const SceneData>(data), layoutOptions]() -> Preview {
                            if (cachedLayout(built->graph, layoutOptions))
                                return nullptr;
                            auto preview = std::make_shared<SceneData>();
                            preview->graph = built->graph;
                            preview->layout = layeredLayout(preview->graph, layoutOptions);
                            return preview;
                        },
                        [this](quint64 job, Preview preview) {
                            if (!m_layout.isRunning() || !preview)
                                return; // dot's layout is already in, or no preview was needed
                            install(preview);
                            m_busyLabel->setText(tr("Refining the layout with Graphviz…"));
                            Q_EMIT previewShown(job);
                        });
            });
    Q_EMIT layoutStarted(job);
}

void GraphPanel::install(std::shared_ptr<const SceneData> data)
{
    // The selection carries over to the new scene (a refined layout, an edited model).
    if (m_pendingSelection == kNoNode)
        m_pendingSelection = selectedNode();
    const QTransform transform = m_view->transform();
    const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
    GraphScene *old = scene();
    auto *fresh = new GraphScene(std::move(data), this);
    connect(fresh, &QGraphicsScene::selectionChanged, this, &GraphPanel::onSelectionChanged);
    if (!m_heatMap.isEmpty())
        fresh->setHeatMap(m_heatMap);
    m_view->setScene(fresh);
    delete old;
    updateHeatLegend();
    if (m_fitOnInstall) {
        m_view->zoomToOverview();
        m_fitOnInstall = false;
    } else {
        m_view->setTransform(transform);
        m_view->centerOn(centre);
    }
    if (m_pendingSelection != kNoNode) {
        const NodeId wanted = m_pendingSelection;
        m_pendingSelection = kNoNode;
        selectNode(wanted);
    }
}

bool GraphPanel::selectNode(NodeId id)
{
    GraphScene *s = scene();
    if (!s)
        return false;
    if (NodeItem *item = s->itemForNode(id)) {
        s->clearSelection();
        item->setSelected(true);
        m_view->centerOnItem(item);
        return true;
    }
    // Inside a collapsed group: open it and select once laid out (again, for nested groups).
    const auto box = s->data().graph.boxOfNode.constFind(id);
    if (box == s->data().graph.boxOfNode.constEnd())
        return false;
    const DisplayNode &group = s->data().graph.nodes[static_cast<std::size_t>(*box)];
    if (group.kind != DisplayNode::Kind::Group)
        return false;
    m_pendingSelection = id;
    toggleGroup(group.group);
    return true;
}

bool GraphPanel::revealNode(NodeId id)
{
    if (!m_model || !m_facts)
        return false;
    const auto path = graphPathOf(*m_facts, id);
    if (!path)
        return false;
    bool same = path->steps.size() == m_path.steps.size();
    for (qsizetype i = 0; same && i < path->steps.size(); ++i)
        same = path->steps[i].node == m_path.steps[i].node && path->steps[i].attribute == m_path.steps[i].attribute
                && path->steps[i].index == m_path.steps[i].index;
    if (same && !isBusy())
        return selectNode(id);
    if (!same)
        setPath(*path);
    m_pendingSelection = id; // selected once laid out
    return true;
}

NodeId GraphPanel::selectedNode() const
{
    if (GraphScene *s = scene())
        for (QGraphicsItem *item : s->selectedItems())
            if (item->type() == NodeItem::Type)
                return static_cast<NodeItem *>(item)->node().node;
    return kNoNode;
}

void GraphPanel::setHeatMap(QHash<NodeId, double> share)
{
    m_heatMap = std::move(share);
    if (GraphScene *s = scene())
        s->setHeatMap(m_heatMap);
    updateHeatLegend();
}

void GraphPanel::updateHeatLegend()
{
    GraphScene *s = scene();
    const double top = s ? s->heatMax() : 0;
    if (m_heatMap.isEmpty() || top <= 0) {
        m_heatLegend->hide();
        return;
    }
    // Drawn once per change into a pixmap: the gradient NodeItem tints with, 0 to the
    // hottest box of this graph.
    const QString title = tr("Share of layer time");
    const QString low = tr("0%"), high = tr("%1%").arg(QLocale().toString(top * 100, 'f', 1));
    const QFontMetrics metrics(m_heatLegend->font());
    const int width = std::max(140, metrics.horizontalAdvance(title) + 12);
    const int height = metrics.height() * 2 + 18;
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap(QSize(width, height) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QColor(0, 0, 0, 60));
    p.setBrush(QColor(255, 255, 255, 225));
    p.drawRoundedRect(QRectF(0.5, 0.5, width - 1, height - 1), 4, 4);
    p.setFont(m_heatLegend->font());
    p.setPen(Qt::black);
    p.drawText(QRect(6, 3, width - 12, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter, title);
    QLinearGradient gradient(6, 0, width - 6, 0);
    for (double t : {0.0, 0.25, 0.5, 0.75, 1.0})
        gradient.setColorAt(t, NodeItem::heatColor(t));
    p.setPen(Qt::NoPen);
    p.setBrush(gradient);
    p.drawRect(QRectF(6, metrics.height() + 6, width - 12, 8));
    p.setPen(Qt::black);
    const QRect labels(6, metrics.height() + 15, width - 12, metrics.height());
    p.drawText(labels, Qt::AlignLeft | Qt::AlignVCenter, low);
    p.drawText(labels, Qt::AlignRight | Qt::AlignVCenter, high);
    p.end();
    m_heatLegend->setPixmap(pixmap);
    m_heatLegend->setToolTip(
            tr("Boxes are tinted by their share of the summed per-layer time, relative to the hottest box shown."));
    m_heatLegend->resize(width, height);
    m_heatLegend->show();
    m_heatLegend->raise();
    placeHeatLegend();
}

void GraphPanel::placeHeatLegend()
{
    const QRect area = m_view->viewport()->geometry(); // in the view's coordinates, left of the scroll bar
    m_heatLegend->move(area.right() - m_heatLegend->width() - 8, area.top() + 8);
}

bool GraphPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize && !m_heatLegend->isHidden())
        placeHeatLegend();
    return QWidget::eventFilter(watched, event);
}

void GraphPanel::onSelectionChanged() { Q_EMIT nodeSelected(selectedNode()); }

void GraphPanel::activate(int index)
{
    GraphScene *s = scene();
    if (!s)
        return;
    const DisplayNode &box = s->data().graph.nodes[static_cast<std::size_t>(index)];
    if (box.kind == DisplayNode::Kind::Group) {
        toggleGroup(box.group);
        return;
    }
    if (box.kind != DisplayNode::Kind::Operator || !box.hasSubgraphs)
        return;
    const onnx::NodeProto *node = m_model->node(box.node);
    if (!node)
        return;
    struct Choice {
        QString attribute;
        int index;
        bool function;
    };
    QList<Choice> choices;
    if (m_model->functionGraph(node->domain(), node->op_type()))
        choices.append({QString(), -1, true});
    for (const auto &a : node->attribute()) {
        if (a.has_g())
            choices.append({QString::fromStdString(a.name()), -1, false});
        for (int i = 0; i < a.graphs_size(); ++i)
            choices.append({QString::fromStdString(a.name()), i, false});
    }
    auto enter = [this, id = box.node](const Choice &c) {
        if (c.function)
            enterFunction(id);
        else
            enterSubgraph(id, c.attribute, c.index);
    };
    if (choices.size() == 1) {
        enter(choices[0]);
        return;
    }
    QMenu menu(this);
    for (const Choice &c : choices) {
        const QString text = c.function ? tr("function body")
                : c.index < 0           ? c.attribute
                                        : QStringLiteral("%1[%2]").arg(c.attribute).arg(c.index);
        menu.addAction(text, this, [enter, c] { enter(c); });
    }
    menu.exec(QCursor::pos());
}

void GraphPanel::rebuildBreadcrumb()
{
    while (QLayoutItem *item = m_breadcrumb->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto addCrumb = [this](const QString &text, int depth) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setAutoRaise(true);
        connect(button, &QToolButton::clicked, this, [this, depth] {
            GraphPath up = m_path;
            up.steps = up.steps.mid(0, depth);
            setPath(up);
        });
        m_breadcrumb->addWidget(button);
    };
    const QString graphName = m_model ? QString::fromStdString(m_model->proto().graph().name()) : QString();
    addCrumb(graphName.isEmpty() ? tr("main graph") : graphName, 0);
    for (int i = 0; i < m_path.steps.size(); ++i) {
        m_breadcrumb->addWidget(new QLabel(QStringLiteral("›"), this));
        const auto &step = m_path.steps[i];
        const onnx::NodeProto *node = m_model ? m_model->node(step.node) : nullptr;
        QString label =
                node ? QString::fromStdString(node->name().empty() ? node->op_type() : node->name()) : QStringLiteral("?");
        label += QStringLiteral(" · ") + (step.function ? tr("function") : step.attribute);
        if (step.index >= 0)
            label += QStringLiteral("[%1]").arg(step.index);
        addCrumb(label, i + 1);
    }
    m_breadcrumb->addStretch(1);
}

} // namespace ml
