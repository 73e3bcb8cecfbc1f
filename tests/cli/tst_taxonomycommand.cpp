// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/cli/clirun.h"

#include "core/project/edit.h"
#include "core/project/workspace.h"
#include "core/storage/jsonsupport.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <optional>

using namespace concord;
using namespace concord::test;

// `concord-cli taxonomy check` (docs/quality.md, "Taxonomy health") on small projects written
// through the workspace as readers would: a pair of labels readers keep swapping, a project
// read once, and gaps in a leaf-only taxonomy.
class TestTaxonomyCommand : public QObject
{
    Q_OBJECT

private:
    // One reader's answer on one item. With no labels and status Done, the item is submitted
    // without a label; with status Skipped, the reader skipped it.
    struct Reading
    {
        QString itemId;
        std::vector<int> labelIds;
        ItemStatus status = ItemStatus::Done;
    };

    static int labelId(const Project &project, const char *name)
    {
        const Label *label = project.taxonomy.findByName(QLatin1String(name));
        return label ? label->id : -1;
    }

    // A single-label project whose taxonomy is `labels` (an indented list).
    static Project singleLabelProject(
        const QString &name,
        const QString &labels = QStringLiteral("Finding\n  Nodule\n  Mass\nNormal\nOther"))
    {
        Project project = Project::create(name, Taxonomy::fromIndentedText(labels));
        project.classificationMode = ClassificationMode::SingleLabel;
        return project;
    }

    // Creates the project in `folder` with `items` (ids "i00", "i01", ...) and `readers`.
    static bool createProject(const QString &folder, const Project &project,
                              const QStringList &readers, int items)
    {
        auto created = Workspace::create(folder, project);
        if (!created)
            return false;
        Workspace &workspace = **created;
        for (const QString &reader : readers) {
            if (workspace.addAnnotator({reader, reader.toUpper(), Role::Annotator}))
                return false;
        }
        std::vector<Item> list;
        for (int i = 0; i < items; ++i)
            list.push_back(
                Item{itemId(i), QStringLiteral("%1.png").arg(i, 2, 10, QLatin1Char('0'))});
        return bool(workspace.addItems(list));
    }

    static QString itemId(int index)
    {
        return QStringLiteral("i%1").arg(index, 2, 10, QLatin1Char('0'));
    }

    // One session of `reader` in the project in `folder`, as the window commits it.
    static bool read(const QString &folder, const QString &reader,
                     const std::vector<Reading> &readings)
    {
        auto opened = Workspace::open(folder);
        if (!opened)
            return false;
        Workspace &workspace = **opened;
        if (workspace.startSession(reader))
            return false;
        for (const Reading &reading : readings) {
            if (!reading.labelIds.empty() &&
                workspace.commit(
                    edits::setClassLabels(reading.itemId, {}, reading.labelIds).forward))
                return false;
            const ItemStatus before =
                reading.status == ItemStatus::Skipped ? ItemStatus::New : ItemStatus::InProgress;
            if (workspace.commit(
                    edits::setItemStatus(reading.itemId, before, reading.status).forward))
                return false;
        }
        return !workspace.endSession();
    }

    static std::string str(const Json &object, const char *key)
    {
        const auto found = object.find(key);
        return found != object.end() && found->is_string() ? found->get<std::string>()
                                                           : std::string("<missing>");
    }

    // A lead, "lea", beside the readers createProject added.
    static bool addLead(const QString &folder)
    {
        auto opened = Workspace::open(folder);
        return opened &&
               !(*opened)->addAnnotator({QStringLiteral("lea"), QStringLiteral("Lea"), Role::Lead});
    }

    static Project reopened(const QString &folder)
    {
        auto opened = Workspace::open(folder);
        return opened ? (*opened)->project() : Project{};
    }

