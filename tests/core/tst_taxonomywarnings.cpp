// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/taxonomywarnings.h"

#include <QTest>

using namespace concord;

using Kind = TaxonomyWarning::Kind;

class TestTaxonomyWarnings : public QObject
{
    Q_OBJECT

private:
    static std::vector<TaxonomyWarning> ofKind(const std::vector<TaxonomyWarning> &all, Kind kind)
    {
        std::vector<TaxonomyWarning> matching;
        for (const TaxonomyWarning &warning : all) {
            if (warning.kind == kind)
                matching.push_back(warning);
        }
        return matching;
    }

    static int id(const Taxonomy &taxonomy, const char *name)
    {
        return taxonomy.findByName(QString::fromLatin1(name))->id;
    }

    static std::set<int> allLeavesUsed(const Taxonomy &taxonomy)
    {
        std::set<int> used;
        for (const Label &label : taxonomy.labels()) {
            if (taxonomy.isLeaf(label.id))
                used.insert(label.id);
        }
        return used;
    }

private Q_SLOTS:
    // Every label described in its own words, so siblings can be told apart.
    static Taxonomy described(const QString &text)
    {
        Taxonomy taxonomy = Taxonomy::fromIndentedText(text);
        for (Label label : taxonomy.labels()) {
            label.description = QStringLiteral("What a reader calls %1.").arg(label.name);
            taxonomy.update(label);
        }
        return taxonomy;
    }

    void cleanTaxonomyHasNoWarnings()
    {
        const Taxonomy taxonomy =
            described(QStringLiteral("Opacity\n  Nodule\n  Consolidation\nDevice\n  Tube\n"));
        const QStringList guideline{
            QStringLiteral("## Opacity\nNodules and consolidation. Devices: a tube.")};
        QVERIFY(findTaxonomyWarnings(taxonomy, allLeavesUsed(taxonomy), {}, guideline).empty());
    }

    void siblingsNeedDefinitionsThatDiffer()
    {
        Taxonomy taxonomy =
            described(QStringLiteral("Opacity\n  Nodule\n  Mass\n  Consolidation\nDevice\n"));
        Label nodule = *taxonomy.findByName(QStringLiteral("Nodule"));
        Label mass = *taxonomy.findByName(QStringLiteral("Mass"));
        nodule.description = QStringLiteral("A round  opacity under 3 cm.");
        mass.description =
            QStringLiteral("a round opacity under 3 cm."); // same words, other case and spaces
        taxonomy.update(nodule);
        taxonomy.update(mass);
        Label consolidation = *taxonomy.findByName(QStringLiteral("Consolidation"));
        consolidation.description.clear();
        taxonomy.update(consolidation);
        const auto all = findTaxonomyWarnings(taxonomy, allLeavesUsed(taxonomy));
        const auto identical = ofKind(all, Kind::IdenticalDefinitions);
        QCOMPARE(identical.size(), size_t(1));
        QCOMPARE(identical.front().labelIds, (std::vector<int>{nodule.id, mass.id}));
        const auto missing = ofKind(all, Kind::MissingDefinition);
        QCOMPARE(missing.size(), size_t(1));
        QCOMPARE(missing.front().labelIds, std::vector<int>{consolidation.id});
        QVERIFY2(missing.front().message.contains(
                     QStringLiteral("Opacity / Consolidation has no definition")),
                 qPrintable(missing.front().message));
        // A label without siblings has nothing to be told apart from.
        Taxonomy single = Taxonomy::fromIndentedText(QStringLiteral("Nodule\n"));
        QVERIFY(ofKind(findTaxonomyWarnings(single, allLeavesUsed(single)), Kind::MissingDefinition)
                    .empty());
    }

    void leafOnlyParentWithoutOtherIsAGap()
    {
        Taxonomy taxonomy = described(
            QStringLiteral("Opacity\n  Nodule\n  Mass\nDevice\n  Tube\n  Other device\n"));
        QVERIFY(
            ofKind(findTaxonomyWarnings(taxonomy, allLeavesUsed(taxonomy)), Kind::UncoveredParent)
                .empty());
        taxonomy.setLeafLabelsOnly(true);
        const auto gaps =
            ofKind(findTaxonomyWarnings(taxonomy, allLeavesUsed(taxonomy)), Kind::UncoveredParent);
        QCOMPARE(gaps.size(), size_t(1)); // Device has "Other device"
        QCOMPARE(gaps.front().labelIds, std::vector<int>{id(taxonomy, "Opacity")});
        QVERIFY(isCatchAllLabelName(QStringLiteral(" other Device ")));
        QVERIFY(isCatchAllLabelName(QStringLiteral("No finding")));
        QVERIFY(!isCatchAllLabelName(QStringLiteral("Otherwise")));
    }

