// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (not a test): retrieving a study of 50 radiographs (3000 x 3000, 16 bits allocated,
// 12 stored, Explicit VR Little Endian, 18 MB each) from a local Orthanc by C-GET, Concord's
// retrieveToCache() as a ratio to DCMTK's `getscu` (Debian package dcmtk) in the same run; and
// how late the GUI thread's timers fire while Concord retrieves on a worker thread.
//
//   bench_pacsretrieve [folder]   works in a fresh temporary folder inside `folder` (default:
//                                 the system's temporary folder; about 2 GB at most), removed
//                                 at the end
//
// It starts its own Orthanc on free loopback ports (tests/core/orthancfixture.h, as tst_pacs),
// writes the study with DCMTK and uploads it, then alternates three retrievals of each into
// fresh folders: `getscu -S -k QueryRetrieveLevel=STUDY` (one study-level C-GET) and
// retrieveToCache() into a fresh project's cache (a C-FIND at the image level, then one C-GET
// per series, as nothing is cached yet; each file flushed to disk before it is renamed,
// docs/pacs.md "The cache").
// getscu does not flush its files, so the table also shows getscu followed by an fsync of what
// it wrote, the same durability.
//
// GUI responsiveness: there is no window here, so a stand-in for paint latency is measured. On
// the main thread's event loop (a QGuiApplication, offscreen unless QT_QPA_PLATFORM says
// otherwise) a 16 ms single-shot timer is re-armed each time it fires; each firing's lateness
// is its time minus the time it was due. Concord's retrieval runs on a worker thread and posts
// its progress to the main thread as the retrieval dialog does; the same is measured idle and
// while getscu (another process) runs, so what the machine's load costs shows apart from what
// Concord's thread costs. Needs Orthanc and getscu; says so and exits 2 without them.
#include "core/pacs/pacscache.h"
#include "core/pacs/pacsretrieve.h"
#include "core/project/workspace.h"
#include "tests/core/dicomtestfixtures.h"
#include "tests/core/orthancfixture.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <thread>

using namespace concord;
using namespace concord::test;

namespace {

constexpr int Images = 50;
constexpr int Series = 5; // of 10 images each
constexpr int Side = 3000;
constexpr int Repetitions = 3;
constexpr int FrameMs = 16;
const QString StudyUid = QStringLiteral("1.2.826.0.1.3680043.10.1043.15.10");

[[noreturn]] void fail(const QString &why)
{
    std::fprintf(stderr, "bench_pacsretrieve: %s\n", qPrintable(why));
    std::exit(1);
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0.0 : values[values.size() / 2];
}

// Nearest-rank percentile of `values`, `p` in (0, 100].
double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const size_t rank = size_t(std::ceil(p / 100.0 * double(values.size())));
    return values[std::clamp<size_t>(rank, 1, values.size()) - 1];
}

// The paint-latency stand-in: a 16 ms single-shot timer on the main thread, re-armed each time
// it fires, recording how late each firing is (ms after it was due).
class LatencyProbe
{
public:
    LatencyProbe()
    {
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_samples.push_back(double(m_clock.nsecsElapsed() - m_dueNs) / 1e6);
            arm();
        });
        m_clock.start();
    }
    void start() { arm(); }
    void stop() { m_timer.stop(); }
    const std::vector<double> &samples() const { return m_samples; }

private:
    void arm()
    {
        m_dueNs = m_clock.nsecsElapsed() + qint64(FrameMs) * 1000000;
        m_timer.start(FrameMs);
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_dueNs = 0;
    std::vector<double> m_samples;
};

struct LatencySummary
{
    size_t ticks = 0;
    double p50 = 0, p99 = 0, worst = 0;
};

LatencySummary summarize(const std::vector<double> &samples)
{
    LatencySummary s;
    s.ticks = samples.size();
    s.p50 = percentile(samples, 50);
    s.p99 = percentile(samples, 99);
    s.worst = samples.empty() ? 0.0 : *std::max_element(samples.begin(), samples.end());
    return s;
}

