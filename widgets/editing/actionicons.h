// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace concord {

// The icon of one of the window's actions: resources/icons/<name>.svg, a monochrome line
// drawing made for Concord, compiled into the program (":/icons/<name>.svg"), so no icon theme
// is needed at run time. It is drawn in the application palette's button text colour when
// shown, so it reads on light and dark palettes alike; greyed out in the disabled colour, and in
// the highlighted text colour where a menu highlights it. A name with no file gives a null icon.
QIcon actionIcon(const QString &name);

} // namespace concord
