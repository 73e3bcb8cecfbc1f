// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QHBoxLayout;
class QLineEdit;
class QWidget;

namespace concord {

// The row where a model description is named: `line` (its path, typed or pasted) and a
// Browse… button that picks a *.json with `browseTitle` as the file dialog's title. Shared by
// File > Preferences… and File > Run model… (docs/model-loop.md). The caller puts the row in
// its layout and owns `line`.
QHBoxLayout *modelDescriptionRow(QWidget *dialog, QLineEdit *line, const QString &browseTitle);

} // namespace concord
