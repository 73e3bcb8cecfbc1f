// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/journalevent.h"
#include "core/util/error.h"

#include <memory>
#include <string>

namespace concord {

// Appends events to one session's journal file. Owned by the session that writes it; no other
// process or thread writes that file. append() returns only after the line is on disk (fsync),
// so a caller may report the edit as saved as soon as it returns without an error.
// Runs on the thread that owns it (the GUI thread in the app); not thread-safe.
class JournalWriter
{
public:
    // Creates a new journal file (and its folder); fails if it exists.
    static Expected<std::unique_ptr<JournalWriter>> create(const QString &path);
    ~JournalWriter();
    JournalWriter(const JournalWriter &) = delete;
    JournalWriter &operator=(const JournalWriter &) = delete;

    // Assigns the next sequence number to `event`, writes it and flushes it to disk.
    // On failure the file is restored to its previous length and the event is not written.
    MaybeError append(JournalEvent &event);

    const QString &path() const { return m_path; }
    qint64 lastSequence() const { return m_sequence; } // also the number of lines written
    const std::string &lastLineHash() const { return m_previousLineHash; }

private:
    JournalWriter(QString path, int fd);

    QString m_path;
    int m_fd = -1;
    qint64 m_sequence = 0;
    qint64 m_size = 0;
    std::string m_previousLineHash;
    bool m_broken = false; // a failed write could not be rolled back: refuse further writes
};

} // namespace concord
