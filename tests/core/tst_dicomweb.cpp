// SPDX-License-Identifier: GPL-3.0-or-later
// QIDO-RS, WADO-RS and STOW-RS against Orthanc's DICOMweb plugin started by the test, and a
// hostile server of the test's own (docs/pacs.md, "DICOMweb").
#include "core/pacs/dicomweb.h"
#include "core/pacs/dicomwebclient.h"
#include "core/pacs/pacscache.h"
#include "core/pacs/pacsecho.h"
#include "core/pacs/pacsquery.h"
#include "core/pacs/pacsretrieve.h"
#include "core/pacs/pacssend.h"
#include "core/project/workspace.h"
#include "tests/core/dicomtestfixtures.h"
#include "tests/core/orthancfixture.h"
#include "tests/core/pacstestinstances.h"

#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <atomic>
#include <functional>
#include <set>

using namespace concord;
using namespace concord::test;
using namespace Qt::StringLiterals;

namespace {

// Studies A and B are tests/core/pacstestinstances.h's. Study C: sent by STOW-RS during the test.
const QString StudyC = Root + u".3"_s;
const QString SeriesC1 = StudyC + u".1"_s;
// Studies P1 to P12: patient PAT-PAGE, one DX image each but P1, which has seven; more than a
// page of five, to be found page by page.
const QString PagedStudies = Root + u".5"_s;
constexpr int PagedStudyCount = 12;
constexpr int ImagesOfFirstPagedStudy = 7;
constexpr int SmallPage = 5;
// Study H: served by the hostile server only.
const QString StudyH = Root + u".9"_s;
const QString SeriesH1 = StudyH + u".1"_s;
const QString SopH1 = SeriesH1 + u".1"_s;

// An HTTP server that answers every request with what `respond` returns for its request line,
// then closes; or never answers when `respond` returns an empty array.
class ScriptedHttpServer : public QObject
{
public:
    explicit ScriptedHttpServer(std::function<QByteArray(const QByteArray &)> respond)
        : m_respond(std::move(respond))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_requests[socket] += socket->readAll();
                    const QByteArray &request = m_requests[socket];
                    if (!request.contains("\r\n\r\n"))
                        return;
                    const QByteArray answer = m_respond(request.left(request.indexOf("\r\n")));
                    if (answer.isEmpty())
                        return; // silent
                    socket->write(answer);
                    socket->disconnectFromHost();
                });
            }
        });
    }
    QString url() const { return u"http://127.0.0.1:%1/dicom-web"_s.arg(m_server.serverPort()); }

private:
    std::function<QByteArray(const QByteArray &)> m_respond;
    QTcpServer m_server;
    std::map<QTcpSocket *, QByteArray> m_requests;
};

QByteArray httpAnswer(const QByteArray &contentType, const QByteArray &body)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: " + contentType +
           "\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace

class TestDicomWeb : public DicomTestCase
{
    Q_OBJECT

    OrthancServer m_orthanc;
    int m_projects = 0;

    QString writeInstance(const Instance &instance)
    {
        return test::writeInstance(instance, m_dir.path());
    }

    std::unique_ptr<Workspace> newProject()
    {
        return createEmptyProject(path(u"project%1"_s.arg(++m_projects)), u"dicomweb"_s);
    }

