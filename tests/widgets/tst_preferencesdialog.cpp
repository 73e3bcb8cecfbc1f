// SPDX-License-Identifier: GPL-3.0-or-later
// The preferences dialog keeps the interface language a user chose, and shows it when opened
// again; the program reads it at the next start (app/gui/main.cpp).
#include "testsettings.h"
#include "widgets/dialogs/preferencesdialog.h"

#include <QComboBox>
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
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
