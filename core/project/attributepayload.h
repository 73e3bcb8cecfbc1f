// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/project/itemwork.h"
#include "core/storage/eventpayload.h"

#include <optional>

namespace concord {

// Attribute values in journal payloads (formats in core/storage/journalevent.h), shared by the
// edit builders that write them and AnnotatorWork that replays them. Readers throw
// JsonFieldError on a malformed field.

// {"severity": "moderate", ...}
Json attributesToJson(const AnnotationAttributes &attributes);
// The "attributes" field of a box, polygon or mask event; nothing when the event has none.
std::optional<AnnotationAttributes> attributesFromPayload(const EventPayload &data);

// {"<label id>": {name: value}, ...}: the values of an item's image labels.
Json imageLabelAttributesToJson(const QMap<int, AnnotationAttributes> &attributes);
// The "attributes" field of a labels.set event; nothing when the event has none.
std::optional<QMap<int, AnnotationAttributes>>
imageLabelAttributesFromPayload(const EventPayload &data);

// Applies an attribute.set event to an item. Returns an empty string, or why it cannot be
// applied (no such annotation or image label, a malformed field); `work` is then unchanged.
// Whether the value is declared for the label is Workspace::commit's concern: replay keeps
// what was journaled, even if the taxonomy changed since.
QString applyAttributeSet(const EventPayload &data, const Provenance &provenance, ItemWork &work);

} // namespace concord