    static QStringList filesBelow(const QString &folder)
    {
        QStringList files;
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        return files;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (OrthancServer::binary().isEmpty())
            QSKIP("Orthanc is not installed (Debian package orthanc): the DICOMweb tests need it");
        if (OrthancServer::dicomWebPlugin().isEmpty())
            QSKIP("Orthanc's DICOMweb plugin is not installed (Debian package orthanc-dicomweb)");
        QVERIFY(m_dir.isValid());
        OrthancSetup setup;
        setup.dicomWeb = true;
        const QString failure = m_orthanc.start(path(u"orthanc"_s), freeLoopbackPort(), setup);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        const QString failed = uploadAll(m_orthanc, studiesAAndB(), m_dir.path());
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void cleanupTestCase() { m_orthanc.stop(); }

    void echoIsAQidoSearch()
    {
        const Expected<EchoReply> reply = echoPacsNode(m_orthanc.webNode());
        QVERIFY2(reply, qPrintable(reply ? QString() : reply.error().toString()));
        QVERIFY(reply->totalMilliseconds < PacsOptions::DefaultTimeoutSeconds * 1000);
    }

    void findStudiesWithFilters()
    {
        const PacsNode node = m_orthanc.webNode();
        PacsQuery query;
        query.patientId = u"PAT-ALPHA"_s;
        Expected<std::vector<PacsMatch>> found = findOnPacs(node, query);
        QVERIFY2(found, qPrintable(found ? QString() : found.error().toString()));
        QCOMPARE(found->size(), size_t(1));
        const PacsMatch &study = found->front();
        QCOMPARE(study.level, QueryLevel::Study);
        QCOMPARE(study.studyInstanceUid, StudyA);
        QCOMPARE(study.patientName, u"Doe^Jane"_s);
        QCOMPARE(study.studyDate, u"20240105"_s);
        QCOMPARE(study.accessionNumber, u"ACC-1"_s);
        QCOMPARE(study.relatedInstances, 5);
        QVERIFY2(study.modalitiesInStudy.contains(u"CR"_s), qPrintable(study.modalitiesInStudy));

        query = {};
        query.patientName = u"R?e*"_s;
        found = findOnPacs(node, query);
        QVERIFY2(found, qPrintable(found ? QString() : found.error().toString()));
        QCOMPARE(found->size(), size_t(1));
        QCOMPARE(found->front().studyInstanceUid, StudyB);

        query = {};
        query.studyDate = u"20230101-20231231"_s;
        found = findOnPacs(node, query);
        QVERIFY(found);
        QCOMPARE(found->size(), size_t(1));
        QCOMPARE(found->front().studyInstanceUid, StudyB);

        query = {};
        query.accessionNumber = u"ACC-1"_s;
        found = findOnPacs(node, query);
        QVERIFY(found);
        QCOMPARE(found->size(), size_t(1));
        QCOMPARE(found->front().studyInstanceUid, StudyA);

        query = {};
        query.modality = u"CR"_s;
        found = findOnPacs(node, query);
        QVERIFY2(found, qPrintable(found ? QString() : found.error().toString()));
        QCOMPARE(found->size(), size_t(1));
        QCOMPARE(found->front().studyInstanceUid, StudyA);

        query = {};
        query.studyInstanceUid = StudyB;
        found = findOnPacs(node, query);
        QVERIFY(found);
        QCOMPARE(found->size(), size_t(1));
        QCOMPARE(found->front().patientId, u"PAT-BETA"_s);
    }

    void findSeriesOfAStudy()
    {
        PacsQuery query;
        query.level = QueryLevel::Series;
        query.studyInstanceUid = StudyA;
        Expected<std::vector<PacsMatch>> found = findOnPacs(m_orthanc.webNode(), query);
        QVERIFY2(found, qPrintable(found ? QString() : found.error().toString()));
        std::set<QString> series;
        for (const PacsMatch &match : *found)
            series.insert(match.seriesInstanceUid);
        QCOMPARE(series, (std::set<QString>{SeriesA1, SeriesA2}));

        query.modality = u"DX"_s;
        found = findOnPacs(m_orthanc.webNode(), query);
        QVERIFY(found);
        QCOMPARE(found->size(), size_t(1));
        QCOMPARE(found->front().seriesInstanceUid, SeriesA1);
        QCOMPARE(found->front().modality, u"DX"_s);
        QCOMPARE(found->front().relatedInstances, 3);
    }

    void retrieveATwoSeriesStudyIntoAProject()
    {
        auto workspace = newProject();
        QVERIFY(workspace);
        RetrieveRequest request;
        request.studyInstanceUid = StudyA;
        std::vector<int> progress;
        const Expected<PacsImportReport> report = retrieveIntoProject(
            *workspace, m_orthanc.webNode(), request, {},
            [&](int done, int total) { progress.push_back(done * 10 + total); });
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QVERIFY2(report->retrieve.problems.empty(), qPrintable(problemsOf(report->retrieve)));
        QCOMPARE(report->retrieve.found, 5);
        QCOMPARE(report->retrieve.fetched, 5);
        QCOMPARE(progress, (std::vector<int>{15, 25, 35, 45, 55}));
        QCOMPARE(report->import.added, 5);
        const std::set<QString> expected{SeriesA1 + u".1"_s, SeriesA1 + u".2"_s, SeriesA1 + u".3"_s,
                                         SeriesA2 + u".1"_s, SeriesA2 + u".2"_s};
        QCOMPARE(sopUidsOf(*workspace), expected);
        for (const Item &item : workspace->items().items()) {
            QCOMPARE(item.studyInstanceUid, StudyA);
            const std::optional<PacsReference> reference = pacsReferenceOf(item);
            QVERIFY2(reference, qPrintable(item.path));
            QCOMPARE(reference->nodeName, u"orthanc-web"_s);
        }
        QFile nodeFile(workspace->folder().root() + u"/pacs/orthanc-web/node.json"_s);
        QVERIFY(nodeFile.open(QIODevice::ReadOnly));
        QVERIFY(nodeFile.readAll().contains("dicom-web"));
    }

    void cancelThenResumeFetchesOnlyTheRest()
    {
        auto workspace = newProject();
        QVERIFY(workspace);
        RetrieveRequest request;
        request.studyInstanceUid = StudyA;
        std::atomic<bool> cancel{false};
        Expected<PacsImportReport> report = retrieveIntoProject(
            *workspace, m_orthanc.webNode(), request, {},
            [&](int done, int) {
                if (done == 2)
                    cancel = true;
            },
            &cancel);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QVERIFY(report->retrieve.cancelled);
        QCOMPARE(report->retrieve.fetched, 2);
        QCOMPARE(report->import.added, 2);

        cancel = false;
        report = retrieveIntoProject(*workspace, m_orthanc.webNode(), request, {}, {}, &cancel);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QVERIFY(!report->retrieve.cancelled);
        QCOMPARE(report->retrieve.alreadyCached, 2);
        QCOMPARE(report->retrieve.fetched, 3);
        QCOMPARE(report->import.added, 3);
        QCOMPARE(sopUidsOf(*workspace).size(), size_t(5));
    }

    void storeThenFind()
    {
        const QString good =
            writeInstance({StudyC, SeriesC1, SeriesC1 + u".1"_s, u"DX"_s, u"PAT-GAMMA"_s,
                           u"Poe^Gil"_s, u"20220101"_s, u"ACC-3"_s});
        QVERIFY(!good.isEmpty());
        const QString notDicom = path(u"notes.txt"_s);
        QFile text(notDicom);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not an image\n");
        text.close();
        const Expected<std::vector<StoreReceipt>> receipts =
            sendToPacs(m_orthanc.webNode(), {good, notDicom});
        QVERIFY2(receipts, qPrintable(receipts ? QString() : receipts.error().toString()));
        QCOMPARE(receipts->size(), size_t(2));
        QVERIFY2(receipts->at(0).stored, qPrintable(receipts->at(0).message));
        QCOMPARE(receipts->at(0).sopInstanceUid, SeriesC1 + u".1"_s);
        QVERIFY(!receipts->at(1).stored);
        QVERIFY2(receipts->at(1).message.contains(u"not a readable DICOM file"_s),
                 qPrintable(receipts->at(1).message));

        PacsQuery query;
        query.studyInstanceUid = StudyC;
        const Expected<std::vector<PacsMatch>> found = findOnPacs(m_orthanc.webNode(), query);
        QVERIFY(found);
        QCOMPARE(found->size(), size_t(1));
        QCOMPARE(found->front().patientId, u"PAT-GAMMA"_s);
    }

    void basicAuthenticationRightAndWrong()
    {
        OrthancServer guarded;
        OrthancSetup setup;
        setup.dicomWeb = true;
        setup.user = u"reader"_s;
        setup.password = u"s3cret-pw"_s;
        const QString failure = guarded.start(path(u"guarded"_s), freeLoopbackPort(), setup);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));

