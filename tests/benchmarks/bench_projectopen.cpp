// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (not a test): opening a project of 100,000 items and 1,000,000 journal events.
//
//   bench_projectopen [work-dir]
//
// Generates the project once (10 annotators x 10 sessions x 10,000 events, a realistic mix of
// box adds, changes, image labels and submits), then opens it in a fresh child process so that
// the peak resident memory is the opening's alone. Reports wall time, peak RSS, and the time
// as a ratio to a baseline measured in the same run: reading every project byte into memory.
#include "core/project/workspace.h"
#include "core/storage/journalevent.h"
#include "tests/benchmarks/benchproject.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>

#include <cstdio>
#include <sys/resource.h>

using namespace concord;

static constexpr int ItemCount = 100000;
static constexpr int AnnotatorCount = 10;
static constexpr int SessionsPerAnnotator = 10;
static constexpr int EventsPerSession = 10000;

static void generate(const QString &root)
{
    const ProjectFolder folder(root);
    const ItemList items = bench::createBenchProject(
        root, QStringLiteral("A\n  B\n  C\nD\nE\nF\nG\nH\nI"), AnnotatorCount, ItemCount);

    QRandomGenerator random(42);
    for (int a = 0; a < AnnotatorCount; ++a) {
        const QString annotator = QStringLiteral("reader%1").arg(a);
        std::vector<std::pair<int, quint64>> liveBoxes; // item index, box id
        for (int s = 0; s < SessionsPerAnnotator; ++s) {
            const QString session = QStringLiteral("20260101T%1Z-%2")
                                        .arg(s, 6, 10, QLatin1Char('0'))
                                        .arg(a, 4, 16, QLatin1Char('0'));
            const QString path = folder.sessionJournalFile(annotator, session);
            QDir().mkpath(QFileInfo(path).absolutePath());
            std::string text;
            std::string previous;
            for (int e = 0; e < EventsPerSession; ++e) {
                JournalEvent event;
                event.seq = e + 1;
                event.timeMs = 1767225600000 + qint64(s) * 3600000 + e * 300;
                event.annotatorId = annotator;
                event.sessionId = session;
                event.guidelineVersion = 1;
                const int kind = int(random.bounded(10));
                if (e == 0) {
                    event.op = ops::SessionStart;
                    event.data = Json{{"mode", "labeling"}};
                } else if (kind < 6 || liveBoxes.empty()) {
                    const int item = int(random.bounded(ItemCount));
                    const quint64 id = newAnnotationId();
                    event.itemId = items.at(item).id;
                    event.op = ops::BoxAdd;
                    event.data = Json{{"id", id},
                                      {"label", 1 + int(random.bounded(9))},
                                      {"x", random.bounded(2000.0)},
                                      {"y", random.bounded(2000.0)},
                                      {"w", 50.5},
                                      {"h", 80.25}};
                    liveBoxes.emplace_back(item, id);
                } else if (kind < 8) {
                    const auto &[item, id] = liveBoxes[random.bounded(quint32(liveBoxes.size()))];
                    event.itemId = items.at(item).id;
                    event.op = ops::BoxChange;
                    event.data = Json{{"id", id},
                                      {"label", 2},
                                      {"x", random.bounded(2000.0)},
                                      {"y", random.bounded(2000.0)},
                                      {"w", 60.0},
                                      {"h", 70.0}};
                } else if (kind < 9) {
                    event.itemId = items.at(int(random.bounded(ItemCount))).id;
                    event.op = ops::LabelsSet;
                    event.data = Json{{"labels", {1, 4}}};
                } else {
                    event.itemId = items.at(int(random.bounded(ItemCount))).id;
                    event.op = ops::ItemStatusSet;
                    event.data = Json{{"status", "done"}};
                }
                const std::string line = serializeJournalLine(event, previous);
                previous = hashJournalLine(line.data(), line.size());
                text += line;
                text += '\n';
            }
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) ||
                file.write(text.data(), qint64(text.size())) != qint64(text.size()))
                qFatal("cannot write %s", qPrintable(path));
        }
    }
}

// Child mode: open the project, print "<ms> <events> <problems> <peak KiB>".
static int openAndReport(const QString &root)
{
    QElapsedTimer timer;
    timer.start();
    auto workspace = Workspace::open(root);
    const qint64 ms = timer.elapsed();
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(workspace.error().toString()));
        return 1;
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("%lld %lld %zu %ld\n", static_cast<long long>(ms),
                static_cast<long long>((*workspace)->replayedEvents()),
                (*workspace)->openProblems().size(), usage.ru_maxrss);
    return 0;
}

static double readAllBytesMs(const QString &root, qint64 *bytes)
{
    QElapsedTimer timer;
    timer.start();
    *bytes = 0;
    QDirIterator it(root, {QStringLiteral("*.jsonl"), QStringLiteral("*.json")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        file.open(QIODevice::ReadOnly);
        *bytes += file.readAll().size();
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args[1] == QLatin1String("--open"))
        return openAndReport(args[2]);

    const QString root =
        args.size() > 1 ? args[1] : QDir::tempPath() + QStringLiteral("/concord-bench-open");
    if (!QFile::exists(root + QStringLiteral("/project.json"))) {
        std::printf("generating %d items and %d events in %s ...\n", ItemCount,
                    AnnotatorCount * SessionsPerAnnotator * EventsPerSession, qPrintable(root));
        std::fflush(stdout);
        generate(root);
    }
    qint64 bytes = 0;
    readAllBytesMs(root, &bytes); // warm the page cache so both runs read from memory
    const double baselineMs = readAllBytesMs(root, &bytes);

    QProcess child;
    child.start(app.applicationFilePath(), {QStringLiteral("--open"), root});
    child.waitForFinished(-1);
    const QList<QByteArray> fields = child.readAllStandardOutput().trimmed().split(' ');
    if (child.exitCode() != 0 || fields.size() != 4) {
        std::fprintf(stderr, "open failed: %s\n", child.readAllStandardError().constData());
        return 1;
    }
    const double openMs = fields[0].toDouble();
    std::printf("project: %d items, %s events, %s problems, %.0f MB on disk\n", ItemCount,
                fields[1].constData(), fields[2].constData(), double(bytes) / 1e6);
    std::printf("open: %.0f ms (target <= 2000 ms), peak RSS %.0f MB (target <= 1024 MB)\n", openMs,
                fields[3].toDouble() / 1024.0);
    std::printf("baseline, reading every project byte: %.0f ms; open / baseline = %.1fx\n",
                baselineMs, openMs / baselineMs);
    return 0;
}
