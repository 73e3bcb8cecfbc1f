// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/taxonomywarnings.h"

#include <QList>

class QAction;
class QWidget;

namespace concord {

// The application's own single-chord shortcuts in `window`, for the taxonomy warnings
// (core/model/taxonomywarnings.h): every shortcut of every action added to the window or to any
// widget in it (menus, tool bars, docks), plus the keys the canvas handles while held. Read from
// the live actions, so the list cannot go stale. `excluded` are left out (the label actions
// themselves, whose keys are the ones being checked). Keys are Qt's portable text ("B",
// "Ctrl+S"); the command is the action's text without mnemonic or ellipsis.
ReservedShortcuts collectReservedShortcuts(const QWidget *window, const QList<QAction *> &excluded);

} // namespace concord
