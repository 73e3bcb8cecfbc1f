// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pacs/pacsnode.h"
#include "core/pacs/pacsoptions.h"
#include "core/util/error.h"

namespace concord {

struct EchoReply
{
    qint64 roundTripMilliseconds = 0; // C-ECHO request to response, the association open
    qint64 totalMilliseconds = 0;     // with connecting, negotiating and releasing
};

// Verifies that `node` answers DICOM (C-ECHO). On failure the error names the node and says
// what failed in plain words: connection refused, no answer within the time-out, association
// rejected and why (docs/pacs.md, "Failures"). Blocks the calling thread, at most about three
// time-outs long.
Expected<EchoReply> echoPacsNode(const PacsNode &node, const PacsOptions &options = {});

} // namespace concord
