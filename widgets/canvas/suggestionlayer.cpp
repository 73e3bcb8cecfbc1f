// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/canvas/suggestionlayer.h"

#include "core/project/workspace.h"
#include "widgets/canvas/annotationpainter.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/canvas/maskoverlaycache.h"
#include "widgets/canvas/taglayout.h"
#include "widgets/editing/labelingcontext.h"

#include <QPainter>
#include <QPainterPath>
#include <QUndoStack>

#include <algorithm>

namespace concord {

SuggestionLayer::SuggestionLayer(LabelingContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    connect(m_context, &LabelingContext::currentItemChanged, this, [this] { select({}); });
    // One selection at a time: choosing a shape of one's own leaves the suggestions.
    connect(m_context, &LabelingContext::selectionChanged, this, [this] {
        if (m_context->selectedBoxId() != 0)
            select({});
    });
}

void SuggestionLayer::setSets(std::vector<PrelabelSet> sets)
{
    m_sets = std::move(sets);
    m_byItem.clear();
    m_maskOutlines.clear();
    for (int s = 0; s < int(m_sets.size()); ++s) {
        const std::vector<Suggestion> &suggestions = m_sets[size_t(s)].suggestions;
        for (int i = 0; i < int(suggestions.size()); ++i)
            m_byItem[suggestions[size_t(i)].itemId].emplace_back(s, i);
    }
    if (!m_selectedKey.isEmpty() && !entryOf(m_selectedKey))
        m_selectedKey.clear();
    Q_EMIT changed();
}

void SuggestionLayer::setAvailable(bool available)
{
    if (available == m_available)
        return;
    m_available = available;
    m_selectedKey.clear();
    Q_EMIT changed();
}

void SuggestionLayer::setSetShown(const QString &setId, bool shown)
{
    if (shown == isSetShown(setId))
        return;
    if (shown)
        m_hiddenSets.remove(setId);
    else
        m_hiddenSets.insert(setId);
    if (!m_selectedKey.isEmpty() && !entryOf(m_selectedKey))
        m_selectedKey.clear();
    Q_EMIT changed();
}

void SuggestionLayer::setThreshold(double threshold)
{
    threshold = std::clamp(threshold, 0.0, 1.0);
    if (threshold == m_threshold)
        return;
    m_threshold = threshold;
    Q_EMIT changed();
}

std::vector<SuggestionLayer::Entry> SuggestionLayer::itemSuggestions() const
{
    std::vector<Entry> entries;
    if (!m_available)
        return entries;
    const QString itemId = m_context->currentItemId();
    const auto found = m_byItem.constFind(itemId);
    if (found == m_byItem.constEnd())
        return entries;
    const ItemWork *work = m_context->workspace()->myWork(itemId);
    for (const auto &[setIndex, suggestionIndex] : *found) {
        const PrelabelSet &set = m_sets[size_t(setIndex)];
        if (!isSetShown(set.id))
            continue;
        Entry entry{&set, &set.suggestions[size_t(suggestionIndex)], std::nullopt};
        if (work) {
            const auto decision = work->suggestionDecisions().constFind(entry.key());
            if (decision != work->suggestionDecisions().constEnd())
                entry.decision = *decision;
        }
        entries.push_back(std::move(entry));
    }
    // Best first; ties in a stable order, so the list and the keys do not jump about.
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.suggestion->score > b.suggestion->score;
    });
    return entries;
}

std::vector<SuggestionLayer::Entry> SuggestionLayer::pendingSuggestions() const
{
    std::vector<Entry> pending = itemSuggestions();
    std::erase_if(pending, [this](const Entry &entry) {
        return entry.decision || entry.suggestion->score < m_threshold;
    });
    return pending;
}

std::optional<SuggestionLayer::Entry> SuggestionLayer::entryOf(const QString &key) const
{
    for (Entry &entry : itemSuggestions()) {
        if (entry.key() == key)
            return std::move(entry);
    }
    return std::nullopt;
}

void SuggestionLayer::select(const QString &key)
{
    if (key == m_selectedKey)
        return;
    m_selectedKey = key;
    if (!key.isEmpty())
        m_context->setSelectedBoxId(0);
    Q_EMIT changed();
}

void SuggestionLayer::selectNext(int direction)
{
    const std::vector<Entry> pending = pendingSuggestions();
    if (pending.empty())
        return;
    const auto current = std::find_if(pending.begin(), pending.end(), [this](const Entry &entry) {
        return entry.key() == m_selectedKey;
    });
    const int count = int(pending.size());
    int index = direction > 0 ? 0 : count - 1;
    if (current != pending.end())
        index = (int(current - pending.begin()) + (direction > 0 ? 1 : -1) + count) % count;
    select(pending[size_t(index)].key());
}

