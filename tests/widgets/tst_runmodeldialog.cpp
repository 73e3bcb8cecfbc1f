// SPDX-License-Identifier: GPL-3.0-or-later
// File > Run model… (docs/model-inference.md, "In the window"): a model description is checked
// as it is typed, with the fault named; Run works in the background and writes a pre-label set
// that matches the model's outputs; Cancel during a run writes nothing. The ONNX model is made
// at test time by tests/data/onnx/make_inference_models.py.
#include "tests/core/projectfixtures.h"
#include "tests/widgets/testsettings.h"

#include "core/imaging/imagecodecs.h"
#include "core/prelabels/prelabelstorage.h"
#include "widgets/dialogs/runmodeldialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace concord;

class TestRunModelDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_classifier;
    std::unique_ptr<Workspace> m_workspace;

    QStringList setFiles() const
    {
        return QDir(prelabelFolder(m_workspace->folder().root()))
            .entryList({QStringLiteral("*.json")}, QDir::Files);
    }

    static QPushButton *runButton(RunModelDialog &dialog)
    {
        for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
            if (button->text() == QStringLiteral("&Run"))
                return button;
        }
        return nullptr;
    }

    void makeProject(int itemCount)
    {
        const QString root = m_dir.filePath(QStringLiteral("project%1").arg(itemCount));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/images")));
        std::vector<Item> items;
        for (int n = 0; n < itemCount; ++n) {
            const QString path = QStringLiteral("images/%1.png").arg(n);
            const Expected<bool> written = writeImageFile(root + QLatin1Char('/') + path,
                                                          cv::Mat1b(8, 8, uchar((20 * n) % 256)));
            QVERIFY(written && *written);
            items.push_back(Item{QStringLiteral("item%1").arg(n), path,
                                 QStringLiteral("%1").arg(n + 1, 64, 16, QLatin1Char('0')), 8, 8});
        }
        m_workspace = testing::createProject(
            root,
            testing::projectWithLabels(QStringLiteral("M"), QStringLiteral("Normal\nAbnormal")),
            testing::peopleNamedById({{"lea", Role::Lead}}), items);
        QVERIFY(m_workspace);
        QVERIFY(!m_workspace->startSession(QStringLiteral("lea")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        testing::useTestSettings(QStringLiteral("tst_runmodeldialog"), QStringLiteral("models"));
        const QString models = m_dir.filePath(QStringLiteral("models"));
        QProcess python;
        python.start(
            QStringLiteral(CONCORD_TEST_PYTHON),
            {QStringLiteral(CONCORD_TEST_DATA_DIR "/onnx/make_inference_models.py"), models});
        QVERIFY(python.waitForFinished(60000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        m_classifier = models + QStringLiteral("/classifier.json");
        QFile description(m_classifier);
        QVERIFY(description.open(QIODevice::WriteOnly));
        description.write(
            "{\"format\": 1, \"task\": \"classification\", \"model\": \"classifier.onnx\", "
            "\"name\": \"test-classifier\", \"version\": \"1.2\", \"input\": {\"width\": 8, "
            "\"height\": 8, \"channels\": 1, \"scale\": 0.00392156862745098}, \"classes\": "
            "[\"Normal\", \"Abnormal\", \"ignore\"], \"output\": {\"softmax\": true}}");
    }

    void aBadDescriptionIsNamedAndCannotRun()
    {
        makeProject(3);
        RunModelDialog dialog(m_workspace.get(), QStringLiteral("item0"));
        auto *description = dialog.findChild<QLineEdit *>(QStringLiteral("modelDescription"));
        auto *summary = dialog.findChild<QLabel *>(QStringLiteral("modelSummary"));
        const QString missing = m_dir.filePath(QStringLiteral("models/nothing.json"));
        description->setText(missing);
        QVERIFY2(summary->text().contains(QStringLiteral("nothing.json")),
                 qPrintable(summary->text()));
        QVERIFY(!runButton(dialog)->isEnabled());
        description->setText(m_classifier);
        QVERIFY2(summary->text().contains(QStringLiteral("test-classifier")),
                 qPrintable(summary->text()));
        QVERIFY(runButton(dialog)->isEnabled());
    }

    void runWritesASetOfTheModelsProposals()
    {
        makeProject(6);
        RunModelDialog dialog(m_workspace.get(), QStringLiteral("item2"));
        dialog.findChild<QLineEdit *>(QStringLiteral("modelDescription"))->setText(m_classifier);
        QSignalSpy written(&dialog, &RunModelDialog::setWritten);
        QTest::mouseClick(runButton(dialog), Qt::LeftButton);
        QVERIFY(written.wait(60000));
        const QString setId = written.front().front().toString();
        QCOMPARE(setFiles(), QStringList{setId + QStringLiteral(".json")});
        const Expected<PrelabelSet> set = readPrelabelSet(m_workspace->folder().root(), setId);
        QVERIFY2(set, set ? "" : qPrintable(set.error().toString()));
        QCOMPARE(set->source.modelName, QStringLiteral("test-classifier"));
        QCOMPARE(set->suggestions.size(), size_t(6)); // one image label per item
        QCOMPARE(set->itemUncertainty.size(), 6);
        const QString result = dialog.findChild<QLabel *>(QStringLiteral("modelResult"))->text();
        QVERIFY2(result.contains(setId), qPrintable(result));

        // "This item" runs on the item on screen only.
        auto *items = dialog.findChild<QComboBox *>(QStringLiteral("modelItems"));
        items->setCurrentIndex(items->findText(QStringLiteral("This item")));
        QTest::mouseClick(runButton(dialog), Qt::LeftButton);
        QVERIFY(written.wait(60000));
        const Expected<PrelabelSet> one =
            readPrelabelSet(m_workspace->folder().root(), written.back().front().toString());
        QVERIFY(one);
        QCOMPARE(one->suggestions.size(), size_t(1));
        QCOMPARE(one->suggestions.front().itemId, QStringLiteral("item2"));
    }

    void cancelWritesNothing()
    {
        makeProject(1500);
        RunModelDialog dialog(m_workspace.get(), {});
        dialog.findChild<QLineEdit *>(QStringLiteral("modelDescription"))->setText(m_classifier);
        QSignalSpy written(&dialog, &RunModelDialog::setWritten);
        QTest::mouseClick(runButton(dialog), Qt::LeftButton);
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close),
                          Qt::LeftButton);
        auto *result = dialog.findChild<QLabel *>(QStringLiteral("modelResult"));
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("nothing was written")),
                                 60000);
        QVERIFY(written.isEmpty());
        QVERIFY(setFiles().isEmpty());
        QVERIFY(dialog.writtenSetId().isEmpty());
    }
};

QTEST_MAIN(TestRunModelDialog)
#include "tst_runmodeldialog.moc"
