// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/project/workspace.h"
#include "core/storage/itemlistfile.h"

#include <QString>

#include <cstdio>
#include <memory>

namespace concord::bench {

// A project of `itemCount` 3000×2500 items (ids are 16 hex digits, paths images/<n>.png) and
// `readerCount` readers reader0, reader1, ..., with the taxonomy `taxonomyText` (indented
// text). The items are written as one file, as a large import leaves them, and returned;
// benchmarks then write the journals they need. Exits on failure: a benchmark has nothing to
// measure then.
inline ItemList createBenchProject(const QString &root, const QString &taxonomyText,
                                   int readerCount, int itemCount)
{
    Project project =
        Project::create(QStringLiteral("bench"), Taxonomy::fromIndentedText(taxonomyText));
    for (int r = 0; r < readerCount; ++r)
        project.annotators.push_back(
            {QStringLiteral("reader%1").arg(r), QStringLiteral("Reader %1").arg(r)});
    auto workspace = Workspace::create(root, project);
    if (!workspace)
        qFatal("%s", qPrintable(workspace.error().toString()));
    ItemList items;
    items.reserve(itemCount);
    for (int i = 0; i < itemCount; ++i) {
        const QString id = QStringLiteral("%1").arg(i, 16, 16, QLatin1Char('0'));
        items.add(Item{id, QStringLiteral("images/%1.png").arg(i), id + id + id + id, 3000, 2500});
    }
    if (MaybeError error = writeItemListFile((*workspace)->folder().itemsFile(), items))
        qFatal("%s", qPrintable(error->toString()));
    return items;
}

} // namespace concord::bench
