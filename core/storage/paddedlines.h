// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/jsonsupport.h"

#include <cstring>

namespace concord {

// One line of a file, without its newline; `data` stays readable JsonLinePadding bytes past
// its end, as the line parsers need.
struct FileLine
{
    const char *data = nullptr;
    size_t length = 0;
    qint64 number = 0;            // from 1
    bool endsWithNewline = false; // false only for a last line cut short
};

// Walks the lines of a padded file in order, the way items.jsonl and the journals are read.
// Inline: a journal replay walks millions of lines.
class PaddedLines
{
public:
    explicit PaddedLines(const PaddedFile &file)
        : m_data(file.data())
        , m_size(file.size)
    {}

    // The next line into `line`; false after the last.
    bool next(FileLine &line)
    {
        if (m_start >= m_size)
            return false;
        const char *begin = m_data + m_start;
        const auto *newline =
            static_cast<const char *>(std::memchr(begin, '\n', size_t(m_size - m_start)));
        const qint64 end = newline ? newline - m_data : m_size;
        line = {begin, size_t(end - m_start), ++m_number, newline != nullptr};
        m_start = end + 1;
        return true;
    }

private:
    const char *m_data;
    qint64 m_size;
    qint64 m_start = 0;
    qint64 m_number = 0;
};

} // namespace concord
