# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DPROGRAM=<built program> -DNAME=concord|concord-cli -DOUTPUT=<page> -P manpage.cmake
# Writes a manual page whose body is the program's own --help, so the page never disagrees
# with the program (docs/packaging.md). Debian wants a page for every program in /usr/bin.
execute_process(COMMAND ${PROGRAM} --help
  OUTPUT_VARIABLE help ERROR_VARIABLE help_errors RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} --help failed (${status}): ${help_errors}")
endif()
string(REPLACE "${PROGRAM}" "${NAME}" help "${help}")
# roff: a backslash is an escape, and a line that starts with . or ' is a request.
string(REPLACE "\\" "\\e" help "${help}")
string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" help "${help}")
if(NAME STREQUAL "concord")
  set(summary "labeling workbench for radiographs with reader agreement")
  set(see_also "concord-cli")
else()
  set(summary "command line tool for Concord projects, agreement and quality")
  set(see_also "concord")
endif()
string(TOUPPER "${NAME}" upper_name)
file(WRITE ${OUTPUT} ".TH ${upper_name} 1 \"\" \"Concord\" \"User Commands\"
.SH NAME
${NAME} \\- ${summary}
.SH DESCRIPTION
.nf
${help}.fi
.SH SEE ALSO
\\fB${see_also}\\fR(1)
")
