// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>

#include <vector>

namespace concord {

// Who made an annotation, when, and under which rules.
struct Provenance
{
    QString annotatorId;
    QString sessionId;
    int guidelineVersion = 1;
    qint64 createdMs = 0; // ms since epoch, UTC
    qint64 modifiedMs = 0;

    bool operator==(const Provenance &) const = default;
};

// The attribute values a reader recorded on one annotation: attribute name -> value, e.g.
// {"severity": "moderate"}. Only attributes the annotation's label declares (Label::attributes),
// each with one of its declared values; an attribute not set has no entry. A sorted map, so
// the journal and exports list them in a stable order.
using AnnotationAttributes = QMap<QString, QString>;

// An axis-aligned rectangle in image pixel coordinates: (x, y) is the top-left corner of the
// top-left pixel's area, so a box covering exactly pixel (0,0) is {0, 0, 1, 1}.
struct ImageRect
{
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;

    double right() const { return x + width; }
    double bottom() const { return y + height; }
    bool isEmpty() const { return width <= 0 || height <= 0; }
    bool contains(double px, double py) const
    {
        return px >= x && px <= right() && py >= y && py <= bottom();
    }
    // Clamped to [0, w] x [0, h].
    ImageRect clampedTo(double imageWidth, double imageHeight) const;
    bool operator==(const ImageRect &) const = default;
};

// A labeled bounding box. The id is unique within its annotator's work.
struct BoxAnnotation
{
    quint64 id = 0;
    int labelId = 0;
    ImageRect rect;
    Provenance provenance;
    AnnotationAttributes attributes;

    bool operator==(const BoxAnnotation &) const = default;
};

// A point in image pixel coordinates (the convention of ImageRect: pixel (i, j) covers
// [i, i+1) x [j, j+1), so its centre is (i + 0.5, j + 0.5)).
struct ImagePoint
{
    double x = 0;
    double y = 0;

    bool operator==(const ImagePoint &) const = default;
};

// A labeled closed polygon: a vector shape whose vertices can be moved, inserted and deleted.
// The last vertex connects back to the first; a stored polygon has at least 3 vertices.
// The id is unique within its annotator's work (shared with boxes and masks).
struct PolygonAnnotation
{
    quint64 id = 0;
    int labelId = 0;
    std::vector<ImagePoint> vertices;
    Provenance provenance;
    AnnotationAttributes attributes;

    bool operator==(const PolygonAnnotation &) const = default;
};

// Mask instances live in core/model/maskannotation.h: their pixels need OpenCV, which this
// header (and so project.h and everything that only needs boxes) does not pull in.

// Image-level labels of one annotator for one item. In single-label mode it holds at most one.
struct ClassLabels
{
    std::vector<int> labelIds; // sorted, unique
    // Attribute values per image label, by label id; only labels in labelIds have an entry.
    QMap<int, AnnotationAttributes> attributes;
    Provenance provenance;

    bool operator==(const ClassLabels &) const = default;
};

// The label an item should have, as a lead or adjudicator settled it (typically in a
// calibration review). Agreement with it is what gold comparisons measure.
struct ReferenceLabel
{
    std::vector<int> labelIds; // sorted, unique; empty means "none of the labels"
    QString note;
    Provenance provenance;

    bool operator==(const ReferenceLabel &) const = default;
};

// Where one annotator stands with one item.
enum class ItemStatus { New, InProgress, Done, Skipped };

// Done or skipped: the reader has left the item, so queues, progress and "items I have not
// finished" pass it by.
constexpr bool isFinished(ItemStatus status)
{
    return status == ItemStatus::Done || status == ItemStatus::Skipped;
}

QString itemStatusKey(ItemStatus status);
ItemStatus itemStatusFromKey(const QString &key);
QString itemStatusDisplayName(ItemStatus status);

// A fresh id for a new annotation: random 53 bits, so it survives JSON readers that hold
// numbers as doubles.
quint64 newAnnotationId();

} // namespace concord
