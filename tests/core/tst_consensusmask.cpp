// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geometry/consensusmask.h"

#include <QTest>

#include <random>

using namespace concord;

namespace {

const cv::Size ImageSize(100, 80);

cv::Mat1b truthImage()
{
    // A 40x30 rectangle plus a 10x10 bump: not symmetric, not at the origin.
    cv::Mat1b image(ImageSize, uchar(0));
    image(cv::Rect(30, 20, 40, 30)).setTo(1);
    image(cv::Rect(65, 40, 10, 10)).setTo(1);
    return image;
}

// Four good readers and one poor one. Good reader k errs only on pixels with
// (7x + 13y) mod 40 == k (2.5 % of pixels, disjoint between good readers); the poor reader
// flips 25 % of pixels at random. So at every pixel at most two of five votes are wrong and
// the majority is always right.
std::vector<BinaryMask> readers(const cv::Mat1b &truth)
{
    std::vector<BinaryMask> masks;
    for (int k = 0; k < 4; ++k) {
        cv::Mat1b image = truth.clone();
        for (int y = 0; y < image.rows; ++y)
            for (int x = 0; x < image.cols; ++x)
                if ((7 * x + 13 * y) % 40 == k)
                    image(y, x) ^= 1;
        masks.push_back(maskFromImage(image));
    }
    std::mt19937 generator(3);
    cv::Mat1b poor = truth.clone();
    for (int y = 0; y < poor.rows; ++y)
        for (int x = 0; x < poor.cols; ++x)
            if (generator() % 4 == 0)
                poor(y, x) ^= 1;
    masks.push_back(maskFromImage(poor));
    return masks;
}

BinaryMask block(int x, int y, int w, int h)
{
    return BinaryMask{cv::Rect(x, y, w, h), cv::Mat1b(h, w, uchar(1))};
}

} // namespace

