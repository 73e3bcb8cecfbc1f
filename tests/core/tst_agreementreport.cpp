// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/splitmix64.h"
#include "core/model/maskannotation.h"
#include "core/project/workspace.h"
#include "core/reports/agreementreport.h"
#include "core/reports/agreementreportcsv.h"
#include "core/reports/agreementreporthtml.h"
#include "tests/core/projectfixtures.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <tuple>

using namespace concord;

// The agreement report as data (its JSON layout), its CSV and HTML views, and its behaviour on
// degenerate projects: always defined, never NaN.
class TestAgreementReport : public QObject
{
    Q_OBJECT

private:
    static Project project(ClassificationMode mode,
                           const char *labels = "Finding\n  Nodule\n  Effusion\nNormal\n")
    {
        Project p = Project::create(QStringLiteral("QA"),
                                    Taxonomy::fromIndentedText(QLatin1String(labels)));
        p.classificationMode = mode;
        p.annotators = {{QStringLiteral("gold"), QStringLiteral("Dr Gold"), Role::Lead},
                        {QStringLiteral("r1"), QStringLiteral("Reader 1"), Role::Annotator},
                        {QStringLiteral("r2"), QStringLiteral("Reader 2"), Role::Annotator}};
        return p;
    }

    static ItemList items(int count)
    {
        return testing::itemListOf(testing::numberedItems(count, 0));
    }

    // Two labels rated by two readers on item i0: r1 saw a nodule and an effusion, r2 the nodule.
    static AnnotationStore noduleAndEffusionOnI0(const Project &p)
    {
        const int nodule = p.taxonomy.findByName(QStringLiteral("Nodule"))->id;
        const int effusion = p.taxonomy.findByName(QStringLiteral("Effusion"))->id;
        AnnotationStore store;
        label(store, QStringLiteral("r1"), QStringLiteral("i0"), {nodule, effusion});
        label(store, QStringLiteral("r2"), QStringLiteral("i0"), {nodule});
        return store;
    }

    // Applies a labels.set event as the journal replay would, with a chosen time and version.
    static void label(AnnotationStore &store, const QString &annotator, const QString &item,
                      std::vector<int> labels, int version = 1, qint64 timeMs = 1763000000000)
    {
        JournalEvent e;
        e.annotatorId = annotator;
        e.sessionId = annotator + QStringLiteral("-s");
        e.itemId = item;
        e.guidelineVersion = version;
        e.timeMs = timeMs;
        e.op = ops::LabelsSet;
        e.data = Json{{"labels", labels}};
        QVERIFY(store.apply(e).isEmpty());
    }

    // Every number in the document is finite (nlohmann would print NaN as null, so check values).
    static bool allFinite(const Json &j)
    {
        if (j.is_number_float())
            return std::isfinite(j.get<double>());
        if (j.is_structured()) {
            for (const Json &child : j)
                if (!allFinite(child))
                    return false;
        }
        return true;
    }

