// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for items.jsonl: any bytes must load the good lines and report each bad one
// with its line number, never crash, hang or trip a sanitizer. See README.md beside this file.
#include "core/storage/itemlistfile.h"
#include "tests/fuzz/fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace concord;
    static const QString path = fuzz::tempPath(QStringLiteral("items.jsonl"));
    fuzz::writeFileOrDie(path, fuzz::bytesOf(data, size));
    const ItemListReadResult read = readItemListFile(path);
    for (const FileError &problem : read.problems) {
        if (problem.message.isEmpty() || problem.line < 1)
            __builtin_trap(); // a problem must say what and where
    }
    for (const Item &item : read.items.items()) {
        if (read.items.find(item.id) == nullptr)
            __builtin_trap(); // every loaded item must be found by its id
    }
    return 0;
}
