// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/labelmapexporter.h"
#include "core/model/taxonomy.h"

#include <QTest>

using namespace concord;

// PNG label maps: pixel = label id of the instance on top, 0 for background; the newest
// instance wins where instances overlap; 16-bit when a label id exceeds 255.
class TestLabelMap : public QObject
{
    Q_OBJECT

private:
    static MaskAnnotation square(int label, cv::Rect rect, qint64 created)
    {
        MaskAnnotation mask{quint64(created), label, {rect, cv::Mat1b(rect.size(), uchar(1))}, {}};
        mask.provenance.createdMs = created;
        return mask;
    }

private Q_SLOTS:
    void newestInstanceWinsWhereInstancesOverlap()
    {
        const Taxonomy taxonomy =
            Taxonomy::fromIndentedText(QStringLiteral("Nodule\nEffusion\nMass"));
        const int nodule = taxonomy.findByName(QStringLiteral("Nodule"))->id;
        const int effusion = taxonomy.findByName(QStringLiteral("Effusion"))->id;
        const int mass = taxonomy.findByName(QStringLiteral("Mass"))->id;
        ItemWork work;
        work.masks.push_back(square(effusion, {10, 10, 10, 10}, 300)); // newest
        work.masks.push_back(square(nodule, {5, 5, 10, 10}, 100));
        PolygonAnnotation polygon{9, mass, {{0, 0}, {8, 0}, {8, 8}, {0, 8}}, {}};
        polygon.provenance.createdMs = 200;
        work.polygons.push_back(polygon);

        const cv::Mat map = labelMapOf(work, {30, 30}, taxonomy);
        QCOMPARE(map.type(), CV_8U);
        QCOMPARE(int(map.at<uchar>(0, 0)), mass);       // polygon alone
        QCOMPARE(int(map.at<uchar>(6, 6)), mass);       // polygon (200) over nodule (100)
        QCOMPARE(int(map.at<uchar>(9, 9)), nodule);     // nodule alone
        QCOMPARE(int(map.at<uchar>(12, 12)), effusion); // effusion (300) over nodule
        QCOMPARE(int(map.at<uchar>(25, 25)), 0);        // background
        QCOMPARE(cv::countNonZero(map == effusion), 100);
    }

    void labelIdsAbove255Give16BitMaps()
    {
        Taxonomy taxonomy = Taxonomy::fromIndentedText(QStringLiteral("Nodule"));
        taxonomy.setNextId(300);
        Label rare = taxonomy.labels().front();
        rare.name = QStringLiteral("Rare");
        const int rareId = taxonomy.add(rare);
        QVERIFY(rareId >= 300);
        ItemWork work;
        work.masks.push_back(square(rareId, {1, 1, 2, 2}, 1));
        const cv::Mat map = labelMapOf(work, {4, 4}, taxonomy);
        QCOMPARE(map.type(), CV_16U);
        QCOMPARE(int(map.at<quint16>(1, 1)), rareId);
    }
};

QTEST_GUILESS_MAIN(TestLabelMap)
#include "tst_labelmap.moc"
