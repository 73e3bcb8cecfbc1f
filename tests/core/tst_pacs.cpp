// SPDX-License-Identifier: GPL-3.0-or-later
// Query, retrieve and send against a real Orthanc started by the test (docs/pacs.md, "Tests").
#include "core/exchange/folderimporter.h"
#include "core/pacs/pacscache.h"
#include "core/pacs/pacsecho.h"
#include "core/pacs/pacsquery.h"
#include "core/pacs/pacsreceiver.h"
#include "core/pacs/pacsretrieve.h"
#include "core/pacs/pacssend.h"
#include "core/project/workspace.h"
#include "tests/core/dicomtestfixtures.h"
#include "tests/core/orthancfixture.h"
#include "tests/core/pacstestinstances.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmnet/dcmtrans.h>

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <set>

using namespace concord;
using namespace concord::test;
using namespace Qt::StringLiterals;

namespace {

// Studies A and B are tests/core/pacstestinstances.h's. Study C: one good image and one whose
// series UID climbs out of any folder.
const QString StudyC = Root + u".3"_s;
const QString SeriesC1 = StudyC + u".1"_s;
const QString HostileSeries = u"../../x"_s;

} // namespace

class TestPacs : public DicomTestCase
{
    Q_OBJECT

    OrthancServer m_orthanc;
    quint16 m_movePort = 0;
    int m_projects = 0;

    QString writeInstance(const Instance &instance)
    {
        return test::writeInstance(instance, m_dir.path());
    }

    std::unique_ptr<Workspace> newProject()
    {
        return createEmptyProject(path(u"project%1"_s.arg(++m_projects)), u"pacs"_s);
    }

    PacsCache cacheOf(const Workspace &workspace) const
    {
        return PacsCache(workspace.folder().root(), m_orthanc.node().name);
    }

