// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/qualitydecision.h"

#include "core/util/enumkeys.h"

namespace concord {

constexpr EnumKey<DecisionKind> DecisionKindKeys[] = {{DecisionKind::ReviewAccept, "review.accept"},
                                                      {DecisionKind::ReviewReject, "review.reject"},
                                                      {DecisionKind::Adjudication, "adjudication"},
                                                      {DecisionKind::QcCorrect, "qc.correct"},
                                                      {DecisionKind::QcError, "qc.error"}};

QString decisionKindKey(DecisionKind kind)
{
    return enumKey(DecisionKindKeys, kind);
}

std::optional<DecisionKind> decisionKindFromKey(const QString &key)
{
    return enumFromKey(DecisionKindKeys, key);
}

} // namespace concord