    static void checkNoNan(const Json &report)
    {
        QVERIFY(allFinite(report));
        const QString html = QString::fromUtf8(agreementReportHtml(report));
        const QString csv = QString::fromUtf8(agreementReportCsv(report));
        const QRegularExpression bad(QStringLiteral("\\b(nan|inf|infinity)\\b"),
                                     QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(!bad.match(html).hasMatch(), qPrintable(bad.match(html).captured()));
        QVERIFY(!bad.match(csv).hasMatch());
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("<svg")));
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(!html.contains(QStringLiteral("http://")) ||
                html.count(QStringLiteral("http://")) ==
                    html.count(QStringLiteral("xmlns=\"http://www.w3.org/2000/svg\"")));
    }

    static AgreementReportOptions fixedOptions()
    {
        AgreementReportOptions o;
        o.generatedAt = QDateTime(QDate(2026, 11, 22), QTime(8, 0), QTimeZone::utc());
        o.bootstrap.resamples = 200;
        return o;
    }

    // A calibration study: a lead (the gold reader) and five readers label 60 chest X-rays,
    // 20 under each of three guideline versions, over four weeks. Readers improve with each
    // version; "eli" stays weak. Nodule and consolidation are the usual confusion. Fixed seed.
    static void calibrationStudy(Project *project, ItemList *items, AnnotationStore *store)
    {
        Project &p = *project;
        p = Project::create(QStringLiteral("Chest X-ray calibration, site A"),
                            Taxonomy::fromIndentedText(QStringLiteral(
                                "Finding\n  Opacity\n    Nodule\n    Consolidation\n  Effusion\n"
                                "  Pneumothorax\nNormal\n")));
        p.classificationMode = ClassificationMode::SingleLabel;
        const QString readers[] = {QStringLiteral("lead"), QStringLiteral("anna"),
                                   QStringLiteral("ben"),  QStringLiteral("chen"),
                                   QStringLiteral("dara"), QStringLiteral("eli")};
        const char *names[] = {"Dr. M. Lead", "Anna K.", "Ben O.", "Chen L.", "Dara S.", "Eli R."};
        p.annotators.clear();
        for (int r = 0; r < 6; ++r)
            p.annotators.push_back(
                {readers[r], QLatin1String(names[r]), r == 0 ? Role::Lead : Role::Annotator});
        for (int version : {2, 3}) {
            GuidelineVersion g;
            g.version = version;
            p.guidelines.push_back(g);
        }
        p.currentGuidelineVersion = 3;
        std::vector<int> classes;
        for (const char *name : {"Nodule", "Consolidation", "Effusion", "Pneumothorax", "Normal"})
            classes.push_back(p.taxonomy.findByName(QLatin1String(name))->id);
        const double prior[] = {0.2, 0.2, 0.2, 0.1, 0.3};
        const double skill[3][5] = {{0.97, 0.80, 0.72, 0.66, 0.60},
                                    {0.97, 0.86, 0.80, 0.74, 0.62},
                                    {0.98, 0.92, 0.88, 0.84, 0.64}};
        SplitMix64 random(2026);
        auto uniform = [&] { return double(random.next() >> 11) * 0x1.0p-53; };
        const qint64 week = 7LL * 24 * 3600 * 1000;
        const qint64 start =
            QDateTime(QDate(2026, 10, 19), QTime(9, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        for (int i = 0; i < 60; ++i) {
            const QString id = QStringLiteral("CXR-%1").arg(i + 1, 4, 10, QLatin1Char('0'));
            items->add(Item{id, id + QStringLiteral(".dcm")});
            double u = uniform();
            int truth = 4;
            for (int k = 0; k < 5; ++k) {
                if (u < prior[k]) {
                    truth = k;
                    break;
                }
                u -= prior[k];
            }
            const int phase = i / 20;
            const qint64 when =
                start + phase * week + (i % 20) * 3600 * 1000 + (phase == 2 && i % 2 ? week : 0);
            for (int r = 0; r < 6; ++r) {
                if (r > 0 && uniform() < 0.1)
                    continue; // readers skip a few items: missing cells
                int said = truth;
                if (uniform() > (r == 0 ? 0.97 : skill[phase][r - 1])) {
                    if (truth == 0)
                        said = 1;
                    else if (truth == 1)
                        said = uniform() < 0.7 ? 0 : 4;
                    else
                        said = int(uniform() * 5) % 5;
                }
                label(*store, readers[r], id, {classes[size_t(said)]}, phase + 1, when);
            }
        }
    }

private Q_SLOTS:
    // The synthetic calibration study reads as it was made. With CONCORD_REPORT_OUT set, the
    // HTML goes to that file (resources/screenshots/agreement-report.png was taken from it).
    void calibrationStudyReport()
    {
        Project p;
        ItemList list;
        AnnotationStore store;
        calibrationStudy(&p, &list, &store);
        AgreementReportOptions options = fixedOptions();
        options.generatedAt = QDateTime(QDate(2026, 11, 22), QTime(8, 30), QTimeZone::utc());
        options.bootstrap.resamples = 1000;
        options.goldAnnotatorId = QStringLiteral("lead");
        const Json report = buildAgreementReport(p, list, store, options);
        const Json &overall = report.at("overall");
        QCOMPARE(overall.at("coders").get<int>(), 5);
        // Against gold, the readers come out in the order of their skill.
        const Json &gold = overall.at("gold").at("readers");
        for (size_t r = 1; r < gold.size(); ++r)
            QVERIFY(gold[r - 1].at("accuracy").get<double>() >
                    gold[r].at("accuracy").get<double>());
        // Without gold, Dawid-Skene also puts the weak reader last.
        const Json &ds = overall.at("dawid_skene").at("readers");
        QCOMPARE(ds.back().at("coder").get<std::string>(), std::string("eli"));
        // Agreement rises from guideline version 1 to 2.
        const Json &versions = report.at("trend").at("by_guideline");
        QCOMPARE(versions.size(), size_t(3));
        QVERIFY(versions[1].at("alpha").get<double>() > versions[0].at("alpha").get<double>());
        QCOMPARE(report.at("trend").at("by_week").size(), size_t(4));
        checkNoNan(report);
        const QByteArray out = qgetenv("CONCORD_REPORT_OUT");
        if (!out.isEmpty()) {
            QFile file(QString::fromLocal8Bit(out));
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(agreementReportHtml(report));
        }
    }

    void singleLabelReportStructure()
    {
        const Project p = project(ClassificationMode::SingleLabel);
        const int nodule = p.taxonomy.findByName(QStringLiteral("Nodule"))->id;
        const int effusion = p.taxonomy.findByName(QStringLiteral("Effusion"))->id;
        const int normal = p.taxonomy.findByName(QStringLiteral("Normal"))->id;
        const ItemList list = items(8);
        AnnotationStore store;
        const int gold[] = {nodule, nodule, effusion, effusion, normal, normal, normal, nodule};
        const int r1[] = {nodule, nodule, effusion, normal, normal, normal, normal, nodule};
        const int r2[] = {nodule, effusion, effusion, effusion, normal, nodule, normal, nodule};
        // Version 1 in one week, version 2 a week later.
        for (int i = 0; i < 8; ++i) {
            const int version = i < 4 ? 1 : 2;
            const qint64 time = 1763000000000 + (i < 4 ? 0 : 7LL * 24 * 3600 * 1000);
            label(store, QStringLiteral("gold"), list.at(i).id, {gold[i]}, version, time);
            label(store, QStringLiteral("r1"), list.at(i).id, {r1[i]}, version, time);
            label(store, QStringLiteral("r2"), list.at(i).id, {r2[i]}, version, time);
        }
        AgreementReportOptions options = fixedOptions();
        options.goldAnnotatorId = QStringLiteral("gold");
        const Json report = buildAgreementReport(p, list, store, options);

        QCOMPARE(report.at("format").get<std::string>(), std::string("concord-agreement-report"));
        QCOMPARE(report.at("generated").get<std::string>(), std::string("2026-11-22T08:00:00Z"));
        QCOMPARE(report.at("project").at("mode").get<std::string>(), std::string("single_label"));
        QCOMPARE(report.at("coders").size(), size_t(3));
        QVERIFY(report.at("coders")[0].at("gold").get<bool>());
        QCOMPARE(report.at("rated_items").get<int>(), 8);
        QVERIFY(report.at("labels").empty());

        const Json &overall = report.at("overall");
        QCOMPARE(overall.at("kind").get<std::string>(), std::string("categorical"));
        QCOMPARE(overall.at("coders").get<int>(), 2); // gold is not a reader
        const Json &coefficients = overall.at("coefficients");
        QCOMPARE(coefficients.size(), size_t(4));
        const char *metrics[] = {"percent", "fleiss", "alpha", "ac1"};
        for (size_t i = 0; i < 4; ++i) {
            QCOMPARE(coefficients[i].at("metric").get<std::string>(), std::string(metrics[i]));
            QVERIFY(coefficients[i].at("value").is_number());
            QVERIFY(coefficients[i].at("ci").is_object());
            QVERIFY(coefficients[i].at("warnings").is_array());
        }
        // r1 and r2 agree on i0, i2, i4, i6, i7: 5 of 8.
        QCOMPARE(coefficients[0].at("value").get<double>(), 5.0 / 8.0);
        QVERIFY(coefficients[1].at("landis_koch").is_string());
        QVERIFY(coefficients[2].at("ci").at("method").get<std::string>().find("bootstrap") !=
                std::string::npos);
        QCOMPARE(overall.at("fleiss_per_category").size(), size_t(4));
        const Json &pairs = overall.at("pairwise_cohen");
        QCOMPARE(pairs.at("coders").size(), size_t(2));
        QCOMPARE(pairs.at("kappa").size(), size_t(2));
        QCOMPARE(pairs.at("units")[0][1].get<int>(), 8);

        const Json &g = overall.at("gold");
        QCOMPARE(g.at("reference").get<std::string>(), std::string("gold"));
        QCOMPARE(g.at("readers").size(), size_t(2));
        QCOMPARE(g.at("readers")[0].at("correct").get<int>(), 7); // r1 misses i3
        QCOMPARE(g.at("readers")[1].at("correct").get<int>(), 6); // r2 misses i1, i5
        QCOMPARE(g.at("readers")[0].at("confusion").size(), size_t(4));

        const Json &ds = overall.at("dawid_skene");
        QCOMPARE(ds.at("readers").size(), size_t(2));
        QVERIFY(ds.at("iterations").get<int>() >= 1);
        QVERIFY(ds.at("converged").is_boolean());

        const Json &trend = report.at("trend");
        QCOMPARE(trend.at("by_guideline").size(), size_t(2));
        QCOMPARE(trend.at("by_guideline")[0].at("version").get<int>(), 1);
        QCOMPARE(trend.at("by_guideline")[0].at("units").get<int>(), 4);
        QCOMPARE(trend.at("by_week").size(), size_t(2));
        QVERIFY(trend.at("by_week")[0].at("week").get<std::string>().find("-W") !=
                std::string::npos);

        checkNoNan(report);
        const QString html = QString::fromUtf8(agreementReportHtml(report));
        QVERIFY(html.count(QStringLiteral("<svg")) >= 4); // heatmap, bars, two trend lines
        QVERIFY(html.contains(QStringLiteral("<path d=\"M")));
        QVERIFY(html.contains(QStringLiteral("Agreement with gold")));
        QVERIFY(html.contains(QStringLiteral("Dawid-Skene")));
        const QByteArray csv = agreementReportCsv(report);
        QVERIFY(csv.startsWith("scope,table,category,coder_a,coder_b,metric,value"));
        QVERIFY(csv.contains("\noverall,All labels,,,,alpha,"));
        QVERIFY(csv.contains(",r1,r2,cohen,"));
        QVERIFY(csv.contains("\nguideline,,2,"));
    }

    // Mask distances name their unit on every row: mm (with the spacing and its source) on an
    // item that records pixel spacing, px on one that does not; the pair means are kept apart.
    void maskDistancesNameTheirUnitInEveryView()
    {
        const Project p = project(ClassificationMode::SingleLabel);
        const int nodule = p.taxonomy.findByName(QStringLiteral("Nodule"))->id;
        ItemList list;
        Item dicom{QStringLiteral("dx"), QStringLiteral("dx.dcm")};
        dicom.pixelSpacing = PixelSpacing{0.5, 0.25, QStringLiteral("ImagerPixelSpacing")};
        list.add(dicom);
        list.add(Item{QStringLiteral("png"), QStringLiteral("a.png")});
        AnnotationStore store;
        // On both items: single pixels 3 columns and 4 rows apart. HD95 = 5 px on the raster
        // and sqrt((3 × 0.25)² + (4 × 0.5)²) = sqrt(4.5625) mm on the DICOM item.
        auto pixel = [](int x, int y) {
            return BinaryMask{cv::Rect(x, y, 1, 1), cv::Mat1b(1, 1, uchar(1))};
        };
        for (const auto &[reader, x, y] : {std::tuple{"r1", 0, 0}, std::tuple{"r2", 3, 4}}) {
            for (const QString item : {QStringLiteral("dx"), QStringLiteral("png")}) {
                ItemWork work;
                work.explicitStatus = ItemStatus::Done;
                work.masks.push_back(MaskAnnotation{1, nodule, pixel(x, y), {}});
                store.workFor(QLatin1String(reader)).restoreItem(item, work);
            }
        }
        const Json report = buildAgreementReport(p, list, store, fixedOptions());
        QCOMPARE(report.at("version").get<int>(), 2);
        const Json &pair = report.at("masks").at("pairs").at(0);
        const double mm = std::sqrt(4.5625);
        QCOMPARE(pair.at("mean_hd95_mm").get<double>(), mm);
        QCOMPARE(pair.at("hd95_mm_comparisons").get<int>(), 1);
        QCOMPARE(pair.at("mean_hd95_px").get<double>(), 5.0);
        QVERIFY(pair.at("spacing_sources") == Json::array({"ImagerPixelSpacing"}));
        const Json &onDicom = pair.at("comparisons").at(0);
        QCOMPARE(onDicom.at("item").get<std::string>(), std::string("dx"));
        QCOMPARE(onDicom.at("distance_unit").get<std::string>(), std::string("mm"));
        QCOMPARE(onDicom.at("pixel_spacing").at("row_mm").get<double>(), 0.5);
        QCOMPARE(onDicom.at("pixel_spacing").at("column_mm").get<double>(), 0.25);
        QCOMPARE(onDicom.at("pixel_spacing").at("source").get<std::string>(),
                 std::string("ImagerPixelSpacing"));
        const Json &onRaster = pair.at("comparisons").at(1);
        QCOMPARE(onRaster.at("distance_unit").get<std::string>(), std::string("px"));
        QVERIFY(onRaster.at("pixel_spacing").is_null());

        const QByteArray csv = agreementReportCsv(report);
        QVERIFY(csv.startsWith("scope,table,category,coder_a,coder_b,metric,value,value_unit,"));
        const QByteArray mmText = QByteArray::number(mm, 'g', 12);
        QVERIFY2(csv.contains("\nmasks,,,r1,r2,mean_hd95," + mmText + ",mm,"), csv.constData());
        QVERIFY(csv.contains("\nmasks,,,r1,r2,mean_hd95,5,px,"));
        QVERIFY(csv.contains("\nmask,dx,Finding / Nodule,r1,r2,hd95," + mmText + ",mm,"));
        QVERIFY(csv.contains("\nmask,png,Finding / Nodule,r1,r2,hd95,5,px,"));
        QVERIFY(csv.contains("\nmask,png,Finding / Nodule,r1,r2,dice,0,,")); // no unit

        const QString html = QString::fromUtf8(agreementReportHtml(report));
        QVERIFY2(html.contains(QStringLiteral("%1 mm · 5.0 px").arg(mm, 0, 'f', 1)),
                 qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("Imager Pixel Spacing (at the detector")));
        QVERIFY(html.contains(QStringLiteral("no pixel spacing are measured in pixels (px)")));
        QVERIFY(!html.contains(QStringLiteral("HD95 (px)")));
    }

    // A window shows how far a long report has come and can stop it: progress counts every
    // part once, in order, and a stop between parts gives a null report at once.
    void progressCountsThePartsAndAStopGivesNoReport()
    {
        const Project p = project(ClassificationMode::MultiLabel);
        const ItemList list = items(4);
        const AnnotationStore store = noduleAndEffusionOnI0(p);
        AgreementReportOptions options = fixedOptions();
        options.selection.taxonomyDepth = 0; // two labels: pooled + 2 tables
        std::vector<std::pair<int, int>> seen;
        options.progress = [&](int done, int total) { seen.emplace_back(done, total); };
        const Json full = buildAgreementReport(p, list, store, options);
        QVERIFY(full.is_object());
        // Ratings, pooled, two labels, trend, boxes, masks.
        QCOMPARE(int(seen.size()), 7);
        for (size_t i = 0; i < seen.size(); ++i)
            QCOMPARE(seen[i], std::make_pair(int(i) + 1, 7));

        seen.clear();
        options.cancelled = [&] { return seen.size() >= 2; };
        const Json stopped = buildAgreementReport(p, list, store, options);
        QVERIFY(stopped.is_null());
        QCOMPARE(int(seen.size()), 2); // nothing was computed after the stop
    }

    void multiLabelReportHasPerLabelTables()
    {
        const Project p = project(ClassificationMode::MultiLabel);
        const int effusion = p.taxonomy.findByName(QStringLiteral("Effusion"))->id;
        const ItemList list = items(4);
        AnnotationStore store = noduleAndEffusionOnI0(p);
        label(store, QStringLiteral("r1"), QStringLiteral("i1"), {effusion});
        label(store, QStringLiteral("r2"), QStringLiteral("i1"), {effusion});
        AgreementReportOptions options = fixedOptions();
        options.selection.taxonomyDepth = 0;
        const Json report = buildAgreementReport(p, list, store, options);
        QCOMPARE(report.at("overall").at("kind").get<std::string>(), std::string("pooled_binary"));
        QCOMPARE(report.at("labels").size(), size_t(2)); // Finding, Normal at depth 0
        QCOMPARE(report.at("labels")[0].at("kind").get<std::string>(), std::string("binary"));
        QCOMPARE(report.at("overall").at("fleiss_per_category").size(), size_t(2));
        QCOMPARE(report.at("selection").at("taxonomy_level").get<int>(), 0);
        checkNoNan(report);
    }

    void degenerateInputsGiveDefinedReports_data()
    {
        QTest::addColumn<int>("annotators");
        QTest::addColumn<bool>("withLabels");
        QTest::newRow("no annotators") << 0 << true;
        QTest::newRow("one annotator") << 1 << true;
        QTest::newRow("no labels in the taxonomy") << 2 << false;
    }

    void degenerateInputsGiveDefinedReports()
    {
        QFETCH(int, annotators);
        QFETCH(bool, withLabels);
        for (ClassificationMode mode :
             {ClassificationMode::SingleLabel, ClassificationMode::MultiLabel}) {
            const Project p = withLabels ? project(mode) : project(mode, "");
            const ItemList list = items(3);
            AnnotationStore store;
            const QString ids[] = {QStringLiteral("r1"), QStringLiteral("r2")};
            for (int a = 0; a < annotators; ++a) {
                const std::vector<int> labels =
                    withLabels ? std::vector<int>{1} : std::vector<int>{};
                for (int i = 0; i < 3; ++i)
                    label(store, ids[a], list.at(i).id, labels);
            }
            AgreementReportOptions options = fixedOptions();
            options.goldAnnotatorId = QStringLiteral("nobody");
            const Json report = buildAgreementReport(p, list, store, options);
            QVERIFY(!report.at("warnings").empty());
            if (annotators < 2)
                QVERIFY(report.at("overall").at("dawid_skene").is_null());
            QVERIFY(report.at("overall").at("coefficients").size() == 4);
            for (const Json &c : report.at("overall").at("coefficients"))
                QVERIFY(c.at("value").is_null() || c.at("value").is_number());
            checkNoNan(report);
        }
        // No items at all.
        const Json empty = buildAgreementReport(project(ClassificationMode::SingleLabel),
                                                ItemList(), AnnotationStore(), fixedOptions());
        checkNoNan(empty);
    }
};

QTEST_GUILESS_MAIN(TestAgreementReport)
#include "tst_agreementreport.moc"
