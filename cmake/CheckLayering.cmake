# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a file under core/ includes GUI code: QtGui, QtWidgets or anything from widgets/,
# or a core folder above its own; when anything but the image codecs module includes OpenCV's
# image codecs; when the widgets' editing core includes the shell;
# and when a file under widgets/ reaches past blind reading for every reader's raw work
# (core/project/workspaceinternals.h, ProjectState): views read work only through Workspace's
# visibility calls, so blind reading holds by construction (docs/architecture.md).
# Usage: cmake -DSOURCE_ROOT=<repo> -P CheckLayering.cmake

# Fails with `message` and every line of a .h or .cpp under `folder` that matches `pattern`;
# files under the folders given after the message are let through.
function(forbid_in folder pattern message)
  file(GLOB_RECURSE files "${SOURCE_ROOT}/${folder}/*.h" "${SOURCE_ROOT}/${folder}/*.cpp")
  foreach(allowed IN LISTS ARGN)
    list(FILTER files EXCLUDE REGEX "^${SOURCE_ROOT}/${allowed}/")
  endforeach()
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
# OpenCV's image codecs are a module loaded on first use (core/imaging/imagecodecs.h): only the
# module's source includes them; everything else goes through imagecodecs.h.
foreach(folder core render widgets app)
  forbid_in(${folder} "^[ \t]*#[ \t]*include[ \t]*[<\"]opencv2/imgcodecs"
    "${folder}/ must decode and write images through core/imaging/imagecodecs.h"
    core/imaging/codecs)
endforeach()
forbid_in(widgets
  "WorkspaceInternals|workspaceinternals\\.h|ProjectState|projectstate\\.h"
  "widgets/ must not read the raw annotation store; use Workspace's visibility calls (core/project/visibilitypolicy.h)")

# core's folders, bottom first: a file includes its own folder and folders below it, never one
# above (docs/architecture.md). Folders on one rank may include each other.
set(core_ranks "util" "imaging" "model" "geometry|storage" "agreement" "weaksupervision"
               "project" "quality|prelabels"
               "exchange|reports|demo|curation|inference|learning|labelingrules" "pacs")
list(LENGTH core_ranks rank_count)
math(EXPR last_rank "${rank_count} - 1")
foreach(rank RANGE ${last_rank})
  list(GET core_ranks ${rank} folders)
  set(above "")
  math(EXPR next "${rank} + 1")
  if(next LESS_EQUAL last_rank)
    foreach(higher RANGE ${next} ${last_rank})
      list(GET core_ranks ${higher} higher_folders)
      if(above)
        string(APPEND above "|")
      endif()
      string(APPEND above "${higher_folders}")
    endforeach()
  endif()
  if(above)
    string(REPLACE "|" ";" folder_list "${folders}")
    foreach(folder IN LISTS folder_list)
      forbid_in(core/${folder} "^[ \t]*#[ \t]*include[ \t]*\"core/(${above})/"
        "core/${folder} must not include a folder above it (${above})")
    endforeach()
  endif()
endforeach()

# The widgets' editing core never includes the shell that arranges it.
foreach(folder editing canvas tools commands models)
  forbid_in(widgets/${folder}
    "^[ \t]*#[ \t]*include[ \t]*\"widgets/(mainwindow|labelingworkbench|windowlayout|team/|panels/|dialogs/|quality/|agreement/)"
    "widgets/${folder} is the editing core and must not include the shell")
endforeach()
