// SPDX-License-Identifier: GPL-3.0-or-later
// DIMSE over DICOM TLS against a real Orthanc with DicomTlsEnabled, and a plain one, started by
// the test with certificates it makes with openssl (docs/pacs.md, "TLS", "Tests").
#include "core/pacs/pacscache.h"
#include "core/pacs/pacsecho.h"
#include "core/pacs/pacsquery.h"
#include "core/pacs/pacsretrieve.h"
#include "core/pacs/pacssend.h"
#include "core/project/workspace.h"
#include "tests/core/dicomtestfixtures.h"
#include "tests/core/orthancfixture.h"
#include "tests/core/pacstestinstances.h"
#include "tests/core/tlstestcertificates.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmnet/dcmtrans.h>

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace concord;
using namespace concord::test;
using namespace Qt::StringLiterals;

class TestPacsTls : public DicomTestCase
{
    Q_OBJECT

    TestCertificates m_certificates;
    OrthancServer m_tlsOrthanc;   // DICOM TLS only, asking for Concord's certificate
    OrthancServer m_plainOrthanc; // plain DICOM
    quint16 m_movePort = 0;
    int m_projects = 0;

    // The TLS Orthanc as a node with the CA and Concord's certificate and key.
    PacsNode tlsNode() const
    {
        PacsNode node = m_tlsOrthanc.node();
        node.tls = true;
        node.tlsCaFile = m_certificates.ca;
        node.tlsCertificateFile = m_certificates.client;
        node.tlsKeyFile = m_certificates.clientKey;
        return node;
    }

    static PacsOptions twoSeconds()
    {
        PacsOptions options;
        options.timeoutSeconds = 2;
        return options;
    }

