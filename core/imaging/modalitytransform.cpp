// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imaging/modalitytransform.h"

#include <algorithm>
#include <cmath>

namespace concord {

// The entry of `lut` a stored value selects (PS3.3 C.11.1.1: clamped to the table).
static size_t lutEntry(const VoiLut &lut, double stored)
{
    const qint64 index = std::llround(stored) - lut.firstMappedValue;
    return size_t(std::clamp<qint64>(index, 0, qint64(lut.data.size()) - 1));
}

static const VoiLut *modalityLutOf(const ImageMetadata &metadata)
{
    return metadata.modalityLut && !metadata.modalityLut->data.empty() ? &*metadata.modalityLut
                                                                       : nullptr;
}

double modalityValue(double stored, const ImageMetadata &metadata)
{
    if (const VoiLut *lut = modalityLutOf(metadata))
        return lut->data[lutEntry(*lut, stored)];
    return stored * metadata.rescaleSlope + metadata.rescaleIntercept;
}

bool hasModalityTransform(const ImageMetadata &metadata)
{
    return modalityLutOf(metadata) || metadata.rescaleSlope != 1.0 ||
           metadata.rescaleIntercept != 0.0;
}

QString modalityValueType(const ImageMetadata &metadata)
{
    const bool hasLut = modalityLutOf(metadata) != nullptr;
    const QString type = hasLut ? metadata.modalityLutType : metadata.rescaleUnit;
    // The CT Image module makes Rescale Type type 1C, "required if the rescaled values are not
    // Hounsfield units" (PS3.3 C.8.2.1, docs/viewer.md "Units"): a CT rescale without it
    // is in HU, and most CT files leave it out.
    if (type.isEmpty() && !hasLut && metadata.modality == QLatin1String("CT"))
        return QStringLiteral("HU");
    return type == QLatin1String("US") ? QString() : type;
}

std::pair<double, double> modalityRange(const ImageMetadata &metadata, int lowestStored,
                                        int highestStored)
{
    if (const VoiLut *lut = modalityLutOf(metadata)) {
        const auto first = lut->data.begin() + std::ptrdiff_t(lutEntry(*lut, lowestStored));
        const auto last = lut->data.begin() + std::ptrdiff_t(lutEntry(*lut, highestStored)) + 1;
        const auto [lo, hi] = std::minmax_element(first, last);
        return {double(*lo), double(*hi)};
    }
    const double a = modalityValue(lowestStored, metadata);
    const double b = modalityValue(highestStored, metadata);
    return {std::min(a, b), std::max(a, b)};
}

} // namespace concord
