// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace concord {

// Translates a user-visible string of code that is not a QObject (free functions, value types,
// the command line tool). Every such string lives in one context, "concord": lupdate files a
// call written `concord::tr("...")` under exactly that context wherever it stands, while an
// unqualified tr() outside a QObject is filed under its namespace or class and would never be
// found at run time. QObject classes keep their own tr(). docs/translation.md
inline QString tr(const char *sourceText, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("concord", sourceText, disambiguation, n);
}

// Loads the catalogues embedded by the concord_translations library (translations/): the
// English plural forms, so "%n item(s)" reads "1 item" and "2 items" (docs/translation.md
// "English plurals"). Call once after creating the application, in every program that shows
// text; false when the program was linked without the catalogues.
bool installTranslations();

} // namespace concord
