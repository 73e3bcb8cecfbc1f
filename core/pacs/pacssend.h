// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pacs/pacsnode.h"
#include "core/pacs/pacsoptions.h"
#include "core/util/error.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <vector>

namespace concord {

// What became of one file sent to a node.
struct StoreReceipt
{
    QString file;
    QString sopInstanceUid; // empty when the file could not be read
    bool stored = false;    // the node keeps it (success or a warning status)
    int status = -1;        // the C-STORE response status, -1 when none came
    QString message;        // the status in words, or why it was not sent
};

// Sends DICOM files to `node` (C-STORE) on one association and returns a receipt per file,
// in the order given (docs/pacs.md, "Send"). A file that is not DICOM, or whose SOP class the
// node refused at negotiation, gets a receipt saying so and the others are still sent. Fails
// as a whole only when no association can be made. `progress` gets done/total after each
// file; `cancel` is checked between files (the rest get no receipt). Blocks the calling thread.
Expected<std::vector<StoreReceipt>> sendToPacs(const PacsNode &node, const QStringList &files,
                                               const PacsOptions &options = {},
                                               const std::function<void(int, int)> &progress = {},
                                               const std::atomic<bool> *cancel = nullptr);

} // namespace concord
