// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/error.h"

#include <QString>

#include <vector>

namespace concord {

// The hidden folder inside an export's destination that the export writes its files to first
// (".concord-<kind>-<random>"), so a stop or an error leaves the destination as it was. Removed,
// with all it holds, when it goes out of scope; and so is the destination when the export
// created it and leaves nothing in it. Used on the exporting thread only.
class ExportStaging
{
public:
    ExportStaging(const QString &destination, const QString &kind, bool destinationIsNew);
    ExportStaging(const ExportStaging &) = delete;
    ExportStaging &operator=(const ExportStaging &) = delete;
    ~ExportStaging();

    const QString &path() const { return m_path; }
    // From here on the destination stays, even when it was made for this export.
    void keepDestination() { m_destinationIsNew = false; }

private:
    QString m_destination;
    QString m_path;
    bool m_destinationIsNew;
};

// A file written to the staging folder, and where it goes.
struct StagedFile
{
    QString staged;
    QString directory; // below the destination
    QString target;
};

// Moves every staged file to its target below `destination`, creating the folders, refusing a
// symbolic link below the destination (core/storage/safepath.h) and syncing each folder.
MaybeError moveStagedFilesIntoPlace(const QString &destination,
                                    const std::vector<StagedFile> &files);

} // namespace concord