    static const Json *labelNamed(const Json &listing, const char *name)
    {
        for (const Json &label : listing.at("labels")) {
            if (label.value("name", std::string()) == name)
                return &label;
        }
        return nullptr;
    }

private Q_SLOTS:
    // 40 items read by three readers. Truth cycles Nodule, Mass, Normal, Other. On every second
    // pair of Nodule/Mass items (i00, i01, i08, i09, ... : 10 items, 5 each way) one reader (in
    // turn ann, ben, cat) gives the other of the two; on i02 (Normal) cat gives Other once.
    // Everything else is agreed.
    void swappedPairFirstInJson()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Project project = singleLabelProject(QStringLiteral("Swapped"));
        const int nodule = labelId(project, "Nodule");
        const int mass = labelId(project, "Mass");
        const int normal = labelId(project, "Normal");
        const int other = labelId(project, "Other");
        QVERIFY(nodule > 0 && mass > 0 && normal > 0 && other > 0);
        const QStringList readers{QStringLiteral("ann"), QStringLiteral("ben"),
                                  QStringLiteral("cat")};
        const int itemCount = 40;
        QVERIFY(createProject(dir.path(), project, readers, itemCount));

        std::map<QString, std::vector<Reading>> readings;
        int swappedItems = 0;
        QString firstSwapper;
        const std::vector<int> truths{nodule, mass, normal, other};
        for (int i = 0; i < itemCount; ++i) {
            const int truth = truths[size_t(i % 4)];
            const bool swapped = i % 4 <= 1 && (i / 4) % 2 == 0;
            const QString swapper = readers[swappedItems % 3];
            for (const QString &reader : readers) {
                int given = truth;
                if (swapped && reader == swapper)
                    given = truth == nodule ? mass : nodule;
                if (i == 2 && reader == QLatin1String("cat"))
                    given = other;
                readings[reader].push_back({itemId(i), {given}});
            }
            if (swapped) {
                if (swappedItems == 0)
                    firstSwapper = swapper;
                ++swappedItems;
            }
        }
        QCOMPARE(swappedItems, 10);
        QCOMPARE(firstSwapper, QStringLiteral("ann"));
        for (const QString &reader : readers)
            QVERIFY2(read(dir.path(), reader, readings[reader]), qPrintable(reader));

