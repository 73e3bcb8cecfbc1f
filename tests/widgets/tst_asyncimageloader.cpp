// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/canvas/asyncimageloader.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

using namespace concord;
using namespace Qt::StringLiterals;

// The image cache behind item stepping (widgets/canvas/asyncimageloader.h): bounded by count
// and by bytes, oldest first, and the newest image always kept.
class TestAsyncImageLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A 1000 x 1000 8-bit PNG: 1 MB of pixels plus a 500 x 500 pyramid level.
    QString writeImage(const QString &name, int grey)
    {
        const QString path = m_dir.filePath(name);
        const cv::Mat1b pixels(1000, 1000, uchar(grey));
        if (!cv::imwrite(path.toStdString(), pixels))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static void load(AsyncImageLoader &loader, const QString &key, const QString &path)
    {
        QSignalSpy loaded(&loader, &AsyncImageLoader::loaded);
        loader.request(key, path);
        QVERIFY(loaded.count() == 1 || loaded.wait(10000));
        QCOMPARE(loaded.first().at(0).toString(), key);
    }

    static constexpr size_t OneImageBytes = 1000 * 1000 + 500 * 500;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void anImageIsMeasuredByItsPixelsAndPyramid()
    {
        AsyncImageLoader loader;
        load(loader, u"a"_s, writeImage(u"a.png"_s, 10));
        QCOMPARE(loader.cachedBytes(), OneImageBytes);
    }

    void theOldestImagesGoWhenTheBudgetIsExceeded()
    {
        AsyncImageLoader loader;
        loader.setCacheBudget(2 * OneImageBytes + OneImageBytes / 2);
        load(loader, u"a"_s, writeImage(u"a.png"_s, 10));
        load(loader, u"b"_s, writeImage(u"b.png"_s, 20));
        load(loader, u"c"_s, writeImage(u"c.png"_s, 30));
        QVERIFY(!loader.isCached(u"a"_s));
        QVERIFY(loader.isCached(u"b"_s));
        QVERIFY(loader.isCached(u"c"_s));
        QVERIFY(loader.cachedBytes() <= 2 * OneImageBytes + OneImageBytes / 2);

        // Asking for b again makes it the newest, so d pushes out c, not b.
        QSignalSpy atOnce(&loader, &AsyncImageLoader::loaded);
        loader.request(u"b"_s, m_dir.filePath(u"b.png"_s));
        QCOMPARE(atOnce.count(), 1); // a cache hit answers before returning
        load(loader, u"d"_s, writeImage(u"d.png"_s, 40));
        QVERIFY(loader.isCached(u"b"_s));
        QVERIFY(!loader.isCached(u"c"_s));
        QVERIFY(loader.isCached(u"d"_s));
    }

    void theNewestImageStaysWhateverItsSize()
    {
        AsyncImageLoader loader;
        loader.setCacheBudget(OneImageBytes / 4);
        load(loader, u"a"_s, writeImage(u"a.png"_s, 10));
        load(loader, u"b"_s, writeImage(u"b.png"_s, 20));
        QVERIFY(!loader.isCached(u"a"_s));
        QVERIFY(loader.isCached(u"b"_s));
    }

    void atMostFourImagesAreKeptWithinTheBudget()
    {
        AsyncImageLoader loader;
        for (int index = 0; index < 6; ++index)
            load(loader, QString::number(index), writeImage(u"n%1.png"_s.arg(index), 10 * index));
        QCOMPARE(loader.cachedBytes(), 4 * OneImageBytes);
        QVERIFY(!loader.isCached(u"1"_s));
        QVERIFY(loader.isCached(u"2"_s));
    }
};

QTEST_GUILESS_MAIN(TestAsyncImageLoader)
#include "tst_asyncimageloader.moc"
