// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/blobstore.h"
#include "core/util/error.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <vector>

namespace concord {

// A blob a session journal refers to, and the journal file that first refers to it (named in
// messages about that blob).
struct BlobReference
{
    QString blobName;
    QString journal;
};

// A blob's bytes on their way from one place to another, with the name they are stored under.
struct NamedBlob
{
    QString name;
    QByteArray contents;
};

// Collects the blobs that journals refer to ("blob" in mask events, core/storage/journalevent.h),
// so that whatever carries journals elsewhere (merging, session archives) carries their pixels
// too. Scanning is a byte search: only lines that mention "blob" are parsed, so a journal of a
// million box events costs one pass. A line that does not parse is skipped; replay reports it.
class BlobReferences
{
public:
    // Adds the blobs the journal `journalFile`, with contents `journal`, refers to.
    void addJournal(const QByteArray &journal, const QString &journalFile);

    // Each referenced blob once, in the order first met.
    const std::vector<BlobReference> &references() const { return m_references; }

    // Reads every referenced blob that `target` lacks (all of them without a target) from
    // `source`, each checked against its name. Fails on the first one missing or damaged, naming it
    // and the journal that needs it.
    Expected<std::vector<NamedBlob>> loadMissingFrom(const BlobStore &source,
                                                     const BlobStore *target = nullptr) const;

private:
    std::vector<BlobReference> m_references;
    QSet<QString> m_names;
};

} // namespace concord
