# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a file under core/ includes GUI code: QtGui, QtWidgets or anything from widgets/;
# and when a file under widgets/ reaches past blind reading for every reader's raw work
# (core/project/workspaceinternals.h, ProjectState): views read work only through Workspace's
# visibility calls, so blind reading holds by construction (docs/architecture.md).
# Usage: cmake -DSOURCE_ROOT=<repo> -P CheckLayering.cmake
file(GLOB_RECURSE core_files "${SOURCE_ROOT}/core/*.h" "${SOURCE_ROOT}/core/*.cpp")
set(forbidden_pattern
  "^[ \t]*#[ \t]*include[ \t]*[<\"](QtGui|QtWidgets|QtOpenGL|QtCharts|QtSvg|widgets/|app/|Q(Image|Pixmap|Widget|Painter|Color|Application|GuiApplication|Icon|Font)[>\"])")
set(violations "")
foreach(file IN LISTS core_files)
  file(STRINGS "${file}" lines REGEX "${forbidden_pattern}")
  foreach(line IN LISTS lines)
    file(RELATIVE_PATH rel "${SOURCE_ROOT}" "${file}")
    string(APPEND violations "  ${rel}: ${line}\n")
  endforeach()
endforeach()
if(violations)
  message(FATAL_ERROR "core/ must not include GUI code:\n${violations}")
endif()

file(GLOB_RECURSE widget_files "${SOURCE_ROOT}/widgets/*.h" "${SOURCE_ROOT}/widgets/*.cpp")
set(raw_access_pattern "WorkspaceInternals|workspaceinternals\\.h|ProjectState|projectstate\\.h")
foreach(file IN LISTS widget_files)
  file(STRINGS "${file}" lines REGEX "${raw_access_pattern}")
  foreach(line IN LISTS lines)
    file(RELATIVE_PATH rel "${SOURCE_ROOT}" "${file}")
    string(APPEND violations "  ${rel}: ${line}\n")
  endforeach()
endforeach()
if(violations)
  message(FATAL_ERROR "widgets/ must not read the raw annotation store; use Workspace's "
                      "visibility calls (core/project/visibilitypolicy.h):\n${violations}")
endif()
