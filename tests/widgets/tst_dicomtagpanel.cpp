// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imaging/dicomwriter.h"
#include "widgets/panels/dicomtagpanel.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace concord;

// Patient-identifying values stay masked until the reader asks for them, for every new file.
class TestDicomTagPanel : public QObject
{
    Q_OBJECT

private:
    static QStringList values(const DicomTagPanel &panel)
    {
        QStringList all;
        const auto *tree = panel.findChild<QTreeWidget *>();
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            all << tree->topLevelItem(i)->text(3);
        return all;
    }

private Q_SLOTS:
    void phiIsHiddenByDefault()
    {
        QTemporaryDir dir;
        Image image;
        image.frames.push_back(cv::Mat(16, 16, CV_8U, cv::Scalar(1)));
        image.metadata.patientId = QStringLiteral("SECRET-42");
        const QString path = dir.filePath(QStringLiteral("a.dcm"));
        QVERIFY(!writeDicom(image, path));

        DicomTagPanel panel;
        panel.showFile(path);
        QVERIFY(panel.visibleRowCount() > 10);
        QVERIFY(!values(panel).contains(QStringLiteral("SECRET-42")));

        auto *phi = panel.findChild<QCheckBox *>();
        phi->click();
        QVERIFY(values(panel).contains(QStringLiteral("SECRET-42")));

        // Searching a masked value finds nothing; searching the tag name still lists the row.
        phi->click();
        auto *search = panel.findChild<QLineEdit *>();
        QTest::keyClicks(search, QStringLiteral("SECRET"));
        QCOMPARE(panel.visibleRowCount(), 0);
        search->clear();
        QTest::keyClicks(search, QStringLiteral("PatientID"));
        QCOMPARE(panel.visibleRowCount(), 1);

        // The next file starts hidden again.
        phi->click();
        panel.showFile(path);
        QVERIFY(!values(panel).contains(QStringLiteral("SECRET-42")));
    }

    void nonDicomShowsANote()
    {
        DicomTagPanel panel;
        panel.showFile(QStringLiteral("/nonexistent/picture.png"));
        QCOMPARE(panel.visibleRowCount(), 0);
        const auto labels = panel.findChildren<QLabel *>();
        bool noted = false;
        for (const QLabel *label : labels)
            noted = noted || label->text().contains(QStringLiteral("picture.png"));
        QVERIFY(noted);
    }
};

QTEST_MAIN(TestDicomTagPanel)
#include "tst_dicomtagpanel.moc"
