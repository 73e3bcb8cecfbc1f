// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/annotation.h"
#include "core/model/maskannotation.h"
#include "core/model/prelabelset.h"
#include "core/model/rulerannotation.h"
#include "core/storage/jsonsupport.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace concord {

// One change to the current annotator's work on one item, ready to be journaled.
struct Edit
{
    Edit() = default;
    Edit(QString itemId, std::string op, Json data = Json::object(), QByteArray pixelRuns = {})
        : itemId(std::move(itemId))
        , op(std::move(op))
        , data(std::move(data))
        , pixelRuns(std::move(pixelRuns))
    {}

    QString itemId;
    std::string op; // one of concord::ops
    Json data = Json::object();
    // Mask pixels of a mask.add or mask.stroke: the runs string of the region in `data`
    // (encodeRegionRuns). Workspace::commit puts it into the line as "rle", or, when longer
    // than Workspace::InlinePixelRunsLimit, into blobs/ first and the line names it as "blob".
    // Implicitly shared: an undo step's forward and backward edits hold one copy.
    QByteArray pixelRuns;
};

// An edit together with the edit that takes it back. Undo journals `backward` as an ordinary
// event, so the journal stays the complete history and replay never needs to know about undo.
struct ReversibleEdit
{
    Edit forward;
    Edit backward;
};

// What an undo step keeps in memory (payload bytes, shared pixel runs counted once), for an
// undo history capped by memory rather than by step count.
qsizetype undoMemoryBytes(const ReversibleEdit &edit);

// Builders for every edit the labeling window makes. Pure functions: they only describe; the
// GUI pushes the result through LabelingContext::pushEdit (which calls Workspace::commit).
namespace edits {
ReversibleEdit addBox(const QString &itemId, const BoxAnnotation &box);
ReversibleEdit changeBox(const QString &itemId, const BoxAnnotation &before,
                         const BoxAnnotation &after);
ReversibleEdit removeBox(const QString &itemId, const BoxAnnotation &box);
ReversibleEdit setClassLabels(const QString &itemId, const std::vector<int> &before,
                              const std::vector<int> &after);
// The same from the labels as the model holds them: undo also restores the attribute values of
// image labels the edit takes off (which lose them).
ReversibleEdit changeClassLabels(const QString &itemId, const ClassLabels &before,
                                 const std::vector<int> &after);

// Attribute values (core/model/labelattributes.h): records `after` as attribute `name` of an
// annotation (box, polygon or mask) or of an image label, where `before` was recorded. An
// empty value means "not set". Workspace::commit refuses values the label does not declare.
// Relabeling drops values the new label lacks: build the relabeled annotation's attributes
// with attributesKeptOnRelabel(), and changeBox / changePolygon / relabelMask journal them.
ReversibleEdit setAnnotationAttribute(const QString &itemId, quint64 annotationId,
                                      const QString &name, const QString &before,
                                      const QString &after);
ReversibleEdit setImageLabelAttribute(const QString &itemId, int labelId, const QString &name,
                                      const QString &before, const QString &after);
ReversibleEdit setItemStatus(const QString &itemId, ItemStatus before, ItemStatus after);

// Polygons. Moving, inserting or deleting a vertex, and relabeling, are changePolygon with the
// whole new state (a polygon is small). Give a new polygon an id from newAnnotationId() and at
// least 3 vertices; a polygon left with fewer should be removed instead.
ReversibleEdit addPolygon(const QString &itemId, const PolygonAnnotation &polygon);
ReversibleEdit changePolygon(const QString &itemId, const PolygonAnnotation &before,
                             const PolygonAnnotation &after);
ReversibleEdit removePolygon(const QString &itemId, const PolygonAnnotation &polygon);

// Rulers: length measurements (core/model/rulerannotation.h). Moving an end and relabeling are
// changeRuler with the whole new state. Give a new ruler an id from newAnnotationId().
ReversibleEdit addRuler(const QString &itemId, const RulerAnnotation &ruler);
ReversibleEdit changeRuler(const QString &itemId, const RulerAnnotation &before,
                           const RulerAnnotation &after);
ReversibleEdit removeRuler(const QString &itemId, const RulerAnnotation &ruler);

// Masks. addMask stores the whole instance (cropped to content first): use it for a new
// instance (its first stroke, a region-grow result, a polygon converted to a mask). Removing
// keeps the pixels in the backward edit so undo brings them back.
ReversibleEdit addMask(const QString &itemId, const MaskAnnotation &mask);
ReversibleEdit removeMask(const QString &itemId, const MaskAnnotation &mask);
// `keptAttributes` are the values the mask keeps under its new label (attributesKeptOnRelabel);
// undo restores all it had.
ReversibleEdit relabelMask(const QString &itemId, const MaskAnnotation &mask, int labelId,
                           const AnnotationAttributes &keptAttributes = {});

// One brush, eraser or other tool stroke on an existing instance, journaled as a delta: only
// the pixels inside `dirty` (the union of the stroke's dabs, image coordinates) whose value
// differs between before.mask and `after` are stored, as a "mask.stroke" that flips them.
// The backward edit is the same flip (flipping twice restores), sharing one pixel buffer.
// `before` is the instance as the model holds it (ItemWork::findMask) when the stroke began,
// `after` the tool's working copy at release; pixels outside `dirty` must be equal in both.
// Returns nothing when the stroke changed no pixel (push nothing then).
std::optional<ReversibleEdit> strokeMask(const QString &itemId, const MaskAnnotation &before,
                                         const BinaryMask &after, cv::Rect dirty);

// Pre-labels (docs/prelabels.md). Accepting adds the suggestion's shape (box.add, polygon.add,
// mask.add) or image label (class labels) as the current annotator's own work; the add's data
// carries "prelabel": {"set": <id>, "suggestion": <id>}, the provenance "from pre-label M".
// Backward removes it again. `annotationId` comes from newAnnotationId() (ignored for an image
// label); `currentImageLabels` are the annotator's image labels on the item before accepting.
ReversibleEdit acceptSuggestion(const PrelabelSet &set, const Suggestion &suggestion,
                                quint64 annotationId, const ClassLabels &currentImageLabels);
// Rejecting journals "prelabel.reject" {set, suggestion, reason}; backward "prelabel.unreject".
ReversibleEdit rejectSuggestion(const PrelabelSet &set, const Suggestion &suggestion,
                                const QString &reason);
} // namespace edits

} // namespace concord
