// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/bootstrapinterval.h"
#include "core/agreement/krippendorffalpha.h"

#include "tests/core/agreementfixtures.h"

#include <QTest>

#include <atomic>

using namespace concord;
using namespace concord::testing;

namespace {

RatingTable noisyTable()
{
    // 200 units, 3 coders, mostly agreeing with deterministic noise.
    std::vector<std::vector<int>> rows;
    SplitMix64 generator(42);
    for (int u = 0; u < 200; ++u) {
        const int truth = int(generator.below(4));
        std::vector<int> row;
        for (int c = 0; c < 3; ++c)
            row.push_back(generator.below(10) < 7 ? truth : int(generator.below(4)));
        rows.push_back(row);
    }
    return wideTable(rows);
}

std::optional<double> alpha(const RatingTable &t)
{
    return krippendorffAlpha(t, MeasurementLevel::Nominal).value;
}

} // namespace

class TestBootstrapInterval : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatorIsPortable()
    {
        // SplitMix64 reference output for seed 0 (Vigna's splitmix64.c).
        SplitMix64 g(0);
        QCOMPARE(g.next(), Q_UINT64_C(0xe220a8397b1dcdaf));
        QCOMPARE(g.next(), Q_UINT64_C(0x6e789e6aa1b965f4));
        SplitMix64 h(5);
        for (int i = 0; i < 1000; ++i)
            QVERIFY(h.below(7) < 7);
#ifdef __SIZEOF_INT128__
        // below() multiplies in 32-bit pieces; compare with the compiler's 128-bit product.
        for (const quint64 bound : {Q_UINT64_C(1), Q_UINT64_C(7), Q_UINT64_C(10000),
                                    Q_UINT64_C(0x80000001), Q_UINT64_C(0xfffffffffffffffb)}) {
            SplitMix64 a(bound), b(bound);
            for (int i = 0; i < 1000; ++i) {
                quint64 expected = 0;
                while (true) {
                    const unsigned __int128 p = (unsigned __int128)b.next() * bound;
                    if (quint64(p) >= (0 - bound) % bound) {
                        expected = quint64(p >> 64);
                        break;
                    }
                }
                QCOMPARE(a.below(bound), expected);
            }
        }
#endif
    }

    void reproducibleAndIndependentOfThreads()
    {
        const RatingTable t = noisyTable();
        BootstrapOptions options;
        options.resamples = 200;
        options.seed = 12345;
        options.threads = 2;
        const auto a = bootstrapInterval(t, alpha, options);
        const auto b = bootstrapInterval(t, alpha, options);
        options.threads = 1;
        const auto c = bootstrapInterval(t, alpha, options);
        options.threads = 3;
        const auto d = bootstrapInterval(t, alpha, options);
        QVERIFY(a && b && c && d);
        QCOMPARE(a->lower, b->lower);
        QCOMPARE(a->upper, b->upper);
        QCOMPARE(a->lower, c->lower);
        QCOMPARE(a->upper, d->upper);
        const double value = *alpha(t);
        QVERIFY(a->lower < value && value < a->upper);
        QVERIFY(a->method.contains(QStringLiteral("seed 12345")));
        options.seed = 54321;
        const auto e = bootstrapInterval(t, alpha, options);
        QVERIFY(e->lower != a->lower || e->upper != a->upper);
    }

    void runsEveryResampleOnce()
    {
        std::atomic<int> calls = 0;
        BootstrapOptions options;
        options.resamples = 101;
        bootstrapInterval(
            noisyTable(),
            [&](const RatingTable &) {
                ++calls;
                return std::optional<double>(0.5);
            },
            options);
        QCOMPARE(calls.load(), 101);
    }

    void undefinedResamplesAreDroppedWithAWarning()
    {
        BootstrapOptions options;
        options.resamples = 50;
        QStringList warnings;
        std::atomic<int> calls = 0;
        const auto ci = bootstrapInterval(
            noisyTable(),
            [&](const RatingTable &) {
                return ++calls % 2 ? std::optional<double>(0.25) : std::nullopt;
            },
            options, &warnings);
        QVERIFY(ci);
        QCOMPARE(ci->lower, 0.25);
        QCOMPARE(warnings.size(), 1);
    }

    void degenerateInputs()
    {
        BootstrapOptions options;
        QVERIFY(!bootstrapInterval(RatingTable(), alpha, options));
        options.resamples = 1;
        QVERIFY(!bootstrapInterval(noisyTable(), alpha, options));
        options.resamples = 20;
        // Alpha undefined in every resample (one category): no interval, no crash.
        QStringList warnings;
        QVERIFY(!bootstrapInterval(wideTable({{1, 1}, {1, 1}}), alpha, options, &warnings));
        QCOMPARE(warnings.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBootstrapInterval)
#include "tst_bootstrapinterval.moc"
