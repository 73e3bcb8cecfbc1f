// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/maskdistancetext.h"

#include "core/reports/reportjson.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QStringList>

namespace concord {

using namespace reportjson;

namespace {

QString spacingDescription(const QString &source)
{
    if (source == QLatin1String("PixelSpacing"))
        return concord::tr("Pixel Spacing (in the patient plane)");
    if (source == QLatin1String("ImagerPixelSpacing"))
        return concord::tr(
            "Imager Pixel Spacing (at the detector, so larger than in the patient by the "
            "geometric magnification)");
    if (source == QLatin1String("NominalScannedPixelSpacing"))
        return concord::tr("Nominal Scanned Pixel Spacing (of the scanned film)");
    return source;
}

} // namespace

QString meanHausdorff95Text(const Json &pair, const QString &undefined)
{
    QStringList parts;
    if (const std::optional<double> mm = num(pair, "mean_hd95_mm"))
        parts.append(concord::tr("%1 mm").arg(*mm, 0, 'f', 1));
    if (const std::optional<double> px = num(pair, "mean_hd95_px"))
        parts.append(concord::tr("%1 px").arg(*px, 0, 'f', 1));
    return parts.isEmpty() ? undefined : parts.join(QStringLiteral(" · "));
}

QString distanceUnitNote(const Json &masks)
{
    QStringList sources;
    bool anyPixels = false;
    for (const Json &pair : field(masks, "pairs")) {
        for (const Json &source : field(pair, "spacing_sources")) {
            const QString name =
                source.is_string() ? fromStd(source.get<std::string>()) : QString();
            if (!name.isEmpty() && !sources.contains(name))
                sources.append(name);
        }
        anyPixels = anyPixels || count(pair, "hd95_px_comparisons") > 0;
    }
    QStringList sentences;
    if (!sources.isEmpty()) {
        sources.sort();
        QStringList described;
        for (const QString &source : sources)
            described.append(spacingDescription(source));
        sentences.append(concord::tr("Distances in mm use each image's %1.")
                             .arg(described.join(concord::tr(" or "))));
    }
    if (anyPixels)
        sentences.append(
            concord::tr("Images that record no pixel spacing are measured in pixels (px)."));
    return sentences.join(QLatin1Char(' '));
}

} // namespace concord
