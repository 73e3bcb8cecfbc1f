// SPDX-License-Identifier: GPL-3.0-or-later
// The TLS fields of a DIMSE node in File ▸ PACS nodes… (docs/pacs.md, "TLS"), driven with
// clicks and keys; what is saved is what PacsNodeBook loads. No network.
#include "core/pacs/pacsnodebook.h"
#include "tests/widgets/forminput.h"
#include "tests/widgets/testsettings.h"
#include "widgets/dialogs/pacsnodesdialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTest>

using namespace concord;
using concord::testing::child;
using concord::testing::typeInto;
using namespace Qt::StringLiterals;

namespace {

// Clicks the box itself: a check box stretched by its form reacts only near its box and label.
void clickBox(QCheckBox *box)
{
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
}

} // namespace

class TestPacsTlsForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { testing::useTestSettings(u"tst_pacstlsform"_s, u"pacs"_s); }

    void tlsFieldsAreCheckedAndSavedAsPaths()
    {
        PacsNodesDialog dialog;
        dialog.show();
        QTest::mouseClick(child<QPushButton>(dialog, "pacsAddNode"), Qt::LeftButton);
        typeInto(child<QLineEdit>(dialog, "pacsNodeName"), u"secure"_s);
        typeInto(child<QLineEdit>(dialog, "pacsCalledAeTitle"), u"ARCHIVE"_s);
        typeInto(child<QLineEdit>(dialog, "pacsHost"), u"pacs.example"_s);
        QLineEdit *caFile = child<QLineEdit>(dialog, "pacsTlsCaFile");
        QLineEdit *certificateFile = child<QLineEdit>(dialog, "pacsTlsCertificateFile");
        QLineEdit *keyFile = child<QLineEdit>(dialog, "pacsTlsKeyFile");
        QLabel *problem = child<QLabel>(dialog, "pacsTlsProblem");
        QPushButton *save = child<QPushButton>(dialog, "pacsSaveNodes");
        QVERIFY(!caFile->isEnabled()); // until TLS is on
        QVERIFY(save->isEnabled());

        QCheckBox *tls = child<QCheckBox>(dialog, "pacsTls");
        clickBox(tls);
        QVERIFY(tls->isChecked());
        QVERIFY(caFile->isEnabled());
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(u"CA certificate file"_s), qPrintable(problem->text()));
        QVERIFY(!save->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, "pacsTestNode")->isEnabled());
        // The TLS files' problem is theirs, not the host's.
        QVERIFY(!child<QLabel>(dialog, "pacsHostProblem")->isVisible());

        typeInto(caFile, u"/etc/concord/archive-ca.pem"_s);
        QVERIFY(!problem->isVisible());
        QVERIFY(save->isEnabled());
        typeInto(certificateFile, u"/home/reader/concord.crt"_s);
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(u"both or neither"_s), qPrintable(problem->text()));
        QVERIFY(!save->isEnabled());
        typeInto(keyFile, u"/home/reader/concord.key"_s);
        QVERIFY(!problem->isVisible());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        QSettings settings;
        const PacsNode *saved = PacsNodeBook::load(settings).find(u"secure"_s);
        QVERIFY(saved);
        QVERIFY(saved->tls);
        QCOMPARE(saved->tlsCaFile, u"/etc/concord/archive-ca.pem"_s);
        QCOMPARE(saved->tlsCertificateFile, u"/home/reader/concord.crt"_s);
        QCOMPARE(saved->tlsKeyFile, u"/home/reader/concord.key"_s);
    }

    void turningTlsOffLeavesTheFilesOut()
    {
        PacsNodesDialog dialog;
        dialog.show();
        QListWidget *list = child<QListWidget>(dialog, "pacsNodeList");
        const QList<QListWidgetItem *> secure = list->findItems(u"secure"_s, Qt::MatchStartsWith);
        QCOMPARE(secure.size(), 1);
        list->setCurrentItem(secure.first());
        QCheckBox *tls = child<QCheckBox>(dialog, "pacsTls");
        QVERIFY(tls->isChecked());
        QCOMPARE(child<QLineEdit>(dialog, "pacsTlsCaFile")->text(),
                 u"/etc/concord/archive-ca.pem"_s);
        clickBox(tls);
        QVERIFY(!child<QLineEdit>(dialog, "pacsTlsCaFile")->isEnabled());
        QTest::mouseClick(child<QPushButton>(dialog, "pacsSaveNodes"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        QSettings settings;
        const PacsNode *saved = PacsNodeBook::load(settings).find(u"secure"_s);
        QVERIFY(saved);
        QVERIFY(!saved->tls);
        QVERIFY(saved->tlsCaFile.isEmpty());
        QVERIFY(saved->tlsKeyFile.isEmpty());
    }
};

QTEST_MAIN(TestPacsTlsForm)
#include "tst_pacstlsform.moc"