QStringList filesBelow(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

// fsync of every file and of their folder, as Concord's cache does for each instance (and
// each series' folder).
void syncFiles(const QStringList &files, const QString &folder)
{
    for (const QString &file : files) {
        const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY);
        if (fd < 0 || ::fsync(fd) != 0)
            fail(QStringLiteral("cannot fsync %1").arg(file));
        ::close(fd);
    }
    const int dir = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
}

void generateAndUpload(const OrthancServer &orthanc, const QString &folder)
{
    QDir().mkpath(folder);
    // Uncompressed, so the pixel values do not change the cost: one random image, new UIDs.
    Image image = makeGreyImage(Side, Side, CV_16U, 12, 1, 15);
    image.metadata.patientId = QStringLiteral("BENCH-PACS");
    image.metadata.patientName = QStringLiteral("Bench^Retrieve");
    image.metadata.studyDate = QStringLiteral("20260101");
    image.metadata.studyInstanceUid = StudyUid;
    DicomWriteOptions options;
    options.modality = QStringLiteral("DX");
    for (int i = 0; i < Images; ++i) {
        const int series = 1 + i % Series;
        image.metadata.seriesInstanceUid = StudyUid + QStringLiteral(".%1").arg(series);
        image.metadata.sopInstanceUid =
            image.metadata.seriesInstanceUid + QStringLiteral(".%1").arg(i + 1);
        const QString file = folder + QStringLiteral("/%1.dcm").arg(i + 1);
        if (MaybeError failed = writeDicom(image, file, options))
            fail(failed->toString());
        if (const QString problem = orthanc.upload(file); !problem.isEmpty())
            fail(problem);
        QFile::remove(file);
    }
    ::sync(); // Orthanc's storage reaches the disk before anything is timed
}

struct Run
{
    double ms = 0;
    double syncMs = 0; // getscu only: the fsync of its files afterwards
    int files = 0;
};