    // Every file below `folder` that is not inside `allowed`.
    static QStringList filesOutside(const QString &folder, const QString &allowed)
    {
        QStringList outside;
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (!file.startsWith(allowed + u'/'))
                outside << file;
        }
        return outside;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (OrthancServer::binary().isEmpty())
            QSKIP("Orthanc is not installed (Debian package orthanc): the PACS tests need it");
        QVERIFY(m_dir.isValid());
        m_movePort = freeLoopbackPort();
        QVERIFY(m_movePort != 0);
        const QString failure = m_orthanc.start(path(u"orthanc"_s), m_movePort);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));

        std::vector<Instance> instances = studiesAAndB();
        instances.push_back({StudyC, SeriesC1, SeriesC1 + u".1"_s, u"DX"_s, u"PAT-GAMMA"_s,
                             u"Poe^Gil"_s, u"20220101"_s, u"ACC-3"_s});
        const QString failed = uploadAll(m_orthanc, instances, m_dir.path());
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        // A malicious archive's instance: its series UID is a path that climbs out.
        const QString hostile =
            writeInstance({StudyC, SeriesC1, SeriesC1 + u".2"_s, u"DX"_s, u"PAT-GAMMA"_s,
                           u"Poe^Gil"_s, u"20220101"_s, u"ACC-3"_s});
        QVERIFY(editDicom(hostile, [](DcmDataset &dataset) {
            dataset.putAndInsertString(DCM_SeriesInstanceUID, "../../x");
        }));
        const QString uploaded = m_orthanc.upload(hostile);
        QVERIFY2(uploaded.isEmpty(), qPrintable(uploaded));
    }

    void cleanupTestCase() { m_orthanc.stop(); }

    void echoAnswersWithRoundTrip()
    {
        const Expected<EchoReply> reply = echoPacsNode(m_orthanc.node());
        QVERIFY2(reply, qPrintable(reply ? QString() : reply.error().toString()));
        QVERIFY(reply->roundTripMilliseconds >= 0);
        QVERIFY(reply->totalMilliseconds >= reply->roundTripMilliseconds);
        QVERIFY(reply->totalMilliseconds < PacsOptions::DefaultTimeoutSeconds * 1000);
    }

    void plainDicomKeepsDcmtksSocketTimeOuts()
    {
        // DCMTK's socket send time-out (60 s) bounds every blocking write of the process: a
        // short operation time-out must not lower it, or a large C-STORE to a node that
        // stalls for a few seconds would fail (docs/pacs.md, "Time-outs").
        PacsOptions options;
        options.timeoutSeconds = 2;
        const Expected<EchoReply> reply = echoPacsNode(m_orthanc.node(), options);
        QVERIFY2(reply, qPrintable(reply ? QString() : reply.error().toString()));
        QCOMPARE(dcmSocketSendTimeout.get(), 60);
        QCOMPARE(dcmSocketReceiveTimeout.get(), 60);
    }

    void echoToAClosedPortIsRefusedAtOnce()
    {
        PacsNode node = m_orthanc.node();
        node.port = freeLoopbackPort(); // free, so nobody listens there
        QElapsedTimer timer;
        timer.start();
        const Expected<EchoReply> reply = echoPacsNode(node);
        QVERIFY(!reply);
        QVERIFY2(reply.error().message.contains(u"connection refused"_s),
                 qPrintable(reply.error().toString()));
        QVERIFY2(reply.error().toString().contains(node.address()),
                 qPrintable(reply.error().toString()));
        QVERIFY(timer.elapsed() < 2000);
    }

    void echoToASilentListenerTimesOut()
    {
        // Accepts the TCP connection (the kernel does) and never says a word.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        PacsNode node = m_orthanc.node();
        node.port = silent.serverPort();
        PacsOptions options;
        options.timeoutSeconds = 2;
        QElapsedTimer timer;
        timer.start();
        const Expected<EchoReply> reply = echoPacsNode(node, options);
        const qint64 elapsed = timer.elapsed();
        QVERIFY(!reply);
        QVERIFY2(reply.error().message.contains(u"no answer within 2 second"_s),
                 qPrintable(reply.error().toString()));
        QVERIFY2(elapsed >= 1500 && elapsed < 8000, qPrintable(QString::number(elapsed)));
    }

    void echoWithAnUnknownCalledTitleIsRejectedWithTheReason()
    {
        PacsNode node = m_orthanc.node();
        node.calledAeTitle = u"NOT-ORTHANC"_s;
        const Expected<EchoReply> reply = echoPacsNode(node);
        QVERIFY(!reply);
        const QString message = reply.error().message;
        QVERIFY2(message.contains(u"association rejected permanently"_s), qPrintable(message));
        QVERIFY2(message.contains(u"called AE title (the node's) is not recognized"_s),
                 qPrintable(message));
    }

    void aTlsNodeWithoutItsCaFileIsRefusedWithTheReason()
    {
        // DICOM TLS itself is tst_pacstls's.
        PacsNode node = m_orthanc.node();
        node.tls = true;
        const Expected<EchoReply> reply = echoPacsNode(node);
        QVERIFY(!reply);
        QVERIFY2(reply.error().message.contains(u"TLS needs the CA certificate file"_s),
                 qPrintable(reply.error().message));
    }

    void findPatientsByIdAndWildcardName()
    {
        PacsQuery query;
        query.level = QueryLevel::Patient;
        query.patientId = u"PAT-ALPHA"_s;
        Expected<std::vector<PacsMatch>> found = findOnPacs(m_orthanc.node(), query);
        QVERIFY2(found, qPrintable(found ? QString() : found.error().toString()));
        QCOMPARE(found->size(), size_t(1));
        QCOMPARE(found->front().patientName, u"Doe^Jane"_s);
        QCOMPARE(found->front().level, QueryLevel::Patient);

        query.patientId.clear();
        query.patientName = u"R?e*"_s;
        found = findOnPacs(m_orthanc.node(), query);
        QVERIFY(found);
        QCOMPARE(found->size(), size_t(1));
        QCOMPARE(found->front().patientId, u"PAT-BETA"_s);
    }

    void findStudiesByDateRangeAccessionAndModality()
    {
        PacsQuery query;
        query.level = QueryLevel::Study;
        query.studyDate = u"20240101-20241231"_s;
        Expected<std::vector<PacsMatch>> found = findOnPacs(m_orthanc.node(), query);
        QVERIFY2(found, qPrintable(found ? QString() : found.error().toString()));
        QCOMPARE(found->size(), size_t(1));
        QCOMPARE(found->front().studyInstanceUid, StudyA);
        QCOMPARE(found->front().relatedInstances, 5);
        QCOMPARE(found->front().relatedSeries, 2); // Number of Study Related Series

        query = {};
        query.accessionNumber = u"ACC-2"_s;
        found = findOnPacs(m_orthanc.node(), query);
        QVERIFY(found);
        QCOMPARE(found->size(), size_t(1));
        QCOMPARE(found->front().studyInstanceUid, StudyB);
        QCOMPARE(found->front().relatedSeries, 1);
        QCOMPARE(found->front().relatedInstances, 1);

        query = {};
        query.modality = u"CR"_s;
        found = findOnPacs(m_orthanc.node(), query);
        QVERIFY(found);
        QCOMPARE(found->size(), size_t(1));
        QCOMPARE(found->front().studyInstanceUid, StudyA);
        QVERIFY(found->front().modalitiesInStudy.contains(u"DX"_s));
    }

    void findSeriesOfAStudy()
    {
        PacsQuery query;
        query.level = QueryLevel::Series;
        query.studyInstanceUid = StudyA;
        Expected<std::vector<PacsMatch>> found = findOnPacs(m_orthanc.node(), query);
        QVERIFY2(found, qPrintable(found ? QString() : found.error().toString()));
        std::set<QString> series;
        for (const PacsMatch &match : *found)
            series.insert(match.seriesInstanceUid);
        QCOMPARE(series, (std::set<QString>{SeriesA1, SeriesA2}));

        query.modality = u"DX"_s;
        found = findOnPacs(m_orthanc.node(), query);
        QVERIFY(found);
        QCOMPARE(found->size(), size_t(1));
        QCOMPARE(found->front().seriesInstanceUid, SeriesA1);
        QCOMPARE(found->front().relatedInstances, 3);
    }

    void badQueryKeysAreRefusedBeforeSending()
    {
        PacsQuery query;
        query.patientId = u"A\\B"_s; // would become two values
        QVERIFY(!findOnPacs(m_orthanc.node(), query));
        query = {};
        query.studyDate = u"2024-01-01"_s;
        const Expected<std::vector<PacsMatch>> found = findOnPacs(m_orthanc.node(), query);
        QVERIFY(!found);
        QVERIFY(found.error().message.contains(u"YYYYMMDD"_s));
        query = {};
        query.studyInstanceUid = u"1.2.x"_s;
        QVERIFY(!findOnPacs(m_orthanc.node(), query));
    }

    void retrieveByGetAddsTheStudyAsItems_data() { retrieveData(); }
    void retrieveByGetAddsTheStudyAsItems() { retrieveStudyA(); }
    void retrieveByMoveAddsTheStudyAsItems_data() { retrieveData(); }
    void retrieveByMoveAddsTheStudyAsItems() { retrieveStudyA(); }

    void moveDeliveriesFromAnotherAddressAreRefused()
    {
        // Orthanc listens on every loopback address; reached at 127.0.0.2, it still delivers
        // from 127.0.0.1, which is then not the node's address.
        PacsNode node = m_orthanc.node();
        node.host = u"127.0.0.2"_s;
        if (!echoPacsNode(node))
            QSKIP("Orthanc does not answer on 127.0.0.2 here");
        auto workspace = newProject();
        QVERIFY(workspace);
        RetrieveRequest request;
        request.studyInstanceUid = StudyB;
        request.method = RetrieveMethod::Move;
        request.movePort = m_movePort;
        const Expected<PacsImportReport> report = retrieveIntoProject(*workspace, node, request);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(report->retrieve.found, 1);
        QCOMPARE(report->retrieve.fetched, 0);
        QCOMPARE(report->retrieve.problems.size(), size_t(1));
        QVERIFY(workspace->items().items().empty());
    }

    void moveToAPortInUseSaysSo()
    {
        QTcpServer occupant;
        QVERIFY(occupant.listen(QHostAddress::Any, 0));
        auto workspace = newProject();
        QVERIFY(workspace);
        RetrieveRequest request;
        request.studyInstanceUid = StudyB;
        request.method = RetrieveMethod::Move;
        request.movePort = occupant.serverPort();
        const Expected<PacsImportReport> report =
            retrieveIntoProject(*workspace, m_orthanc.node(), request);
        QVERIFY(!report);
        QVERIFY2(report.error().message.contains(u"cannot listen for the C-MOVE"_s),
                 qPrintable(report.error().toString()));
        QVERIFY2(report.error().path.contains(QString::number(occupant.serverPort())),
                 qPrintable(report.error().toString()));
    }

    void cancelThenResumeFetchesOnlyTheRest()
    {
        auto workspace = newProject();
        QVERIFY(workspace);
        RetrieveRequest request;
        request.studyInstanceUid = StudyA;
        std::atomic<bool> cancel = false;
        int calls = 0;
        const auto stopAfterTwo = [&](int done, int total) {
            ++calls;
            QCOMPARE(total, 5);
            if (done == 2)
                cancel = true;
        };
        Expected<PacsImportReport> first =
            retrieveIntoProject(*workspace, m_orthanc.node(), request, {}, stopAfterTwo, &cancel);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
        QVERIFY(first->retrieve.cancelled);
        QCOMPARE(first->retrieve.fetched, 2);
        QCOMPARE(calls, 2);
        QCOMPARE(first->import.added, 2);
        QCOMPARE(workspace->items().items().size(), size_t(2));

        cancel = false;
        std::vector<int> progress;
        Expected<PacsImportReport> second = retrieveIntoProject(
            *workspace, m_orthanc.node(), request, {},
            [&](int done, int total) { progress.push_back(done * 10 + total); }, &cancel);
        QVERIFY2(second, qPrintable(second ? QString() : second.error().toString()));
        QVERIFY(!second->retrieve.cancelled);
        QCOMPARE(second->retrieve.found, 5);
        QCOMPARE(second->retrieve.alreadyCached, 2);
        QCOMPARE(second->retrieve.fetched, 3);
        QCOMPARE(progress, (std::vector<int>{13, 23, 33}));
        QCOMPARE(second->import.added, 3);
        QCOMPARE(second->import.alreadyPresent, 2);
        QCOMPARE(workspace->items().items().size(), size_t(5));
    }

    void aSeriesNothingOfWhichIsCachedComesInOneGet()
    {
        auto workspace = newProject();
        QVERIFY(workspace);
        RetrieveRequest request;
        request.studyInstanceUid = StudyA;
        std::vector<int> progress;
        const Expected<RetrieveReport> report =
            retrieveToCache(cacheOf(*workspace), m_orthanc.node(), request, {},
                            [&](int done, int total) { progress.push_back(done * 10 + total); });
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QVERIFY(report->problems.empty());
        QCOMPARE(report->found, 5);
        QCOMPARE(report->fetched, 5);
        QCOMPARE(report->requests, 2); // one C-GET per series, not one per image
        QCOMPARE(progress, (std::vector<int>{15, 25, 35, 45, 55}));
        QCOMPARE(report->files.size(), 5);
        for (const QString &file : report->files)
            QVERIFY2(DcmFileFormat().loadFile(QFile::encodeName(file).constData()).good(),
                     qPrintable(file));
        QCOMPARE(filesOutside(cacheOf(*workspace).nodeFolder(), u"/nowhere"_s).filter(u".part"_s),
                 QStringList());
    }

    void resumingAfterALossFetchesTheMissingSeriesWholeAndTheRestByImage()
    {
        auto workspace = newProject();
        QVERIFY(workspace);
        const PacsCache cache = cacheOf(*workspace);
        RetrieveRequest request;
        request.studyInstanceUid = StudyA;
        QVERIFY(retrieveToCache(cache, m_orthanc.node(), request));
        // What a crash may leave: one image of the first series gone, with a partial file of
        // it under its partial name, and the second series' folder gone.
        const QString lost = *cache.instancePath(StudyA, SeriesA1, SeriesA1 + u".2"_s);
        QVERIFY(QFile::remove(lost));
        QFile partial(lost + u".part"_s);
        QVERIFY(partial.open(QIODevice::WriteOnly));
        partial.write("DICM, cut short");
        partial.close();
        QVERIFY(QDir(cache.studyFolder(StudyA) + u'/' + SeriesA2).removeRecursively());

        const Expected<RetrieveReport> report = retrieveToCache(cache, m_orthanc.node(), request);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QVERIFY(report->problems.empty());
        QCOMPARE(report->found, 5);
        QCOMPARE(report->alreadyCached, 2);
        QCOMPARE(report->fetched, 3);
        QCOMPARE(report->requests, 2); // the lost image alone, the lost series whole
        QCOMPARE(report->files.size(), 5);
        QVERIFY(DcmFileFormat().loadFile(QFile::encodeName(lost).constData()).good());
        QVERIFY(!QFileInfo::exists(lost + u".part"_s));
    }

    void cancelInsideASeriesStopsAfterTheImageInFlightThenResumes()
    {
        auto workspace = newProject();
        QVERIFY(workspace);
        const PacsCache cache = cacheOf(*workspace);
        RetrieveRequest request;
        request.studyInstanceUid = StudyA;
        request.seriesInstanceUid = SeriesA1; // three images, none cached: one C-GET
        std::atomic<bool> cancel = false;
        const Expected<RetrieveReport> first = retrieveToCache(
            cache, m_orthanc.node(), request, {}, [&](int, int) { cancel = true; }, &cancel);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
        QVERIFY(first->cancelled);
        QCOMPARE(first->requests, 1);
        QCOMPARE(first->fetched, 1); // the node's next images were dropped with the association
        QCOMPARE(first->files.size(), 1);
        QVERIFY(first->problems.empty());

        cancel = false;
        const Expected<RetrieveReport> second =
            retrieveToCache(cache, m_orthanc.node(), request, {}, {}, &cancel);
        QVERIFY2(second, qPrintable(second ? QString() : second.error().toString()));
        QVERIFY(!second->cancelled);
        QCOMPARE(second->alreadyCached, 1);
        QCOMPARE(second->fetched, 2);
        QCOMPARE(second->requests, 2); // the series is partly cached: image by image
        QCOMPARE(second->files.size(), 3);
        QVERIFY(second->problems.empty());
    }

    void aBackgroundWriterFlushesEveryFileAlsoTheSameInstanceTwice()
    {
        auto workspace = newProject();
        QVERIFY(workspace);
        const PacsCache cache = cacheOf(*workspace);
        const QString sop = SeriesB1 + u".9"_s;
        DcmFileFormat file;
        QVERIFY(file.loadFile(QFile::encodeName(
                                  writeInstance({StudyB, SeriesB1, sop, u"DX"_s, u"PAT-BETA"_s,
                                                 u"Roe^Rick"_s, u"20230710"_s, u"ACC-2"_s}))
                                  .constData())
                    .good());
        {
            pacsdetail::InstanceWriter writer(cache, StudyB,
                                              pacsdetail::InstanceWriter::Flush::Background);
            // More files than may wait for the flushing thread, all of one instance, as a
            // node that sends an instance again and again would.
            for (int i = 0; i < 6; ++i)
                QCOMPARE(writer.write(*file.getDataset()), Uint16(0));
            writer.finish();
            QCOMPARE(writer.written(), 6);
            QVERIFY(writer.problems().empty());
        }
        const QString path = *cache.instancePath(StudyB, SeriesB1, sop);
        DcmFileFormat written;
        QVERIFY(written.loadFile(QFile::encodeName(path).constData()).good());
        OFString uid;
        written.getDataset()->findAndGetOFString(DCM_SOPInstanceUID, uid);
        QCOMPARE(QString::fromLatin1(uid.c_str()), sop);
        QVERIFY(!QFileInfo::exists(path + u".part"_s));
    }

    void sendGivesAReceiptPerFile()
    {
        const QString first =
            writeInstance({Root + u".4"_s, Root + u".4.1"_s, Root + u".4.1.1"_s, u"DX"_s,
                           u"PAT-DELTA"_s, u"Sent^One"_s, u"20210101"_s, u"ACC-4"_s});
        const QString second =
            writeInstance({Root + u".4"_s, Root + u".4.1"_s, Root + u".4.1.2"_s, u"DX"_s,
                           u"PAT-DELTA"_s, u"Sent^One"_s, u"20210101"_s, u"ACC-4"_s});
        const QString notDicom = path(u"notes.txt"_s);
        QFile text(notDicom);
        QVERIFY(text.open(QIODevice::WriteOnly) && text.write("not DICOM") > 0);
        text.close();
        const Expected<std::vector<StoreReceipt>> receipts =
            sendToPacs(m_orthanc.node(), {first, notDicom, second});
        QVERIFY2(receipts, qPrintable(receipts ? QString() : receipts.error().toString()));
        QCOMPARE(receipts->size(), size_t(3));
        QVERIFY((*receipts)[0].stored);
        QCOMPARE((*receipts)[0].status, 0);
        QCOMPARE((*receipts)[0].message, u"success (0x0000)"_s);
        QCOMPARE((*receipts)[0].sopInstanceUid, Root + u".4.1.1"_s);
        QVERIFY(!(*receipts)[1].stored);
        QVERIFY2((*receipts)[1].message.contains(u"not a readable DICOM file"_s),
                 qPrintable((*receipts)[1].message));
        QVERIFY((*receipts)[2].stored);

        PacsQuery query;
        query.level = QueryLevel::Series;
        query.studyInstanceUid = Root + u".4"_s;
        const Expected<std::vector<PacsMatch>> found = findOnPacs(m_orthanc.node(), query);
        QVERIFY(found);
        QCOMPARE(found->size(), size_t(1));
        QCOMPARE(found->front().relatedInstances, 2);
    }

    void hostileUidsFromTheNodeNeverEscapeTheCache()
    {
        auto workspace = newProject();
        QVERIFY(workspace);
        const QString root = workspace->folder().root();
        RetrieveRequest request;
        request.studyInstanceUid = StudyC;
        const Expected<PacsImportReport> report =
            retrieveIntoProject(*workspace, m_orthanc.node(), request);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(report->retrieve.fetched, 1);
        QCOMPARE(report->import.added, 1);
        QVERIFY(std::any_of(
            report->retrieve.problems.begin(), report->retrieve.problems.end(),
            [](const FileError &problem) { return problem.message.contains(u"../../x"_s); }));
        // The cache holds node.json and the one good instance, where its UIDs say.
        const PacsCache cache(root, m_orthanc.node().name);
        QStringList cached = filesOutside(root + u"/pacs"_s, u"/nowhere"_s);
        cached.sort();
        QCOMPARE(cached, (QStringList{*cache.instancePath(StudyC, SeriesC1, SeriesC1 + u".1"_s),
                                      cache.nodeFolder() + u"/node.json"_s}));
        // Nothing anywhere in the test's folder has the hostile name.
        for (const QString &file : filesOutside(m_dir.path(), u"/nowhere"_s))
            QVERIFY2(!file.split(u'/').contains(u"x"_s), qPrintable(file));

        // The same UIDs arriving in a data set (a node sending what was not asked for) are
        // refused by the writer, whatever the listing said.
        pacsdetail::InstanceWriter writer(cache, StudyC);
        const auto hostileDataset = [](const char *study, const char *series, const char *sop) {
            DcmDataset dataset;
            dataset.putAndInsertString(DCM_StudyInstanceUID, study);
            dataset.putAndInsertString(DCM_SeriesInstanceUID, series);
            dataset.putAndInsertString(DCM_SOPInstanceUID, sop);
            return dataset;
        };
        const QByteArray study = StudyC.toLatin1();
        DcmDataset climbingSeries = hostileDataset(study.constData(), "../../x", "1.2.3");
        QVERIFY(writer.write(climbingSeries) != 0);
        DcmDataset climbingSop = hostileDataset(study.constData(), "1.2", "../../../../evil");
        QVERIFY(writer.write(climbingSop) != 0);
        DcmDataset absoluteSop = hostileDataset(study.constData(), "1.2", "/tmp/evil");
        QVERIFY(writer.write(absoluteSop) != 0);
        DcmDataset otherStudy = hostileDataset("1.2.3.4", "1.2", "1.2.3");
        QVERIFY(writer.write(otherStudy) != 0);
        QCOMPARE(writer.written(), 0);
        QCOMPARE(writer.problems().size(), size_t(4));
        QCOMPARE(filesOutside(root, root + u"/pacs"_s).filter(u"evil"_s), QStringList());
        QVERIFY(!QFileInfo::exists(u"/tmp/evil.dcm"_s));
        QVERIFY(!QFileInfo::exists(root + u"/pacs/x"_s));
        QVERIFY(!QFileInfo::exists(root + u"/x"_s));
        QVERIFY(!QFileInfo::exists(root + u"/../x"_s));
    }

