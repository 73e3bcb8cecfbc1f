// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/interfacelanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace concord {

namespace {

// Installs `fileName` from `folder` for the rest of the application's life (Qt expects
// installed translators to outlive their use); false when there is no such catalogue.
bool installCatalogue(const QString &fileName, const QString &folder)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(fileName, folder) || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    return true;
}

} // namespace

const QStringList &interfaceLanguages()
{
    static const QStringList languages = {QStringLiteral("en"), QStringLiteral("de")};
    return languages;
}

QString chooseInterfaceLanguage(const QString &preference, const QStringList &uiLanguages)
{
    if (interfaceLanguages().contains(preference))
        return preference;
    // The user's languages in their order of preference ("de-AT", "en-GB", "C"): the first
    // one we have a catalogue for wins, so a German-speaking user with English as a second
    // language gets German.
    for (const QString &language : uiLanguages) {
        QString code = language.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0);
        if (interfaceLanguages().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

bool installInterfaceLanguage(const QString &preference)
{
    // English first: installed translators are searched newest first, so the language chosen
    // below wins and English plural forms remain for what it lacks.
    if (!installCatalogue(QStringLiteral("concord_en.qm"), QStringLiteral(":/translations")))
        return false;
    const QString language = chooseInterfaceLanguage(preference, QLocale::system().uiLanguages());
    if (language == QLatin1String("en"))
        return true;
    // Qt's own strings (the standard buttons of dialogs, "Cancel", "Yes") come from Debian's
    // qt6-translations-l10n when it is installed; without it they stay English.
    installCatalogue(QStringLiteral("qtbase_") + language,
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return installCatalogue(QStringLiteral("concord_") + language,
                            QStringLiteral(":/translations"));
}

} // namespace concord
