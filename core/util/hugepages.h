// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <vector>

namespace concord {

// Asks the kernel to back [data, data + bytes) with transparent huge pages (2 MB), where the
// system allows it (Linux with THP in "madvise" mode, Debian's default). A
// buffer of tens of megabytes that is filled once then costs a few dozen page faults instead of
// thousands: reading a million-unit rating CSV spends a seventh of its time in those. Only helps
// before the memory is first touched; does nothing for buffers under 2 MB, or on systems
// without it.
void adviseHugePages(const void *data, size_t bytes);

// Reserves room for `count` elements in an empty or small vector and advises huge pages for it.
template <typename T> void reserveWithHugePages(std::vector<T> &vector, size_t count)
{
    vector.reserve(count);
    adviseHugePages(vector.data() + vector.size(), (vector.capacity() - vector.size()) * sizeof(T));
}

} // namespace concord
