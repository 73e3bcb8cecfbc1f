// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ PACS nodes…, File ▸ Retrieve from PACS… and File ▸ Send segmentation to PACS… against
// a real Orthanc started by the test (docs/pacs.md, "Tests"), driven with clicks and keys.
#include "core/exchange/folderimporter.h"
#include "core/exchange/pseudonymkey.h"
#include "core/pacs/pacscache.h"
#include "core/pacs/pacsnodebook.h"
#include "core/pacs/pacsretrieve.h"
#include "core/pacs/pacssearchlimits.h"
#include "core/project/edit.h"
#include "core/project/workspace.h"
#include "tests/core/dicomtestfixtures.h"
#include "tests/core/orthancfixture.h"
#include "tests/core/pacstestinstances.h"
#include "tests/core/projectfixtures.h"
#include "tests/widgets/forminput.h"
#include "tests/widgets/testsettings.h"
#include "widgets/dialogs/dicomwebnodeform.h"
#include "widgets/dialogs/pacsnodesdialog.h"
#include "widgets/dialogs/pacsretrievedialog.h"
#include "widgets/dialogs/preferencesdialog.h"
#include "widgets/dialogs/sendsegmentationdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QUrlQuery>

#include <map>
#include <set>

using namespace concord;
using namespace concord::test;
using namespace Qt::StringLiterals;
using concord::testing::child;
using concord::testing::chooseDown;
using concord::testing::typeInto;

namespace {

// Studies A and B are tests/core/pacstestinstances.h's: Doe^Jane's DX series of three images
// and CR series of two, and Roe^Rick's one DX image.
constexpr int StudyAImages = 5;
constexpr int AllImages = StudyAImages + 1;
constexpr int Patience = 30000; // ms; each PACS operation takes well under a second here

void clickRow(QTableWidget *table, int row)
{
    const QRect cell = table->visualItemRect(table->item(row, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
}

int rowOfPatient(QTableWidget *table, const QString &patientId)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, PacsRetrieveDialog::PatientIdColumn)->text() == patientId)
            return row;
    }
    return -1;
}

} // namespace

class TestPacsDialogs : public DicomTestCase
{
    Q_OBJECT

    OrthancServer m_orthanc;
    bool m_orthancRunning = false;
    bool m_dicomWebRunning = false; // Orthanc's DICOMweb plugin is loaded
    int m_projects = 0;

    // Orthanc's answer to a REST request, or an empty array after a warning.
    QByteArray orthancRest(const QByteArray &verb, const QString &resource,
                           const QByteArray &body = {}) const
    {
        QNetworkAccessManager manager;
        QNetworkRequest request(
            QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_orthanc.httpPort()).arg(resource)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        std::unique_ptr<QNetworkReply> reply(manager.sendCustomRequest(request, verb, body));
        QEventLoop loop;
        connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        if (reply->error() != QNetworkReply::NoError) {
            qWarning().noquote() << resource << reply->errorString();
            return {};
        }
        return reply->readAll();
    }

    // Selects the node whose list entry starts with `name` in the nodes dialog, by a click.
    static bool clickNode(PacsNodesDialog &dialog, const QString &name)
    {
        QListWidget *list = child<QListWidget>(dialog, "pacsNodeList");
        const QList<QListWidgetItem *> found = list->findItems(name, Qt::MatchStartsWith);
        if (found.size() != 1)
            return false;
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(found.first()).center());
        return child<QLineEdit>(dialog, "pacsNodeName")->text() == name;
    }

    // Adds a node in the nodes dialog, names it and makes it a DICOMweb node at `url`.
    static void addWebNodeThroughForm(PacsNodesDialog &dialog, const QString &name,
                                      const QString &url)
    {
        QTest::mouseClick(child<QPushButton>(dialog, "pacsAddNode"), Qt::LeftButton);
        typeInto(child<QLineEdit>(dialog, "pacsNodeName"), name);
        chooseDown(child<QComboBox>(dialog, "pacsProtocol"));
        typeInto(child<QLineEdit>(dialog, "pacsUrl"), url);
    }

    // Saves `node` in the node book the dialogs read, in place of one of the same name.
    static bool saveInTheBook(const PacsNode &node)
    {
        QSettings settings;
        PacsNodeBook book = PacsNodeBook::load(settings);
        book.remove(node.name);
        if (MaybeError refused = book.add(node)) {
            qWarning().noquote() << refused->toString();
            return false;
        }
        book.save(settings);
        return true;
    }

    // Fills the nodes dialog's form for a new node with `node`'s values.
    static void addNodeThroughForm(PacsNodesDialog &dialog, const PacsNode &node)
    {
        QTest::mouseClick(child<QPushButton>(dialog, "pacsAddNode"), Qt::LeftButton);
        typeInto(child<QLineEdit>(dialog, "pacsNodeName"), node.name);
        typeInto(child<QLineEdit>(dialog, "pacsCalledAeTitle"), node.calledAeTitle);
        typeInto(child<QLineEdit>(dialog, "pacsHost"), node.host);
        typeInto(child<QSpinBox>(dialog, "pacsPort"), node.port);
        typeInto(child<QLineEdit>(dialog, "pacsCallingAeTitle"), node.callingAeTitle);
    }

    // A new empty project in its own folder, which `folder` receives when given.
    std::unique_ptr<Workspace> newProject(QString *folder = nullptr)
    {
        const QString projectFolder = path(u"project%1"_s.arg(++m_projects));
        if (folder)
            *folder = projectFolder;
        return createEmptyProject(projectFolder, u"pacs"_s);
    }

    // Opens the retrieve dialog on the test's Orthanc and searches with no keys.
    static bool searchEverything(PacsRetrieveDialog &dialog)
    {
        if (!dialog.chooseNode(u"orthanc"_s))
            return false;
        QSignalSpy searched(&dialog, &PacsRetrieveDialog::searchFinished);
        QTest::mouseClick(child<QPushButton>(dialog, "pacsSearch"), Qt::LeftButton);
        return searched.wait(Patience) && searched.first().first().toInt() == 2;
    }

