// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small project where two readers grade an effusion on an ordinal scale whose rank order is
// not alphabetical (trace < moderate < large), for the attribute agreement tests of core and
// concord-cli. Ratings per item (alice, bob): (trace, trace), (moderate, large), (large, large),
// (trace, not set); item 5 has no effusion. Krippendorff's alpha by hand over the pairable
// values t t m l l l: ordinal 1 - (8/6) / 6 = 7/9, nominal 1 - (2/6) / (22/30) = 6/11.
#include "core/project/workspace.h"
#include "tests/core/attributefixtures.h"

namespace concord::testing {

inline constexpr double SeverityOrdinalAlpha = 7.0 / 9.0;
inline constexpr double SeverityNominalAlpha = 6.0 / 11.0;

// Creates the project in `dir`; returns an empty string or what went wrong.
inline QString createSeverityProject(const QString &dir)
{
    Taxonomy taxonomy = Taxonomy::fromIndentedText(QStringLiteral("Effusion\nNormal"));
    declareAttributes(
        taxonomy, QStringLiteral("Effusion"),
        {{QStringLiteral("severity"),
          AttributeScale::Ordinal,
          {QStringLiteral("trace"), QStringLiteral("moderate"), QStringLiteral("large")}},
         {QStringLiteral("laterality"),
          AttributeScale::Nominal,
          {QStringLiteral("left"), QStringLiteral("right")}}});
    auto created = Workspace::create(dir, Project::create(QStringLiteral("Severity"), taxonomy));
    if (!created)
        return created.error().toString();
    Workspace &workspace = **created;
    std::vector<Item> items;
    for (int i = 1; i <= 5; ++i)
        items.push_back(Item{QStringLiteral("i%1").arg(i), QStringLiteral("%1.png").arg(i)});
    workspace.addItems(items);
    const QStringList grades[] = {
        {QStringLiteral("trace"), QStringLiteral("moderate"), QStringLiteral("large"),
         QStringLiteral("trace")},
        {QStringLiteral("trace"), QStringLiteral("large"), QStringLiteral("large"), QString()}};
    const QString readers[] = {QStringLiteral("alice"), QStringLiteral("bob")};
    for (int r = 0; r < 2; ++r) {
        workspace.addAnnotator({readers[r], readers[r], Role::Annotator});
        if (MaybeError error = workspace.startSession(readers[r]))
            return error->toString();
        for (int i = 0; i < 5; ++i) {
            const QString itemId = items[size_t(i)].id;
            const int label =
                taxonomy.findByName(i == 4 ? QStringLiteral("Normal") : QStringLiteral("Effusion"))
                    ->id;
            if (MaybeError error =
                    workspace.commit(edits::setClassLabels(itemId, {}, {label}).forward))
                return error->toString();
            const QString grade = grades[r].value(i);
            if (grade.isEmpty())
                continue;
            if (MaybeError error =
                    workspace.commit(edits::setImageLabelAttribute(
                                         itemId, label, QStringLiteral("severity"), {}, grade)
                                         .forward))
                return error->toString();
        }
    }
    workspace.endSession();
    return {};
}

} // namespace concord::testing
