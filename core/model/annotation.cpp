// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/annotation.h"
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

QString itemStatusKey(ItemStatus status)
{
    switch (status) {
    case ItemStatus::New: return QStringLiteral("new");
    case ItemStatus::InProgress: return QStringLiteral("in-progress");
    case ItemStatus::Done: return QStringLiteral("done");
    case ItemStatus::Skipped: return QStringLiteral("skipped");
    }
    return QStringLiteral("new");
}

ItemStatus itemStatusFromKey(const QString &key)
{
    if (key == QLatin1String("in-progress"))
        return ItemStatus::InProgress;
    if (key == QLatin1String("done"))
        return ItemStatus::Done;
    if (key == QLatin1String("skipped"))
        return ItemStatus::Skipped;
    return ItemStatus::New;
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
