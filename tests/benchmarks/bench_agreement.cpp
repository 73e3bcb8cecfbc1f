// SPDX-License-Identifier: GPL-3.0-or-later
// bench_agreement: times the agreement engine on 1,000,000 units × 5 coders × 10 categories
// (10 % of ratings missing, fixed seed) against a memcpy of the same table bytes.
//
//   bench_agreement                       run the benchmark
//   bench_agreement --write-csv FILE [--complete] [--units N]
//                                         write the same data as a long-format CSV, for
//                                         agreement_vs_python_npm.sh
#include "core/agreement/bootstrapinterval.h"
#include "core/agreement/fleisskappa.h"
#include "core/agreement/krippendorffalpha.h"
#include "core/agreement/multiratercoefficients.h"
#include "core/agreement/ratingcsv.h"
#include "tests/benchmarks/benchtiming.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <vector>

using namespace concord;

namespace {

constexpr qint32 Coders = 5;
constexpr qint32 Categories = 10;
constexpr quint64 Seed = 20261122;

// Each unit has a true category; a coder reports it with probability 0.7 and otherwise a
// uniformly random category; with `missingShare` a rating is left out.
RatingTable makeTable(qint32 units, double missingShare)
{
    QStringList names;
    for (int k = 0; k < Categories; ++k)
        names.append(QString::number(k));
    RatingTable table(units, Coders, names);
    SplitMix64 generator(Seed);
    const quint64 missingBelow = quint64(missingShare * 1000);
    for (qint32 u = 0; u < units; ++u) {
        const qint32 truth = qint32(generator.below(Categories));
        for (qint32 c = 0; c < Coders; ++c) {
            const bool missing = generator.below(1000) < missingBelow;
            const qint32 label =
                generator.below(10) < 7 ? truth : qint32(generator.below(Categories));
            if (!missing)
                table.set(u, c, label);
        }
    }
    return table;
}

QByteArray toCsv(const RatingTable &table)
{
    QByteArray csv;
    csv.reserve(qsizetype(table.unitCount()) * Coders * 16);
    csv.append("unit,coder,label\n");
    char line[64];
    for (qint32 u = 0; u < table.unitCount(); ++u) {
        for (qint32 c = 0; c < table.coderCount(); ++c) {
            const qint32 k = table.at(u, c);
            if (k == RatingTable::Missing)
                continue;
            const int n = std::snprintf(line, sizeof line, "u%d,c%d,%d\n", u + 1, c + 1, k);
            csv.append(line, n);
        }
    }
    return csv;
}

using concord::bench::medianMs;

volatile double sink = 0; // keeps results alive so the optimiser cannot drop the work

void report(const char *name, double ms, double baselineMs, const char *baselineName)
{
    std::printf("%-46s %9.2f ms  %8.1f x %s\n", name, ms, ms / baselineMs, baselineName);
}

int writeCsv(const QStringList &args)
{
    const QString path = args.value(args.indexOf(QStringLiteral("--write-csv")) + 1);
    const bool complete = args.contains(QStringLiteral("--complete"));
    qint32 units = 1000000;
    if (const qsizetype i = args.indexOf(QStringLiteral("--units")); i >= 0)
        units = args.value(i + 1).toInt();
    QFile file(path);
    if (path.isEmpty() || units <= 0 || !file.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "bench_agreement: cannot write '%s'\n", qPrintable(path));
        return 1;
    }
    file.write(toCsv(makeTable(units, complete ? 0.0 : 0.1)));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.contains(QStringLiteral("--write-csv")))
        return writeCsv(args);

    const qint32 units = 1000000;
    std::printf("bench_agreement: %d units x %d coders x %d categories, seed %llu\n", units, Coders,
                Categories, static_cast<unsigned long long>(Seed));
    const RatingTable missing = makeTable(units, 0.1);
    const RatingTable complete = makeTable(units, 0.0);
    const size_t bytes = missing.cells().size() * sizeof(qint32);
    std::vector<qint32> copy(missing.cells().size());

    const double memcpyMs = medianMs(9, [&] {
        std::memcpy(copy.data(), missing.cells().data(), bytes);
        sink = sink + copy[size_t(units)];
    });
    std::printf("baseline: memcpy of the %.1f MB rating table: %.2f ms\n\n", bytes / 1e6, memcpyMs);

    std::printf("%-46s %12s  %s\n", "1M x 5 (one thread)", "median", "ratio");
    report(
        "Krippendorff alpha, nominal, 10% missing",
        medianMs(
            7, [&] { sink = sink + *krippendorffAlpha(missing, MeasurementLevel::Nominal).value; }),
        memcpyMs, "memcpy");
    report("Krippendorff alpha, interval, 10% missing",
           medianMs(5,
                    [&] {
                        sink = sink + *krippendorffAlpha(missing, MeasurementLevel::Interval).value;
                    }),
           memcpyMs, "memcpy");
    report("Fleiss kappa value + Gwet SE, complete",
           medianMs(7,
                    [&] {
                        sink = sink + *multiRaterAgreement(
                                           complete, ChanceModel::CategoryMarginals,
                                           tableWeights(complete, KappaWeights::Unweighted))
                                           .value;
                    }),
           memcpyMs, "memcpy");
    report("Fleiss kappa full (+ null SE, per category)",
           medianMs(7, [&] { sink = sink + *fleissKappa(complete).overall.value; }), memcpyMs,
           "memcpy");
    report("Gwet AC1 + SE, 10% missing", medianMs(5, [&] { sink = sink + *gwetAc(missing).value; }),
           memcpyMs, "memcpy");

    // CSV: 4.5 million lines parsed from memory.
    const QByteArray csv = toCsv(missing);
    const double csvMs = medianMs(3, [&] {
        const Expected<RatingTable> t =
            parseRatingCsv(QByteArrayView(csv), QStringLiteral("bench"));
        sink = sink + t->unitCount();
    });
    std::vector<char> csvCopy(size_t(csv.size()));
    const double csvCopyMs = medianMs(5, [&] {
        std::memcpy(csvCopy.data(), csv.constData(), csvCopy.size());
        sink = sink + csvCopy[100];
    });
    std::printf(
        "\nCSV parse (%.1f MB, %lld ratings): %.2f ms, %.1f x memcpy of the CSV (%.2f ms)\n",
        csv.size() / 1e6, static_cast<long long>(missing.ratingCount()), csvMs, csvMs / csvCopyMs,
        csvCopyMs);

    // Bootstrap: 1,000 resamples of 10,000 units, two threads.
    const RatingTable small = makeTable(10000, 0.1);
    const size_t smallBytes = small.cells().size() * sizeof(qint32);
    std::vector<qint32> smallCopy(small.cells().size());
    const double smallMemcpyMs = medianMs(9, [&] {
        for (int r = 0; r < 1000; ++r) {
            std::memcpy(smallCopy.data(), small.cells().data(), smallBytes);
            sink = sink + smallCopy[size_t(r)];
        }
    });
    const double alphaSmallMs = medianMs(
        9, [&] { sink = sink + *krippendorffAlpha(small, MeasurementLevel::Nominal).value; });
    std::optional<ConfidenceInterval> interval;
    // The median time of a 1,000-resample interval of nominal alpha on `threads` threads.
    const auto bootstrapMs = [&](int threads) {
        BootstrapOptions options;
        options.resamples = 1000;
        options.seed = 1;
        options.threads = threads;
        return medianMs(3, [&] {
            interval = bootstrapInterval(
                small,
                [](const RatingTable &t) {
                    return krippendorffAlpha(t, MeasurementLevel::Nominal).value;
                },
                options);
        });
    };
    const double bootMs = bootstrapMs(2);
    const double bootOneMs = bootstrapMs(1);
    std::printf("\nbootstrap, 10,000 units x 5, 1,000 resamples, 2 threads: %.2f ms"
                " (1 thread: %.2f ms)\n",
                bootMs, bootOneMs);
    std::printf("  = %.1f x 1,000 memcpys of the 10k table (%.2f ms)\n", bootMs / smallMemcpyMs,
                smallMemcpyMs);
    std::printf("  = %.2f x 1,000 single alpha computations on one thread (%.2f ms)\n",
                bootMs / (1000 * alphaSmallMs), 1000 * alphaSmallMs);
    std::printf("  alpha 95%% CI [%.6f, %.6f]\n", interval ? interval->lower : 0.0,
                interval ? interval->upper : 0.0);
    return 0;
}