        PacsNode node = guarded.webNode();
        const Expected<EchoReply> anonymous = echoPacsNode(node);
        QVERIFY(!anonymous);
        QVERIFY2(anonymous.error().message.contains(u"HTTP 401"_s),
                 qPrintable(anonymous.error().toString()));

        node.authentication = WebAuthentication::Basic;
        node.user = u"reader"_s;
        node.secretEnvironment = u"CONCORD_TEST_DICOMWEB_PASSWORD"_s;
        qputenv("CONCORD_TEST_DICOMWEB_PASSWORD", "s3cret-pw");
        const Expected<EchoReply> accepted = echoPacsNode(node);
        QVERIFY2(accepted, qPrintable(accepted ? QString() : accepted.error().toString()));

        qputenv("CONCORD_TEST_DICOMWEB_PASSWORD", "wrong");
        const Expected<EchoReply> refused = echoPacsNode(node);
        QVERIFY(!refused);
        const QString message = refused.error().toString();
        QVERIFY2(message.contains(u"authentication failed (HTTP 401)"_s), qPrintable(message));
        QVERIFY2(message.contains(guarded.dicomWebUrl()), qPrintable(message));
        QVERIFY2(!message.contains(u"wrong"_s), qPrintable(message));

        qunsetenv("CONCORD_TEST_DICOMWEB_PASSWORD");
        const Expected<EchoReply> unset = echoPacsNode(node);
        QVERIFY(!unset);
        QVERIFY2(unset.error().message.contains(u"CONCORD_TEST_DICOMWEB_PASSWORD"_s),
                 qPrintable(unset.error().toString()));