class TestConsensusMask : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void majorityOfThree()
    {
        // Columns 0-9, 5-14 and 8-17 on one row: 2+ votes on 5-14.
        const BinaryMask m =
            majorityVote({block(0, 0, 10, 1), block(5, 0, 10, 1), block(8, 0, 10, 1)});
        QCOMPARE(m.bounds, cv::Rect(5, 0, 10, 1));
        QCOMPARE(maskArea(m), qint64(10));
    }

    void tiesFollowTheRule()
    {
        const std::vector<BinaryMask> two{block(0, 0, 4, 4), block(2, 0, 4, 4)};
        QCOMPARE(majorityVote(two).bounds, cv::Rect(2, 0, 2, 4));
        QCOMPARE(majorityVote(two, MajorityTie::Include).bounds, cv::Rect(0, 0, 6, 4));
        QVERIFY(majorityVote({}).isEmpty());
        // A single reader is its own majority.
        QCOMPARE(maskArea(majorityVote({block(1, 1, 3, 3)})), qint64(9));
    }

    void majorityRecoversTruth()
    {
        const cv::Mat1b truth = truthImage();
        QVERIFY(samePixels(majorityVote(readers(truth)), maskFromImage(truth)));
    }

    void stapleRanksThePoorReaderLast()
    {
        const cv::Mat1b truth = truthImage();
        StapleOptions options;
        options.domain = cv::Rect(cv::Point(), ImageSize);
        const StapleResult s = staple(readers(truth), options);
        QVERIFY(s.converged);
        QVERIFY(s.iterations > 1 && s.iterations < options.maxIterations);
        QVERIFY(s.lastChange < options.tolerance);
        QVERIFY(s.warnings.isEmpty());
        QCOMPARE(s.sensitivity.size(), size_t(5));
        for (int k = 0; k < 4; ++k) {
            QVERIFY(s.sensitivity[4] < s.sensitivity[size_t(k)] - 0.1);
            QVERIFY(s.specificity[4] < s.specificity[size_t(k)] - 0.1);
            // Good readers err on ~2.5 % of pixels in each class.
            QVERIFY(s.sensitivity[size_t(k)] > 0.95);
            QVERIFY(s.specificity[size_t(k)] > 0.95);
        }
        // The poor reader flips a quarter of the pixels.
        QVERIFY(std::abs(s.sensitivity[4] - 0.75) < 0.05);
        QVERIFY(std::abs(s.specificity[4] - 0.75) < 0.05);
        QVERIFY(samePixels(s.consensus, maskFromImage(truth)));
        QCOMPARE(s.probability.size(), ImageSize);
        // The prior defaults to the readers' mean foreground share.
        QVERIFY(s.prior > 0.1 && s.prior < 0.5);
    }

    void stapleMatchesPerPixelEm()
    {
        // A plain per-pixel EM (the paper's equations, no pattern grouping, whole domain
        // stored) on a small image where readers vote well inside a larger domain, so the
        // never-voted background is counted rather than stored.
        const cv::Size size(40, 30);
        std::mt19937 generator(17);
        std::vector<BinaryMask> masks;
        std::vector<cv::Mat1b> images;
        for (int k = 0; k < 4; ++k) {
            cv::Mat1b image(size, uchar(0));
            image(cv::Rect(10 + k, 8, 15, 12 - k)).setTo(1);
            for (int i = 0; i < 20; ++i)
                image(4 + int(generator() % 22), 5 + int(generator() % 30)) ^= 1;
            images.push_back(image);
            masks.push_back(maskFromImage(image));
        }
        StapleOptions options;
        options.domain = cv::Rect(cv::Point(), size);
        options.tolerance = 1e-12;
        options.maxIterations = 500;
        const StapleResult s = staple(masks, options);
        QVERIFY(s.converged);

        double prior = 0;
        for (const cv::Mat1b &image : images)
            prior += cv::countNonZero(image);
        prior /= double(size.area()) * 4;
        QVERIFY(std::abs(s.prior - prior) < 1e-15);
        std::vector<double> p(4, 0.99), q(4, 0.99);
        cv::Mat1d w(size);
        for (int iteration = 0; iteration < s.iterations; ++iteration) {
            for (int y = 0; y < size.height; ++y)
                for (int x = 0; x < size.width; ++x) {
                    double a = prior, b = 1 - prior;
                    for (int k = 0; k < 4; ++k) {
                        const bool says = images[size_t(k)](y, x) != 0;
                        a *= says ? p[size_t(k)] : 1 - p[size_t(k)];
                        b *= says ? 1 - q[size_t(k)] : q[size_t(k)];
                    }
                    w(y, x) = a / (a + b);
                }
            for (int k = 0; k < 4; ++k) {
                double sumW = 0, sumNotW = 0, agreeW = 0, agreeNotW = 0;
                for (int y = 0; y < size.height; ++y)
                    for (int x = 0; x < size.width; ++x) {
                        const bool says = images[size_t(k)](y, x) != 0;
                        sumW += w(y, x);
                        sumNotW += 1 - w(y, x);
                        agreeW += says ? w(y, x) : 0;
                        agreeNotW += says ? 0 : 1 - w(y, x);
                    }
                p[size_t(k)] = agreeW / sumW;
                q[size_t(k)] = agreeNotW / sumNotW;
            }
        }
        for (size_t k = 0; k < 4; ++k) {
            QVERIFY(std::abs(s.sensitivity[k] - p[k]) < 1e-9);
            QVERIFY(std::abs(s.specificity[k] - q[k]) < 1e-9);
        }
        for (int y = 0; y < size.height; ++y)
            for (int x = 0; x < size.width; ++x)
                QVERIFY(std::abs(s.probability(y, x) - w(y, x)) < 1e-5);
    }

    void stapleOnAgreeingReaders()
    {
        const std::vector<BinaryMask> same(3, block(10, 10, 5, 5));
        StapleOptions options;
        options.domain = cv::Rect(0, 0, 30, 30);
        const StapleResult s = staple(same, options);
        QVERIFY(s.converged);
        QVERIFY(samePixels(s.consensus, same[0]));
        for (size_t k = 0; k < 3; ++k) {
            QCOMPARE(s.sensitivity[k], 1.0);
            QCOMPARE(s.specificity[k], 1.0);
        }
    }

    void stapleReportsNonConvergence()
    {
        StapleOptions options;
        options.domain = cv::Rect(cv::Point(), ImageSize);
        options.maxIterations = 1;
        options.tolerance = 0;
        const StapleResult s = staple(readers(truthImage()), options);
        QVERIFY(!s.converged);
        QCOMPARE(s.iterations, 1);
        QCOMPARE(s.warnings.size(), qsizetype(1));
    }

    void stapleDegenerateInput()
    {
        {
            // Nonsense options are clamped, not turned into NaN.
            StapleOptions options;
            options.initialSensitivity = 1.5;
            options.initialSpecificity = NAN;
            options.prior = -3;
            options.maxIterations = 0;
            const StapleResult s = staple({block(0, 0, 3, 3), block(1, 1, 3, 3)}, options);
            QVERIFY(!s.converged);
            QCOMPARE(s.iterations, 0);
            for (double p : s.sensitivity)
                QVERIFY(std::isfinite(p));
            for (int r = 0; r < s.probability.rows; ++r)
                for (int c = 0; c < s.probability.cols; ++c)
                    QVERIFY(std::isfinite(s.probability(r, c)));
        }
        QVERIFY(!staple({}).warnings.isEmpty());
        const StapleResult empty = staple({BinaryMask{}, BinaryMask{}});
        QVERIFY(empty.consensus.isEmpty());
        QVERIFY(!empty.warnings.isEmpty());
        // Many readers take the hash-map path and still agree with the majority here.
        const cv::Mat1b truth = truthImage();
        std::vector<BinaryMask> many;
        for (int k = 0; k < 20; ++k)
            many.push_back(maskFromImage(truth));
        many.push_back(block(0, 0, 5, 5));
        StapleOptions options;
        options.domain = cv::Rect(cv::Point(), ImageSize);
        QVERIFY(samePixels(staple(many, options).consensus, maskFromImage(truth)));
    }
};

QTEST_GUILESS_MAIN(TestConsensusMask)
#include "tst_consensusmask.moc"
