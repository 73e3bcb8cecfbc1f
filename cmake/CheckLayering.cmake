# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a file under core/ includes GUI code: QtGui, QtWidgets or anything from widgets/;
# and when a file under widgets/ reaches past blind reading for every reader's raw work
# (core/project/workspaceinternals.h, ProjectState): views read work only through Workspace's
# visibility calls, so blind reading holds by construction (docs/architecture.md).
# Usage: cmake -DSOURCE_ROOT=<repo> -P CheckLayering.cmake

# Fails with `message` and every line of a .h or .cpp under `folder` that matches `pattern`.
function(forbid_in folder pattern message)
  file(GLOB_RECURSE files "${SOURCE_ROOT}/${folder}/*.h" "${SOURCE_ROOT}/${folder}/*.cpp")
  set(violations "")
  foreach(file IN LISTS files)
    file(STRINGS "${file}" lines REGEX "${pattern}")
    foreach(line IN LISTS lines)
      file(RELATIVE_PATH rel "${SOURCE_ROOT}" "${file}")
      string(APPEND violations "  ${rel}: ${line}\n")
    endforeach()
  endforeach()
  if(violations)
    message(FATAL_ERROR "${message}:\n${violations}")
  endif()
endfunction()

forbid_in(core
  "^[ \t]*#[ \t]*include[ \t]*[<\"](QtGui|QtWidgets|QtOpenGL|QtCharts|QtSvg|widgets/|app/|Q(Image|Pixmap|Widget|Painter|Color|Application|GuiApplication|Icon|Font)[>\"])"
  "core/ must not include GUI code")
forbid_in(widgets
  "WorkspaceInternals|workspaceinternals\\.h|ProjectState|projectstate\\.h"
  "widgets/ must not read the raw annotation store; use Workspace's visibility calls (core/project/visibilitypolicy.h)")
