// SPDX-License-Identifier: GPL-3.0-or-later
// concord-cli rules (docs/labeling-rules.md): rules are added and removed by leads only, with
// conditions and labels checked by name; applying them reports each rule's coverage and
// conflicts and writes the label model's labels as a pre-label set, whose probabilities follow
// the votes: where two accurate rules agree the label is surer than where one votes alone, and
// items no rule votes on get no suggestion.
#include "tests/cli/clirun.h"
#include "tests/core/projectfixtures.h"

#include "core/prelabels/prelabelstorage.h"
#include "core/storage/jsonsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace concord;
using namespace concord::testing;
using namespace concord::test;

class TestRulesCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;

    CliRun rules(const QStringList &arguments)
    {
        return runCli(QStringList{QStringLiteral("rules")} + arguments);
    }

    Json jsonOf(const CliRun &run)
    {
        const std::optional<Json> json = parseJson(run.out);
        if (!json)
            qWarning("not JSON: %s\n%s", qPrintable(run.out), qPrintable(run.err));
        return json.value_or(Json::object());
    }

    QByteArray rulesFileBytes() const
    {
        QFile file(m_project + QStringLiteral("/labeling-rules.json"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    CliRun add(const QString &name, const QString &label, const QString &when,
               const QString &as = QStringLiteral("lea"))
    {
        return rules({QStringLiteral("add"), m_project, name, label, QStringLiteral("--when"), when,
                      QStringLiteral("--as"), as});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("project"));
        // c0..c3 are named abnormal, c4..c7 normal, c8 and c9 neither.
        std::vector<Item> items;
        for (int n = 0; n < 10; ++n) {
            const QString suffix = n < 4   ? QStringLiteral("abn")
                                   : n < 8 ? QStringLiteral("nor")
                                           : QStringLiteral("x");
            items.push_back(Item{QStringLiteral("c%1").arg(n),
                                 QStringLiteral("cases/c%1_%2.png").arg(n).arg(suffix),
                                 {},
                                 64,
                                 64});
        }
        QVERIFY(createProject(
            m_project,
            projectWithLabels(QStringLiteral("Rules"), QStringLiteral("Normal\nAbnormal")),
            {{QStringLiteral("lea"), QStringLiteral("Lea"), Role::Lead},
             {QStringLiteral("ann"), QStringLiteral("Ann"), Role::Annotator}},
            items));
    }

    void onlyALeadAddsCheckedRules()
    {
        const CliRun byAnnotator = add(QStringLiteral("abn-name"), QStringLiteral("Abnormal"),
                                       QStringLiteral("file:*_abn.png"), QStringLiteral("ann"));
        QVERIFY2(refusedWith(byAnnotator, 1, QStringLiteral("leads")),
                 qPrintable(describe(byAnnotator)));
        QVERIFY(rulesFileBytes().isEmpty());

        const CliRun unknownLabel = add(QStringLiteral("abn-name"), QStringLiteral("Fracture"),
                                        QStringLiteral("file:*_abn.png"));
        QVERIFY2(refusedWith(unknownLabel, 1, QStringLiteral("Fracture")),
                 qPrintable(describe(unknownLabel)));
        const CliRun badCondition = add(QStringLiteral("abn-name"), QStringLiteral("Abnormal"),
                                        QStringLiteral("file:*_abn.png and (file:*.png"));
        QVERIFY2(refusedWith(badCondition, 1, QStringLiteral("not closed")),
                 qPrintable(describe(badCondition)));
        // A pattern that backtracks without bound is refused before it can hang an apply.
        const CliRun runaway = add(QStringLiteral("abn-name"), QStringLiteral("Abnormal"),
                                   QStringLiteral("path:(a+)+$"));
        QCOMPARE(runaway.exitCode, 1);
        QVERIFY(rulesFileBytes().isEmpty());
        const CliRun noWhen =
            rules({QStringLiteral("add"), m_project, QStringLiteral("x"), QStringLiteral("Normal"),
                   QStringLiteral("--as"), QStringLiteral("lea")});
        QVERIFY2(refusedWith(noWhen, 2, QStringLiteral("--when")), qPrintable(describe(noWhen)));

        QCOMPARE(add(QStringLiteral("abn-name"), QStringLiteral("Abnormal"),
                     QStringLiteral("file:*_abn.png"))
                     .exitCode,
                 0);
        QCOMPARE(add(QStringLiteral("nor-name"), QStringLiteral("Normal"),
                     QStringLiteral("file:*_nor.png"))
                     .exitCode,
                 0);
        // Votes Abnormal on c0..c5: right on four, wrong on c4 and c5.
        QCOMPARE(add(QStringLiteral("low-numbers"), QStringLiteral("Abnormal"),
                     QStringLiteral("path:^cases/c[0-5]_"))
                     .exitCode,
                 0);
        // Agrees with "nor-name" on c4..c7, so the votes are not better explained by every item
        // being abnormal (docs/weak-supervision.md, "Rules vote for one label").
        QCOMPARE(add(QStringLiteral("four-to-seven"), QStringLiteral("Normal"),
                     QStringLiteral("path:^cases/c[4-7]_"))
                     .exitCode,
                 0);
        const CliRun twice =
            add(QStringLiteral("nor-name"), QStringLiteral("Normal"), QStringLiteral("file:*.png"));
        QVERIFY2(refusedWith(twice, 1, QStringLiteral("exists already")),
                 qPrintable(describe(twice)));

        const Json listed =
            jsonOf(rules({QStringLiteral("list"), m_project, QStringLiteral("--json")}));
        QVERIFY2(listed.at("revision").get<int>() == 4 && listed.at("rules").size() == 4,
                 listed.dump().c_str());
        QVERIFY2(listed.at("rules")[0].at("when") == Json("file:\"*_abn.png\""),
                 listed.dump().c_str());
        QVERIFY(listed.at("rules")[2].at("label") == Json("Abnormal"));
    }

    void applyingWritesTheLabelModelsSuggestions()
    {
        const CliRun dry = rules({QStringLiteral("apply"), m_project, QStringLiteral("--dry-run"),
                                  QStringLiteral("--json")});
        QVERIFY2(dry.exitCode == 0, qPrintable(describe(dry)));
        const Json report = jsonOf(dry);
        QCOMPARE(report.at("items").get<int>(), 10);
        QCOMPARE(report.at("coverage").get<double>(), 0.8); // c8 and c9 have no vote
        // c4 and c5: "nor-name" says Normal, "low-numbers" Abnormal.
        QCOMPARE(report.at("conflict").get<double>(), 0.2);
        QVERIFY(report.at("prelabel_set").is_null());
        const Json &perRule = report.at("rules");
        QCOMPARE(perRule[0].at("votes").get<int>(), 4);
        QCOMPARE(perRule[2].at("votes").get<int>(), 6);
        QCOMPARE(perRule[2].at("conflicts").get<double>(), 0.2);
        QVERIFY(perRule[2].at("accuracy_on_gold").is_null()); // no reference labels
        QVERIFY(!QDir(m_project + QStringLiteral("/prelabels")).exists());

        const CliRun unnamed = rules({QStringLiteral("apply"), m_project});
        QCOMPARE(unnamed.exitCode, 2);
        const CliRun notLead = rules(
            {QStringLiteral("apply"), m_project, QStringLiteral("--as"), QStringLiteral("ann")});
        QVERIFY2(refusedWith(notLead, 1, QStringLiteral("leads")), qPrintable(describe(notLead)));

        const CliRun applied = rules({QStringLiteral("apply"), m_project, QStringLiteral("--as"),
                                      QStringLiteral("lea"), QStringLiteral("--json")});
        QVERIFY2(applied.exitCode == 0, qPrintable(describe(applied)));
        const QString setId = QString::fromStdString(jsonOf(applied).at("prelabel_set"));
        const Expected<PrelabelSet> set = readPrelabelSet(m_project, setId);
        QVERIFY2(set, set ? "" : qPrintable(set.error().toString()));
        QCOMPARE(set->source.origin, QStringLiteral("label-model"));
        QCOMPARE(set->source.modelVersion, QStringLiteral("rules revision 4"));
        std::map<QString, const Suggestion *> byItem;
        for (const Suggestion &suggestion : set->suggestions) {
            QCOMPARE(suggestion.kind, SuggestionKind::ImageLabel);
            QVERIFY(!byItem.count(suggestion.itemId));
            byItem[suggestion.itemId] = &suggestion;
        }
        QVERIFY(!byItem.count(QStringLiteral("c8")));
        QVERIFY(!byItem.count(QStringLiteral("c9")));
        const auto labelOf = [&](const char *item) {
            const auto found = byItem.find(QLatin1String(item));
            return found == byItem.end() ? 0 : found->second->labelId;
        };
        const int abnormal = 2;
        const int normal = 1;
        QVERIFY2(labelOf("c0") == abnormal && labelOf("c6") == normal,
                 qPrintable(
                     rules({QStringLiteral("apply"), m_project, QStringLiteral("--dry-run")}).out));
        // c4: two accurate rules say normal, the noisy one abnormal.
        QCOMPARE(labelOf("c4"), normal);
        QCOMPARE(labelOf("c0"), abnormal);
        QCOMPARE(labelOf("c6"), normal);
        // Agreement makes a label surer than a conflict does.
        QVERIFY(byItem.at(QStringLiteral("c6"))->score > byItem.at(QStringLiteral("c4"))->score);
        QVERIFY(byItem.at(QStringLiteral("c4"))->score > 0.5);
        for (const auto &[item, suggestion] : byItem)
            QCOMPARE(set->itemUncertainty.value(item), 1.0 - suggestion->score);
    }

    void removingARuleNeedsItsName()
    {
        const CliRun missing = rules({QStringLiteral("remove"), m_project, QStringLiteral("nope"),
                                      QStringLiteral("--as"), QStringLiteral("lea")});
        QVERIFY2(refusedWith(missing, 1, QStringLiteral("\"nope\"")),
                 qPrintable(describe(missing)));
        const CliRun removed =
            rules({QStringLiteral("remove"), m_project, QStringLiteral("low-numbers"),
                   QStringLiteral("--as"), QStringLiteral("lea")});
        QVERIFY2(removed.exitCode == 0, qPrintable(describe(removed)));
        const Json listed =
            jsonOf(rules({QStringLiteral("list"), m_project, QStringLiteral("--json")}));
        QCOMPARE(listed.at("revision").get<int>(), 5);
        QCOMPARE(listed.at("rules").size(), size_t(3));
    }

    void aDamagedRulesFileIsNamed()
    {
        QFile file(m_project + QStringLiteral("/labeling-rules.json"));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{\"format\": \"concord-labeling-rules\", \"rules\": [");
        file.close();
        const CliRun listed = rules({QStringLiteral("list"), m_project});
        QVERIFY2(refusedWith(listed, 1, QStringLiteral("labeling-rules.json")),
                 qPrintable(describe(listed)));
        const CliRun applied =
            rules({QStringLiteral("apply"), m_project, QStringLiteral("--dry-run")});
        QVERIFY2(refusedWith(applied, 1, QStringLiteral("labeling-rules.json")),
                 qPrintable(describe(applied)));
    }
};

QTEST_GUILESS_MAIN(TestRulesCommand)
#include "tst_rulescommand.moc"
