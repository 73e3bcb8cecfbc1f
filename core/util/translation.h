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

} // namespace concord
