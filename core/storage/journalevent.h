// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/eventpayload.h"
#include "core/storage/jsonsupport.h"

#include <QString>

#include <string>

namespace concord {

// The operations a journal line can hold. Undo is not an operation of its own: it is journaled
// as the inverse operation, so replaying a journal never needs to know about undo.
namespace ops {
inline constexpr const char *SessionStart = "session.start";
inline constexpr const char *SessionEnd = "session.end";
inline constexpr const char *LabelsSet = "labels.set";       // {"labels": [ids]}
inline constexpr const char *BoxAdd = "box.add";             // {"id", "label", "x", "y", "w", "h"}
inline constexpr const char *BoxChange = "box.change";       // same fields, the new state
inline constexpr const char *BoxRemove = "box.remove";       // {"id"}
inline constexpr const char *ItemStatusSet = "item.status";  // {"status": "done" | ...}
inline constexpr const char *ReferenceSet = "reference.set"; // {"labels": [ids], "note": text}
// Polygons: "points" is [x0, y0, x1, y1, ...] in image pixels, at least 3 vertices.
inline constexpr const char *PolygonAdd = "polygon.add";       // {"id", "label", "points"}
inline constexpr const char *PolygonChange = "polygon.change"; // same fields, the new state
inline constexpr const char *PolygonRemove = "polygon.remove"; // {"id"}
// Masks: pixels of the region {"x", "y", "w", "h"} travel as "rle", the COCO compressed
// counts string of that region in column-major order (core/geometry/maskdelta.h), or, when
// longer than Workspace::InlinePixelRunsLimit, as "blob": the name of a file in blobs/ holding
// that string, written and fsynced before the line.
inline constexpr const char *MaskAdd = "mask.add";       // {"id", "label", region, rle | blob}
inline constexpr const char *MaskStroke = "mask.stroke"; // {"id", region, rle | blob}: the
                                                         // pixels to flip; its own inverse
inline constexpr const char *MaskLabel = "mask.label";   // {"id", "label"}
inline constexpr const char *MaskRemove = "mask.remove"; // {"id"}
// Rulers (core/model/rulerannotation.h): "points" is [x0, y0, x1, y1], the two ends in image
// pixels. Moving an end, or relabeling, is a ruler.change with the whole new state.
inline constexpr const char *RulerAdd = "ruler.add";       // {"id", "label", "points"}
inline constexpr const char *RulerChange = "ruler.change"; // same fields, the new state
inline constexpr const char *RulerRemove = "ruler.remove"; // {"id"}
// Attribute values (core/model/labelattributes.h). Box, polygon and mask adds and changes, and
// mask.label, may carry "attributes": {name: value}; on an add its absence means none, on a
// change or relabel it means "unchanged" (journals written before attributes existed).
// labels.set may carry "attributes": {"<label id>": {name: value}}, the image labels' values;
// without it, labels that stay keep theirs and removed ones lose them.
// attribute.set records or clears one value of one annotation or image label; its inverse is
// another attribute.set with the previous value.
inline constexpr const char *AttributeSet = "attribute.set"; // {"id" | "label", "name",
                                                             //  "value": text | null}
// A person's decision in the quality workflow (core/model/qualitydecision.h, docs/quality.md):
// a review verdict, an adjudication or a QC verdict on the item, under policy version "policy".
inline constexpr const char *QualityDecisionSet = "quality.decision"; // {"kind", "policy",
                                                                      //  "category"?, "note"?}
// Pre-labels (docs/prelabels.md): an accept is a box.add, polygon.add, mask.add or labels.set
// carrying "prelabel": {"set", "suggestion"}; undoing an image label's accept carries
// "unprelabel" with the same members. A reject is journaled on its own.
inline constexpr const char *PrelabelReject = "prelabel.reject";     // {"set", "suggestion",
                                                                     //  "reason"}
inline constexpr const char *PrelabelUnreject = "prelabel.unreject"; // {"set", "suggestion"}
} // namespace ops

// One line of a session journal: who did what to which item, when, and under which guideline.
struct JournalEvent
{
    qint64 seq = 0;    // 1, 2, 3... within its session file
    qint64 timeMs = 0; // ms since epoch, UTC
    QString annotatorId;
    QString sessionId;
    QString itemId; // empty for session events
    int guidelineVersion = 1;
    std::string op;
    Json data = Json::object();
    // Set by the journal reader instead of `data`, for the duration of its callback only: a
    // view into the parser's buffer, which the next line overwrites.
    const simdjson::dom::element *rawData = nullptr;

    EventPayload payload() const
    {
        return rawData ? EventPayload::of(rawData) : EventPayload::of(&data);
    }
    // Copies a reader's view into `data`, for a caller that keeps the event past its callback.
    void materialize();
};

// The line as written to disk, without its trailing newline. `previousLineHash` is the hex
// SHA-256 of the previous line's bytes, or empty for the first line.
std::string serializeJournalLine(const JournalEvent &event, const std::string &previousLineHash);

// Hex SHA-256 of one line's bytes (without the newline): what the next line stores as "prev".
std::string hashJournalLine(const char *data, size_t size);

// Parses one line. Throws JsonFieldError or Json::exception on malformed input; returns the
// stored "prev" through `previousLineHash`. The JsonLinePadding bytes after `data + size` must
// be readable (they may hold anything): the parser reads ahead with SIMD loads.
// `interned`, when given, names the annotator and session the file belongs to; lines that match
// share its strings.
struct InternedText
{
    QString text;
    QByteArray utf8;
    explicit InternedText(const QString &t = {})
        : text(t)
        , utf8(t.toUtf8())
    {}
};
struct JournalFileIdentity
{
    InternedText annotator;
    InternedText session;
};
// With `payloadView`, the "data" object is not converted: the event's rawData points to
// *payloadView, valid until the next line is parsed on this thread.
JournalEvent parseJournalLine(const char *data, size_t size, std::string *previousLineHash,
                              const JournalFileIdentity *interned = nullptr,
                              simdjson::dom::element *payloadView = nullptr);

} // namespace concord
