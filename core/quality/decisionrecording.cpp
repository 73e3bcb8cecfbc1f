// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quality/decisionrecording.h"

#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"

#include <QCoreApplication>

namespace concord {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("QualityDecision", text);
}

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

MaybeError recordQualityDecision(Workspace &workspace, DecisionKind kind, const QString &itemId,
                                 const QString &category, const QString &note)
{
    const QString projectFile = workspace.folder().projectFile();
    const Annotator *me = workspace.currentAnnotator();
    if (!me)
        return FileError{projectFile, tr("a quality decision needs a session: who decides?")};
    if (!mayDecide(kind, me->role))
        return FileError{projectFile, tr("%1 is %2 and may not record \"%3\"")
                                          .arg(me->displayName, roleDisplayName(me->role),
                                               decisionKindKey(kind))};
    if (!workspace.items().find(itemId))
        return FileError{workspace.folder().itemsFile(), tr("unknown item \"%1\"").arg(itemId)};
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
        return FileError{projectFile, tr("%1 read item \"%2\"; someone else must decide on it")
                                          .arg(me->displayName, itemId)};
    const bool needsCategory = kind == DecisionKind::ReviewReject || kind == DecisionKind::QcError;
    if (needsCategory && !defaultErrorCategories().contains(category))
        return FileError{projectFile, tr("\"%1\" is not an error category; use one of: %2")
                                          .arg(category, defaultErrorCategories().join(u", "))};
    Json data{{"kind", toStd(decisionKindKey(kind))},
              {"policy", workspace.project().currentQualityPolicy().version}};
    if (!category.isEmpty())
        data["category"] = toStd(category);
    if (!note.isEmpty())
        data["note"] = toStd(note);
    return workspace.commit(Edit(itemId, ops::QualityDecisionSet, std::move(data)));
}

} // namespace concord
