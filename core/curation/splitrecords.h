// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/itemlist.h"
#include "core/storage/jsonsupport.h"
#include "core/storage/projectfolder.h"
#include "core/util/error.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace concord {

// One version of the project's split, as splits.json records it (docs/curation.md, "How a split
// is recorded").
struct RecordedSplit
{
    int version = 0;   // 1, 2, ...: given when it is recorded
    QDateTime created; // UTC, whole seconds
    QString createdBy; // an annotator id, or the login name of whoever ran the command
    QStringList names;
    std::vector<double> ratios;
    QString groupKey;     // empty: items were not grouped
    QString stratifiedBy; // "label" or a key
    quint64 seed = 0;
    std::map<QString, QString> splitOfItem; // item id -> split name
};

QString splitsFile(const ProjectFolder &folder);

// Every recorded version, oldest first; none when the project has no splits.json.
Expected<std::vector<RecordedSplit>> readRecordedSplits(const ProjectFolder &folder);

// Every version splits.json records as its JSON object, fields this Concord does not know
// included, each checked as readRecordedSplits checks it; none without the file. Merging copies
// compares these (docs/curation.md, "Merging copies").
Expected<std::vector<Json>> readSplitVersionObjects(const ProjectFolder &folder);

// The newest version, or none.
Expected<std::optional<RecordedSplit>> readCurrentSplit(const ProjectFolder &folder);

// Appends `split` to splits.json as the next version, under the project lock, reading the file
// again inside it so that versions other writers recorded meanwhile stay (and the new one
// follows them); versions and fields this Concord does not know are kept as they are. Returns
// the split as recorded, with its version and time.
Expected<RecordedSplit> recordSplit(const ProjectFolder &folder, RecordedSplit split);

// The items the newest recorded split puts in one split, in project order, for an export of that
// split alone.
struct SplitSelection
{
    ItemList items;
    int version = 0;
    int unassigned = 0; // items imported after the split was made: in no split, left out
};

// An error naming splits.json when the project has no split or none called `name`.
Expected<SplitSelection> selectSplitItems(const ProjectFolder &folder, const ItemList &items,
                                          const QString &name);

} // namespace concord
