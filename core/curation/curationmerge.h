// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/projectmerger.h"

namespace concord {

// Brings another copy's item keys (item-keys.json), split versions (splits.json), pre-label
// sets and labeling rules into
// `target` as part of mergeProjectCopy (pass it as its MergeMoreFiles), by the rules of
// docs/curation.md, "Merging copies":
// - a key the copy gives an item and this project does not is added; the same key with another
//   value keeps this project's value and is reported as a conflict naming both;
// - the copy's split versions are added when this project's versions are the first of the
//   copy's (its history extends ours); when both copies recorded different versions, ours are
//   kept and the copy's newer ones are reported as a conflict, none added.
// - the copy's pre-label sets (prelabels/) this project lacks are added, each after it reads as
//   a set; a set both copies hold with other contents keeps this project's and is reported;
// - the copy's labeling rules (labeling-rules.json) are added when this project has none; two
//   different rule files keep this project's and are reported.
// A damaged file in either copy, or one that is a symbolic link, refuses the whole merge.
MaybeError mergeCurationFiles(const ProjectFolder &target, const ProjectFolder &source,
                              MergeReport &report, StagedCommit &staged);

} // namespace concord
