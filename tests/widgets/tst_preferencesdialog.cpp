// SPDX-License-Identifier: GPL-3.0-or-later
// The preferences dialog keeps the interface language a user chose, and shows it when opened
// again; the program reads it at the next start (app/gui/main.cpp). It also names the smart-mask
// tool's segmentation model.
#include "testsettings.h"
#include "widgets/dialogs/preferencesdialog.h"
#include "widgets/tools/promptsegmenttool.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QTest>

using namespace concord;

class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        testing::useTestSettings(QStringLiteral("tst_preferencesdialog"),
                                 QStringLiteral("interface"));
        QSettings().remove(QLatin1String(SegmentationModelSetting));
    }

    void aChosenLanguageIsSavedAndShownAgain()
    {
        {
            PreferencesDialog dialog;
            auto *language = dialog.findChild<QComboBox *>();
            QVERIFY(language);
            QCOMPARE(language->currentData().toString(), QString()); // the system's language
            const int german = language->findData(QStringLiteral("de"));
            QVERIFY(german > 0);
            QCOMPARE(language->itemText(german), QStringLiteral("Deutsch"));
            language->setCurrentIndex(german);
            dialog.accept();
        }
        QCOMPARE(QSettings().value(QLatin1String(InterfaceLanguageSetting)).toString(),
                 QStringLiteral("de"));
        PreferencesDialog reopened;
        QCOMPARE(reopened.findChild<QComboBox *>()->currentData().toString(), QStringLiteral("de"));
    }

    void cancellingKeepsTheSavedLanguage()
    {
        QSettings().setValue(QLatin1String(InterfaceLanguageSetting), QStringLiteral("en"));
        PreferencesDialog dialog;
        auto *language = dialog.findChild<QComboBox *>();
        QCOMPARE(language->currentData().toString(), QStringLiteral("en"));
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        dialog.reject();
        QCOMPARE(QSettings().value(QLatin1String(InterfaceLanguageSetting)).toString(),
                 QStringLiteral("en"));
    }

    // The smart-mask tool's model (docs/model-assisted-masks.md) is chosen here; an emptied
    // field means no model, not a model at "".
    void theSegmentationModelIsSavedAndCleared()
    {
        const QString path = QStringLiteral("/models/sam-tiny/description.json");
        {
            PreferencesDialog dialog;
            auto *model = dialog.findChild<QLineEdit *>(QStringLiteral("segmentationModel"));
            QVERIFY(model);
            QVERIFY(model->text().isEmpty());
            model->setText(QStringLiteral("  ") + path);
            dialog.accept();
        }
        QCOMPARE(QSettings().value(QLatin1String(SegmentationModelSetting)).toString(), path);
        PreferencesDialog reopened;
        auto *model = reopened.findChild<QLineEdit *>(QStringLiteral("segmentationModel"));
        QCOMPARE(model->text(), path);
        model->clear();
        reopened.accept();
        QVERIFY(!QSettings().contains(QLatin1String(SegmentationModelSetting)));
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
