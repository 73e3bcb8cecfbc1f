// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

namespace concord {

// How a long export tells its caller how far it got and learns that it should stop. Both are
// called on the exporting thread, once per item; either may be empty.
struct ExportControl
{
    std::function<void(int done, int total)> progress;
    // True stops the export before its next item; a stopped export leaves its destination as
    // it was.
    std::function<bool()> cancelled;

    void report(int done, int total) const
    {
        if (progress)
            progress(done, total);
    }
    bool stopRequested() const { return cancelled && cancelled(); }
};

} // namespace concord
