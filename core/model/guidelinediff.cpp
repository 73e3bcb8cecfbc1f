// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/guidelinediff.h"
#include "core/util/translation.h"

#include <QCoreApplication>

namespace concord {

static QString attributeLine(const LabelAttribute &attribute)
{
    const bool ordinal = attribute.scale == AttributeScale::Ordinal;
    return concord::tr("%1 (%2): %3")
        .arg(attribute.name, ordinal ? concord::tr("ordinal") : concord::tr("nominal"),
             attribute.values.join(ordinal ? QStringLiteral(" < ") : QStringLiteral(", ")));
}

QStringList taxonomyLines(const Taxonomy &taxonomy)
{
    QStringList lines;
    if (taxonomy.leafLabelsOnly())
        lines.append(concord::tr("(only leaf labels may be used)"));
    for (const Label &label : taxonomy.labels()) {
        const QString indent(qsizetype(taxonomy.depthOf(label.id)) * 2, QLatin1Char(' '));
        QString line = indent + label.name + QStringLiteral("  [");
        if (!label.hotkey.isEmpty())
            line += concord::tr("key %1, ").arg(label.hotkey);
        line += label.color + QLatin1Char(']');
        lines.append(line);
        for (const LabelAttribute &attribute : label.attributes)
            lines.append(indent + QStringLiteral("    · ") + attributeLine(attribute));
        if (!label.description.isEmpty())
            lines.append(indent + QStringLiteral("    “") + label.description +
                         QStringLiteral("”"));
        if (!label.segmentCategory.isEmpty())
            lines.append(indent + QStringLiteral("    · ") +
                         concord::tr("DICOM SEG: %1 %2 %3 / %4 %5 %6")
                             .arg(label.segmentCategory.scheme, label.segmentCategory.value,
                                  label.segmentCategory.meaning, label.segmentType.scheme,
                                  label.segmentType.value, label.segmentType.meaning));
    }
    return lines;
}

GuidelineDiff diffGuidelineVersions(const Project &project, const GuidelineVersion &from,
                                    const GuidelineVersion &to)
{
    GuidelineDiff diff;
    diff.text = diffLines(from.text.split(QLatin1Char('\n')), to.text.split(QLatin1Char('\n')));
    diff.taxonomy =
        diffLines(taxonomyLines(project.taxonomyOf(from)), taxonomyLines(project.taxonomyOf(to)));
    return diff;
}

} // namespace concord