    void labelsNoGuidelineDescribes()
    {
        const Taxonomy taxonomy =
            described(QStringLiteral("Opacity\n  Nodule\n  Mass\nEffusion\n"));
        const QStringList versions{QStringLiteral("# Guideline\nBox every nodule."),
                                   QStringLiteral("### Edge case: Mass\nLarger than 3 cm.")};
        const auto missing =
            ofKind(findTaxonomyWarnings(taxonomy, allLeavesUsed(taxonomy), {}, versions),
                   Kind::NotInGuideline);
        std::vector<int> ids;
        for (const TaxonomyWarning &warning : missing)
            ids.push_back(warning.labelIds.front());
        // Nodule is named in version 1, Mass has a section in version 2.
        QCOMPARE(ids, (std::vector<int>{id(taxonomy, "Opacity"), id(taxonomy, "Effusion")}));
        // Review finding: "Other" is a word any guideline uses; only a section describes it.
        const Taxonomy withOther = described(QStringLiteral("Nodule\nOther\n"));
        const auto otherMissing = ofKind(
            findTaxonomyWarnings(withOther, allLeavesUsed(withOther), {},
                                 {QStringLiteral("Box every nodule and any other finding.")}),
            Kind::NotInGuideline);
        QCOMPARE(otherMissing.size(), size_t(1));
        QCOMPARE(otherMissing.front().labelIds, std::vector<int>{id(withOther, "Other")});
        QVERIFY(ofKind(findTaxonomyWarnings(
                           withOther, allLeavesUsed(withOther), {},
                           {QStringLiteral("Box every nodule.\n\n## Other\nWhat fits no label.")}),
                       Kind::NotInGuideline)
                    .empty());
        // No guideline given: not checked.
        QVERIFY(
            ofKind(findTaxonomyWarnings(taxonomy, allLeavesUsed(taxonomy)), Kind::NotInGuideline)
                .empty());
    }

    void hotkeysThatCannotBeTyped()
    {
        Taxonomy taxonomy = described(QStringLiteral("A\nB\nC\nD\nE\n"));
        const char *keys[] = {"x", "F12", "ß", "Ctrl+K", "!"};
        int i = 0;
        for (Label label : taxonomy.labels()) {
            label.hotkey = QString::fromUtf8(keys[i++]);
            taxonomy.update(label);
        }
        const auto warnings =
            ofKind(findTaxonomyWarnings(taxonomy, allLeavesUsed(taxonomy)), Kind::UntypableHotkey);
        std::vector<int> ids;
        for (const TaxonomyWarning &warning : warnings)
            ids.push_back(warning.labelIds.front());
        QCOMPARE(ids, (std::vector<int>{id(taxonomy, "C"), id(taxonomy, "D"), id(taxonomy, "E")}));
        QVERIFY(isTypableHotkey(QStringLiteral("7")));
        QVERIFY(!isTypableHotkey(QStringLiteral("F13")));
    }

    void duplicateSiblingNamesIgnoreCaseButNotCousins()
    {
        // "Nodule" twice under Opacity is a mistake; "Other" under two parents is fine.
        Taxonomy taxonomy = Taxonomy::fromIndentedText(
            QStringLiteral("Opacity\n  Nodule\n  nodule\n  Other\nDevice\n  Other\n"));
        const auto warnings = ofKind(findTaxonomyWarnings(taxonomy, allLeavesUsed(taxonomy)),
                                     Kind::DuplicateSiblingName);
        QCOMPARE(warnings.size(), size_t(1));
        QCOMPARE(warnings.front().labelIds.size(), size_t(2));
        QVERIFY(warnings.front().message.contains(QStringLiteral("Opacity / Nodule")));
    }

    void conflictingHotkeysAreNamed()
    {
        Taxonomy taxonomy = Taxonomy::fromIndentedText(QStringLiteral("A\nB\nC\n"));
        Label c = *taxonomy.findByName(QStringLiteral("C"));
        c.hotkey = QStringLiteral("1"); // A already has 1
        taxonomy.update(c);
        const auto warnings = ofKind(findTaxonomyWarnings(taxonomy, allLeavesUsed(taxonomy)),
                                     Kind::ConflictingHotkey);
        QCOMPARE(warnings.size(), size_t(1));
        QCOMPARE(warnings.front().labelIds, (std::vector<int>{id(taxonomy, "A"), c.id}));
        QVERIFY(warnings.front().message.contains(QStringLiteral("Hotkey 1")));
    }

