// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace concord {

// The interface languages Concord has a catalogue for, as ISO 639-1 codes; English is the
// source language (docs/translation.md).
const QStringList &interfaceLanguages();

// The language to show: `preference` when it is one of interfaceLanguages() (the choice made
// in the window's preferences), otherwise the first of the user's `uiLanguages` (as
// QLocale::uiLanguages() lists them: "de-DE", "en-GB") that has a catalogue, otherwise English.
QString chooseInterfaceLanguage(const QString &preference, const QStringList &uiLanguages);

// Installs the catalogues embedded by the concord_translations library (translations/):
// always the English plural forms, so "%n item(s)" reads "1 item" and "2 items", then the
// catalogue of the language chooseInterfaceLanguage() picks for `preference` and the system
// locale, with Qt's own catalogue of that language when Debian's qt6-translations-l10n is
// installed. Call once after creating the application; false when the program was linked
// without the catalogues.
bool installInterfaceLanguage(const QString &preference);

} // namespace concord
