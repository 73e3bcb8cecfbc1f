// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quality/decisionrecording.h"

#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"
#include "core/util/translation.h"

#include <QCoreApplication>

namespace concord {

namespace {

bool mayDecide(DecisionKind kind, Role role)
{
    if (kind == DecisionKind::Adjudication)
        return role == Role::Adjudicator || role == Role::Lead;
    return role != Role::Annotator;
}

} // namespace

QStringList defaultErrorCategories()
{
    return {QStringLiteral("missed-finding"), QStringLiteral("false-finding"),
            QStringLiteral("wrong-label"), QStringLiteral("inaccurate-boundary"),
            QStringLiteral("guideline-not-followed")};
}

bool findingTargetExists(const ItemWork &work, const QString &target)
{
    if (target.isEmpty() || target == QLatin1String("labels"))
        return true;
    const QString kind = target.section(QLatin1Char(':'), 0, 0);
    bool ok = false;
    const quint64 id = target.section(QLatin1Char(':'), 1).toULongLong(&ok);
    if (!ok || target.count(QLatin1Char(':')) != 1)
        return false;
    if (kind == QLatin1String("box"))
        return work.findBox(id) != nullptr;
    if (kind == QLatin1String("polygon"))
        return work.findPolygon(id) != nullptr;
    if (kind == QLatin1String("mask"))
        return work.findMask(id) != nullptr;
    return false;
}

MaybeError recordQualityDecision(Workspace &workspace, DecisionKind kind, const QString &itemId,
                                 const QString &category, const QString &note,
                                 const std::vector<ReviewFinding> &findings)
{
    const QString projectFile = workspace.folder().projectFile();
    const Annotator *me = workspace.currentAnnotator();
    if (!me)
        return FileError{projectFile,
                         concord::tr("a quality decision needs a session: who decides?")};
    if (!mayDecide(kind, me->role))
        return FileError{projectFile, concord::tr("%1 is %2 and may not record \"%3\"")
                                          .arg(me->displayName, roleDisplayName(me->role),
                                               decisionKindKey(kind))};
    if (!workspace.items().find(itemId))
        return FileError{workspace.folder().itemsFile(),
                         concord::tr("unknown item \"%1\"").arg(itemId)};
    const ItemWork *mine = workspace.myWork(itemId);
    const bool decidedBefore = [&] {
        const AnnotatorWork *work = WorkspaceInternals::store(workspace).work(me->id);
        if (!work)
            return false;
        for (const QualityDecision &d : work->decisions()) {
            if (d.itemId == itemId)
                return true;
        }
        return false;
    }();
    if (mine && mine->status() == ItemStatus::Done && !decidedBefore)
        return FileError{projectFile,
                         concord::tr("%1 read item \"%2\"; someone else must decide on it")
                             .arg(me->displayName, itemId)};
    const bool needsCategory = kind == DecisionKind::ReviewReject || kind == DecisionKind::QcError;
    if (needsCategory && !defaultErrorCategories().contains(category))
        return FileError{projectFile, concord::tr("\"%1\" is not an error category; use one of: %2")
                                          .arg(category, defaultErrorCategories().join(u", "))};
    const bool review = kind == DecisionKind::ReviewAccept || kind == DecisionKind::ReviewReject;
    if (!findings.empty() && !review)
        return FileError{projectFile,
                         concord::tr("only a review records findings against readers")};
    Json findingsJson = Json::array();
    for (const ReviewFinding &finding : findings) {
        const ItemWork *read =
            WorkspaceInternals::store(workspace).itemWork(finding.readerId, itemId);
        if (finding.readerId == me->id || !read || read->status() != ItemStatus::Done)
            return FileError{projectFile, concord::tr("\"%1\" did not read item \"%2\": no finding "
                                                      "can be held against them")
                                              .arg(finding.readerId, itemId)};
        if (!defaultErrorCategories().contains(finding.category))
            return FileError{projectFile,
                             concord::tr("\"%1\" is not an error category; use one of: %2")
                                 .arg(finding.category, defaultErrorCategories().join(u", "))};
        if (!findingTargetExists(*read, finding.target))
            return FileError{projectFile, concord::tr("%1's answer on item \"%2\" has no \"%3\"")
                                              .arg(finding.readerId, itemId, finding.target)};
        Json f{{"reader", toStd(finding.readerId)}, {"category", toStd(finding.category)}};
        if (!finding.target.isEmpty())
            f["target"] = toStd(finding.target);
        findingsJson.push_back(std::move(f));
    }
    Json data{{"kind", toStd(decisionKindKey(kind))},
              {"policy", workspace.project().currentQualityPolicy().version}};
    if (!category.isEmpty())
        data["category"] = toStd(category);
    if (!note.isEmpty())
        data["note"] = toStd(note);
    if (!findingsJson.empty())
        data["findings"] = std::move(findingsJson);
    return workspace.commit(Edit(itemId, ops::QualityDecisionSet, std::move(data)));
}

} // namespace concord