    std::unique_ptr<Workspace> newProject()
    {
        return createEmptyProject(path(u"project%1"_s.arg(++m_projects)), u"tls"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (OrthancServer::binary().isEmpty())
            QSKIP("Orthanc is not installed (Debian package orthanc): the PACS tests need it");
        if (opensslBinary().isEmpty())
            QSKIP("openssl is not installed (Debian package openssl): the TLS tests make their "
                  "certificates with it");
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(path(u"pki"_s)));
        const QString made = makeTestCertificates(path(u"pki"_s), m_certificates);
        QVERIFY2(made.isEmpty(), qPrintable(made));

        m_movePort = freeLoopbackPort();
        OrthancSetup setup;
        setup.tlsCertificate = m_certificates.server;
        setup.tlsKey = m_certificates.serverKey;
        setup.tlsTrusted = m_certificates.ca;
        QString failure = m_tlsOrthanc.start(path(u"orthanc-tls"_s), m_movePort, setup);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        failure = uploadAll(m_tlsOrthanc, studiesAAndB(), m_dir.path());
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        failure = m_plainOrthanc.start(path(u"orthanc-plain"_s), freeLoopbackPort());
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void cleanupTestCase()
    {
        m_tlsOrthanc.stop();
        m_plainOrthanc.stop();
    }

    void echoOverTls()
    {
        const Expected<EchoReply> reply = echoPacsNode(tlsNode());
        QVERIFY2(reply, qPrintable(reply ? QString() : reply.error().toString()));
        QVERIFY(reply->totalMilliseconds < PacsOptions::DefaultTimeoutSeconds * 1000);
    }

    void tlsLeavesDcmtksProcessWideSocketTimeOuts()
    {
        // They are every association's, plain ones and those running at the same time: the
        // TLS transport bounds its handshake on its own sockets (docs/pacs.md, "Time-outs").
        const Expected<EchoReply> reply = echoPacsNode(tlsNode(), twoSeconds());
        QVERIFY2(reply, qPrintable(reply ? QString() : reply.error().toString()));
        QCOMPARE(dcmSocketSendTimeout.get(), 60);
        QCOMPARE(dcmSocketReceiveTimeout.get(), 60);
    }

    void findOverTls()
    {
        PacsQuery query;
        query.level = QueryLevel::Study;
        query.patientId = u"PAT-ALPHA"_s;
        const Expected<std::vector<PacsMatch>> found = findOnPacs(tlsNode(), query);
        QVERIFY2(found, qPrintable(found ? QString() : found.error().toString()));
        QCOMPARE(found->size(), size_t(1));
        QCOMPARE(found->front().studyInstanceUid, StudyA);
        QCOMPARE(found->front().relatedInstances, 5);
    }

    void getOverTls()
    {
        auto workspace = newProject();
        QVERIFY(workspace);
        RetrieveRequest request;
        request.studyInstanceUid = StudyA;
        request.seriesInstanceUid = SeriesA1;
        const Expected<PacsImportReport> report =
            retrieveIntoProject(*workspace, tlsNode(), request);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QVERIFY2(report->retrieve.problems.empty(), qPrintable(problemsOf(report->retrieve)));
        QCOMPARE(report->retrieve.fetched, 3);
        QCOMPARE(sopUidsOf(*workspace).size(), size_t(3));
    }

    void moveOverTlsDeliversToConcordsTlsStorageScp()
    {
        auto workspace = newProject();
        QVERIFY(workspace);
        RetrieveRequest request;
        request.studyInstanceUid = StudyA;
        request.seriesInstanceUid = SeriesA2;
        request.method = RetrieveMethod::Move;
        request.movePort = m_movePort;
        const Expected<PacsImportReport> report =
            retrieveIntoProject(*workspace, tlsNode(), request);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QVERIFY2(report->retrieve.problems.empty(), qPrintable(problemsOf(report->retrieve)));
        QCOMPARE(report->retrieve.fetched, 2);
        QCOMPARE(sopUidsOf(*workspace),
                 (std::set<QString>{SeriesA2 + u".1"_s, SeriesA2 + u".2"_s}));

        // Its storage SCP shows the node Concord's certificate: without one it is not started.
        PacsNode anonymous = tlsNode();
        anonymous.tlsCertificateFile.clear();
        anonymous.tlsKeyFile.clear();
        request.seriesInstanceUid = SeriesA1;
        const Expected<RetrieveReport> refused = retrieveToCache(
            PacsCache(workspace->folder().root(), anonymous.name), anonymous, request);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"needs Concord's certificate"_s),
                 qPrintable(refused.error().toString()));
    }

    void sendOverTls()
    {
        const QString study = Root + u".40"_s;
        const QString file =
            test::writeInstance({study, study + u".1"_s, study + u".1.1"_s, u"DX"_s, u"PAT-TLS"_s,
                                 u"Tls^Tom"_s, u"20240301"_s, u"ACC-40"_s},
                                m_dir.path());
        QVERIFY(!file.isEmpty());
        const Expected<std::vector<StoreReceipt>> receipts = sendToPacs(tlsNode(), {file});
        QVERIFY2(receipts, qPrintable(receipts ? QString() : receipts.error().toString()));
        QCOMPARE(receipts->size(), size_t(1));
        QVERIFY2(receipts->front().stored, qPrintable(receipts->front().message));
    }

    void aCertificateFromAnotherCaIsNotTrusted()
    {
        PacsNode node = tlsNode();
        node.tlsCaFile = m_certificates.otherCa;
        QElapsedTimer timer;
        timer.start();
        const Expected<EchoReply> reply = echoPacsNode(node, twoSeconds());
        QVERIFY(!reply);
        QVERIFY2(reply.error().message.contains(u"is not trusted"_s),
                 qPrintable(reply.error().toString()));
        QVERIFY2(reply.error().message.contains(u"CN=127.0.0.1"_s),
                 qPrintable(reply.error().toString()));
        QVERIFY(timer.elapsed() < 2000);
    }

    void aCertificateForAnotherHostIsRefused()
    {
        // Orthanc listens on every loopback address; its certificate names 127.0.0.1 only.
        QTcpSocket probe;
        probe.connectToHost(u"127.0.0.2"_s, m_tlsOrthanc.dicomPort());
        if (!probe.waitForConnected(1000))
            QSKIP("127.0.0.2 does not reach the loopback here");
        probe.abort();
        PacsNode node = tlsNode();
        node.host = u"127.0.0.2"_s;
        const Expected<EchoReply> reply = echoPacsNode(node, twoSeconds());
        QVERIFY(!reply);
        QVERIFY2(reply.error().message.contains(u"is not issued for 127.0.0.2"_s),
                 qPrintable(reply.error().toString()));
        // By name: localhost is in its subjectAltName.
        node.host = u"localhost"_s;
        const Expected<EchoReply> byName = echoPacsNode(node, twoSeconds());
        QVERIFY2(byName, qPrintable(byName ? QString() : byName.error().toString()));
    }

    void aCertificateWithoutSubjectAltNameIsNotMatchedByItsCn()
    {
        // openssl's test server shows a certificate with CN=localhost and no subjectAltName;
        // RFC 6125 names the host in the subjectAltName only.
        const quint16 port = freeLoopbackPort();
        QProcess server;
        server.setProcessChannelMode(QProcess::MergedChannels);
        server.start(opensslBinary(), {u"s_server"_s, u"-accept"_s, u"127.0.0.1:%1"_s.arg(port),
                                       u"-cert"_s, m_certificates.serverWithoutSan, u"-key"_s,
                                       m_certificates.serverWithoutSanKey});
        QVERIFY(server.waitForStarted(5000));
        QByteArray said;
        while (!said.contains("ACCEPT") && server.waitForReadyRead(5000))
            said += server.readAll();
        QVERIFY2(said.contains("ACCEPT"), said.constData());
        PacsNode node = tlsNode();
        node.host = u"localhost"_s;
        node.port = port;
        const Expected<EchoReply> reply = echoPacsNode(node, twoSeconds());
        server.kill();
        server.waitForFinished(5000);
        QVERIFY(!reply);
        QVERIFY2(reply.error().message.contains(u"is not issued for localhost"_s),
                 qPrintable(reply.error().toString()));
    }

    void aNodeAskingForConcordsCertificateSaysSo()
    {
        PacsNode node = tlsNode();
        node.tlsCertificateFile.clear();
        node.tlsKeyFile.clear();
        QElapsedTimer timer;
        timer.start();
        const Expected<EchoReply> reply = echoPacsNode(node, twoSeconds());
        QVERIFY(!reply);
        QVERIFY2(reply.error().message.contains(u"Concord's certificate"_s),
                 qPrintable(reply.error().toString()));
        QVERIFY(timer.elapsed() < 3000);
    }

    void tlsToAPlainNodeFailsSayingSo()
    {
        PacsNode node = m_plainOrthanc.node();
        node.tls = true;
        node.tlsCaFile = m_certificates.ca;
        QElapsedTimer timer;
        timer.start();
        const Expected<EchoReply> reply = echoPacsNode(node, twoSeconds());
        QVERIFY(!reply);
        QVERIFY2(reply.error().message.contains(u"plain DICOM"_s),
                 qPrintable(reply.error().toString()));
        QVERIFY(timer.elapsed() < 3000);
    }

    void plainDicomToATlsNodeFailsSayingSo()
    {
        QElapsedTimer timer;
        timer.start();
        const Expected<EchoReply> reply = echoPacsNode(m_tlsOrthanc.node(), twoSeconds());
        QVERIFY(!reply);
        QVERIFY2(reply.error().message.contains(u"turn TLS on"_s),
                 qPrintable(reply.error().toString()));
        QVERIFY(timer.elapsed() < 3000);
    }

    void aSilentListenerTimesOutDuringTheHandshake()
    {
        // Accepts the connection (the kernel does) and never says a word.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        PacsNode node = tlsNode();
        node.port = silent.serverPort();
        PacsOptions options;
        options.timeoutSeconds = 1;
        QElapsedTimer timer;
        timer.start();
        const Expected<EchoReply> reply = echoPacsNode(node, options);
        QVERIFY(!reply);
        QVERIFY2(reply.error().message.contains(u"no TLS answer within 1 second"_s),
                 qPrintable(reply.error().toString()));
        QVERIFY2(timer.elapsed() < 2500, qPrintable(QString::number(timer.elapsed())));
    }

    void filesAreCheckedBeforeConnecting()
    {
        PacsNode node = tlsNode();
        node.tlsCaFile = path(u"pki/missing.crt"_s);
        Expected<EchoReply> reply = echoPacsNode(node);
        QVERIFY(!reply);
        QVERIFY2(reply.error().message.contains(u"CA certificate file is missing"_s),
                 qPrintable(reply.error().toString()));

        // A key the group or others may read has leaked: refused, saying how to mend it.
        const QString shared = path(u"pki/shared.key"_s);
        QVERIFY(QFile::copy(m_certificates.clientKey, shared));
        QVERIFY(QFile::setPermissions(shared, QFile::ReadOwner | QFile::WriteOwner |
                                                  QFile::ReadGroup | QFile::ReadOther));
        node = tlsNode();
        node.tlsKeyFile = shared;
        reply = echoPacsNode(node);
        QVERIFY(!reply);
        QVERIFY2(reply.error().message.contains(u"chmod 600"_s),
                 qPrintable(reply.error().toString()));

        // A trust anchor or a certificate others may change is no longer Concord's own.
        const QString sharedCa = path(u"pki/shared-ca.crt"_s);
        QVERIFY(QFile::copy(m_certificates.ca, sharedCa));
        QVERIFY(QFile::setPermissions(sharedCa, QFile::ReadOwner | QFile::WriteOwner |
                                                    QFile::ReadGroup | QFile::WriteGroup |
                                                    QFile::ReadOther | QFile::WriteOther));
        node = tlsNode();
        node.tlsCaFile = sharedCa;
        reply = echoPacsNode(node);
        QVERIFY(!reply);
        QVERIFY2(reply.error().message.contains(u"may be changed by others"_s),
                 qPrintable(reply.error().toString()));
        QVERIFY2(reply.error().message.contains(u"chmod 644"_s),
                 qPrintable(reply.error().toString()));
        QVERIFY2(reply.error().toString().contains(sharedCa), qPrintable(reply.error().toString()));
        const QString sharedCertificate = path(u"pki/shared-client.crt"_s);
        QVERIFY(QFile::copy(m_certificates.client, sharedCertificate));
        QVERIFY(QFile::setPermissions(sharedCertificate, QFile::ReadOwner | QFile::WriteOwner |
                                                             QFile::ReadGroup | QFile::WriteGroup |
                                                             QFile::ReadOther));
        node = tlsNode();
        node.tlsCertificateFile = sharedCertificate;
        reply = echoPacsNode(node);
        QVERIFY(!reply);
        QVERIFY2(reply.error().message.contains(u"may be changed by others"_s),
                 qPrintable(reply.error().toString()));
        QVERIFY2(reply.error().toString().contains(sharedCertificate),
                 qPrintable(reply.error().toString()));

        // Concord's certificate with a key too short for BCP 195: refused when loaded, saying
        // why, not at the handshake.
        node = tlsNode();
        node.tlsCertificateFile = m_certificates.weakClient;
        node.tlsKeyFile = m_certificates.weakClientKey;
        reply = echoPacsNode(node);
        QVERIFY(!reply);
        QVERIFY2(reply.error().message.contains(u"key is too weak"_s),
                 qPrintable(reply.error().toString()));
        QVERIFY2(reply.error().toString().contains(m_certificates.weakClient),
                 qPrintable(reply.error().toString()));

        // The key of another certificate.
        node = tlsNode();
        node.tlsCertificateFile = m_certificates.server;
        reply = echoPacsNode(node);
        QVERIFY(!reply);
        QVERIFY2(reply.error().message.contains(u"does not belong to the certificate"_s),
                 qPrintable(reply.error().toString()));

        // A certificate file that holds none.
        node = tlsNode();
        node.tlsCaFile = m_certificates.clientKey;
        reply = echoPacsNode(node);
        QVERIFY(!reply);
        QVERIFY2(reply.error().message.contains(u"holds no CA certificate"_s),
                 qPrintable(reply.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestPacsTls)
#include "tst_pacstls.moc"
