// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/itemlist.h"
#include "core/model/project.h"
#include "core/project/annotationstore.h"
#include "core/project/projectratings.h"

#include <QStringList>

#include <vector>

namespace concord {

// Readers × items: what each reader's work on each item becomes after a selection (a reader's
// boxes, a reader's masks), for the measures that compare readers pair by pair.
template <typename ItemView> struct ReaderItemTable
{
    QStringList readers;                     // the readers kept, in candidate order
    std::vector<std::vector<ItemView>> rows; // one per reader, one view per item of the list
};

// For every candidate reader of the selection and every item: `view(work, item)` of the
// reader's work when the selection counts it, else a default ItemView (not read). A reader is
// kept only when `counts` holds for at least one of its views: one with nothing to compare
// would only add empty pairs.
template <typename ItemView, typename MakeView, typename Counts>
ReaderItemTable<ItemView>
readerItemTable(const Project &project, const ItemList &items, const AnnotationStore &store,
                const ProjectRatingSelection &selection, MakeView view, Counts counts)
{
    ReaderItemTable<ItemView> table;
    for (const QString &reader : candidateCoders(project, store, selection)) {
        std::vector<ItemView> row;
        row.reserve(size_t(items.size()));
        bool any = false;
        for (const Item &item : items.items()) {
            const ItemWork *work = store.itemWork(reader, item.id);
            row.push_back(work && passesStatusFilter(work->status(), selection) ? view(*work, item)
                                                                                : ItemView());
            any = any || counts(row.back());
        }
        if (any) {
            table.readers.append(reader);
            table.rows.push_back(std::move(row));
        }
    }
    return table;
}

} // namespace concord
