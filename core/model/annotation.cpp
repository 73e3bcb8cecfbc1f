// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/annotation.h"
#include "core/util/enumkeys.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <algorithm>

namespace concord {

ImageRect ImageRect::clampedTo(double imageWidth, double imageHeight) const
{
    const double left = std::clamp(x, 0.0, imageWidth);
    const double top = std::clamp(y, 0.0, imageHeight);
    const double r = std::clamp(right(), 0.0, imageWidth);
    const double b = std::clamp(bottom(), 0.0, imageHeight);
    return {left, top, r - left, b - top};
}

constexpr EnumKey<ItemStatus> ItemStatusKeys[] = {{ItemStatus::New, "new"},
                                                  {ItemStatus::InProgress, "in-progress"},
                                                  {ItemStatus::Done, "done"},
                                                  {ItemStatus::Skipped, "skipped"}};

QString itemStatusKey(ItemStatus status)
{
    return enumKey(ItemStatusKeys, status);
}

ItemStatus itemStatusFromKey(const QString &key)
{
    return enumFromKey(ItemStatusKeys, key).value_or(ItemStatus::New);
}

QString itemStatusDisplayName(ItemStatus status)
{
    switch (status) {
    case ItemStatus::New: return concord::tr("New");
    case ItemStatus::InProgress: return concord::tr("In progress");
    case ItemStatus::Done: return concord::tr("Done");
    case ItemStatus::Skipped: return concord::tr("Skipped");
    }
    return {};
}

quint64 newAnnotationId()
{
    return QRandomGenerator::system()->generate64() & ((quint64(1) << 53) - 1);
}

} // namespace concord
