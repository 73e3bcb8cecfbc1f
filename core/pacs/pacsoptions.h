// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace concord {

// How long Concord waits on a node, for every operation (docs/pacs.md, "Time-outs").
struct PacsOptions
{
    static constexpr int DefaultTimeoutSeconds = 5;
    // Bounds each wait: the TCP connection, the answer to the association request, and each
    // response or stored object after that. A node that is down or silent fails within it.
    int timeoutSeconds = DefaultTimeoutSeconds;
};

} // namespace concord
