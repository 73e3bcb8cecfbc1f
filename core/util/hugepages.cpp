// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/hugepages.h"

#include <cstdint>

#if __has_include(<sys/mman.h>)
#include <sys/mman.h>
#endif

namespace concord {

void adviseHugePages(const void *data, size_t bytes)
{
#ifdef MADV_HUGEPAGE
    constexpr std::uintptr_t HugePage = std::uintptr_t(2) << 20;
    if (data == nullptr || bytes < HugePage)
        return;
    // The range is widened to whole huge pages. malloc gives buffers this big mappings of their
    // own, side by side, which the kernel merges, so a huge page may span the end of one buffer
    // and the start of the next; narrowing would lose up to 2 MB at each end. Whatever else the
    // wider range covers is this process's memory too, and the advice changes no contents.
    const std::uintptr_t first = reinterpret_cast<std::uintptr_t>(data);
    const std::uintptr_t begin = first & ~(HugePage - 1);
    const std::uintptr_t end = (first + bytes + HugePage - 1) & ~(HugePage - 1);
    ::madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE); // advice: no check
#else
    (void)data;
    (void)bytes;
#endif
}

} // namespace concord
