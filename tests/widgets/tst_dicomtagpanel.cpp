// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imaging/dicomwriter.h"
#include "widgets/labelingworkbench.h"
#include "widgets/panels/dicomtagpanel.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
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

    // Issue 14, finding 9: in the dock's default width no name is cut short, and well-known
    // UIDs say what they are.
    void namesAreWholeAndUidsNamed()
    {
        QTemporaryDir dir;
        Image image;
        image.frames.push_back(cv::Mat(16, 16, CV_16U, cv::Scalar(1)));
        image.metadata.bitsStored = 12;
        image.metadata.pixelSpacing = PixelSpacing{0.2, 0.2};
        const QString path = dir.filePath(QStringLiteral("dx.dcm"));
        QVERIFY(!writeDicom(image, path));

        DicomTagPanel panel;
        panel.resize(LabelingWorkbench::RightColumnWidth, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.showFile(path);
        QCoreApplication::processEvents();

        auto *tree = panel.findChild<QTreeWidget *>();
        const QFontMetrics metrics(tree->font());
        // The item delegate keeps this margin on either side of the text (QCommonStyle).
        const int margin =
            2 * (tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, tree) + 1);
        QString transferSyntax;
        QString longest;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *row = tree->topLevelItem(i);
            if (row->text(0) == QLatin1String("(0002,0010)"))
                transferSyntax = row->text(3);
            if (row->text(1).size() > longest.size())
                longest = row->text(1);
            for (int column = 0; column < tree->columnCount(); ++column) {
                const int needed = metrics.horizontalAdvance(row->text(column)) + margin;
                QVERIFY2(needed <= tree->header()->sectionSize(column),
                         qPrintable(QStringLiteral("%1 needs %2 px, its column has %3")
                                        .arg(row->text(column))
                                        .arg(needed)
                                        .arg(tree->header()->sectionSize(column))));
            }
        }
        QVERIFY2(longest.size() >= 20, qPrintable(longest)); // FileMetaInformationGroupLength
        // Name, then value, from the left edge of the dock; tag and VR after them.
        QCOMPARE(tree->header()->visualIndex(1), 0);
        QCOMPARE(tree->header()->visualIndex(3), 1);
        QCOMPARE(tree->header()->sectionViewportPosition(1), 0);
        QCOMPARE(transferSyntax, QStringLiteral("1.2.840.10008.1.2.1 (Little Endian Explicit)"));
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
