// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The readable condition syntax of `concord-cli rules add --when` and `rules list`
// (docs/labeling-rules.md, "Conditions as text"), e.g.
//   dicom:BodyPartExamined=CHEST and (file:*_pa.dcm or dicom:ViewPosition=PA)
//   key:site=[Leeds,York] and not score:Pneumothorax>=0.8
#include "core/labelingrules/labelingruleset.h"

#include <QString>

namespace concord {

// Parses `text` into `condition`; returns why it is not a condition (naming the offending part),
// or an empty string. Checks each predicate as a rule document's are checked (regular
// expressions, DICOM attributes), but not labels, which need the taxonomy.
QString parseRuleCondition(const QString &text, RuleCondition *condition);

// The condition in the same syntax; parseRuleCondition() reads it back to an equal condition.
QString ruleConditionText(const RuleCondition &condition);

} // namespace concord
