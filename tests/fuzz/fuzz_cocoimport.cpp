// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for COCO import: the bytes are a COCO file read against the fuzz project
// (fuzzproject.h: labels Nodule and Effusion; items a.png 320x240, b.png 64x48 and c.png of
// unknown size) through readCocoAnnotations, as `concord-cli import-annotations` does before
// it commits anything. Any bytes must give edits or a FileError with a message, never a crash,
// hang or sanitizer report.
#include "core/exchange/cocoimporter.h"
#include "core/project/workspace.h"
#include "tests/fuzz/fuzzproject.h"
#include "tests/fuzz/fuzzsupport.h"

namespace {
std::unique_ptr<concord::Workspace> &workspace()
{
    static std::unique_ptr<concord::Workspace> opened;
    return opened;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    using namespace concord;
    const QString dir = fuzz::tempPath(QStringLiteral("project"));
    if (MaybeError error = fuzz::createFuzzProject(dir)) {
        qWarning("%s", qPrintable(error->toString()));
        std::abort();
    }
    auto opened = Workspace::open(dir);
    if (!opened)
        std::abort();
    workspace() = std::move(*opened);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace concord;
    static const QString path = fuzz::tempPath(QStringLiteral("annotations.json"));
    fuzz::writeFileOrDie(path, fuzz::bytesOf(data, size));
    const Workspace &project = *workspace();
    const Expected<CocoImport> read = readCocoAnnotations(path, project.project(), project.items());
    if (!read && read.error().message.isEmpty())
        __builtin_trap(); // every failure must say what is wrong
    return 0;
}
