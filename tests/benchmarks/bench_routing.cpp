// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (not a test): routing a project of 100,000 items read by 3 readers with boxes.
//
//   bench_routing [work-dir]
//
// Generates the project once: every item has 1 to 4 findings, and each of the three readers
// boxes each finding with some jitter (sometimes missing it, sometimes with another label), then
// submits the item, so items fall into every tier. Then, in this process, times opening the
// project (reading project.json and items.jsonl and replaying every journal) and routing every
// item under the default policy (per-item box agreement recomputed from scratch), each the
// median of 3 runs. The target (docs/quality.md): routing within 10% of the open time.
#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"
#include "core/quality/projectrouting.h"
#include "core/storage/journalevent.h"
#include "tests/benchmarks/benchproject.h"
#include "tests/benchmarks/benchtiming.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <cstdio>

using namespace concord;

static constexpr int ItemCount = 100000;
static constexpr int ReaderCount = 3;

static void generate(const QString &root)
{
    const ProjectFolder folder(root);
    const ItemList items =
        bench::createBenchProject(root, QStringLiteral("A\nB\nC\nD"), ReaderCount, ItemCount);

    // The findings of every item, shared by the readers.
    QRandomGenerator random(7);
    struct Finding
    {
        int label;
        double x, y, w, h;
    };
    std::vector<std::vector<Finding>> findings(ItemCount);
    for (auto &item : findings) {
        const int n = 1 + int(random.bounded(4));
        for (int f = 0; f < n; ++f)
            item.push_back({1 + int(random.bounded(4)), random.bounded(2500.0),
                            random.bounded(2000.0), 40 + random.bounded(200.0),
                            40 + random.bounded(200.0)});
    }
    for (int r = 0; r < ReaderCount; ++r) {
        const QString reader = QStringLiteral("reader%1").arg(r);
        const QString session = QStringLiteral("20260101T000000Z-000%1").arg(r);
        const QString path = folder.sessionJournalFile(reader, session);
        QDir().mkpath(QFileInfo(path).absolutePath());
        std::string text;
        std::string previous;
        qint64 seq = 0;
        qint64 timeMs = 1767225600000;
        auto append = [&](const QString &itemId, const char *op, Json data) {
            JournalEvent event;
            event.seq = ++seq;
            event.timeMs = ++timeMs;
            event.annotatorId = reader;
            event.sessionId = session;
            event.guidelineVersion = 1;
            event.itemId = itemId;
            event.op = op;
            event.data = std::move(data);
            const std::string line = serializeJournalLine(event, previous);
            previous = hashJournalLine(line.data(), line.size());
            text += line;
            text += '\n';
        };
        append(QString(), ops::SessionStart, Json{{"mode", "labeling"}});
        for (int i = 0; i < ItemCount; ++i) {
            const QString itemId = items.at(i).id;
            for (const Finding &f : findings[size_t(i)]) {
                const int roll = int(random.bounded(20));
                if (roll == 0)
                    continue; // missed
                const int label = roll == 1 ? 1 + (f.label % 4) : f.label;
                const double jitter = roll < 4 ? 0.5 * f.w : 0.08 * f.w;
                append(itemId, ops::BoxAdd,
                       Json{{"id", newAnnotationId()},
                            {"label", label},
                            {"x", f.x + random.bounded(jitter)},
                            {"y", f.y + random.bounded(jitter)},
                            {"w", f.w},
                            {"h", f.h}});
            }
            append(itemId, ops::ItemStatusSet, Json{{"status", "done"}});
        }
        append(QString(), ops::SessionEnd, Json::object());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(text.data(), qint64(text.size())) != qint64(text.size()))
            qFatal("cannot write %s", qPrintable(path));
    }
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString root =
        args.size() > 1 ? args[1] : QDir::tempPath() + QStringLiteral("/concord-bench-routing");
    if (!QFile::exists(root + QStringLiteral("/project.json"))) {
        std::printf("generating %d items read by %d readers in %s ...\n", ItemCount, ReaderCount,
                    qPrintable(root));
        std::fflush(stdout);
        generate(root);
    }

    std::unique_ptr<Workspace> workspace;
    const double openMs = bench::medianMs(3, [&] {
        auto opened = Workspace::open(root);
        if (!opened)
            qFatal("%s", qPrintable(opened.error().toString()));
        workspace = std::move(*opened);
    });
    ProjectRouting routing;
    const QualityPolicy policy;
    const double routeMs = bench::medianMs(3, [&] {
        routing = routeProject(workspace->project(), workspace->items(),
                               WorkspaceInternals::store(*workspace), policy);
    });
    std::printf("items %d, readers %d, events %lld\n", workspace->items().size(), ReaderCount,
                static_cast<long long>(workspace->replayedEvents()));
    std::printf("counts:");
    for (int s = 0; s < ItemStateCount; ++s)
        std::printf(" %s %d", qPrintable(itemStateKey(ItemState(s))), routing.counts[size_t(s)]);
    std::printf("\nopen (baseline)   %8.1f ms\n", openMs);
    std::printf("route every item  %8.1f ms   %.3f x open (target <= 0.100)\n", routeMs,
                routeMs / openMs);
    return 0;
}