    void hotkeyTakenByACommandNamesBoth()
    {
        Taxonomy taxonomy =
            Taxonomy::fromIndentedText(QStringLiteral("Finding\n  Nodule\n  Tube\nNormal\n"));
        Label nodule = *taxonomy.findByName(QStringLiteral("Nodule"));
        nodule.hotkey = QStringLiteral("b"); // lower case as typed; the box tool has B
        taxonomy.update(nodule);
        Label tube = *taxonomy.findByName(QStringLiteral("Tube"));
        tube.hotkey = QStringLiteral("S"); // S is free, but Ctrl+S (its image-label toggle) is Save
        taxonomy.update(tube);
        const ReservedShortcuts reserved{{QStringLiteral("B"), QStringLiteral("Box")},
                                         {QStringLiteral("Ctrl+S"), QStringLiteral("Save")},
                                         {QStringLiteral("Ctrl+B"), QStringLiteral("Bold")}};

        const auto warnings =
            ofKind(findTaxonomyWarnings(taxonomy, allLeavesUsed(taxonomy), reserved),
                   Kind::HotkeyTakenByCommand);
        QCOMPARE(warnings.size(), size_t(3)); // B and Ctrl+B for Nodule, Ctrl+S for Tube
        const auto says = [&](size_t i, const char *text) {
            return warnings[i].message.contains(QString::fromUtf8(text));
        };
        QCOMPARE(warnings[0].labelIds, std::vector<int>{nodule.id});
        QVERIFY2(says(0, "Hotkey B of \"Finding / Nodule\""), qPrintable(warnings[0].message));
        QVERIFY2(says(0, "\"Box\" (B)"), qPrintable(warnings[0].message));
        QVERIFY2(says(1, "\"Bold\" (Ctrl+B)"), qPrintable(warnings[1].message));
        QCOMPARE(warnings[2].labelIds, std::vector<int>{tube.id});
        QVERIFY2(says(2, "\"Save\" (Ctrl+S)"), qPrintable(warnings[2].message));

        // The app's own shortcuts are not known to core: without them, nothing to report.
        QVERIFY(ofKind(findTaxonomyWarnings(taxonomy, allLeavesUsed(taxonomy)),
                       Kind::HotkeyTakenByCommand)
                    .empty());
        QCOMPARE(labelHotkeyShortcuts(QStringLiteral(" k ")),
                 (QStringList{QStringLiteral("K"), QStringLiteral("Ctrl+K")}));
        QVERIFY(labelHotkeyShortcuts(QString()).isEmpty());
    }

    void emptyCategoryWhenOthersGroupLabels()
    {
        const Taxonomy grouped =
            Taxonomy::fromIndentedText(QStringLiteral("Opacity\n  Nodule\nDevice\n"));
        const auto warnings =
            ofKind(findTaxonomyWarnings(grouped, {id(grouped, "Nodule")}), Kind::EmptyCategory);
        QCOMPARE(warnings.size(), size_t(1));
        QCOMPARE(warnings.front().labelIds, std::vector<int>{id(grouped, "Device")});
        // ...reported once, not also as unused; and a used childless label ("Normal") is a label.
        const auto all = findTaxonomyWarnings(grouped, {id(grouped, "Nodule")});
        QCOMPARE(ofKind(all, Kind::UnusedLabel).size(), size_t(0));
        QVERIFY(
            ofKind(findTaxonomyWarnings(grouped, {id(grouped, "Nodule"), id(grouped, "Device")}),
                   Kind::EmptyCategory)
                .empty());
        // A flat list of labels has no categories to be empty.
        const Taxonomy flat = Taxonomy::fromIndentedText(QStringLiteral("Nodule\nNormal\n"));
        QVERIFY(ofKind(findTaxonomyWarnings(flat, {}), Kind::EmptyCategory).empty());
    }

    void unusedLabelsButCategoriesOfUsedOnesCount()
    {
        const Taxonomy taxonomy = Taxonomy::fromIndentedText(
            QStringLiteral("Opacity\n  Nodule\n  Mass\nDevice\n  Tube\n"));
        const auto warnings =
            ofKind(findTaxonomyWarnings(taxonomy, {id(taxonomy, "Nodule")}), Kind::UnusedLabel);
        std::vector<int> unused;
        for (const TaxonomyWarning &warning : warnings)
            unused.push_back(warning.labelIds.front());
        QCOMPARE(unused, (std::vector<int>{id(taxonomy, "Mass"), id(taxonomy, "Device"),
                                           id(taxonomy, "Tube")}));
    }
};

QTEST_GUILESS_MAIN(TestTaxonomyWarnings)
#include "tst_taxonomywarnings.moc"
