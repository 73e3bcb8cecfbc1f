// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demotaxonomy.h"

#include "core/model/labelattributes.h"
#include "core/util/translation.h"

#include <QCoreApplication>

namespace concord {

const char *const DemoTaxonomy = "Finding\n"
                                 "  Opacity\n"
                                 "    Nodule\n"
                                 "    Consolidation\n"
                                 "  Effusion\n"
                                 "  Pneumothorax\n"
                                 "Device\n"
                                 "  Tube\n"
                                 "  Line\n"
                                 "Normal\n";

// Descriptions and attributes, so the taxonomy editor and the guideline show what they hold.
Taxonomy demoTaxonomy()
{
    Taxonomy taxonomy = Taxonomy::fromIndentedText(QLatin1String(DemoTaxonomy));
    const LabelAttribute laterality{
        concord::tr("laterality"),
        AttributeScale::Nominal,
        {concord::tr("left"), concord::tr("right"), concord::tr("bilateral")}};
    const LabelAttribute severity{
        concord::tr("severity"),
        AttributeScale::Ordinal,
        {concord::tr("mild"), concord::tr("moderate"), concord::tr("severe")}};
    const struct
    {
        const char *name;
        const char *description;
        std::vector<LabelAttribute> attributes;
    } details[] = {
        {"Finding",
         QT_TRANSLATE_NOOP("concord", "Any abnormality; as an image label, on which side."),
         {laterality}},
        {"Nodule",
         QT_TRANSLATE_NOOP("concord", "Round opacity up to 3 cm, well or poorly defined."),
         {severity}},
        {"Consolidation",
         QT_TRANSLATE_NOOP("concord", "Airspace opacity that may show air bronchograms."),
         {laterality}},
        {"Effusion",
         QT_TRANSLATE_NOOP("concord", "Fluid in the pleural space: blunted angle, meniscus."),
         {laterality, severity}},
        {"Pneumothorax",
         QT_TRANSLATE_NOOP("concord", "Visible pleural line with no lung markings beyond it."),
         {laterality}},
    };
    for (const auto &detail : details) {
        Label label = *taxonomy.findByName(QLatin1String(detail.name));
        label.description = concord::tr(detail.description);
        label.attributes = detail.attributes;
        taxonomy.update(label);
    }
    return taxonomy;
}

} // namespace concord