std::optional<SuggestionLayer::Entry> SuggestionLayer::target() const
{
    const std::vector<Entry> pending = pendingSuggestions();
    for (const Entry &entry : pending) {
        if (entry.key() == m_selectedKey)
            return entry;
    }
    if (pending.empty())
        return std::nullopt;
    return pending.front();
}

bool SuggestionLayer::accept(const Entry &entry)
{
    if (entry.decision)
        return false;
    const QString itemId = entry.suggestion->itemId;
    const ItemWork *work = m_context->workspace()->myWork(itemId);
    const bool imageLabel = entry.suggestion->kind == SuggestionKind::ImageLabel;
    const quint64 annotationId = imageLabel ? 0 : newAnnotationId();
    const ReversibleEdit edit = edits::acceptSuggestion(*entry.set, *entry.suggestion, annotationId,
                                                        work ? work->classLabels : ClassLabels{});
    if (!m_context->pushEdit(edit, tr("Accept suggestion")))
        return false;
    m_selectedKey.clear();
    if (annotationId != 0)
        m_context->setSelectedBoxId(annotationId);
    Q_EMIT changed();
    return true;
}

int SuggestionLayer::acceptAllAboveThreshold()
{
    std::vector<Entry> pending = pendingSuggestions();
    // One image label per image in a single-label project: the best one (the list is by score).
    if (m_context->workspace()->project().classificationMode == ClassificationMode::SingleLabel) {
        bool imageLabelTaken = false;
        std::erase_if(pending, [&imageLabelTaken](const Entry &entry) {
            if (entry.suggestion->kind != SuggestionKind::ImageLabel)
                return false;
            return std::exchange(imageLabelTaken, true);
        });
    }
    if (pending.empty())
        return 0;
    // The entries point into the sets, which the pushes leave alone; each accept re-reads the
    // image labels it builds on, which the one before may have changed.
    int accepted = 0;
    quint64 lastShape = 0;
    QUndoStack *stack = m_context->undoStack();
    stack->beginMacro(tr("Accept %n suggestion(s)", nullptr, int(pending.size())));
    for (const Entry &entry : pending) {
        const ItemWork *work = m_context->workspace()->myWork(entry.suggestion->itemId);
        const bool imageLabel = entry.suggestion->kind == SuggestionKind::ImageLabel;
        const quint64 annotationId = imageLabel ? 0 : newAnnotationId();
        const ReversibleEdit edit = edits::acceptSuggestion(
            *entry.set, *entry.suggestion, annotationId, work ? work->classLabels : ClassLabels{});
        if (!m_context->pushEdit(edit, tr("Accept suggestion")))
            break;
        ++accepted;
        if (annotationId != 0)
            lastShape = annotationId;
    }
    stack->endMacro();
    m_selectedKey.clear();
    if (lastShape != 0)
        m_context->setSelectedBoxId(lastShape);
    Q_EMIT changed();
    return accepted;
}

bool SuggestionLayer::reject(const Entry &entry, const QString &reason)
{
    if (entry.decision)
        return false;
    if (!m_context->pushEdit(edits::rejectSuggestion(*entry.set, *entry.suggestion, reason),
                             tr("Reject suggestion")))
        return false;
    m_selectedKey.clear();
    Q_EMIT changed();
    return true;
}

bool SuggestionLayer::hasSuggestionsToPaint() const
{
    const std::vector<Entry> pending = pendingSuggestions();
    return std::any_of(pending.begin(), pending.end(), [](const Entry &entry) {
        return entry.suggestion->kind != SuggestionKind::ImageLabel;
    });
}

const std::vector<QPolygonF> &SuggestionLayer::maskOutline(const QString &key,
                                                           const BinaryMask &mask) const
{
    auto found = m_maskOutlines.find(key);
    if (found == m_maskOutlines.end())
        found = m_maskOutlines.insert(key, MaskOverlayCache::traceOutline(mask));
    return *found;
}

// The image rectangle a suggestion covers, for culling and for its tag.
static QRectF imageBoundsOf(const Suggestion &suggestion)
{
    switch (suggestion.kind) {
    case SuggestionKind::Box:
        return QRectF(suggestion.rect.x, suggestion.rect.y, suggestion.rect.width,
                      suggestion.rect.height);
    case SuggestionKind::Polygon:
        return AnnotationPainter::toPolygonF(suggestion.vertices).boundingRect();
    case SuggestionKind::Mask: {
        const cv::Rect &b = suggestion.mask.bounds;
        return QRectF(b.x, b.y, b.width, b.height);
    }
    case SuggestionKind::ImageLabel: break;
    }
    return {};
}