        const auto run = runCli({QStringLiteral("taxonomy"), QStringLiteral("check"), dir.path(),
                                 QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const std::optional<Json> parsed = parseJson(run.out);
        QVERIFY2(parsed && parsed->is_object(), qPrintable(run.out));
        const Json &health = *parsed;
        QCOMPARE(str(health, "format"), std::string("concord-taxonomy-health"));
        QCOMPARE(health.at("readers").get<int>(), 3);
        QCOMPARE(health.at("compared_items").get<int>(), itemCount);
        QCOMPARE(health.at("needs_two_readers").get<bool>(), false);
        QCOMPARE(health.at("comparisons").at("image-labels").get<int>(), 3 * itemCount);

        // Two pairs were confused: Nodule/Mass (flagged, first) and Normal/Other (once, not).
        const Json &confusable = health.at("confusable");
        QVERIFY2(confusable.is_array(), qPrintable(run.out));
        QCOMPARE(confusable.size(), size_t(2));
        const Json &top = confusable[0];
        QCOMPARE(str(top, "a"), std::string("Finding / Nodule"));
        QCOMPARE(str(top, "b"), std::string("Finding / Mass"));
        QCOMPARE(str(top, "kind"), std::string("image-labels"));
        QCOMPARE(top.at("flagged").get<bool>(), true);
        QVERIFY2(top.at("rate").get<double>() > top.at("expected").get<double>(),
                 qPrintable(run.out));
        QVERIFY(top.at("low").get<double>() > top.at("expected").get<double>());
        QCOMPARE(top.at("items").get<int>(), swappedItems);
        // One reader of three differs on each such item: two of its three comparisons.
        QCOMPARE(top.at("confusions").get<int>(), 2 * swappedItems);
        QCOMPARE(top.at("comparisons").get<int>(), 3 * itemCount);
        QCOMPARE(top.at("rate").get<double>(), 2.0 * swappedItems / (3.0 * itemCount));
        QCOMPARE(top.at("split_items").get<int>(), swappedItems);
        // The first instance: i00, where ann gave Mass and ben (the first other reader) Nodule.
        const Json &where = top.at("where");
        QCOMPARE(where.size(), size_t(swappedItems));
        QCOMPARE(str(where[0], "item"), std::string("i00"));
        QCOMPARE(str(where[0], "file"), std::string("00.png"));
        QCOMPARE(str(where[0], "reader_a"), std::string("ben"));
        QCOMPARE(str(where[0], "reader_b"), std::string("ann"));

        const Json &rare = confusable[1];
        QCOMPARE(str(rare, "a"), std::string("Normal"));
        QCOMPARE(str(rare, "b"), std::string("Other"));
        QCOMPARE(rare.at("items").get<int>(), 1);
        QCOMPARE(rare.at("flagged").get<bool>(), false);
        QCOMPARE(health.at("split_items").get<int>(), swappedItems + 1);

        const Json &uncovered = health.at("uncovered");
        QVERIFY(uncovered.at("skipped").is_number_integer());
        QVERIFY(uncovered.at("unlabeled").is_number_integer());
        QCOMPARE(uncovered.at("skipped").get<int>(), 0);
        QCOMPARE(uncovered.at("unlabeled").get<int>(), 0);

        // No label has a definition, so at least the siblings' missing definitions are warned of.
        const Json &warnings = health.at("warnings");
        QVERIFY(warnings.is_array());
        QVERIFY2(!warnings.empty(), qPrintable(run.out));
        bool missingDefinition = false;
        for (const Json &warning : warnings) {
            QVERIFY2(warning.is_object(), qPrintable(run.out));
            for (const char *key : {"label", "kind", "message"})
                QVERIFY2(warning.contains(key) && warning.at(key).is_string(), key);
            QVERIFY(!warning.at("kind").get<std::string>().empty());
            QVERIFY(!warning.at("message").get<std::string>().empty());
            missingDefinition = missingDefinition || warning.at("kind") == "missing-definition";
        }
        QVERIFY2(missingDefinition, qPrintable(run.out));
    }

    void oneReaderSaysItNeedsTwo()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Project project = singleLabelProject(QStringLiteral("Alone"));
        const int nodule = labelId(project, "Nodule");
        const int mass = labelId(project, "Mass");
        QVERIFY(createProject(dir.path(), project, {QStringLiteral("ann")}, 4));
        QVERIFY(read(dir.path(), QStringLiteral("ann"),
                     {{itemId(0), {nodule}},
                      {itemId(1), {mass}},
                      {itemId(2), {nodule}},
                      {itemId(3), {mass}}}));

        const auto run = runCli({QStringLiteral("taxonomy"), QStringLiteral("check"), dir.path(),
                                 QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const std::optional<Json> parsed = parseJson(run.out);
        QVERIFY2(parsed && parsed->is_object(), qPrintable(run.out));
        QCOMPARE(parsed->at("needs_two_readers").get<bool>(), true);
        QCOMPARE(parsed->at("readers").get<int>(), 1);
        QCOMPARE(parsed->at("compared_items").get<int>(), 0);
        QVERIFY(parsed->at("confusable").is_array());
        QVERIFY2(parsed->at("confusable").empty(), qPrintable(run.out));

        const auto text = runCli({QStringLiteral("taxonomy"), QStringLiteral("check"), dir.path()});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains(QLatin1String("two readers")), qPrintable(text.out));
        QVERIFY2(!text.out.trimmed().startsWith(QLatin1Char('{')), qPrintable(text.out));
    }

    // Leaf labels only and no "Other" under Finding: a finding that is neither a nodule nor a
    // mass cannot be labeled. ann labels i00, skips i01 and submits i02 with no label.
    void gapAndSkippedAreReported()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Project project = singleLabelProject(QStringLiteral("Gaps"),
                                             QStringLiteral("Finding\n  Nodule\n  Mass\nNormal"));
        project.taxonomy.setLeafLabelsOnly(true);
        const int nodule = labelId(project, "Nodule");
        QVERIFY(createProject(dir.path(), project, {QStringLiteral("ann")}, 3));
        QVERIFY(read(dir.path(), QStringLiteral("ann"),
                     {{itemId(0), {nodule}},
                      {itemId(1), {}, ItemStatus::Skipped},
                      {itemId(2), {}, ItemStatus::Done}}));

        const auto run = runCli({QStringLiteral("taxonomy"), QStringLiteral("check"), dir.path(),
                                 QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const std::optional<Json> parsed = parseJson(run.out);
        QVERIFY2(parsed && parsed->is_object(), qPrintable(run.out));
        const Json &uncovered = parsed->at("uncovered");
        QCOMPARE(uncovered.at("skipped").get<int>(), 1);
        QCOMPARE(uncovered.at("unlabeled").get<int>(), 1);
        QVERIFY2(uncovered.at("skipped_items") == Json::array({"i01"}), qPrintable(run.out));
        QVERIFY2(uncovered.at("unlabeled_items") == Json::array({"i02"}), qPrintable(run.out));

        int uncoveredParents = 0;
        for (const Json &warning : parsed->at("warnings")) {
            if (str(warning, "kind") != "uncovered-parent")
                continue;
            ++uncoveredParents;
            QCOMPARE(str(warning, "label"), std::string("Finding"));
            QVERIFY2(str(warning, "message").find("Other") != std::string::npos,
                     qPrintable(run.out));
        }
        QCOMPARE(uncoveredParents, 1);

        // The text form gives the same counts.
        const auto text = runCli({QStringLiteral("taxonomy"), QStringLiteral("check"), dir.path()});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains(
                     QLatin1String("skipped items 1, items submitted without any label 1")),
                 qPrintable(text.out));
        QVERIFY2(text.out.contains(QLatin1String("uncovered-parent")), qPrintable(text.out));
    }

    void badUsage()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Project project = Project::create(QStringLiteral("Usage"),
                                          Taxonomy::fromIndentedText(QStringLiteral("A\nB")));
        QVERIFY(createProject(dir.path(), project, {QStringLiteral("ann")}, 1));

        const auto unknown =
            runCli({QStringLiteral("taxonomy"), QStringLiteral("frobnicate"), dir.path()});
        QVERIFY2(unknown.exitCode != 0 && unknown.exitCode != -1, qPrintable(unknown.err));
        QVERIFY2(unknown.err.contains(QLatin1String("check")), qPrintable(unknown.err));
        QVERIFY2(unknown.err.contains(QLatin1String("frobnicate")), qPrintable(unknown.err));
        QVERIFY2(unknown.out.trimmed().isEmpty(), qPrintable(unknown.out));

        const QString missing = QStringLiteral("/nonexistent/folder");
        QVERIFY(!QFileInfo::exists(missing));
        const auto absent = runCli({QStringLiteral("taxonomy"), QStringLiteral("check"), missing});
        QVERIFY2(absent.exitCode != 0 && absent.exitCode != -1, qPrintable(absent.err));
        QVERIFY2(absent.err.contains(missing), qPrintable(absent.err));
        QVERIFY2(absent.out.trimmed().isEmpty(), qPrintable(absent.out));
    }