private Q_SLOTS:
    void initTestCase()
    {
        testing::useTestSettings(u"tst_pacsdialogs"_s, u"pacs"_s);
        QVERIFY(m_dir.isValid());
        if (OrthancServer::binary().isEmpty())
            return; // the tests that need it skip, saying so
        // With the DICOMweb plugin where it is installed, for the DICOMweb node and STOW-RS.
        OrthancSetup setup;
        setup.dicomWeb = !OrthancServer::dicomWebPlugin().isEmpty();
        const QString failure = m_orthanc.start(path(u"orthanc"_s), freeLoopbackPort(), setup);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        m_dicomWebRunning = setup.dicomWeb;
        const QString failed = uploadAll(m_orthanc, studiesAAndB(), m_dir.path());
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        m_orthancRunning = true;

        PacsNode orthanc = m_orthanc.node();
        orthanc.name = u"orthanc"_s;
        QVERIFY(saveInTheBook(orthanc));
        if (m_dicomWebRunning)
            QVERIFY(saveInTheBook(m_orthanc.webNode()));
    }

    void cleanupTestCase() { m_orthanc.stop(); }

    void nodesDialogSavesANodeTheBookLoads()
    {
        PacsNodesDialog dialog;
        dialog.show();
        PacsNode archive;
        archive.name = u"archive"_s;
        archive.calledAeTitle = u"ARCHIVE"_s;
        archive.host = u"pacs.example"_s;
        archive.port = 4242;
        archive.callingAeTitle = u"READER7"_s;
        addNodeThroughForm(dialog, archive);
        QPushButton *save = child<QPushButton>(dialog, "pacsSaveNodes");
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        QSettings settings;
        const PacsNodeBook book = PacsNodeBook::load(settings);
        const PacsNode *saved = book.find(u"archive"_s);
        QVERIFY(saved);
        QCOMPARE(*saved, archive);
        QVERIFY(book.find(u"orthanc"_s) || !m_orthancRunning); // the others are kept
    }

    void nodesDialogRefusesAnInvalidAeTitle()
    {
        PacsNodesDialog dialog;
        dialog.show();
        const int before = int(dialog.nodes().size());
        QTest::mouseClick(child<QPushButton>(dialog, "pacsAddNode"), Qt::LeftButton);
        typeInto(child<QLineEdit>(dialog, "pacsNodeName"), u"broken"_s);
        typeInto(child<QLineEdit>(dialog, "pacsHost"), u"localhost"_s);
        typeInto(child<QLineEdit>(dialog, "pacsCalledAeTitle"), u"BAD\\AE"_s);

        QLabel *problem = child<QLabel>(dialog, "pacsCalledAeTitleProblem");
        QVERIFY(problem->isVisible());
        QCOMPARE(problem->text(), aeTitleProblem(u"BAD\\AE"_s));
        QVERIFY(!problem->text().isEmpty());
        QVERIFY(!child<QPushButton>(dialog, "pacsSaveNodes")->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, "pacsTestNode")->isEnabled());

        // Corrected, the message goes and the node can be saved.
        typeInto(child<QLineEdit>(dialog, "pacsCalledAeTitle"), u"GOOD_AE"_s);
        QVERIFY(!problem->isVisible());
        QVERIFY(child<QPushButton>(dialog, "pacsSaveNodes")->isEnabled());
        QCOMPARE(int(dialog.nodes().size()), before + 1);
        dialog.reject(); // nothing saved
        QSettings settings;
        QVERIFY(!PacsNodeBook::load(settings).find(u"broken"_s));
    }

    void testButtonSaysOkOrRefused()
    {
        if (!m_orthancRunning)
            QSKIP("Orthanc is not installed (Debian package orthanc): the PACS tests need it");
        PacsNodesDialog dialog;
        dialog.show();
        QListWidget *list = child<QListWidget>(dialog, "pacsNodeList");
        const QList<QListWidgetItem *> orthanc =
            list->findItems(u"orthanc "_s, Qt::MatchStartsWith);
        QCOMPARE(orthanc.size(), 1);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(orthanc.first()).center());
        QCOMPARE(child<QLineEdit>(dialog, "pacsNodeName")->text(), u"orthanc"_s);

        QPushButton *test = child<QPushButton>(dialog, "pacsTestNode");
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY(dialog.isTesting()); // in the background: the dialog answers meanwhile
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isTesting(), Patience);
        QVERIFY2(dialog.testOutcome().startsWith(u"OK: "_s), qPrintable(dialog.testOutcome()));
        QVERIFY(dialog.testOutcome().contains(u" ms"_s));

        typeInto(child<QSpinBox>(dialog, "pacsPort"), freeLoopbackPort()); // nobody listens
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isTesting(), Patience);
        QVERIFY2(dialog.testOutcome().contains(u"refused"_s), qPrintable(dialog.testOutcome()));
        QVERIFY(dialog.testOutcome().contains(u"orthanc"_s)); // the node is named
    }

    void nodesDialogAddsEditsAndRemovesADicomWebNode()
    {
        {
            PacsNodesDialog dialog;
            dialog.show();
            addWebNodeThroughForm(dialog, u"web-archive"_s,
                                  u"https://pacs.example:8443/dicom-web"_s);
            QVERIFY(child<QLineEdit>(dialog, "pacsUrl")->isVisible());
            QVERIFY(!child<QLineEdit>(dialog, "pacsCalledAeTitle")->isVisible());
            chooseDown(child<QComboBox>(dialog, "pacsAuthentication")); // Basic
            typeInto(child<QLineEdit>(dialog, "pacsUser"), u"reader7"_s);
            // Basic without where the password is: refused, saying so.
            QLabel *problem = child<QLabel>(dialog, "pacsAuthenticationProblem");
            QVERIFY(problem->isVisible());
            QVERIFY2(problem->text().contains(u"environment variable or a file"_s),
                     qPrintable(problem->text()));
            QVERIFY(!child<QPushButton>(dialog, "pacsSaveNodes")->isEnabled());
            typeInto(child<QLineEdit>(dialog, "pacsSecret"), u"CONCORD_TEST_PACS_PASSWORD"_s);
            QVERIFY(!problem->isVisible());
            QPushButton *save = child<QPushButton>(dialog, "pacsSaveNodes");
            QVERIFY(save->isEnabled());
            QTest::mouseClick(save, Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        PacsNode expected;
        expected.name = u"web-archive"_s;
        expected.protocol = PacsProtocol::DicomWeb;
        expected.url = u"https://pacs.example:8443/dicom-web"_s;
        expected.authentication = WebAuthentication::Basic;
        expected.user = u"reader7"_s;
        expected.secretEnvironment = u"CONCORD_TEST_PACS_PASSWORD"_s;
        {
            QSettings settings;
            const PacsNodeBook book = PacsNodeBook::load(settings);
            const PacsNode *saved = book.find(u"web-archive"_s);
            QVERIFY(saved);
            QCOMPARE(*saved, expected);
            QVERIFY(book.find(u"orthanc"_s) || !m_orthancRunning); // the others are kept
        }

        // Edited: a bearer token read from a file; the user name goes with Basic.
        {
            PacsNodesDialog dialog;
            dialog.show();
            QVERIFY(clickNode(dialog, u"web-archive"_s));
            QCOMPARE(child<QLineEdit>(dialog, "pacsUrl")->text(), expected.url);
            QCOMPARE(child<QLineEdit>(dialog, "pacsUser")->text(), expected.user);
            chooseDown(child<QComboBox>(dialog, "pacsAuthentication")); // Bearer
            QVERIFY(!child<QLineEdit>(dialog, "pacsUser")->isEnabled());
            chooseDown(child<QComboBox>(dialog, "pacsSecretSource")); // a file
            typeInto(child<QLineEdit>(dialog, "pacsSecret"), path(u"token"_s));
            QTest::mouseClick(child<QPushButton>(dialog, "pacsSaveNodes"), Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        expected.authentication = WebAuthentication::Bearer;
        expected.user.clear();
        expected.secretEnvironment.clear();
        expected.secretFile = path(u"token"_s);
        {
            QSettings settings;
            const PacsNode *saved = PacsNodeBook::load(settings).find(u"web-archive"_s);
            QVERIFY(saved);
            QCOMPARE(*saved, expected);
        }

        // Removed.
        {
            PacsNodesDialog dialog;
            dialog.show();
            const int before = int(dialog.nodes().size());
            QVERIFY(clickNode(dialog, u"web-archive"_s));
            QTest::mouseClick(child<QPushButton>(dialog, "pacsRemoveNode"), Qt::LeftButton);
            QCOMPARE(int(dialog.nodes().size()), before - 1);
            QTest::mouseClick(child<QPushButton>(dialog, "pacsSaveNodes"), Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QSettings settings;
        QVERIFY(!PacsNodeBook::load(settings).find(u"web-archive"_s));
    }

    void nodesDialogRefusesABadUrl()
    {
        PacsNodesDialog dialog;
        dialog.show();
        addWebNodeThroughForm(dialog, u"bad-web"_s, u"ftp://pacs.example/dicom-web"_s);
        QLabel *problem = child<QLabel>(dialog, "pacsUrlProblem");
        QPushButton *save = child<QPushButton>(dialog, "pacsSaveNodes");
        QVERIFY(problem->isVisible());
        QCOMPARE(problem->text(), dicomWebUrlProblem(u"ftp://pacs.example/dicom-web"_s));
        QVERIFY2(problem->text().contains(u"not an http or https URL"_s),
                 qPrintable(problem->text()));
        QVERIFY(!save->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, "pacsTestNode")->isEnabled());

        typeInto(child<QLineEdit>(dialog, "pacsUrl"), u"http:///dicom-web"_s);
        QVERIFY2(problem->text().contains(u"has no host"_s), qPrintable(problem->text()));
        QVERIFY(!save->isEnabled());
        typeInto(child<QLineEdit>(dialog, "pacsUrl"), u"127.0.0.1:8042/dicom-web"_s);
        QVERIFY(problem->isVisible());
        QVERIFY(!save->isEnabled());
        typeInto(child<QLineEdit>(dialog, "pacsUrl"), u"http://reader:secret@pacs.example/dw"_s);
        QVERIFY2(problem->text().contains(u"may not hold a user name or password"_s),
                 qPrintable(problem->text()));
        QVERIFY(!problem->text().contains(u"secret"_s));
        QVERIFY(!save->isEnabled());

        typeInto(child<QLineEdit>(dialog, "pacsUrl"), u"http://127.0.0.1:8042/dicom-web"_s);
        QVERIFY(!problem->isVisible());
        QVERIFY(save->isEnabled());
        dialog.reject(); // nothing saved
        QSettings settings;
        QVERIFY(!PacsNodeBook::load(settings).find(u"bad-web"_s));
    }

    void testButtonQueriesADicomWebNode()
    {
        if (!m_dicomWebRunning)
            QSKIP("Orthanc or its DICOMweb plugin (Debian packages orthanc, orthanc-dicomweb) "
                  "is not installed");
        PacsNodesDialog dialog;
        dialog.show();
        addWebNodeThroughForm(dialog, u"web-test"_s, m_orthanc.dicomWebUrl());
        QPushButton *test = child<QPushButton>(dialog, "pacsTestNode");
        QVERIFY(test->isEnabled());
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isTesting(), Patience);
        QVERIFY2(dialog.testOutcome().startsWith(u"OK: "_s), qPrintable(dialog.testOutcome()));
        QVERIFY2(dialog.testOutcome().contains(u"QIDO-RS"_s), qPrintable(dialog.testOutcome()));

        // A wrong path: the HTTP error in words, naming the node.
        typeInto(child<QLineEdit>(dialog, "pacsUrl"), m_orthanc.dicomWebUrl() + u"-nowhere"_s);
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isTesting(), Patience);
        QVERIFY2(dialog.testOutcome().contains(u"not found (HTTP 404)"_s),
                 qPrintable(dialog.testOutcome()));
        QVERIFY(dialog.testOutcome().contains(u"web-test"_s));
        dialog.reject();
    }

    void retrieveDialogSearchesAndRetrievesIntoTheProject()
    {
        if (!m_orthancRunning)
            QSKIP("Orthanc is not installed (Debian package orthanc): the PACS tests need it");
        std::unique_ptr<Workspace> workspace = newProject();
        QVERIFY(workspace);
        PacsRetrieveDialog dialog(workspace.get());
        dialog.show();
        QVERIFY(dialog.chooseNode(u"orthanc"_s));
        QTableWidget *results = dialog.results();

        // A wildcard name finds Jane Doe's study only, its date shown as a date.
        QSignalSpy searched(&dialog, &PacsRetrieveDialog::searchFinished);
        typeInto(child<QLineEdit>(dialog, "pacsPatientName"), u"Doe*"_s);
        QTest::keyClick(child<QLineEdit>(dialog, "pacsPatientName"), Qt::Key_Return);
        QVERIFY(searched.wait(Patience));
        QCOMPARE(searched.last().first().toInt(), 1);
        QCOMPARE(results->rowCount(), 1);
        QCOMPARE(results->item(0, PacsRetrieveDialog::PatientColumn)->text(), u"Doe, Jane"_s);
        QCOMPARE(results->item(0, PacsRetrieveDialog::PatientIdColumn)->text(), u"PAT-ALPHA"_s);
        QCOMPARE(results->item(0, PacsRetrieveDialog::DateColumn)->data(Qt::DisplayRole),
                 QVariant(QDate(2024, 1, 5)));
        QCOMPARE(results->item(0, PacsRetrieveDialog::InstancesColumn)->text(),
                 QString::number(StudyAImages));
        // Number of Study Related Series: a DX series and a CR series.
        QCOMPARE(results->horizontalHeaderItem(PacsRetrieveDialog::SeriesColumn)->text(),
                 u"Series"_s);
        QCOMPARE(results->item(0, PacsRetrieveDialog::SeriesColumn)->text(), u"2"_s);

        // A study date range leaves the 2023 study out.
        typeInto(child<QLineEdit>(dialog, "pacsPatientName"), QString());
        QTest::mouseClick(child<QCheckBox>(dialog, "pacsDateRange"), Qt::LeftButton);
        child<QDateEdit>(dialog, "pacsDateFrom")->setDate(QDate(2024, 1, 1));
        child<QDateEdit>(dialog, "pacsDateTo")->setDate(QDate(2024, 12, 31));
        QTest::mouseClick(child<QPushButton>(dialog, "pacsSearch"), Qt::LeftButton);
        QVERIFY(searched.wait(Patience));
        QCOMPARE(results->rowCount(), 1);
        QCOMPARE(results->item(0, PacsRetrieveDialog::PatientIdColumn)->text(), u"PAT-ALPHA"_s);

        QSignalSpy added(workspace.get(), &Workspace::itemsAdded);
        QPushButton *retrieve = child<QPushButton>(dialog, "pacsRetrieve");
        QVERIFY(!retrieve->isEnabled()); // nothing selected yet
        clickRow(results, 0);
        QVERIFY(retrieve->isEnabled());
        QTest::mouseClick(retrieve, Qt::LeftButton);
        QVERIFY(dialog.isRetrieving());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRetrieving(), Patience);
        QVERIFY2(dialog.status().startsWith(u"Done."_s), qPrintable(dialog.status()));
        QVERIFY(!added.isEmpty());
        QCOMPARE(int(workspace->items().items().size()), StudyAImages);
        std::set<QString> expected;
        for (int i = 1; i <= 3; ++i)
            expected.insert(StudyA + u".1.%1"_s.arg(i));
        for (int i = 1; i <= 2; ++i)
            expected.insert(StudyA + u".2.%1"_s.arg(i));
        QCOMPARE(sopUidsOf(*workspace), expected);
        QVERIFY(results->item(0, PacsRetrieveDialog::RetrievedColumn)
                    ->text()
                    .endsWith(u"already in the project: 0"_s));

        // Again: everything is in the project already, nothing is fetched or added twice.
        QTest::mouseClick(retrieve, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRetrieving(), Patience);
        QVERIFY2(dialog.status().contains(u"already in the project: %1"_s.arg(StudyAImages)),
                 qPrintable(dialog.status()));
        QCOMPARE(int(workspace->items().items().size()), StudyAImages);
    }

    void aFailedSearchShowsCoresMessageNamingTheNode()
    {
        PacsNode closed;
        closed.name = u"closed"_s;
        closed.calledAeTitle = u"NOBODY"_s;
        closed.host = u"127.0.0.1"_s;
        closed.port = freeLoopbackPort(); // free, so nobody listens there
        QVERIFY(saveInTheBook(closed));
        std::unique_ptr<Workspace> workspace = newProject();
        QVERIFY(workspace);
        PacsRetrieveDialog dialog(workspace.get());
        dialog.show();
        QVERIFY(dialog.chooseNode(u"closed"_s));
        QSignalSpy searched(&dialog, &PacsRetrieveDialog::searchFinished);
        QTest::mouseClick(child<QPushButton>(dialog, "pacsSearch"), Qt::LeftButton);
        QVERIFY(searched.wait(Patience));
        QCOMPARE(searched.first().first().toInt(), -1);
        QVERIFY2(dialog.status().startsWith(u"Search failed: "_s + closed.description()),
                 qPrintable(dialog.status()));
        QVERIFY2(dialog.status().contains(u"refused"_s), qPrintable(dialog.status()));
        QCOMPARE(dialog.results()->rowCount(), 0);
    }

    void cancelStopsAndRetrievingAgainFinishes()
    {
        if (!m_orthancRunning)
            QSKIP("Orthanc is not installed (Debian package orthanc): the PACS tests need it");
        QString folder;
        std::unique_ptr<Workspace> workspace = newProject(&folder);
        QVERIFY(workspace);
        int itemsAtCancel = 0;
        {
            PacsRetrieveDialog dialog(workspace.get());
            dialog.show();
            QVERIFY(searchEverything(dialog));
            // Both studies, so that the cancel also keeps the second from starting.
            const int first = rowOfPatient(dialog.results(), u"PAT-ALPHA"_s);
            QVERIFY(first >= 0);
            clickRow(dialog.results(), first);
            QTest::mouseClick(
                dialog.results()->viewport(), Qt::LeftButton, Qt::ControlModifier,
                dialog.results()->visualItemRect(dialog.results()->item(1 - first, 0)).center());
            QCOMPARE(dialog.results()->selectionModel()->selectedRows().size(), 2);
            QTest::mouseClick(child<QPushButton>(dialog, "pacsRetrieve"), Qt::LeftButton);
            QPushButton *cancel = child<QPushButton>(dialog, "pacsClose");
            QCOMPARE(cancel->text(), u"Cancel"_s);
            QTest::mouseClick(cancel, Qt::LeftButton);
            QVERIFY(dialog.isVisible()); // it stays until the worker has stopped
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRetrieving(), Patience);
            QVERIFY2(dialog.status().startsWith(u"Cancelled"_s), qPrintable(dialog.status()));
            itemsAtCancel = int(workspace->items().items().size());
            QVERIFY(itemsAtCancel < AllImages);
        }
        // The project is valid: it opens again without problems, with what was imported.
        workspace.reset();
        Expected<std::unique_ptr<Workspace>> reopened = Workspace::open(folder);
        QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().toString()));
        workspace = std::move(*reopened);
        QVERIFY(workspace->openProblems().empty());
        QCOMPARE(int(workspace->items().items().size()), itemsAtCancel);

        // As if an earlier run had stopped after the DX series: its three images are in the
        // project's cache, and retrieving the study again fetches the two others only.
        RetrieveRequest firstSeries;
        firstSeries.studyInstanceUid = StudyA;
        firstSeries.seriesInstanceUid = StudyA + u".1"_s;
        PacsNode orthanc = m_orthanc.node();
        orthanc.name = u"orthanc"_s;
        Expected<RetrieveReport> partial =
            retrieveToCache(PacsCache(folder, orthanc.name), orthanc, firstSeries);
        QVERIFY2(partial, qPrintable(partial ? QString() : partial.error().toString()));
        QCOMPARE(partial->files.size(), 3);

        PacsRetrieveDialog dialog(workspace.get());
        dialog.show();
        QVERIFY(searchEverything(dialog));
        const int row = rowOfPatient(dialog.results(), u"PAT-ALPHA"_s);
        clickRow(dialog.results(), row);
        QTest::mouseClick(child<QPushButton>(dialog, "pacsRetrieve"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRetrieving(), Patience);
        QVERIFY2(dialog.status().startsWith(u"Done."_s), qPrintable(dialog.status()));
        const QString retrieved =
            dialog.results()->item(row, PacsRetrieveDialog::RetrievedColumn)->text();
        QVERIFY2(retrieved.endsWith(u"already in the project: 3"_s), qPrintable(retrieved));
        QCOMPARE(int(workspace->items().items().size()), StudyAImages);
    }

    // Last: the SEGs it stores are studies the searches above do not expect.
    void sendSegmentationStoresItOnTheNode_data()
    {
        QTest::addColumn<QString>("node");
        QTest::addColumn<int>("study");
        QTest::newRow("C-STORE") << u"orthanc"_s << 7;
        QTest::newRow("STOW-RS") << u"orthanc-web"_s << 8;
    }

    void sendSegmentationStoresItOnTheNode()
    {
        QFETCH(QString, node);
        QFETCH(int, study);
        if (!m_orthancRunning)
            QSKIP("Orthanc is not installed (Debian package orthanc): the PACS tests need it");
        if (node == u"orthanc-web"_s && !m_dicomWebRunning)
            QSKIP("Orthanc's DICOMweb plugin is not installed (Debian package orthanc-dicomweb)");
        // A project with a DICOM radiograph and a raster image, read by reader1.
        const QString folder = path(u"segproject%1"_s.arg(study));
        const QString studyUid = Root + u".%1"_s.arg(study);
        const QString image =
            test::writeInstance({studyUid, studyUid + u".1"_s, studyUid + u".1.1"_s, u"DX"_s,
                                 u"PAT-SEG"_s, u"Seg^Sam"_s, u"20240301"_s, u"ACC-S"_s},
                                m_dir.path());
        QVERIFY(!image.isEmpty());
        std::unique_ptr<Workspace> workspace =
            testing::createProject(folder, testing::projectWithLabels(u"seg"_s, u"Nodule\n"_s),
                                   {{u"reader1"_s, u"Reader One"_s, Role::Annotator}});
        QVERIFY(workspace);
        const Expected<ImportReport> imported = importImages(*workspace, {image});
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().toString()));
        Item raster{u"raster1"_s, u"raster1.png"_s};
        raster.width = 16;
        raster.height = 12;
        QVERIFY(workspace->addItems({raster}));
        QVERIFY(!workspace->startSession(u"reader1"_s));
        const Item *dicomItem = nullptr;
        for (const Item &item : workspace->items().items())
            if (!item.sopInstanceUid.isEmpty())
                dicomItem = &item;
        QVERIFY(dicomItem);

        // The action's reasons: a raster is no DICOM image, and no mask means no SEG.
        QVERIFY2(SendSegmentationDialog::unavailableReason(*workspace, &raster)
                     .contains(u"not a DICOM image"_s),
                 qPrintable(SendSegmentationDialog::unavailableReason(*workspace, &raster)));
        QVERIFY(SendSegmentationDialog::unavailableReason(*workspace, dicomItem)
                    .contains(u"no mask"_s));
        const int nodule = workspace->project().taxonomy.findByName(u"Nodule"_s)->id;
        cv::Mat1b pixels(4, 5, uchar(1));
        QVERIFY(!workspace->commit(
            edits::addMask(dicomItem->id,
                           {newAnnotationId(), nodule, BinaryMask{{2, 3, 5, 4}, pixels}, {}, {}})
                .forward));
        QCOMPARE(SendSegmentationDialog::unavailableReason(*workspace, dicomItem), QString());

        SendSegmentationDialog dialog(workspace.get(), dicomItem->id);
        dialog.show();
        QVERIFY(dialog.chooseNode(node));
        QVERIFY(
            child<QLabel>(dialog, "pacsSendTransport")
                ->text()
                .startsWith(node == u"orthanc"_s ? u"Sent by C-STORE"_s : u"Sent by STOW-RS"_s));
        QSignalSpy finished(&dialog, &SendSegmentationDialog::sendFinished);
        QTest::mouseClick(child<QPushButton>(dialog, "pacsSendSegmentation"), Qt::LeftButton);
        QVERIFY(dialog.isSending());
        QVERIFY(finished.wait(Patience));
        QVERIFY2(finished.first().first().toBool(),
                 qPrintable(dialog.outcome() + u'\n' + dialog.status()));
        QVERIFY2(dialog.status().startsWith(u"Done"_s), qPrintable(dialog.status()));
        const QRegularExpressionMatch stored =
            QRegularExpression(u"^Stored: reader1/.*-seg\\.dcm \\(SOP Instance UID ([0-9.]+)\\)"_s)
                .match(dialog.outcome());
        QVERIFY2(stored.hasMatch(), qPrintable(dialog.outcome()));

        // Orthanc holds it now: a Segmentation of the radiograph's study.
        const QByteArray found = orthancRest(
            "POST", u"/tools/find"_s,
            QJsonDocument(
                QJsonObject{{u"Level"_s, u"Instance"_s},
                            {u"Expand"_s, true},
                            {u"Query"_s, QJsonObject{{u"SOPInstanceUID"_s, stored.captured(1)}}}})
                .toJson());
        const QJsonArray instances = QJsonDocument::fromJson(found).array();
        QCOMPARE(instances.size(), 1);
        const QString instanceId = instances.first().toObject().value(u"ID"_s).toString();
        const QJsonObject tags =
            QJsonDocument::fromJson(
                orthancRest("GET", u"/instances/%1/simplified-tags"_s.arg(instanceId)))
                .object();
        QCOMPARE(tags.value(u"SOPClassUID"_s).toString(), u"1.2.840.10008.5.1.4.1.1.66.4"_s);
        QCOMPARE(tags.value(u"StudyInstanceUID"_s).toString(), studyUid);
        QCOMPARE(tags.value(u"PatientID"_s).toString(), u"PAT-SEG"_s);
    }

    // Search becomes Cancel while a search runs; cancelling frees the dialog at once, no page
    // is asked for after it, and nothing the search still brings reaches the table.
    void searchCancelStopsTheSearchAtOnce()
    {
        // A DICOMweb node answering each page of studies after 300 ms, and always with more.
        QList<QByteArray> requestLines;
        std::map<QTcpSocket *, QByteArray> received;
        QTcpServer server; // after what its sockets' handlers use, so it goes first
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        connect(&server, &QTcpServer::newConnection, &server, [&] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
                    QByteArray &request = received[socket];
                    request += socket->readAll();
                    if (!request.contains("\r\n\r\n"))
                        return;
                    const QByteArray line = request.left(request.indexOf("\r\n"));
                    request.clear();
                    requestLines << line;
                    const QUrlQuery query(QUrl(QString::fromLatin1(line.split(' ').value(1))));
                    const int limit = query.queryItemValue(u"limit"_s).toInt();
                    const int offset = query.queryItemValue(u"offset"_s).toInt();
                    QByteArray page = "[";
                    for (int i = 1; i <= limit; ++i)
                        page += (i > 1 ? "," : "") +
                                "{\"0020000D\":{\"vr\":\"UI\",\"Value\":[\""_ba +
                                (Root + u".70.%1"_s.arg(offset + i)).toLatin1() + "\"]}}";
                    page += "]";
                    QTimer::singleShot(300, socket, [socket, page] {
                        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/dicom+json\r\n"
                                      "Content-Length: " +
                                      QByteArray::number(page.size()) +
                                      "\r\nConnection: close\r\n\r\n" + page);
                        socket->disconnectFromHost();
                    });
                });
            }
        });
        Expected<PacsNode> slow =
            parsePacsAddress(u"http://127.0.0.1:%1/dicom-web"_s.arg(server.serverPort()));
        QVERIFY(slow);
        slow->name = u"slow-web"_s;
        QVERIFY(saveInTheBook(*slow));
        {
            QSettings settings;
            PacsSearchLimits limits;
            limits.pageSize = PacsSearchLimits::MinPageSize;
            limits.maxMatches = 0; // every match: only the cancel ends this search
            limits.save(settings);
        }

        std::unique_ptr<Workspace> workspace = newProject();
        QVERIFY(workspace);
        PacsRetrieveDialog dialog(workspace.get());
        dialog.show();
        QVERIFY(dialog.chooseNode(u"slow-web"_s));
        QPushButton *search = child<QPushButton>(dialog, "pacsSearch");
        QSignalSpy searched(&dialog, &PacsRetrieveDialog::searchFinished);
        QTest::mouseClick(search, Qt::LeftButton);
        QVERIFY(dialog.isSearching());
        QCOMPARE(search->text(), u"Cancel"_s);
        QVERIFY(search->isEnabled());
        // Page after page, of the size Preferences sets.
        QTRY_VERIFY_WITH_TIMEOUT(requestLines.size() >= 2, Patience);
        QVERIFY2(requestLines[0].contains("limit=10"), requestLines[0].constData());
        QVERIFY2(requestLines[1].contains("offset=10"), requestLines[1].constData());

        QTest::mouseClick(search, Qt::LeftButton);
        QVERIFY(!dialog.isSearching()); // at once: the window waits for nothing
        QCOMPARE(searched.size(), 1);
        QCOMPARE(searched.first().first().toInt(), -1);
        QCOMPARE(dialog.status(), u"Search cancelled."_s);
        QCOMPARE(search->text(), u"Search"_s);
        const qsizetype asked = requestLines.size();
        // The worker stops before its next page (the one in flight is aborted) and ends.
        QTRY_COMPARE_WITH_TIMEOUT(QThreadPool::globalInstance()->activeThreadCount(), 0, 5000);
        QTest::qWait(1000); // three more pages, had it gone on
        QVERIFY2(requestLines.size() <= asked + 1,
                 qPrintable(QString::number(requestLines.size())));
        QCOMPARE(dialog.results()->rowCount(), 0);
        QCOMPARE(searched.size(), 1);
        QCOMPARE(dialog.status(), u"Search cancelled."_s);

        // A search cancelled on a DIMSE node, then the next search: its own answer only.
        if (m_orthancRunning) {
            QVERIFY(dialog.chooseNode(u"orthanc"_s));
            QTest::mouseClick(search, Qt::LeftButton);
            QTest::mouseClick(search, Qt::LeftButton);
            QVERIFY(!dialog.isSearching());
            QCOMPARE(dialog.status(), u"Search cancelled."_s);
            QTest::mouseClick(search, Qt::LeftButton);
            QVERIFY(searched.wait(Patience));
            QVERIFY2(searched.last().first().toInt() >= 2, qPrintable(dialog.status()));
            const int rows = dialog.results()->rowCount();
            QCOMPARE(rows, searched.last().first().toInt());
            QTest::qWait(500);
            QCOMPARE(dialog.results()->rowCount(), rows);
        }
        QSettings settings;
        PacsSearchLimits{}.save(settings);
    }

    // The page size and the cap are preferences; a search the cap cut says so.
    void searchCapIsAPreferenceAndTheStatusSaysWhenItCuts()
    {
        if (!m_orthancRunning)
            QSKIP("Orthanc is not installed (Debian package orthanc): the PACS tests need it");
        {
            PreferencesDialog preferences;
            preferences.show();
            QSpinBox *pageSize = child<QSpinBox>(preferences, "pacsPageSize");
            QSpinBox *cap = child<QSpinBox>(preferences, "pacsMaxMatches");
            QCOMPARE(pageSize->value(), PacsOptions::DefaultQueryPageSize);
            QCOMPARE(cap->value(), PacsSearchLimits::DefaultCap);
            QCOMPARE(pageSize->minimum(), PacsSearchLimits::MinPageSize);
            typeInto(pageSize, 20);
            typeInto(cap, 1);
            preferences.accept();
        }
        {
            QSettings settings;
            const PacsSearchLimits saved = PacsSearchLimits::load(settings);
            QCOMPARE(saved.pageSize, 20);
            QCOMPARE(saved.maxMatches, 1);
            // Out of bounds (edited by hand): the nearest bound.
            settings.setValue(u"pacs/search/pageSize"_s, 3);
            QCOMPARE(PacsSearchLimits::load(settings).pageSize, PacsSearchLimits::MinPageSize);
            settings.setValue(u"pacs/search/pageSize"_s, 20);
        }
        std::unique_ptr<Workspace> workspace = newProject();
        QVERIFY(workspace);
        PacsRetrieveDialog dialog(workspace.get());
        dialog.show();
        QStringList nodes{u"orthanc"_s};
        if (m_dicomWebRunning)
            nodes << m_orthanc.webNode().name;
        for (const QString &node : nodes) {
            QVERIFY(dialog.chooseNode(node));
            QSignalSpy searched(&dialog, &PacsRetrieveDialog::searchFinished);
            QTest::mouseClick(child<QPushButton>(dialog, "pacsSearch"), Qt::LeftButton);
            QVERIFY(searched.wait(Patience));
            QCOMPARE(searched.first().first().toInt(), 1);
            QCOMPARE(dialog.results()->rowCount(), 1);
            QVERIFY2(dialog.status().startsWith(u"Showing the first 1 stud"_s) &&
                         dialog.status().contains(u" of more"_s),
                     qPrintable(node + u": "_s + dialog.status()));
        }
        // Reopened, Preferences shows what was saved; the cap back to none finds every study.
        {
            PreferencesDialog preferences;
            QCOMPARE(child<QSpinBox>(preferences, "pacsPageSize")->value(), 20);
            QSpinBox *cap = child<QSpinBox>(preferences, "pacsMaxMatches");
            QCOMPARE(cap->value(), 1);
            cap->setValue(0);
            QCOMPARE(cap->text(), u"All"_s);
            preferences.accept();
        }
        QVERIFY(dialog.chooseNode(u"orthanc"_s));
        QSignalSpy searched(&dialog, &PacsRetrieveDialog::searchFinished);
        QTest::mouseClick(child<QPushButton>(dialog, "pacsSearch"), Qt::LeftButton);
        QVERIFY(searched.wait(Patience));
        QVERIFY(searched.first().first().toInt() >= 2);
        QVERIFY2(dialog.status().endsWith(u"found."_s), qPrintable(dialog.status()));
        QSettings settings;
        PacsSearchLimits{}.save(settings);
    }

    void anEmptyUrlSaysTheNodeNeedsOne()
    {
        PacsNodesDialog dialog;
        dialog.show();
        addWebNodeThroughForm(dialog, u"no-url"_s, u"h"_s);
        QLineEdit *url = child<QLineEdit>(dialog, "pacsUrl");
        QTest::keyClick(url, Qt::Key_Backspace);
        QCOMPARE(url->text(), QString());
        QLabel *problem = child<QLabel>(dialog, "pacsUrlProblem");
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().startsWith(u"a DICOMweb node needs a base URL"_s),
                 qPrintable(problem->text()));
        QVERIFY(!child<QPushButton>(dialog, "pacsSaveNodes")->isEnabled());
        QCOMPARE(dicomWebUrlProblem(u"  "_s), problem->text());

        // The field for where the secret is fits its longer placeholder.
        chooseDown(child<QComboBox>(dialog, "pacsAuthentication")); // Basic
        QLineEdit *secret = child<QLineEdit>(dialog, "pacsSecret");
        QCOMPARE(secret->placeholderText(), DicomWebNodeForm::environmentPlaceholder());
        const int text =
            secret->fontMetrics().horizontalAdvance(DicomWebNodeForm::environmentPlaceholder());
        QVERIFY2(secret->minimumWidth() > text,
                 qPrintable(u"%1 <= %2"_s.arg(secret->minimumWidth()).arg(text)));
        QVERIFY(secret->width() >= secret->minimumWidth());
        dialog.reject();
    }

    // De-identified as concord-cli export --deidentify would: the node holds the SEG under the
    // project's pseudonyms and UIDs, and none of the patient's identifiers.
    void sendSegmentationDeidentified()
    {
        if (!m_orthancRunning)
            QSKIP("Orthanc is not installed (Debian package orthanc): the PACS tests need it");
        const QString folder = path(u"segproject-deidentified"_s);
        const QString studyUid = Root + u".9"_s;
        const QString sourceSop = studyUid + u".1.1"_s;
        const QString image =
            test::writeInstance({studyUid, studyUid + u".1"_s, sourceSop, u"DX"_s, u"PAT-DEID"_s,
                                 u"Deid^Dora"_s, u"20240302"_s, u"ACC-D"_s},
                                m_dir.path());
        QVERIFY(!image.isEmpty());
        std::unique_ptr<Workspace> workspace =
            testing::createProject(folder, testing::projectWithLabels(u"seg"_s, u"Nodule\n"_s),
                                   {{u"reader1"_s, u"Reader One"_s, Role::Annotator}});
        QVERIFY(workspace);
        const Expected<ImportReport> imported = importImages(*workspace, {image});
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().toString()));
        QVERIFY(!workspace->startSession(u"reader1"_s));
        const Item &item = workspace->items().items().front();
        const int nodule = workspace->project().taxonomy.findByName(u"Nodule"_s)->id;
        QVERIFY(!workspace->commit(
            edits::addMask(item.id, {newAnnotationId(),
                                     nodule,
                                     BinaryMask{{2, 3, 5, 4}, cv::Mat1b(4, 5, uchar(1))},
                                     {},
                                     {}})
                .forward));

        QString sopUid;
        {
            SendSegmentationDialog dialog(workspace.get(), item.id);
            dialog.show();
            QVERIFY(dialog.chooseNode(u"orthanc"_s));
            QCheckBox *deidentify = child<QCheckBox>(dialog, "pacsSendDeidentify");
            QVERIFY(!deidentify->isChecked()); // off at first
            // On its box: the check box is as wide as the form, its label shorter.
            QTest::mouseClick(deidentify, Qt::LeftButton, {}, QPoint(6, deidentify->height() / 2));
            QVERIFY(deidentify->isChecked());
            QSignalSpy finished(&dialog, &SendSegmentationDialog::sendFinished);
            QTest::mouseClick(child<QPushButton>(dialog, "pacsSendSegmentation"), Qt::LeftButton);
            QVERIFY(finished.wait(Patience));
            QVERIFY2(finished.first().first().toBool(),
                     qPrintable(dialog.outcome() + u'\n' + dialog.status()));
            QVERIFY2(dialog.status().startsWith(u"Done: the node stored 1 de-identified"_s),
                     qPrintable(dialog.status()));
            const QRegularExpressionMatch stored =
                QRegularExpression(
                    u"^Stored: reader1/.*-seg\\.dcm \\(SOP Instance UID (2\\.25\\.[0-9]+)\\)"_s)
                    .match(dialog.outcome());
            QVERIFY2(stored.hasMatch(), qPrintable(dialog.outcome()));
            sopUid = stored.captured(1);
        }
        // The checkbox is remembered.
        {
            SendSegmentationDialog dialog(workspace.get(), item.id);
            QVERIFY(child<QCheckBox>(dialog, "pacsSendDeidentify")->isChecked());
        }

        // The project's key, which the send created, gives what Orthanc holds.
        const Expected<PseudonymKey> key =
            PseudonymKey::loadOrCreate(folder + u"/"_s + QLatin1String(ProjectKeyFileName));
        QVERIFY(key);
        const auto findInstances = [&](const QString &tag, const QString &value) {
            return QJsonDocument::fromJson(
                       orthancRest(
                           "POST", u"/tools/find"_s,
                           QJsonDocument(QJsonObject{{u"Level"_s, u"Instance"_s},
                                                     {u"Query"_s, QJsonObject{{tag, value}}}})
                               .toJson()))
                .array();
        };
        const QJsonArray instances = findInstances(u"SOPInstanceUID"_s, sopUid);
        QCOMPARE(instances.size(), 1);
        const QJsonObject tags =
            QJsonDocument::fromJson(orthancRest("GET", u"/instances/%1/simplified-tags"_s.arg(
                                                           instances.first().toString())))
                .object();
        QCOMPARE(tags.value(u"SOPClassUID"_s).toString(), u"1.2.840.10008.5.1.4.1.1.66.4"_s);
        QCOMPARE(tags.value(u"StudyInstanceUID"_s).toString(), key->uid(studyUid));
        const QString pseudonym = key->pseudonym(u"patient"_s, u"PAT-DEID"_s);
        QCOMPARE(tags.value(u"PatientID"_s).toString(), pseudonym);
        QVERIFY2(!tags.value(u"PatientName"_s).toString().contains(u"Deid"_s),
                 qPrintable(tags.value(u"PatientName"_s).toString()));
        QVERIFY(!tags.contains(u"AccessionNumber"_s) ||
                tags.value(u"AccessionNumber"_s).toString().isEmpty());
        // It refers to the source image by the UID concord-cli deidentify --project gives it.
        const QJsonObject referencedSeries =
            tags.value(u"ReferencedSeriesSequence"_s).toArray().first().toObject();
        QCOMPARE(referencedSeries.value(u"SeriesInstanceUID"_s).toString(),
                 key->uid(studyUid + u".1"_s));
        QCOMPARE(referencedSeries.value(u"ReferencedInstanceSequence"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"ReferencedSOPInstanceUID"_s)
                     .toString(),
                 key->uid(sourceSop));
        // Nothing on the node carries the patient's ID or the original study.
        QCOMPARE(findInstances(u"PatientID"_s, u"PAT-DEID"_s).size(), 0);
        QCOMPARE(findInstances(u"StudyInstanceUID"_s, studyUid).size(), 0);
        QSettings().remove(u"pacs/sendDeidentified"_s);
    }
};

QTEST_MAIN(TestPacsDialogs)
#include "tst_pacsdialogs.moc"
