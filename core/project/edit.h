// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/annotation.h"
#include "core/storage/jsonsupport.h"

#include <QString>

#include <string>
#include <vector>

namespace concord {

// One change to the current annotator's work on one item, ready to be journaled.
struct Edit
{
    QString itemId;
    std::string op; // one of concord::ops
    Json data = Json::object();
};

// An edit together with the edit that takes it back. Undo journals `backward` as an ordinary
// event, so the journal stays the complete history and replay never needs to know about undo.
struct ReversibleEdit
{
    Edit forward;
    Edit backward;
};

// Builders for every edit the labeling window makes. Pure functions: they only describe.
namespace edits {
ReversibleEdit addBox(const QString &itemId, const BoxAnnotation &box);
ReversibleEdit changeBox(const QString &itemId, const BoxAnnotation &before,
                         const BoxAnnotation &after);
ReversibleEdit removeBox(const QString &itemId, const BoxAnnotation &box);
ReversibleEdit setClassLabels(const QString &itemId, const std::vector<int> &before,
                              const std::vector<int> &after);
ReversibleEdit setItemStatus(const QString &itemId, ItemStatus before, ItemStatus after);
} // namespace edits

} // namespace concord