        // A password file that others may read is refused; one only its owner reads is used.
        node.secretEnvironment.clear();
        node.secretFile = path(u"password"_s);
        QFile secret(node.secretFile);
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("s3cret-pw\n");
        secret.close();
        QVERIFY(secret.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        const Expected<EchoReply> exposed = echoPacsNode(node);
        QVERIFY(!exposed);
        QVERIFY2(exposed.error().message.contains(u"read by others"_s),
                 qPrintable(exposed.error().toString()));
        QVERIFY(secret.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        const Expected<EchoReply> fromFile = echoPacsNode(node);
        QVERIFY2(fromFile, qPrintable(fromFile ? QString() : fromFile.error().toString()));
    }

    void aSilentServerTimesOut()
    {
        ScriptedHttpServer silent([](const QByteArray &) { return QByteArray(); });
        Expected<PacsNode> node = parsePacsAddress(silent.url());
        QVERIFY(node);
        PacsOptions options;
        options.timeoutSeconds = 2;
        QElapsedTimer timer;
        timer.start();
        const Expected<EchoReply> reply = echoPacsNode(*node, options);
        const qint64 elapsed = timer.elapsed();
        QVERIFY(!reply);
        QVERIFY2(reply.error().message.contains(u"no answer within 2 second"_s),
                 qPrintable(reply.error().toString()));
        QVERIFY2(reply.error().toString().contains(silent.url()),
                 qPrintable(reply.error().toString()));
        QVERIFY2(elapsed >= 1500 && elapsed < 5000, qPrintable(QString::number(elapsed)));
    }

    void aClosedPortIsRefused()
    {
        Expected<PacsNode> node =
            parsePacsAddress(u"http://127.0.0.1:%1/dicom-web"_s.arg(freeLoopbackPort()));
        QVERIFY(node);
        const Expected<std::vector<PacsMatch>> found = findOnPacs(*node, {});
        QVERIFY(!found);
        QVERIFY2(found.error().message.contains(u"connection refused"_s),
                 qPrintable(found.error().toString()));
    }

    void aSearchPagesUntilItHasEveryMatch()
    {
        for (int study = 1; study <= PagedStudyCount; ++study) {
            const QString studyUid = PagedStudies + u".%1"_s.arg(study);
            const int images = study == 1 ? ImagesOfFirstPagedStudy : 1;
            for (int image = 1; image <= images; ++image) {
                const QString file = writeInstance(
                    {studyUid, studyUid + u".1"_s, studyUid + u".1.%1"_s.arg(image), u"DX"_s,
                     u"PAT-PAGE"_s, u"Page^Paul"_s, u"20220301"_s, u"ACC-P"_s});
                QVERIFY(!file.isEmpty());
                const QString uploaded = m_orthanc.upload(file);
                QVERIFY2(uploaded.isEmpty(), qPrintable(uploaded));
            }
        }
        const PacsNode node = m_orthanc.webNode();
        PacsQuery query;
        query.patientId = u"PAT-PAGE"_s;
        PacsOptions options;
        options.queryPageSize = SmallPage;

        // One request alone brings five: the server does cap at "limit", so what follows
        // needs the pages.
        pacsdetail::DicomWebClient client(node, options);
        QVERIFY(!client.prepare());
        const Expected<pacsdetail::WebAnswer> onePage =
            client.get(u"/studies"_s,
                       {{u"PatientID"_s, u"PAT-PAGE"_s}, {u"limit"_s, QString::number(SmallPage)}},
                       "application/dicom+json");
        QVERIFY2(onePage, qPrintable(onePage ? QString() : onePage.error().toString()));
        const Expected<std::vector<PacsMatch>> firstPage =
            pacsdetail::matchesFromDicomJson(onePage->body, QueryLevel::Study);
        QVERIFY(firstPage);
        QCOMPARE(int(firstPage->size()), SmallPage);

        // Paged, all twelve come, each once.
        Expected<std::vector<PacsMatch>> found = findOnPacs(node, query, options);
        QVERIFY2(found, qPrintable(found ? QString() : found.error().toString()));
        std::set<QString> studies;
        for (const PacsMatch &match : *found)
            studies.insert(match.studyInstanceUid);
        QCOMPARE(int(found->size()), PagedStudyCount);
        QCOMPARE(int(studies.size()), PagedStudyCount);
        for (int study = 1; study <= PagedStudyCount; ++study)
            QVERIFY(studies.count(PagedStudies + u".%1"_s.arg(study)));

        // The user's cap ends the search in the middle of a page.
        options.maxMatches = 7;
        found = findOnPacs(node, query, options);
        QVERIFY(found);
        QCOMPARE(int(found->size()), 7);

        // A study's instance listing (what a retrieval fetches) is paged too.
        options.maxMatches = 0;
        PacsQuery listing;
        listing.level = QueryLevel::Image;
        listing.studyInstanceUid = PagedStudies + u".1"_s;
        found = findOnPacs(node, listing, options);
        QVERIFY2(found, qPrintable(found ? QString() : found.error().toString()));
        std::set<QString> instances;
        for (const PacsMatch &match : *found)
            instances.insert(match.sopInstanceUid);
        QCOMPARE(int(found->size()), ImagesOfFirstPagedStudy);
        QCOMPARE(int(instances.size()), ImagesOfFirstPagedStudy);
    }

    void aServerIgnoringOffsetDoesNotLoop()
    {
        // Five studies whatever the offset: the second page repeats the first.
        QByteArray studies = "[";
        for (int i = 1; i <= SmallPage; ++i)
            studies += (i > 1 ? "," : "") + "{\"0020000D\":{\"vr\":\"UI\",\"Value\":[\""_ba +
                       (StudyH + u".%1"_s.arg(i)).toLatin1() + "\"]}}";
        studies += "]";
        int requests = 0;
        ScriptedHttpServer repeating([&](const QByteArray &) {
            ++requests;
            return httpAnswer("application/dicom+json", studies);
        });
        Expected<PacsNode> node = parsePacsAddress(repeating.url());
        QVERIFY(node);
        PacsOptions options;
        options.queryPageSize = SmallPage;
        const Expected<std::vector<PacsMatch>> found = findOnPacs(*node, {}, options);
        QVERIFY(!found);
        QCOMPARE(requests, 2);
        QVERIFY2(found.error().message.contains(u"does not page with \"offset\""_s),
                 qPrintable(found.error().toString()));
        QVERIFY2(found.error().message.contains(u"Stopped after 5 match"_s),
                 qPrintable(found.error().toString()));

        // A server that ignores "limit" as well sends everything at once: that is the answer.
        options.queryPageSize = 3;
        requests = 0;
        const Expected<std::vector<PacsMatch>> whole = findOnPacs(*node, {}, options);
        QVERIFY2(whole, qPrintable(whole ? QString() : whole.error().toString()));
        QCOMPARE(int(whole->size()), SmallPage);
        QCOMPARE(requests, 1);
    }

    void cancelStopsBetweenPages()
    {
        QByteArray page = "[";
        for (int i = 1; i <= SmallPage; ++i)
            page += (i > 1 ? "," : "") + "{\"0020000D\":{\"vr\":\"UI\",\"Value\":[\""_ba +
                    (StudyH + u".%1"_s.arg(i)).toLatin1() + "\"]}}";
        page += "]";
        std::atomic<bool> cancel = false;
        QList<QByteArray> requestLines;
        ScriptedHttpServer server([&](const QByteArray &requestLine) {
            requestLines << requestLine;
            cancel = true; // the user cancels while the first page comes
            return httpAnswer("application/dicom+json", page);
        });
        Expected<PacsNode> node = parsePacsAddress(server.url());
        QVERIFY(node);
        PacsOptions options;
        options.queryPageSize = SmallPage;
        const Expected<std::vector<PacsMatch>> found = findOnPacs(*node, {}, options, &cancel);
        QVERIFY(!found);
        QVERIFY2(found.error().message.contains(u"cancelled"_s),
                 qPrintable(found.error().toString()));
        QCOMPARE(requestLines.size(), 1);
        QVERIFY2(requestLines.first().contains("limit=5"), requestLines.first().constData());
    }

    void hostileMultipartBodiesWriteNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("climbing SOP Instance UID") << u"climbing"_s;
        QTest::newRow("part without Content-Type") << u"untyped"_s;
        QTest::newRow("truncated body") << u"truncated"_s;
    }