void SuggestionLayer::paint(QPainter &painter, const CanvasView &view, const QRect &area) const
{
    const Taxonomy &taxonomy = m_context->taxonomy();
    TagLayout tags;
    const QFontMetrics metrics = painter.fontMetrics();
    // The reader's own shapes, drawn after this layer, carry their tags at the same corner
    // (AnnotationPainter::paintLabelTag): where a suggestion's tag would meet one, it stands
    // above it instead, so that the model's score is never hidden under the reader's tag.
    std::vector<QRectF> ownTags;
    if (const Item *item = m_context->currentItem()) {
        if (const ItemWork *own = m_context->workspace()->myWork(item->id)) {
            const auto reserve = [&](const QRectF &imageBounds, int labelId) {
                if (!m_context->isLabelVisible(labelId))
                    return;
                const QRectF corner = view.toView(imageBounds);
                const Label *label = taxonomy.find(labelId);
                const qreal width = metrics.horizontalAdvance(label ? label->name : QString()) + 10;
                ownTags.emplace_back(corner.left(), corner.top() - metrics.height() - 3, width,
                                     metrics.height() + 3);
            };
            for (const BoxAnnotation &box : own->boxes)
                reserve(QRectF(box.rect.x, box.rect.y, box.rect.width, box.rect.height),
                        box.labelId);
            for (const PolygonAnnotation &polygon : own->polygons)
                reserve(AnnotationPainter::toPolygonF(polygon.vertices).boundingRect(),
                        polygon.labelId);
            for (const MaskAnnotation &mask : own->masks)
                reserve(QRectF(mask.mask.bounds.x, mask.mask.bounds.y, mask.mask.bounds.width,
                               mask.mask.bounds.height),
                        mask.labelId);
        }
    }
    const auto clearOfOwnTags = [&ownTags](QRectF wanted) {
        for (const QRectF &own : ownTags) {
            if (own.intersects(wanted))
                wanted.moveBottom(own.top() - 1);
        }
        return wanted;
    };
    std::vector<Entry> pending = pendingSuggestions();
    // The selected one last, so that it is drawn over the others.
    std::stable_partition(pending.begin(), pending.end(),
                          [this](const Entry &entry) { return entry.key() != m_selectedKey; });
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (const Entry &entry : pending) {
        const Suggestion &suggestion = *entry.suggestion;
        if (suggestion.kind == SuggestionKind::ImageLabel ||
            !m_context->isLabelVisible(suggestion.labelId))
            continue;
        const QRectF bounds = view.toView(imageBoundsOf(suggestion));
        if (!bounds.toAlignedRect().adjusted(-60, -40, 60, 40).intersects(area))
            continue;
        const bool selected = entry.key() == m_selectedKey;
        const QColor color = AnnotationPainter::labelColor(taxonomy, suggestion.labelId);
        // Short dashes, unlike the solid outlines of one's own work and the longer dashes of
        // other readers': a proposal, not a finding.
        QPen pen(color, selected ? 3 : 2);
        pen.setDashPattern({3, 3});
        QPolygonF outline;
        std::vector<QPolygonF> rings;
        if (suggestion.kind == SuggestionKind::Box)
            rings.push_back(QPolygonF(bounds));
        else if (suggestion.kind == SuggestionKind::Polygon)
            rings.push_back(
                view.imageToView().map(AnnotationPainter::toPolygonF(suggestion.vertices)));
        else
            for (const QPolygonF &ring : maskOutline(entry.key(), suggestion.mask))
                rings.push_back(view.imageToView().map(ring));
        if (selected) {
            QColor fill = color;
            fill.setAlpha(45);
            QPainterPath path;
            path.setFillRule(Qt::OddEvenFill);
            for (const QPolygonF &ring : rings)
                path.addPolygon(ring);
            painter.fillPath(path, fill);
        }
        painter.setBrush(Qt::NoBrush);
        for (const QPolygonF &ring : rings)
            AnnotationPainter::drawOverHalo(painter, selected ? 5 : 4, pen,
                                            [&] { painter.drawPolygon(ring); });

        // "Nodule 0.87": the label and the model's score, dark with coloured text (one's own
        // tags are filled with the colour), above the top-left corner where an accepted
        // shape's own tag will stand.
        const Label *label = taxonomy.find(suggestion.labelId);
        const QString text = QStringLiteral("%1 %2").arg(
            label ? label->name : tr("(deleted label)"), QString::number(suggestion.score, 'f', 2));
        const QRectF tag = tags.place(
            clearOfOwnTags(QRectF(bounds.left(), bounds.top() - metrics.height() - 3,
                                  metrics.horizontalAdvance(text) + 10, metrics.height() + 2)));
        painter.setPen(QPen(color, selected ? 2 : 1));
        painter.setBrush(selected ? color : QColor(0, 0, 0, 200));
        painter.drawRoundedRect(tag, 3, 3);
        painter.setPen(selected ? (color.lightness() > 140 ? Qt::black : Qt::white) : color);
        painter.drawText(tag, Qt::AlignCenter, text);
    }
    painter.restore();
}

} // namespace concord
