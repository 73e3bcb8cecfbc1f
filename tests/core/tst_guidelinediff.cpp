// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/guidelinediff.h"
#include "core/util/linediff.h"

#include <QTest>

using namespace concord;

using Kind = DiffLine::Kind;

class TestGuidelineDiff : public QObject
{
    Q_OBJECT

private:
    // The diff as "  kept", "- removed", "+ added" lines, to compare with a literal.
    static QStringList render(const std::vector<DiffLine> &diff)
    {
        QStringList lines;
        for (const DiffLine &line : diff) {
            const char *mark = line.kind == Kind::Kept      ? "  "
                               : line.kind == Kind::Removed ? "- "
                                                            : "+ ";
            lines.append(QString::fromLatin1(mark) + line.text);
        }
        return lines;
    }

private Q_SLOTS:
    void lineDiffKnownCases()
    {
        QCOMPARE(render(diffLines({}, {})), QStringList{});
        QCOMPARE(render(diffLines({QStringLiteral("a")}, {})), QStringList{QStringLiteral("- a")});
        QCOMPARE(render(diffLines({}, {QStringLiteral("a")})), QStringList{QStringLiteral("+ a")});
        // The classic example: ABCABBA -> CBABAC has an LCS of length 4.
        const QStringList before = QStringLiteral("A B C A B B A").split(QLatin1Char(' '));
        const QStringList after = QStringLiteral("C B A B A C").split(QLatin1Char(' '));
        const std::vector<DiffLine> diff = diffLines(before, after);
        const auto kept = std::count_if(diff.begin(), diff.end(),
                                        [](const DiffLine &l) { return l.kind == Kind::Kept; });
        QCOMPARE(int(kept), 4);
        // Applying the diff gives back both texts.
        QStringList old, now;
        for (const DiffLine &line : diff) {
            if (line.kind != Kind::Added)
                old.append(line.text);
            if (line.kind != Kind::Removed)
                now.append(line.text);
        }
        QCOMPARE(old, before);
        QCOMPARE(now, after);
    }

    void changedLineIsRemovedThenAdded()
    {
        const QStringList before{QStringLiteral("# Nodules"), QStringLiteral("Round."),
                                 QStringLiteral("End")};
        const QStringList after{QStringLiteral("# Nodules"), QStringLiteral("Round, < 3 cm."),
                                QStringLiteral("End")};
        QCOMPARE(render(diffLines(before, after)),
                 (QStringList{QStringLiteral("  # Nodules"), QStringLiteral("- Round."),
                              QStringLiteral("+ Round, < 3 cm."), QStringLiteral("  End")}));
    }

    void taxonomyLinesShowHierarchyKeysAndAttributes()
    {
        Taxonomy taxonomy = Taxonomy::fromIndentedText(QStringLiteral("Opacity\n  Nodule\n"));
        Label nodule = *taxonomy.findByName(QStringLiteral("Nodule"));
        nodule.attributes.push_back({QStringLiteral("severity"),
                                     AttributeScale::Ordinal,
                                     {QStringLiteral("mild"), QStringLiteral("severe")}});
        nodule.description = QStringLiteral("Round opacity under 3 cm");
        taxonomy.update(nodule);
        QCOMPARE(taxonomyLines(taxonomy),
                 (QStringList{QStringLiteral("Opacity  [key 1, #ffd60a]"),
                              QStringLiteral("  Nodule  [key 2, #00e5ff]"),
                              QStringLiteral("      · severity (ordinal): mild < severe"),
                              QStringLiteral("      “Round opacity under 3 cm”")}));
    }

    void versionsDiffTextAndTaxonomy()
    {
        Project project = Project::create(
            QStringLiteral("P"), Taxonomy::fromIndentedText(QStringLiteral("Nodule\nNormal\n")));
        GuidelineVersion first = project.guidelines.front();
        first.text = QStringLiteral("Box every nodule.");
        GuidelineVersion second = first;
        second.version = 2;
        second.text = QStringLiteral("Box every nodule.\nIgnore calcified granulomas.");
        Taxonomy renamed = *first.taxonomy;
        Label nodule = *renamed.findByName(QStringLiteral("Nodule"));
        nodule.name = QStringLiteral("Pulmonary nodule");
        renamed.update(nodule);
        second.taxonomy = renamed;

        const GuidelineDiff diff = diffGuidelineVersions(project, first, second);
        QCOMPARE(render(diff.text),
                 (QStringList{QStringLiteral("  Box every nodule."),
                              QStringLiteral("+ Ignore calcified granulomas.")}));
        QCOMPARE(render(diff.taxonomy),
                 (QStringList{QStringLiteral("- Nodule  [key 1, #ffd60a]"),
                              QStringLiteral("+ Pulmonary nodule  [key 1, #ffd60a]"),
                              QStringLiteral("  Normal  [key 2, #00e5ff]")}));

        // A version from before versions recorded their taxonomy stands on the project's.
        GuidelineVersion legacy = first;
        legacy.taxonomy.reset();
        QCOMPARE(&project.taxonomyOf(legacy), &project.taxonomy);
    }
};

QTEST_GUILESS_MAIN(TestGuidelineDiff)
#include "tst_guidelinediff.moc"
