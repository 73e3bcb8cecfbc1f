// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// QSettings of a widget test's own, so a test never reads or changes the user's preferences and
// starts from what it expects, whatever an earlier run left.
#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QString>

namespace concord::testing {

// Sends QSettings to a test location (QStandardPaths' test mode), under the organisation
// "concord-tests" and the application `testName`, and removes what an earlier run left in `group`.
inline void useTestSettings(const QString &testName, const QString &group)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("concord-tests"));
    QCoreApplication::setApplicationName(testName);
    QSettings().remove(group);
}

} // namespace concord::testing
