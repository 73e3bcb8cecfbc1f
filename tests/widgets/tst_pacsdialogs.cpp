// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ PACS nodes… and File ▸ Retrieve from PACS… against a real Orthanc started by the test
// (docs/pacs.md, "Tests"), driven with clicks and keys.
#include "core/pacs/pacscache.h"
#include "core/pacs/pacsnodebook.h"
#include "core/pacs/pacsretrieve.h"
#include "core/project/workspace.h"
#include "tests/core/dicomtestfixtures.h"
#include "tests/core/orthancfixture.h"
#include "tests/core/pacstestinstances.h"
#include "tests/widgets/testsettings.h"
#include "widgets/dialogs/pacsnodesdialog.h"
#include "widgets/dialogs/pacsretrievedialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

#include <set>

using namespace concord;
using namespace concord::test;
using namespace Qt::StringLiterals;

namespace {

const QString Root = u"1.2.826.0.1.3680043.10.1043.8"_s;
// Study A: Doe^Jane, 2024, a DX series of three images and a CR series of two.
const QString StudyA = Root + u".1"_s;
// Study B: Roe^Rick, 2023, one DX image.
const QString StudyB = Root + u".2"_s;
constexpr int StudyAImages = 5;
constexpr int AllImages = StudyAImages + 1;
constexpr int Patience = 30000; // ms; each PACS operation takes well under a second here

template <typename T> T *child(QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no %s", name);
    return found;
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void typeInto(QSpinBox *spin, int value)
{
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(value));
}

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
    int m_projects = 0;

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

    void upload(const QString &study, const QString &series, int number, const QString &modality,
                const QString &patientId, const QString &patientName, const QString &date)
    {
        Image image = makeGreyImage(16, 12, CV_16U, 12, 1, quint64(number));
        image.metadata.studyInstanceUid = study;
        image.metadata.seriesInstanceUid = series;
        image.metadata.sopInstanceUid = series + u".%1"_s.arg(number);
        image.metadata.patientId = patientId;
        image.metadata.patientName = patientName;
        image.metadata.studyDate = date;
        DicomWriteOptions options;
        options.modality = modality;
        const QString file = path(image.metadata.sopInstanceUid.mid(Root.size() + 1) + u".dcm"_s);
        QVERIFY(!writeDicom(image, file, options));
        const QString failure = m_orthanc.upload(file);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    // A new empty project in its own folder, which `folder` receives when given.
    std::unique_ptr<Workspace> newProject(QString *folder = nullptr)
    {
        const QString projectFolder = path(u"project%1"_s.arg(++m_projects));
        if (folder)
            *folder = projectFolder;
        auto workspace = Workspace::create(projectFolder, Project::create(u"pacs"_s, {}));
        if (!workspace) {
            qWarning().noquote() << workspace.error().toString();
            return {};
        }
        return std::move(*workspace);
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
        const QString failure = m_orthanc.start(path(u"orthanc"_s), freeLoopbackPort());
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        for (int i = 1; i <= 3; ++i)
            upload(StudyA, StudyA + u".1"_s, i, u"DX"_s, u"PAT-ALPHA"_s, u"Doe^Jane"_s,
                   u"20240105"_s);
        for (int i = 1; i <= 2; ++i)
            upload(StudyA, StudyA + u".2"_s, i, u"CR"_s, u"PAT-ALPHA"_s, u"Doe^Jane"_s,
                   u"20240105"_s);
        upload(StudyB, StudyB + u".1"_s, 1, u"DX"_s, u"PAT-BETA"_s, u"Roe^Rick"_s, u"20230710"_s);
        m_orthancRunning = true;

        PacsNode orthanc = m_orthanc.node();
        orthanc.name = u"orthanc"_s;
        QVERIFY(saveInTheBook(orthanc));
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
};

QTEST_MAIN(TestPacsDialogs)
#include "tst_pacsdialogs.moc"