    void hostileMultipartBodiesWriteNothing()
    {
        QFETCH(QString, kind);
        const QString file = writeInstance({StudyH, SeriesH1, SopH1, u"DX"_s, u"PAT-H"_s,
                                            u"Hostile^Harry"_s, u"20200101"_s, u"ACC-H"_s});
        QVERIFY(!file.isEmpty());
        if (kind == u"climbing"_s)
            QVERIFY(editDicom(file, [](DcmDataset &dataset) {
                dataset.putAndInsertString(DCM_SOPInstanceUID, "../../x");
            }));
        QFile input(file);
        QVERIFY(input.open(QIODevice::ReadOnly));
        const QByteArray dicom = input.readAll();
        // The listing names the instance well, and a second one whose UID climbs.
        const QByteArray listing =
            "[{\"0020000E\":{\"vr\":\"UI\",\"Value\":[\"" + SeriesH1.toLatin1() +
            "\"]},\"00080018\":{\"vr\":\"UI\",\"Value\":[\"" + SopH1.toLatin1() +
            "\"]}},{\"0020000E\":{\"vr\":\"UI\",\"Value\":[\"" + SeriesH1.toLatin1() +
            "\"]},\"00080018\":{\"vr\":\"UI\",\"Value\":[\"../../y\"]}}]";
        QByteArray body = "--B\r\n";
        if (kind != u"untyped"_s)
            body += "Content-Type: application/dicom\r\n";
        body += "\r\n";
        body += kind == u"truncated"_s ? dicom.left(dicom.size() / 2) : dicom + "\r\n--B--\r\n";
        ScriptedHttpServer hostile([&](const QByteArray &requestLine) {
            if (requestLine.contains("/instances/"))
                return httpAnswer("multipart/related; type=\"application/dicom\"; boundary=B",
                                  body);
            return httpAnswer("application/dicom+json", listing);
        });
        Expected<PacsNode> node = parsePacsAddress(hostile.url());
        QVERIFY(node);
        auto workspace = newProject();
        QVERIFY(workspace);
        const QStringList before = filesBelow(workspace->folder().root());
        RetrieveRequest request;
        request.studyInstanceUid = StudyH;
        const Expected<PacsImportReport> report = retrieveIntoProject(*workspace, *node, request);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(report->retrieve.found, 1);
        QCOMPARE(report->retrieve.fetched, 0);
        QVERIFY(report->retrieve.problems.size() >= 2);
        const QString problems = problemsOf(report->retrieve);
        QVERIFY2(problems.contains(u"../../y"_s), qPrintable(problems)); // the skipped listing
        QCOMPARE(report->import.added, 0);
        QStringList written = filesBelow(workspace->folder().root());
        for (const QString &old : before)
            written.removeAll(old);
        written.removeAll(workspace->folder().root() + u"/pacs/"_s + node->name + u"/node.json"_s);
        QVERIFY2(written.isEmpty(), qPrintable(written.join(u", "_s)));
        QVERIFY(filesBelow(m_dir.path() + u"/x"_s).isEmpty());
        QVERIFY(!QFile::exists(workspace->folder().root() + u"/x"_s));
    }
};

QTEST_GUILESS_MAIN(TestDicomWeb)
#include "tst_dicomweb.moc"
