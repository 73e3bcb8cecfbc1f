// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/annotation.h"
#include "core/model/maskannotation.h"
#include "core/model/rulerannotation.h"
#include "core/storage/eventpayload.h"
#include "core/util/error.h"

namespace concord {

class BlobStore;

// The payloads of polygon, ruler and mask events (field lists in core/storage/journalevent.h),
// shared by the edit builders that write them and AnnotatorWork that replays them. Readers throw
// JsonFieldError on a missing or mistyped field.

Json polygonToJson(const PolygonAnnotation &polygon);
PolygonAnnotation polygonFromPayload(const EventPayload &data);

// {"id", "label", "points": [x0, y0, x1, y1]}. Reading refuses ends that are not finite or lie
// absurdly far outside any image (beyond 2^30 pixels).
Json rulerToJson(const RulerAnnotation &ruler);
RulerAnnotation rulerFromPayload(const EventPayload &data);

// {"id", "x", "y", "w", "h"}: which instance, and the region its pixel runs cover.
Json maskRegionJson(quint64 maskId, cv::Rect region);
cv::Rect maskRegionFromPayload(const EventPayload &data);

// The pixels a mask event carries, inline ("rle") or in a blob ("blob", read from `blobs`;
// without a store a blob reference is an error).
Expected<BinaryMask> maskPixelsFromPayload(const EventPayload &data, cv::Rect region,
                                           const BlobStore *blobs);

} // namespace concord
