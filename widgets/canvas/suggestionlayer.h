// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/prelabelset.h"
#include "core/model/suggestiondecision.h"

#include <QHash>
#include <QObject>
#include <QPolygonF>
#include <QRect>
#include <QSet>

#include <optional>
#include <utility>
#include <vector>

class QPainter;

namespace concord {

class CanvasView;
class LabelingContext;

// A model's pre-label suggestions on the current item (docs/prelabels.md, "In the window"):
// which are on screen (undecided, at or above the score threshold, of a shown set), which one
// is selected, drawing them dashed with their score, and the annotator's decisions on them,
// each pushed through the undo stack (LabelingContext::pushEdit) as the contract's
// edits::acceptSuggestion / rejectSuggestion. The decisions themselves live in the journal and
// come back through ItemWork::suggestionDecisions(); this class keeps only the sets as last
// read, the threshold and the selection. Owned by the workbench; CanvasView paints it through
// its AnnotationScene. GUI thread.
class SuggestionLayer : public QObject
{
    Q_OBJECT

public:
    // One suggestion of the current item, with its set and, once decided, the decision. Points
    // into the sets: valid until setSets() is called again.
    struct Entry
    {
        const PrelabelSet *set = nullptr;
        const Suggestion *suggestion = nullptr;
        std::optional<SuggestionDecision> decision;

        QString key() const { return suggestionKey(set->id, suggestion->id); }
    };

    explicit SuggestionLayer(LabelingContext *context, QObject *parent = nullptr);

    // The project's sets, as last read (sorted by id).
    void setSets(std::vector<PrelabelSet> sets);
    const std::vector<PrelabelSet> &sets() const { return m_sets; }
    // Whether suggestions are offered at all: not while a reading must stay independent
    // (calibration sessions, gold tests). Hidden, nothing is drawn, listed or decided.
    void setAvailable(bool available);
    bool isAvailable() const { return m_available; }
    // A set the annotator switched off is neither drawn nor accepted by "accept all".
    void setSetShown(const QString &setId, bool shown);
    bool isSetShown(const QString &setId) const { return !m_hiddenSets.contains(setId); }
    // Suggestions scoring below it are not drawn, and "accept all" leaves them (0..1).
    double threshold() const { return m_threshold; }
    void setThreshold(double threshold);

    // Every suggestion of the current item from the shown sets, highest score first.
    std::vector<Entry> itemSuggestions() const;
    // Those still to decide at or above the threshold: what the canvas draws.
    std::vector<Entry> pendingSuggestions() const;

    // The selected suggestion's key (suggestionKey), empty when none.
    const QString &selectedKey() const { return m_selectedKey; }
    void select(const QString &key);
    // Selects the next (+1) or previous (-1) pending suggestion, by score, wrapping round.
    void selectNext(int direction);
    // What "accept" and "reject" act on: the selected suggestion while it is pending, else the
    // highest-scoring pending one.
    std::optional<Entry> target() const;

    // Accepting makes the suggestion the annotator's own shape (selected, so the tools edit it
    // at once) or image label, with provenance "from pre-label <set>". Returns whether it was
    // saved.
    bool accept(const Entry &entry);
    // Every pending suggestion at or above the threshold, as one undo step. In a single-label
    // project only the best image label among them is taken. Returns how many were accepted.
    int acceptAllAboveThreshold();
    bool reject(const Entry &entry, const QString &reason);

    bool hasSuggestionsToPaint() const;
    // Draws the pending suggestions touching `area` (view pixels): dashed outlines in the label
    // colour and a dark tag with the label and score, the selected one filled and emphasised.
    void paint(QPainter &painter, const CanvasView &view, const QRect &area) const;

Q_SIGNALS:
    // Sets, availability, threshold or selection changed (decisions come as the context's
    // annotationsChanged): lists and the canvas show them again.
    void changed();

private:
    std::optional<Entry> entryOf(const QString &key) const;
    const std::vector<QPolygonF> &maskOutline(const QString &key, const BinaryMask &mask) const;

    LabelingContext *m_context;
    std::vector<PrelabelSet> m_sets;
    // Per item id, its suggestions as (set index, suggestion index), built once per setSets.
    QHash<QString, std::vector<std::pair<int, int>>> m_byItem;
    QSet<QString> m_hiddenSets;
    bool m_available = true;
    double m_threshold = 0.5;
    QString m_selectedKey;
    mutable QHash<QString, std::vector<QPolygonF>> m_maskOutlines; // traced once per set read
};

} // namespace concord