    // The lead adds, renames, moves and removes labels as the taxonomy editor would: each
    // change is a new guideline version by the lead, seen by `list --json` and by the
    // workspace the window opens.
    void leadChangesTheTaxonomy()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Project created = Project::create(
            QStringLiteral("Edit"),
            Taxonomy::fromIndentedText(QStringLiteral("Finding\n  Nodule\nNormal")));
        QVERIFY(createProject(dir.path(), created, {QStringLiteral("ann")}, 1));
        QVERIFY(addLead(dir.path()));
        const int finding = labelId(created, "Finding");

        const auto add = runCli(
            {QStringLiteral("taxonomy"), QStringLiteral("add"), dir.path(),
             QStringLiteral("Effusion"), QStringLiteral("--parent"), QStringLiteral("Finding"),
             QStringLiteral("--color"), QStringLiteral("#00FF00"), QStringLiteral("--hotkey"),
             QStringLiteral("7"), QStringLiteral("--description"), QStringLiteral("Fluid"),
             QStringLiteral("--attribute"), QStringLiteral("side:nominal:left,right"),
             QStringLiteral("--as"), QStringLiteral("lea")});
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        QVERIFY2(add.out.contains(QLatin1String("guideline version 2")), qPrintable(add.out));

        const auto listed = runCli({QStringLiteral("taxonomy"), QStringLiteral("list"), dir.path(),
                                    QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const std::optional<Json> listing = parseJson(listed.out);
        QVERIFY2(listing, qPrintable(listed.out));
        const Json *effusion = labelNamed(*listing, "Effusion");
        QVERIFY2(effusion, qPrintable(listed.out));
        QCOMPARE(str(*effusion, "path"), std::string("Finding / Effusion"));
        QCOMPARE(str(*effusion, "color"), std::string("#00ff00"));
        QCOMPARE(str(*effusion, "hotkey"), std::string("7"));
        QCOMPARE(str(effusion->at("attributes").at(0), "name"), std::string("side"));
        QCOMPARE(listing->at("guideline_version").get<int>(), 2);

        // What the window sees: the label, the version that published it, and its author.
        Project project = reopened(dir.path());
        const Label *added = project.taxonomy.findByName(QStringLiteral("Effusion"));
        QVERIFY(added);
        const int effusionId = added->id;
        QCOMPARE(added->parentId, finding);
        QCOMPARE(added->description, QStringLiteral("Fluid"));
        QCOMPARE(project.currentGuidelineVersion, 2);
        QCOMPARE(project.findGuideline(2)->author, QStringLiteral("lea"));
        QVERIFY(project.findGuideline(2)->summary.contains(QLatin1String("Effusion")));
        QVERIFY(
            project.taxonomyOf(*project.findGuideline(1)).findByName(QStringLiteral("Effusion")) ==
            nullptr);
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("journal/lea"))).isDir());

        const auto rename =
            runCli({QStringLiteral("taxonomy"), QStringLiteral("rename"), dir.path(),
                    QStringLiteral("Finding/Effusion"), QStringLiteral("Pleural effusion"),
                    QStringLiteral("--as"), QStringLiteral("lea")});
        QVERIFY2(rename.exitCode == 0, qPrintable(rename.err));
        const auto move = runCli({QStringLiteral("taxonomy"), QStringLiteral("edit"), dir.path(),
                                  QString::number(effusionId), QStringLiteral("--top-level"),
                                  QStringLiteral("--before"), QStringLiteral("Finding"),
                                  QStringLiteral("--as"), QStringLiteral("lea")});
        QVERIFY2(move.exitCode == 0, qPrintable(move.err));
        project = reopened(dir.path());
        const Label *renamed = project.taxonomy.find(effusionId);
        QVERIFY(renamed);
        QCOMPARE(renamed->name, QStringLiteral("Pleural effusion"));
        QCOMPARE(renamed->parentId, 0);
        QCOMPARE(project.taxonomy.labels().front().id, effusionId);

        const auto remove =
            runCli({QStringLiteral("taxonomy"), QStringLiteral("remove"), dir.path(),
                    QStringLiteral("Normal"), QStringLiteral("--as"), QStringLiteral("lea")});
        QVERIFY2(remove.exitCode == 0, qPrintable(remove.err));
        const auto leafOnly =
            runCli({QStringLiteral("taxonomy"), QStringLiteral("leaf-only"), dir.path(),
                    QStringLiteral("on"), QStringLiteral("--as"), QStringLiteral("lea")});
        QVERIFY2(leafOnly.exitCode == 0, qPrintable(leafOnly.err));
        project = reopened(dir.path());
        QVERIFY(!project.taxonomy.findByName(QStringLiteral("Normal")));
        QVERIFY(project.taxonomy.leafLabelsOnly());
        QCOMPARE(project.currentGuidelineVersion, 6);
    }

    // A label's DICOM SEG codes (docs/dicom-exchange.md, "Codes"): set with the label, listed,
    // kept in the project; half a pair or a malformed code is refused and changes nothing.
    void leadSetsALabelsSegmentCodes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Project created = Project::create(
            QStringLiteral("Codes"), Taxonomy::fromIndentedText(QStringLiteral("Nodule\nTube")));
        QVERIFY(createProject(dir.path(), created, {QStringLiteral("ann")}, 1));
        QVERIFY(addLead(dir.path()));
        const auto edit = [&](const QStringList &options) {
            return runCli(QStringList{QStringLiteral("taxonomy"), QStringLiteral("edit"),
                                      dir.path(), QStringLiteral("Nodule"), QStringLiteral("--as"),
                                      QStringLiteral("lea")} +
                          options);
        };
        const auto set =
            edit({QStringLiteral("--segment-category"),
                  QStringLiteral("SCT:49755003:Morphologically Abnormal Structure"),
                  QStringLiteral("--segment-type"), QStringLiteral("SCT:27925004:Nodule")});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        const Project withCodes = reopened(dir.path());
        const Label *nodule = withCodes.taxonomy.findByName(QStringLiteral("Nodule"));
        QVERIFY(nodule);
        QCOMPARE(nodule->segmentType.value, QStringLiteral("27925004"));
        QCOMPARE(nodule->segmentType.scheme, QStringLiteral("SCT"));
        QCOMPARE(nodule->segmentCategory.meaning,
                 QStringLiteral("Morphologically Abnormal Structure"));

        const auto listed = runCli({QStringLiteral("taxonomy"), QStringLiteral("list"), dir.path(),
                                    QStringLiteral("--json")});
        const std::optional<Json> listing = parseJson(listed.out);
        QVERIFY2(listing, qPrintable(listed.out));
        const Json *listedNodule = labelNamed(*listing, "Nodule");
        QVERIFY(listedNodule);
        QCOMPARE(str(listedNodule->at("dicom_segment").at("type"), "meaning"),
                 std::string("Nodule"));
        QVERIFY(labelNamed(*listing, "Tube")->at("dicom_segment").is_null());
        // The text listing shows each code as --segment-category and --segment-type take it.
        const auto text = runCli({QStringLiteral("taxonomy"), QStringLiteral("list"), dir.path()});
        QVERIFY2(text.out.contains(QStringLiteral(
                     "DICOM SEG: category SCT:49755003:Morphologically Abnormal Structure, "
                     "type SCT:27925004:Nodule\n")),
                 qPrintable(text.out));

        const int version = reopened(dir.path()).currentGuidelineVersion;
        // Only a type, on a label without a category: half a pair.
        const auto half = runCli({QStringLiteral("taxonomy"), QStringLiteral("edit"), dir.path(),
                                  QStringLiteral("Tube"), QStringLiteral("--segment-type"),
                                  QStringLiteral("SCT:52988006:Lesion"), QStringLiteral("--as"),
                                  QStringLiteral("lea")});
        QVERIFY(half.exitCode != 0);
        QVERIFY2(half.err.contains(QLatin1String("both a category and a type")),
                 qPrintable(half.err));
        const auto malformed = edit({QStringLiteral("--segment-type"), QStringLiteral("27925004")});
        QVERIFY(malformed.exitCode != 0);
        QVERIFY2(malformed.err.contains(QLatin1String("SCHEME:VALUE:MEANING")),
                 qPrintable(malformed.err));
        QCOMPARE(reopened(dir.path()).currentGuidelineVersion, version);

        const auto dropped = edit({QStringLiteral("--no-segment-codes")});
        QVERIFY2(dropped.exitCode == 0, qPrintable(dropped.err));
        const Project withoutCodes = reopened(dir.path());
        QVERIFY(
            withoutCodes.taxonomy.findByName(QStringLiteral("Nodule"))->segmentCategory.isEmpty());
    }

    // Changing the taxonomy is the lead's: an annotator is refused by core with a message
    // saying so, and nothing changes. Usage mistakes exit 2, bad input 1 naming the file.
    void onlyALeadChangesTheTaxonomy()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Project created = Project::create(QStringLiteral("Refuse"),
                                                Taxonomy::fromIndentedText(QStringLiteral("A\nB")));
        QVERIFY(createProject(dir.path(), created, {QStringLiteral("ann")}, 1));
        QVERIFY(addLead(dir.path()));
        const QString projectFile = dir.filePath(QStringLiteral("project.json"));

        const auto byAnnotator =
            runCli({QStringLiteral("taxonomy"), QStringLiteral("add"), dir.path(),
                    QStringLiteral("C"), QStringLiteral("--as"), QStringLiteral("ann")});
        QVERIFY2(refusedWith(byAnnotator, 1, QLatin1String("may not")),
                 qPrintable(describe(byAnnotator)));
        QVERIFY2(byAnnotator.err.contains(QLatin1String("Annotator")), qPrintable(byAnnotator.err));
        QCOMPARE(reopened(dir.path()).taxonomy, created.taxonomy);
        QCOMPARE(reopened(dir.path()).currentGuidelineVersion, 1);

        const auto noActor = runCli(
            {QStringLiteral("taxonomy"), QStringLiteral("add"), dir.path(), QStringLiteral("C")});
        QVERIFY2(refusedWith(noActor, 2, QLatin1String("--as")), qPrintable(describe(noActor)));
        const auto tooMany = runCli({QStringLiteral("taxonomy"), QStringLiteral("list"), dir.path(),
                                     QStringLiteral("extra")});
        QCOMPARE(tooMany.exitCode, 2);

        const auto badParent =
            runCli({QStringLiteral("taxonomy"), QStringLiteral("add"), dir.path(),
                    QStringLiteral("C"), QStringLiteral("--parent"), QStringLiteral("Nowhere"),
                    QStringLiteral("--as"), QStringLiteral("lea")});
        QVERIFY2(refusedWith(badParent, 1, projectFile), qPrintable(describe(badParent)));
        QVERIFY2(badParent.err.contains(QLatin1String("Nowhere")), qPrintable(badParent.err));
        const auto badColour =
            runCli({QStringLiteral("taxonomy"), QStringLiteral("add"), dir.path(),
                    QStringLiteral("C"), QStringLiteral("--color"), QStringLiteral("red"),
                    QStringLiteral("--as"), QStringLiteral("lea")});
        QVERIFY2(refusedWith(badColour, 1, QLatin1String("red")), qPrintable(describe(badColour)));
        QCOMPARE(reopened(dir.path()).currentGuidelineVersion, 1);
    }

    // A second label of one name under one parent is refused, by add and by rename (it was
    // published with only a warning, and then no command could name either label by path).
    // The same name under another parent is fine.
    void aTakenSiblingNameIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Project created = Project::create(
            QStringLiteral("Names"), Taxonomy::fromIndentedText(QStringLiteral("A\n  Other\nB")));
        QVERIFY(createProject(dir.path(), created, {QStringLiteral("ann")}, 1));
        QVERIFY(addLead(dir.path()));
        const QString lead = QStringLiteral("lea");

        const auto sameName = runCli({QStringLiteral("taxonomy"), QStringLiteral("add"), dir.path(),
                                      QStringLiteral("a"), QStringLiteral("--as"), lead});
        QVERIFY2(refusedWith(sameName, 1, QLatin1String("\"A\" already exists")),
                 qPrintable(describe(sameName)));
        const auto renamed =
            runCli({QStringLiteral("taxonomy"), QStringLiteral("rename"), dir.path(),
                    QStringLiteral("B"), QStringLiteral("A"), QStringLiteral("--as"), lead});
        QVERIFY2(refusedWith(renamed, 1, QLatin1String("already exists")),
                 qPrintable(describe(renamed)));
        QCOMPARE(reopened(dir.path()).taxonomy, created.taxonomy);
        QCOMPARE(reopened(dir.path()).currentGuidelineVersion, 1);

        const auto elsewhere = runCli(
            {QStringLiteral("taxonomy"), QStringLiteral("add"), dir.path(), QStringLiteral("Other"),
             QStringLiteral("--parent"), QStringLiteral("B"), QStringLiteral("--as"), lead});
        QVERIFY2(elsewhere.exitCode == 0, qPrintable(describe(elsewhere)));
        QCOMPARE(reopened(dir.path()).currentGuidelineVersion, 2);
        // Renaming a label to its own name in another case is not a clash with itself.
        const auto recased =
            runCli({QStringLiteral("taxonomy"), QStringLiteral("rename"), dir.path(),
                    QStringLiteral("B"), QStringLiteral("b"), QStringLiteral("--as"), lead});
        QVERIFY2(recased.exitCode == 0, qPrintable(describe(recased)));
    }
};

QTEST_GUILESS_MAIN(TestTaxonomyCommand)
#include "tst_taxonomycommand.moc"
