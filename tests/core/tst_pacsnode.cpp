// SPDX-License-Identifier: GPL-3.0-or-later
// PACS nodes, their book in QSettings, UIDs as path components and status words; no network.
#include "core/pacs/pacscache.h"
#include "core/pacs/pacsnode.h"
#include "core/pacs/pacsnodebook.h"
#include "core/pacs/pacsquery.h"
#include "core/pacs/pacsstatus.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace concord;
using namespace Qt::StringLiterals;

class TestPacsNode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAnAddress()
    {
        const Expected<PacsNode> node = parsePacsAddress(u"ORTHANC@pacs.example.org:4242"_s);
        QVERIFY2(node, qPrintable(node ? QString() : node.error().toString()));
        QCOMPARE(node->calledAeTitle, u"ORTHANC"_s);
        QCOMPARE(node->host, u"pacs.example.org"_s);
        QCOMPARE(node->port, quint16(4242));
        QCOMPARE(node->callingAeTitle, u"CONCORD"_s);
        QCOMPARE(node->address(), u"ORTHANC@pacs.example.org:4242"_s);
        QCOMPARE(node->name, u"ORTHANC@pacs.example.org_4242"_s);
        QVERIFY(nodeNameProblem(node->name).isEmpty());

        const Expected<PacsNode> defaultPort = parsePacsAddress(u"MY AE@10.0.0.7"_s);
        QVERIFY(defaultPort);
        QCOMPARE(defaultPort->port, quint16(104));
        QCOMPARE(defaultPort->name, u"MY_AE@10.0.0.7_104"_s);
    }

    void refusesBadAddresses_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("why");
        QTest::newRow("no title") << u"pacs:104"_s << u"AET@host:port"_s;
        QTest::newRow("empty title") << u"@pacs:104"_s << u"AET@host:port"_s;
        QTest::newRow("title too long") << u"ABCDEFGHIJKLMNOPQ@pacs:104"_s << u"16"_s;
        QTest::newRow("backslash") << u"A\\B@pacs:104"_s << u"backslash"_s;
        QTest::newRow("port zero") << u"AE@pacs:0"_s << u"port"_s;
        QTest::newRow("port too big") << u"AE@pacs:70000"_s << u"port"_s;
        QTest::newRow("port not a number") << u"AE@pacs:http"_s << u"port"_s;
        QTest::newRow("no host") << u"AE@:104"_s << u"host"_s;
    }

    void refusesBadAddresses()
    {
        QFETCH(QString, address);
        QFETCH(QString, why);
        const Expected<PacsNode> node = parsePacsAddress(address);
        QVERIFY(!node);
        QVERIFY2(node.error().message.contains(why), qPrintable(node.error().toString()));
    }

    void nodeNamesAreFolderNames()
    {
        QVERIFY(nodeNameProblem(u"archive-1"_s).isEmpty());
        QVERIFY(!nodeNameProblem(u".."_s).isEmpty());
        QVERIFY(!nodeNameProblem(u"a/b"_s).isEmpty());
        QVERIFY(!nodeNameProblem(u".hidden"_s).isEmpty());
        QVERIFY(!nodeNameProblem(QString()).isEmpty());
        QVERIFY(!nodeNameProblem(QString(65, u'a')).isEmpty());
    }

    void bookKeepsNodesInSettings()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"concord.ini"_s);
        PacsNode archive;
        archive.name = u"archive"_s;
        archive.calledAeTitle = u"ARCHIVE"_s;
        archive.host = u"10.1.2.3"_s;
        archive.port = 11112;
        // Paths only: the book neither reads nor needs the files.
        archive.tls = true;
        archive.tlsCaFile = u"/etc/concord/archive-ca.pem"_s;
        archive.tlsCertificateFile = u"/home/reader/concord.crt"_s;
        archive.tlsKeyFile = u"/home/reader/concord.key"_s;
        {
            QSettings settings(file, QSettings::IniFormat);
            PacsNodeBook book;
            QVERIFY(!book.add(archive));
            const MaybeError twice = book.add(archive);
            QVERIFY(twice);
            QVERIFY(twice->message.contains(u"exists already"_s));
            PacsNode invalid = archive;
            invalid.name = u"other"_s;
            invalid.port = 0;
            QVERIFY(book.add(invalid));
            book.save(settings);
        }
        QSettings settings(file, QSettings::IniFormat);
        PacsNodeBook book = PacsNodeBook::load(settings);
        QCOMPARE(book.nodes().size(), size_t(1));
        QCOMPARE(book.nodes().front(), archive);
        QVERIFY(book.remove(u"archive"_s));
        QVERIFY(!book.remove(u"archive"_s));
        book.save(settings);
        QVERIFY(PacsNodeBook::load(settings).nodes().empty());
    }

    void tlsSettingsAreChecked()
    {
        PacsNode node;
        node.name = u"secure"_s;
        node.calledAeTitle = u"ARCHIVE"_s;
        node.host = u"pacs.example.org"_s;
        QVERIFY(!checkPacsNode(node));
        node.tls = true;
        MaybeError problem = checkPacsNode(node);
        QVERIFY(problem);
        QVERIFY2(problem->message.contains(u"CA certificate file"_s), qPrintable(problem->message));
        node.tlsCaFile = u"/etc/concord/ca.pem"_s;
        QVERIFY(!checkPacsNode(node));
        node.tlsCertificateFile = u"/home/reader/concord.crt"_s;
        problem = checkPacsNode(node);
        QVERIFY(problem);
        QVERIFY2(problem->message.contains(u"give both or neither"_s),
                 qPrintable(problem->message));
        node.tlsKeyFile = u"/home/reader/concord.key"_s;
        QVERIFY(!checkPacsNode(node));
        node.tls = false;
        problem = checkPacsNode(node);
        QVERIFY(problem);
        QVERIFY2(problem->message.contains(u"TLS is off"_s), qPrintable(problem->message));
    }

    void bookLeavesOutNodesEditedIntoNonsense()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"concord.ini"_s), QSettings::IniFormat);
        settings.beginWriteArray(u"pacs/nodes"_s, 2);
        settings.setArrayIndex(0);
        settings.setValue(u"name"_s, u"../escape"_s);
        settings.setValue(u"calledAeTitle"_s, u"X"_s);
        settings.setValue(u"host"_s, u"h"_s);
        settings.setValue(u"port"_s, 104);
        settings.setArrayIndex(1);
        settings.setValue(u"name"_s, u"good"_s);
        settings.setValue(u"calledAeTitle"_s, u"X"_s);
        settings.setValue(u"host"_s, u"h"_s);
        settings.setValue(u"port"_s, 104);
        settings.endArray();
        std::vector<FileError> problems;
        const PacsNodeBook book = PacsNodeBook::load(settings, &problems);
        QCOMPARE(book.nodes().size(), size_t(1));
        QCOMPARE(book.nodes().front().name, u"good"_s);
        QCOMPARE(problems.size(), size_t(1));
        QVERIFY2(problems.front().message.contains(u"../escape"_s),
                 qPrintable(problems.front().toString()));
    }

    void parsesADicomWebUrl()
    {
        const Expected<PacsNode> node = parsePacsAddress(u"https://pacs.example:8443/dicom-web/"_s);
        QVERIFY2(node, qPrintable(node ? QString() : node.error().toString()));
        QCOMPARE(node->protocol, PacsProtocol::DicomWeb);
        QCOMPARE(node->url, u"https://pacs.example:8443/dicom-web"_s);
        QCOMPARE(node->authentication, WebAuthentication::None);
        QVERIFY(nodeNameProblem(node->name).isEmpty());
        QCOMPARE(node->description(), node->url);
        for (const QString &bad : {u"ftp://pacs.example/dicom-web"_s, u"http:///dicom-web"_s,
                                   u"http://user:secret@pacs.example/dicom-web"_s,
                                   u"http://pacs.example/dicom-web?x=1"_s}) {
            const Expected<PacsNode> refused = parsePacsAddress(bad);
            QVERIFY2(!refused, qPrintable(bad));
            QVERIFY2(!refused.error().toString().contains(u"secret"_s),
                     qPrintable(refused.error().toString()));
        }
    }

    void dicomWebAuthenticationNeedsAPlaceForTheSecret()
    {
        PacsNode node = *parsePacsAddress(u"http://127.0.0.1:8042/dicom-web"_s);
        node.name = u"web"_s;
        QVERIFY(!checkPacsNode(node));
        node.authentication = WebAuthentication::Basic;
        QVERIFY(checkPacsNode(node)); // no user, no secret
        node.user = u"reader"_s;
        QVERIFY(checkPacsNode(node)); // no secret
        node.secretEnvironment = u"NOT A NAME"_s;
        QVERIFY(checkPacsNode(node));
        node.secretEnvironment = u"ORTHANC_PASSWORD"_s;
        QVERIFY(!checkPacsNode(node));
        node.authentication = WebAuthentication::Bearer;
        QVERIFY(checkPacsNode(node)); // a token has no user
        node.user.clear();
        QVERIFY(!checkPacsNode(node));
    }

    void bookKeepsDicomWebNodesWithoutSecrets()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"concord.ini"_s);
        PacsNode web = *parsePacsAddress(u"https://pacs.example/dicom-web"_s);
        web.name = u"web"_s;
        web.authentication = WebAuthentication::Bearer;
        web.secretFile = dir.filePath(u"token"_s);
        PacsNode archive = *parsePacsAddress(u"ORTHANC@pacs.example:4242"_s);
        archive.name = u"archive"_s;
        {
            QSettings settings(file, QSettings::IniFormat);
            PacsNodeBook book;
            QVERIFY(!book.add(web));
            QVERIFY(!book.add(archive));
            book.save(settings);
        }
        QSettings settings(file, QSettings::IniFormat);
        const PacsNodeBook book = PacsNodeBook::load(settings);
        QCOMPARE(book.nodes().size(), size_t(2));
        QCOMPARE(book.nodes()[0], web);
        QCOMPARE(book.nodes()[1], archive);
    }

    void onlyUidsBecomePathComponents_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("uid");
        QTest::newRow("uid") << u"1.2.840.10008.5.1.4.1.1.1"_s << true;
        QTest::newRow("one component") << u"7"_s << true;
        QTest::newRow("climbs") << u"../../x"_s << false;
        QTest::newRow("dots only") << u".."_s << false;
        QTest::newRow("leading dot") << u".1.2"_s << false;
        QTest::newRow("trailing dot") << u"1.2."_s << false;
        QTest::newRow("empty component") << u"1..2"_s << false;
        QTest::newRow("slash") << u"1/2"_s << false;
        QTest::newRow("letters") << u"1.2.a"_s << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("too long") << QString(65, u'1') << false;
    }

    void onlyUidsBecomePathComponents()
    {
        QFETCH(QString, text);
        QFETCH(bool, uid);
        QCOMPARE(isDicomUid(text), uid);
        const PacsCache cache(u"/project"_s, u"node"_s);
        const Expected<QString> path = cache.instancePath(u"1.2"_s, text, u"1.2.3"_s);
        QCOMPARE(bool(path), uid);
        if (uid)
            QCOMPARE(*path, u"/project/pacs/node/1.2/%1/1.2.3.dcm"_s.arg(text));
    }

    void referenceIsReadFromTheCachePath()
    {
        Item item;
        item.path = u"pacs/archive/1.2/1.2.3/1.2.3.4.dcm"_s;
        item.studyInstanceUid = u"1.2"_s;
        item.seriesInstanceUid = u"1.2.3"_s;
        item.sopInstanceUid = u"1.2.3.4"_s;
        const std::optional<PacsReference> reference = pacsReferenceOf(item);
        QVERIFY(reference);
        QCOMPARE(reference->nodeName, u"archive"_s);
        item.path = u"images/1.2.3.4.dcm"_s;
        QVERIFY(!pacsReferenceOf(item));
    }

    void queryKeysAreChecked()
    {
        PacsQuery query;
        query.studyDate = u"20240101-"_s;
        QVERIFY(!checkPacsQuery(query));
        query.studyDate = u"-20240101"_s;
        QVERIFY(!checkPacsQuery(query));
        query.studyDate = u"-"_s;
        QVERIFY(checkPacsQuery(query));
        query.studyDate = u"2024"_s;
        QVERIFY(checkPacsQuery(query));
        query = {};
        query.patientName = u"Doe\\Roe"_s;
        QVERIFY(checkPacsQuery(query));
    }

    void statusesInWords()
    {
        QCOMPARE(storeStatusInWords(0x0000), u"success (0x0000)"_s);
        QCOMPARE(storeStatusInWords(0xA700), u"refused: out of resources (0xA700)"_s);
        QCOMPARE(storeStatusInWords(0xB007),
                 u"stored with a warning: data set does not match its SOP class (0xB007)"_s);
        QVERIFY(storeStatusStored(0xB000));
        QVERIFY(!storeStatusStored(0xC123));
        QCOMPARE(retrieveStatusInWords(0xA801),
                 u"refused: the move destination is unknown to the node (0xA801)"_s);
    }
};

QTEST_GUILESS_MAIN(TestPacsNode)
#include "tst_pacsnode.moc"
