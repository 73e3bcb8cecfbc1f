// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/qualitydecision.h"

namespace concord {

QString decisionKindKey(DecisionKind kind)
{
    switch (kind) {
    case DecisionKind::ReviewAccept: return QStringLiteral("review.accept");
    case DecisionKind::ReviewReject: return QStringLiteral("review.reject");
    case DecisionKind::Adjudication: return QStringLiteral("adjudication");
    case DecisionKind::QcCorrect: return QStringLiteral("qc.correct");
    case DecisionKind::QcError: return QStringLiteral("qc.error");
    }
    return {};
}

std::optional<DecisionKind> decisionKindFromKey(const QString &key)
{
    for (DecisionKind k :
         {DecisionKind::ReviewAccept, DecisionKind::ReviewReject, DecisionKind::Adjudication,
          DecisionKind::QcCorrect, DecisionKind::QcError}) {
        if (decisionKindKey(k) == key)
            return k;
    }
    return std::nullopt;
}

} // namespace concord