private:
    void retrieveData()
    {
        QTest::addColumn<QString>("series");
        QTest::addColumn<int>("expected");
        QTest::newRow("study") << QString() << 5;
        QTest::newRow("one series") << SeriesA2 << 2;
    }

    void retrieveStudyA()
    {
        QFETCH(QString, series);
        QFETCH(int, expected);
        auto workspace = newProject();
        QVERIFY(workspace);
        RetrieveRequest request;
        request.studyInstanceUid = StudyA;
        request.seriesInstanceUid = series;
        const bool move = QString::fromLatin1(QTest::currentTestFunction()).contains(u"Move"_s);
        if (move) {
            request.method = RetrieveMethod::Move;
            request.movePort = m_movePort;
        }
        const Expected<PacsImportReport> report =
            retrieveIntoProject(*workspace, m_orthanc.node(), request);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        for (const FileError &problem : report->retrieve.problems)
            qWarning().noquote() << problem.toString();
        QVERIFY(report->retrieve.problems.empty());
        QCOMPARE(report->retrieve.found, expected);
        QCOMPARE(report->retrieve.fetched, expected);
        QCOMPARE(report->import.added, expected);
        QCOMPARE(int(workspace->items().items().size()), expected);
        for (const Item &item : workspace->items().items()) {
            QCOMPARE(item.studyInstanceUid, StudyA);
            QVERIFY(series.isEmpty() || item.seriesInstanceUid == series);
            const std::optional<PacsReference> reference = pacsReferenceOf(item);
            QVERIFY2(reference, qPrintable(item.path));
            QCOMPARE(reference->nodeName, m_orthanc.node().name);
            QCOMPARE(reference->sopInstanceUid, item.sopInstanceUid);
            // The file is in the project, so the image opens without the node.
            QVERIFY(QFileInfo::exists(workspace->folder().root() + u'/' + item.path));
        }
        QVERIFY(QFileInfo::exists(workspace->folder().root() + u"/pacs/orthanc/node.json"_s));
    }
};

QTEST_GUILESS_MAIN(TestPacs)
#include "tst_pacs.moc"
