// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace concord {

// How long Concord waits on a node, for every operation (docs/pacs.md, "Time-outs"), and how
// many matches a search brings (docs/pacs.md, "Paging").
struct PacsOptions
{
    static constexpr int DefaultQueryPageSize = 100;
    static constexpr int DefaultTimeoutSeconds = 5;
    // Bounds each wait: the TCP connection, the answer to the association request, and each
    // response or stored object after that. A node that is down or silent fails within it.
    int timeoutSeconds = DefaultTimeoutSeconds;
    // DICOMweb: the matches one QIDO-RS request asks for ("limit"); a search asks for the next
    // page ("offset") until one comes back shorter. Servers cap their answers, so one request
    // would not bring every match.
    int queryPageSize = DefaultQueryPageSize;
    // At most this many matches of a search, 0 for all of them. Over DICOMweb no page is asked
    // for past it; a C-FIND, which cannot be paged, stops reading the node's answers there.
    int maxMatches = 0;
};

} // namespace concord
