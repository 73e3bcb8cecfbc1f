// SPDX-License-Identifier: GPL-3.0-or-later
// concord-cli pacs against a real Orthanc the test starts (docs/pacs.md, "Tests").
#include "tests/cli/clirun.h"
#include "tests/core/dicomtestfixtures.h"
#include "tests/core/orthancfixture.h"
#include "tests/core/pacstestinstances.h"
#include "tests/core/tlstestcertificates.h"

#include "core/storage/itemlistfile.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTest>

#include <algorithm>
#include <set>

using namespace concord;
using namespace concord::test;
using namespace Qt::StringLiterals;

class TestPacsCommand : public DicomTestCase
{
    Q_OBJECT

    OrthancServer m_orthanc;
    quint16 m_movePort = 0;
    QString m_address;

    QString writeInstance(const Instance &instance)
    {
        return test::writeInstance(instance, m_dir.path());
    }

    static std::vector<QJsonObject> jsonLines(const QString &text)
    {
        std::vector<QJsonObject> objects;
        for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
            if (error.error != QJsonParseError::NoError || !document.isObject())
                return {};
            objects.push_back(document.object());
        }
        return objects;
    }

    // The SOP Instance UIDs of the project's items, read from items.jsonl.
    static std::set<QString> itemSopUids(const QString &project)
    {
        std::set<QString> uids;
        const ItemListReadResult read = readItemListFile(project + u"/items.jsonl"_s);
        for (const Item &item : read.items.items())
            uids.insert(item.sopInstanceUid);
        return uids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (OrthancServer::binary().isEmpty())
            QSKIP("Orthanc is not installed (Debian package orthanc): the PACS tests need it");
        // The nodes go to this test's own settings, never the user's.
        qputenv("XDG_CONFIG_HOME", path(u"config"_s).toUtf8());
        m_movePort = freeLoopbackPort();
        // With its DICOMweb plugin where installed, for the DICOMweb commands.
        OrthancSetup setup;
        setup.dicomWeb = !OrthancServer::dicomWebPlugin().isEmpty();
        const QString failure = m_orthanc.start(path(u"orthanc"_s), m_movePort, setup);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        m_address = u"%1@127.0.0.1:%2"_s.arg(QLatin1String(OrthancServer::AeTitle))
                        .arg(m_orthanc.dicomPort());
        // Fewer images than studiesAAndB(): three of study A, one of study B.
        const std::vector<Instance> instances = {
            {StudyA, SeriesA1, SeriesA1 + u".1"_s, u"DX"_s, u"P-1"_s, u"Doe^Jane"_s, u"20240105"_s,
             u"ACC-1"_s},
            {StudyA, SeriesA1, SeriesA1 + u".2"_s, u"DX"_s, u"P-1"_s, u"Doe^Jane"_s, u"20240105"_s,
             u"ACC-1"_s},
            {StudyA, SeriesA2, SeriesA2 + u".1"_s, u"CR"_s, u"P-1"_s, u"Doe^Jane"_s, u"20240105"_s,
             u"ACC-1"_s},
            {StudyB, SeriesB1, SeriesB1 + u".1"_s, u"DX"_s, u"P-2"_s, u"Roe^Rick"_s, u"20230710"_s,
             u"ACC-2"_s},
        };
        const QString failed = uploadAll(m_orthanc, instances, m_dir.path());
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void nodesAreAddedListedAndRemoved()
    {
        CliRun run = runCli({u"pacs"_s, u"nodes"_s, u"add"_s, u"archive"_s, m_address});
        QCOMPARE(run.exitCode, 0);
        run = runCli({u"pacs"_s, u"nodes"_s, u"add"_s, u"archive"_s, m_address});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"exists already"_s), qPrintable(run.err));
        // DICOM TLS needs the CA file; this Orthanc speaks plain DICOM, which TLS says.
        run = runCli({u"pacs"_s, u"nodes"_s, u"add"_s, u"secure"_s, m_address, u"--tls"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"--tls needs --ca"_s), qPrintable(run.err));
        if (opensslBinary().isEmpty())
            QSKIP("openssl is not installed (Debian package openssl): it makes the CA file");
        const QString made = makeTestCa(m_dir.path(), u"test-ca"_s);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        const QString caFile = path(u"test-ca.crt"_s);
        run = runCli({u"pacs"_s, u"nodes"_s, u"add"_s, u"secure"_s, m_address, u"--tls"_s,
                      u"--ca"_s, caFile});
        QCOMPARE(run.exitCode, 0);
        run = runCli({u"pacs"_s, u"nodes"_s, u"list"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const std::vector<QJsonObject> nodes = jsonLines(run.out);
        QCOMPARE(nodes.size(), size_t(2));
        QCOMPARE(nodes[0][u"name"_s].toString(), u"archive"_s);
        QCOMPARE(nodes[0][u"port"_s].toInt(), int(m_orthanc.dicomPort()));
        QCOMPARE(nodes[1][u"tls"_s].toBool(), true);
        QCOMPARE(nodes[1][u"tlsCaFile"_s].toString(), caFile);

        run = runCli({u"pacs"_s, u"echo"_s, u"secure"_s, u"--timeout"_s, u"2"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"plain DICOM"_s), qPrintable(run.err));
        run = runCli({u"pacs"_s, u"echo"_s, u"secure"_s, u"--tls"_s, u"--ca"_s, caFile});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"has its own TLS settings"_s), qPrintable(run.err));
        run = runCli({u"pacs"_s, u"echo"_s, m_address, u"--tls"_s, u"--ca"_s, caFile,
                      u"--timeout"_s, u"2"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"plain DICOM"_s), qPrintable(run.err));
        run = runCli(
            {u"pacs"_s, u"echo"_s, m_address, u"--tls"_s, u"--ca"_s, caFile, u"--cert"_s, caFile});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"--cert and --key go together"_s), qPrintable(run.err));
        run = runCli({u"pacs"_s, u"echo"_s, m_address, u"--ca"_s, caFile});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"go with --tls"_s), qPrintable(run.err));
        QCOMPARE(runCli({u"pacs"_s, u"nodes"_s, u"remove"_s, u"secure"_s}).exitCode, 0);
        run = runCli({u"pacs"_s, u"nodes"_s, u"remove"_s, u"secure"_s});
        QCOMPARE(run.exitCode, 1);
        run = runCli({u"pacs"_s, u"nodes"_s, u"list"_s});
        QCOMPARE(run.out.count(u'\n'), 1);
    }

    void echoByNameAndByAddress()
    {
        QCOMPARE(runCli({u"pacs"_s, u"nodes"_s, u"add"_s, u"echoed"_s, m_address}).exitCode, 0);
        CliRun run = runCli({u"pacs"_s, u"echo"_s, u"echoed"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"answers: C-ECHO in"_s), qPrintable(run.out));

        run = runCli({u"pacs"_s, u"echo"_s, u"WRONG@127.0.0.1:%1"_s.arg(m_orthanc.dicomPort())});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"called AE title (the node's) is not recognized"_s),
                 qPrintable(run.err));
        run = runCli({u"pacs"_s, u"echo"_s, m_address, u"--calling-aet"_s, u"A\\B"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"backslash"_s), qPrintable(run.err));
        run = runCli({u"pacs"_s, u"echo"_s, m_address, u"--timeout"_s, u"0"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"--timeout"_s), qPrintable(run.err));
        run = runCli({u"pacs"_s, u"echo"_s, u"nosuchnode"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"no node of this name"_s), qPrintable(run.err));
    }

    void findPrintsOneJsonObjectPerMatch()
    {
        CliRun run = runCli({u"pacs"_s, u"find"_s, m_address, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        std::vector<QJsonObject> matches = jsonLines(run.out);
        std::set<QString> studies;
        for (const QJsonObject &match : matches)
            studies.insert(match[u"studyInstanceUid"_s].toString());
        QCOMPARE(studies, (std::set<QString>{StudyA, StudyB}));
        for (const QJsonObject &match : matches) {
            // Number of Study Related Series and Instances, as the node counts them.
            const bool a = match[u"studyInstanceUid"_s].toString() == StudyA;
            QCOMPARE(match[u"series"_s].toInt(), a ? 2 : 1);
            QCOMPARE(match[u"instances"_s].toInt(), a ? 3 : 1);
        }

        run = runCli({u"pacs"_s, u"find"_s, m_address, u"--level"_s, u"series"_s, u"--study"_s,
                      StudyA, u"--modality"_s, u"CR"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        matches = jsonLines(run.out);
        QCOMPARE(matches.size(), size_t(1));
        QCOMPARE(matches[0][u"seriesInstanceUid"_s].toString(), SeriesA2);
        QCOMPARE(matches[0][u"level"_s].toString(), u"series"_s);

        run = runCli({u"pacs"_s, u"find"_s, m_address, u"--level"_s, u"patient"_s,
                      u"--patient-name"_s, u"Roe*"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        matches = jsonLines(run.out);
        QCOMPARE(matches.size(), size_t(1));
        QCOMPARE(matches[0][u"patientId"_s].toString(), u"P-2"_s);

        run = runCli({u"pacs"_s, u"find"_s, m_address, u"--study-date"_s, u"20240101-20241231"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count(u'\n'), 1);
        QVERIFY(run.out.startsWith(StudyA + u'\t'));
        QVERIFY2(run.out.contains(u"\t2 series\t3 images\n"_s), qPrintable(run.out));

        run = runCli({u"pacs"_s, u"find"_s, m_address, u"--level"_s, u"image"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"--level"_s), qPrintable(run.err));
    }

    void getAddsTheStudyAndResumesWithoutFetchingAgain_data()
    {
        QTest::addColumn<bool>("move");
        QTest::newRow("C-GET") << false;
        QTest::newRow("C-MOVE") << true;
    }

    void getAddsTheStudyAndResumesWithoutFetchingAgain()
    {
        QFETCH(bool, move);
        const QString project = path(move ? u"moved"_s : u"got"_s);
        QCOMPARE(runCli({u"init"_s, project}).exitCode, 0);
        QStringList arguments = {u"pacs"_s, u"get"_s, project, m_address, u"--study"_s, StudyA};
        if (move)
            arguments << u"--move"_s << u"--port"_s << QString::number(m_movePort);
        CliRun run = runCli(arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"3 instances on the node, 0 already in the cache, 3 retrieved; "
                                  u"3 images added"_s),
                 qPrintable(run.out));
        QVERIFY2(run.err.contains(u"retrieved 3 of 3"_s), qPrintable(run.err));
        QCOMPARE(itemSopUids(project),
                 (std::set<QString>{SeriesA1 + u".1"_s, SeriesA1 + u".2"_s, SeriesA2 + u".1"_s}));

        run = runCli(arguments);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"3 instances on the node, 3 already in the cache, 0 retrieved; "
                                  u"0 images added to the project, 3 already there"_s),
                 qPrintable(run.out));
    }

    void getRefusesBadArguments()
    {
        const QString project = path(u"refusing"_s);
        QCOMPARE(runCli({u"init"_s, project}).exitCode, 0);
        CliRun run = runCli({u"pacs"_s, u"get"_s, project, m_address});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"--study"_s), qPrintable(run.err));
        run = runCli({u"pacs"_s, u"get"_s, project, m_address, u"--study"_s, u"../../etc"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"not a Study Instance UID"_s), qPrintable(run.err));
        run = runCli({u"pacs"_s, u"get"_s, project, m_address, u"--study"_s, StudyA, u"--move"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"--port"_s), qPrintable(run.err));
    }

    void sendPrintsAReceiptPerFile()
    {
        const QString file =
            writeInstance({Root + u".3"_s, Root + u".3.1"_s, Root + u".3.1.1"_s, u"DX"_s, u"P-3"_s,
                           u"Sent^Sam"_s, u"20200202"_s, u"ACC-3"_s});
        const QString notDicom = path(u"readme.txt"_s);
        QFile text(notDicom);
        QVERIFY(text.open(QIODevice::WriteOnly) && text.write("plain text") > 0);
        text.close();
        const CliRun run = runCli({u"pacs"_s, u"send"_s, m_address, file, notDicom});
        QCOMPARE(run.exitCode, 1); // one of the two was not stored
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0], file + u"\tsuccess (0x0000)"_s);
        QVERIFY2(lines[1].startsWith(notDicom + u"\tnot a readable DICOM file"_s),
                 qPrintable(lines[1]));
        QVERIFY2(run.err.contains(u"1 of 2 file"_s), qPrintable(run.err));
    }

    void dicomWebNodesKeepOnlyWhereTheSecretIs()
    {
        const QString url = u"http://127.0.0.1:%1/dicom-web"_s.arg(m_orthanc.httpPort());
        qputenv("CONCORD_TEST_PACS_PASSWORD", "never-in-settings");
        CliRun run =
            runCli({u"pacs"_s, u"nodes"_s, u"add"_s, u"web"_s, u"--url"_s, url, u"--basic-user"_s,
                    u"reader"_s, u"--password-env"_s, u"CONCORD_TEST_PACS_PASSWORD"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = runCli({u"pacs"_s, u"nodes"_s, u"list"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const std::vector<QJsonObject> nodes = jsonLines(run.out);
        const auto web = std::find_if(nodes.begin(), nodes.end(), [](const QJsonObject &node) {
            return node[u"name"_s].toString() == u"web"_s;
        });
        QVERIFY(web != nodes.end());
        QCOMPARE((*web)[u"protocol"_s].toString(), u"dicomweb"_s);
        QCOMPARE((*web)[u"url"_s].toString(), url);
        QCOMPARE((*web)[u"authentication"_s].toString(), u"basic"_s);
        QCOMPARE((*web)[u"secretEnvironment"_s].toString(), u"CONCORD_TEST_PACS_PASSWORD"_s);
        QVERIFY(!run.out.contains(u"never-in-settings"_s));
        QDirIterator settings(path(u"config"_s), QDir::Files, QDirIterator::Subdirectories);
        while (settings.hasNext()) {
            QFile file(settings.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("never-in-settings"), qPrintable(file.fileName()));
        }
        QCOMPARE(runCli({u"pacs"_s, u"nodes"_s, u"remove"_s, u"web"_s}).exitCode, 0);

        run = runCli({u"pacs"_s, u"nodes"_s, u"add"_s, u"half"_s, u"--url"_s, url,
                      u"--password-env"_s, u"CONCORD_TEST_PACS_PASSWORD"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"--basic-user"_s), qPrintable(run.err));
        run = runCli({u"pacs"_s, u"nodes"_s, u"add"_s, u"inline"_s, u"--url"_s,
                      u"http://reader:pw@127.0.0.1/dicom-web"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"may not hold a user name or password"_s), qPrintable(run.err));
        QVERIFY2(!run.err.contains(u"pw@"_s), qPrintable(run.err));
        run = runCli({u"pacs"_s, u"nodes"_s, u"add"_s, u"mixed"_s, m_address, u"--token-env"_s,
                      u"CONCORD_TEST_PACS_PASSWORD"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"DICOMweb"_s), qPrintable(run.err));
    }

    void dicomWebEchoFindGetAndSendByUrl()
    {
        if (OrthancServer::dicomWebPlugin().isEmpty())
            QSKIP("Orthanc's DICOMweb plugin is not installed (Debian package orthanc-dicomweb)");
        const QString url = m_orthanc.dicomWebUrl();
        CliRun run = runCli({u"pacs"_s, u"echo"_s, url});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"answers: QIDO-RS in"_s), qPrintable(run.out));

        run = runCli({u"pacs"_s, u"find"_s, url, u"--patient-id"_s, u"P-1"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        std::vector<QJsonObject> matches = jsonLines(run.out);
        QCOMPARE(matches.size(), size_t(1));
        QCOMPARE(matches[0][u"studyInstanceUid"_s].toString(), StudyA);
        QCOMPARE(matches[0][u"instances"_s].toInt(), 3);
        QCOMPARE(matches[0][u"series"_s].toInt(), 2); // includefield 00201206

        run = runCli({u"pacs"_s, u"find"_s, url, u"--level"_s, u"series"_s, u"--study"_s, StudyA,
                      u"--modality"_s, u"CR"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        matches = jsonLines(run.out);
        QCOMPARE(matches.size(), size_t(1));
        QCOMPARE(matches[0][u"seriesInstanceUid"_s].toString(), SeriesA2);

        const QString project = path(u"web"_s);
        QCOMPARE(runCli({u"init"_s, project}).exitCode, 0);
        const QStringList get = {u"pacs"_s, u"get"_s, project, url, u"--study"_s, StudyA};
        run = runCli(get);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"3 instances on the node, 0 already in the cache, 3 retrieved; "
                                  u"3 images added"_s),
                 qPrintable(run.out));
        QCOMPARE(itemSopUids(project),
                 (std::set<QString>{SeriesA1 + u".1"_s, SeriesA1 + u".2"_s, SeriesA2 + u".1"_s}));
        run = runCli(get);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"3 already in the cache, 0 retrieved"_s), qPrintable(run.out));
        run = runCli({u"pacs"_s, u"get"_s, project, url, u"--study"_s, StudyA, u"--move"_s,
                      u"--port"_s, u"4000"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"WADO-RS"_s), qPrintable(run.err));

        const QString file =
            writeInstance({Root + u".4"_s, Root + u".4.1"_s, Root + u".4.1.1"_s, u"DX"_s, u"P-4"_s,
                           u"Web^Wes"_s, u"20210303"_s, u"ACC-4"_s});
        run = runCli({u"pacs"_s, u"send"_s, url, file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QCOMPARE(run.out.trimmed(), file + u"\tsuccess (0x0000)"_s);
        run = runCli({u"pacs"_s, u"find"_s, url, u"--study"_s, Root + u".4"_s, u"--json"_s});
        QCOMPARE(jsonLines(run.out).size(), size_t(1));

        run = runCli({u"pacs"_s, u"echo"_s, url, u"--calling-aet"_s, u"X"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"DICOMweb"_s), qPrintable(run.err));
    }
    // The cap comes from the window's preference or --max-results; a search it cut says so.
    void findStopsAtTheCapAndSaysSo()
    {
        CliRun run =
            runCli({u"pacs"_s, u"find"_s, m_address, u"--max-results"_s, u"1"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(jsonLines(run.out).size(), size_t(1));
        QVERIFY2(run.err.contains(u"warning: the first 1 match"_s) &&
                     run.err.contains(u"only; the node has more"_s),
                 qPrintable(run.err));
        // The C-FIND stopped reading at the cap and aborted: the node answers the next one.
        run = runCli({u"pacs"_s, u"find"_s, m_address, u"--max-results"_s, u"0"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(jsonLines(run.out).size() >= 2); // A, B, and what a test before sent
        QVERIFY2(!run.err.contains(u"warning"_s), qPrintable(run.err));

        // The window's preference (File > Preferences), in the settings both read.
        {
            QSettings settings(path(u"config/Concord/concord.conf"_s), QSettings::IniFormat);
            settings.setValue(u"pacs/search/maxMatches"_s, 1);
        }
        run = runCli({u"pacs"_s, u"find"_s, m_address});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.count(u'\n'), 1);
        QVERIFY2(run.err.contains(u"the node has more"_s), qPrintable(run.err));
        if (!OrthancServer::dicomWebPlugin().isEmpty()) {
            run = runCli({u"pacs"_s, u"find"_s, m_orthanc.dicomWebUrl(), u"--page-size"_s, u"10"_s,
                          u"--json"_s});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QCOMPARE(jsonLines(run.out).size(), size_t(1));
            QVERIFY2(run.err.contains(u"the node has more"_s), qPrintable(run.err));
        }
        {
            QSettings settings(path(u"config/Concord/concord.conf"_s), QSettings::IniFormat);
            settings.remove(u"pacs/search"_s);
        }

        run = runCli({u"pacs"_s, u"find"_s, m_address, u"--page-size"_s, u"5"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"--page-size 5: a page holds from 10 to 5000 matches"_s),
                 qPrintable(run.err));
        run = runCli({u"pacs"_s, u"find"_s, m_address, u"--max-results"_s, u"many"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"--max-results many: not a whole number"_s),
                 qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestPacsCommand)
#include "tst_pacscommand.moc"
