// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for project.json: any bytes must give a Project or a FileError with a
// message, never a crash, hang or sanitizer report. The bytes go through a file, as opening a
// project reads them. See README.md beside this file for building and running.
#include "core/storage/projectfile.h"
#include "tests/fuzz/fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace concord;
    static const QString path = fuzz::tempPath(QStringLiteral("project.json"));
    fuzz::writeFileOrDie(path, fuzz::bytesOf(data, size));
    const Expected<Project> project = readProjectFile(path);
    if (project) {
        // What opening a project asks of it next.
        for (const GuidelineVersion &version : project->guidelines)
            (void)project->taxonomyOf(version).labels().size();
        (void)project->findGuideline(project->currentGuidelineVersion);
    } else if (project.error().message.isEmpty()) {
        __builtin_trap(); // every failure must say what is wrong
    }
    return 0;
}