Run runGetscu(const OrthancServer &orthanc, const QString &folder, LatencyProbe &probe)
{
    QDir().mkpath(folder);
    QProcess getscu;
    getscu.setProcessChannelMode(QProcess::MergedChannels);
    const QStringList arguments{
        QStringLiteral("-aet"),
        QLatin1String(OrthancServer::ConcordAeTitle), // the AE title Orthanc knows
        QStringLiteral("-aec"),
        QLatin1String(OrthancServer::AeTitle),
        QStringLiteral("-S"),
        QStringLiteral("-k"),
        QStringLiteral("QueryRetrieveLevel=STUDY"),
        QStringLiteral("-k"),
        QStringLiteral("StudyInstanceUID=") + StudyUid,
        QStringLiteral("-od"),
        folder,
        QStringLiteral("127.0.0.1"),
        QString::number(orthanc.dicomPort())};
    QEventLoop loop;
    QObject::connect(&getscu, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&getscu, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    probe.start();
    clock.start();
    getscu.start(QStringLiteral("getscu"), arguments);
    loop.exec();
    Run run;
    run.ms = double(clock.nsecsElapsed()) / 1e6;
    probe.stop();
    if (getscu.exitStatus() != QProcess::NormalExit || getscu.exitCode() != 0)
        fail(QStringLiteral("getscu failed (%1): %2")
                 .arg(getscu.errorString(), QString::fromLocal8Bit(getscu.readAll())));
    const QStringList files = filesBelow(folder);
    run.files = int(files.size());
    QElapsedTimer syncing;
    syncing.start();
    syncFiles(files, folder);
    run.syncMs = double(syncing.nsecsElapsed()) / 1e6;
    return run;
}

Run runConcord(const OrthancServer &orthanc, const QString &projectFolder, LatencyProbe &probe,
               int &progressEvents)
{
    auto workspace = Workspace::create(projectFolder, Project::create(QStringLiteral("bench"), {}));
    if (!workspace)
        fail(workspace.error().toString());
    const PacsNode node = orthanc.node();
    const PacsCache cache((*workspace)->folder().root(), node.name);
    RetrieveRequest request;
    request.studyInstanceUid = StudyUid;

    QEventLoop loop;
    Expected<RetrieveReport> report = FileError{QString(), QStringLiteral("not run")};
    Run run;
    probe.start();
    // As the retrieval dialog does: the worker reaches the GUI thread only by queued calls.
    std::thread worker([&] {
        auto progress = [&](int, int) {
            QMetaObject::invokeMethod(
                &loop, [&] { ++progressEvents; }, Qt::QueuedConnection);
        };
        QElapsedTimer clock;
        clock.start();
        report = retrieveToCache(cache, node, request, {}, progress);
        run.ms = double(clock.nsecsElapsed()) / 1e6;
        QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
    });
    loop.exec();
    worker.join();
    probe.stop();
    if (!report)
        fail(report.error().toString());
    if (!report->problems.empty())
        fail(report->problems.front().toString());
    run.files = int(report->files.size());
    return run;
}

QJsonArray toJson(const std::vector<double> &values)
{
    QJsonArray array;
    for (double v : values)
        array.append(std::round(v * 10) / 10);
    return array;
}

QJsonObject toJson(const LatencySummary &s)
{
    return QJsonObject{{QStringLiteral("ticks"), qint64(s.ticks)},
                       {QStringLiteral("p50_ms"), std::round(s.p50 * 100) / 100},
                       {QStringLiteral("p99_ms"), std::round(s.p99 * 100) / 100},
                       {QStringLiteral("worst_ms"), std::round(s.worst * 100) / 100}};
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // nothing is shown
    QGuiApplication app(argc, argv);
    if (OrthancServer::binary().isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("getscu")).isEmpty()) {
        std::printf("skipped: needs Orthanc (package orthanc) and getscu (package dcmtk)\n");
        return 2;
    }
    const QStringList args = app.arguments();
    QTemporaryDir work((args.size() > 1 ? args[1] : QDir::tempPath()) +
                       QStringLiteral("/concord-bench-pacs-XXXXXX"));
    if (!work.isValid())
        fail(QStringLiteral("cannot make a temporary folder: %1").arg(work.errorString()));

    QElapsedTimer total;
    total.start();
    OrthancServer orthanc;
    if (const QString failure =
            orthanc.start(work.filePath(QStringLiteral("orthanc")), freeLoopbackPort());
        !failure.isEmpty())
        fail(failure);
    std::printf("writing and uploading %d images of %d x %d (16 bits, 12 stored) to Orthanc on "
                "127.0.0.1:%u ...\n",
                Images, Side, Side, unsigned(orthanc.dicomPort()));
    std::fflush(stdout);
    QElapsedTimer uploading;
    uploading.start();
    generateAndUpload(orthanc, work.filePath(QStringLiteral("generated")));
    const double uploadS = double(uploading.elapsed()) / 1000;

    LatencyProbe idleProbe, getscuProbe, concordProbe;
    {
        QEventLoop loop;
        idleProbe.start();
        QTimer::singleShot(2000, &loop, &QEventLoop::quit);
        loop.exec();
        idleProbe.stop();
    }

    std::vector<double> getscuMs, getscuSyncedMs, concordMs;
    qint64 studyBytes = 0;
    int progressEvents = 0;
    for (int r = 0; r < Repetitions; ++r) {
        const QString getscuFolder = work.filePath(QStringLiteral("getscu%1").arg(r));
        const Run g = runGetscu(orthanc, getscuFolder, getscuProbe);
        if (g.files != Images)
            fail(QStringLiteral("getscu wrote %1 files, not %2").arg(g.files).arg(Images));
        if (r == 0)
            for (const QString &file : filesBelow(getscuFolder))
                studyBytes += QFileInfo(file).size();
        QDir(getscuFolder).removeRecursively();

        const QString project = work.filePath(QStringLiteral("project%1").arg(r));
        const Run c = runConcord(orthanc, project, concordProbe, progressEvents);
        if (c.files != Images)
            fail(QStringLiteral("Concord cached %1 files, not %2").arg(c.files).arg(Images));
        QDir(project).removeRecursively();
        std::printf("  round %d: getscu %7.0f ms (+ fsync %5.0f ms)   Concord %7.0f ms\n", r + 1,
                    g.ms, g.syncMs, c.ms);
        std::fflush(stdout);
        getscuMs.push_back(g.ms);
        getscuSyncedMs.push_back(g.ms + g.syncMs);
        concordMs.push_back(c.ms);
    }
    orthanc.stop();

    const double g = median(getscuMs), gs = median(getscuSyncedMs), c = median(concordMs);
    const double mb = double(studyBytes) / 1e6;
    const LatencySummary idle = summarize(idleProbe.samples());
    const LatencySummary during = summarize(getscuProbe.samples());
    const LatencySummary concord = summarize(concordProbe.samples());
    const unsigned cores = std::thread::hardware_concurrency();

    std::printf("\nPACS retrieval by C-GET from a local Orthanc: %d images, %.0f MB, %u core(s), "
                "median of %d alternating runs\n",
                Images, mb, cores, Repetitions);
    std::printf("(upload and setup %.1f s)\n\n", uploadS);
    std::printf("%-44s %10s %9s %12s\n", "retrieval", "median ms", "MB/s", "Concord / it");
    std::printf("%-44s %10.0f %9.0f %12.2f\n", "getscu, study-level C-GET (baseline)", g,
                mb / (g / 1000), c / g);
    std::printf("%-44s %10.0f %9.0f %12.2f\n", "getscu, then fsync of its files", gs,
                mb / (gs / 1000), c / gs);
    std::printf("%-44s %10.0f %9.0f %12s\n", "Concord retrieveToCache (C-GET per series)", c,
                mb / (c / 1000), "1.00");
    std::printf("\nGUI-thread timer lateness (paint-latency stand-in: a %d ms timer on the main\n"
                "thread's event loop, re-armed at each firing; lateness = fired - due)\n\n",
                FrameMs);
    std::printf("%-44s %8s %9s %9s %9s\n", "main thread while", "ticks", "p50 ms", "p99 ms",
                "worst ms");
    const auto latencyRow = [](const char *what, const LatencySummary &s) {
        std::printf("%-44s %8zu %9.2f %9.2f %9.2f\n", what, s.ticks, s.p50, s.p99, s.worst);
    };
    latencyRow("idle (2 s)", idle);
    latencyRow("getscu runs (another process)", during);
    latencyRow("Concord retrieves on a worker thread", concord);
    std::printf("(%d progress updates reached the main thread; total run %.1f s)\n\n",
                progressEvents, double(total.elapsed()) / 1000);

    const QJsonObject json{
        {QStringLiteral("bench"), QStringLiteral("pacsretrieve")},
        {QStringLiteral("images"), Images},
        {QStringLiteral("side"), Side},
        {QStringLiteral("study_mb"), std::round(mb * 10) / 10},
        {QStringLiteral("cores"), int(cores)},
        {QStringLiteral("repetitions"), Repetitions},
        {QStringLiteral("getscu_ms"), toJson(getscuMs)},
        {QStringLiteral("getscu_fsync_ms"), toJson(getscuSyncedMs)},
        {QStringLiteral("concord_ms"), toJson(concordMs)},
        {QStringLiteral("getscu_median_ms"), std::round(g * 10) / 10},
        {QStringLiteral("getscu_fsync_median_ms"), std::round(gs * 10) / 10},
        {QStringLiteral("concord_median_ms"), std::round(c * 10) / 10},
        {QStringLiteral("ratio_concord_getscu"), std::round(c / g * 1000) / 1000},
        {QStringLiteral("ratio_concord_getscu_fsync"), std::round(c / gs * 1000) / 1000},
        {QStringLiteral("timer_lateness_idle"), toJson(idle)},
        {QStringLiteral("timer_lateness_getscu"), toJson(during)},
        {QStringLiteral("timer_lateness_concord"), toJson(concord)},
    };
    std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    return 0;
}
