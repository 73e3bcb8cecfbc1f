// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quality/policypublishing.h"

#include "core/storage/sharedfileupdate.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QDateTime>

namespace concord {

Expected<QualityPolicy> publishQualityPolicy(const ProjectFolder &folder, QualityPolicy policy,
                                             const QString &authorId)
{
    // Checked and numbered inside the locked update, against project.json as it is on disk, so
    // two leads publishing at once get versions N+1 and N+2 (docs/storage.md, "Shared state and
    // the project lock").
    Expected<Project> updated = updateProjectFile(folder, [&](Project &project) -> MaybeError {
        const Annotator *author = project.findAnnotator(authorId);
        if (!author)
            return FileError{
                folder.projectFile(),
                concord::tr("\"%1\" is not an annotator of this project").arg(authorId)};
        if (author->role != Role::Lead)
            return FileError{folder.projectFile(),
                             concord::tr("only a lead may publish a quality policy; %1 is %2")
                                 .arg(author->displayName, roleDisplayName(author->role))};
        if (std::optional<QString> problem = policyProblem(policy, project))
            return FileError{folder.projectFile(),
                             concord::tr("the policy is refused: %1").arg(*problem)};
        policy.version =
            project.qualityPolicies.empty() ? 1 : project.qualityPolicies.back().version + 1;
        policy.authorId = authorId;
        policy.publishedMs = QDateTime::currentMSecsSinceEpoch();
        project.qualityPolicies.push_back(policy);
        return std::nullopt;
    });
    if (!updated)
        return updated.error();
    return policy;
}

} // namespace concord
