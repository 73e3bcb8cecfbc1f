// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/fuzz/fuzzproject.h"

#include "core/model/maskannotation.h"
#include "core/project/workspace.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace concord::fuzz {

namespace {
// A mask of `radius` dabs along `centres`, cropped to them.
BinaryMask dabs(const std::vector<cv::Point> &centres, int radius)
{
    cv::Rect bounds;
    for (const cv::Point &c : centres) {
        const cv::Rect dab(c.x - radius, c.y - radius, 2 * radius + 1, 2 * radius + 1);
        bounds = bounds.empty() ? dab : (bounds | dab);
    }
    cv::Mat1b pixels(bounds.size(), uchar(0));
    for (const cv::Point &c : centres)
        cv::circle(pixels, c - bounds.tl(), radius, 1, cv::FILLED);
    return BinaryMask{bounds, pixels};
}

MaybeError fieldWork(Workspace &workspace, int nodule, int effusion)
{
    const QString item = QStringLiteral("i1");
    if (MaybeError e = workspace.startSession(QString::fromLatin1(FieldAnnotatorId)))
        return e;
    if (MaybeError e = workspace.commit(
            edits::addBox(item, BoxAnnotation{1, nodule, {10.5, 12, 30, 20.25}, {}, {}}).forward))
        return e;
    const PolygonAnnotation polygon{2, effusion, {{5, 5}, {60, 8}, {40, 50}, {4, 30}}, {}, {}};
    if (MaybeError e = workspace.commit(edits::addPolygon(item, polygon).forward))
        return e;
    if (MaybeError e = workspace.commit(
            edits::addMask(item, MaskAnnotation{3, nodule, dabs({{20, 20}, {26, 24}}, 5), {}, {}})
                .forward))
        return e;
    // A scribble of small dabs: more runs than fit a journal line, so its pixels go to blobs/.
    std::vector<cv::Point> scribble;
    for (int i = 0; i < 400; ++i)
        scribble.push_back({8 + i / 2, 100 + int(60 * std::sin(i * 0.37))});
    if (MaybeError e = workspace.commit(
            edits::addMask(item, MaskAnnotation{4, effusion, dabs(scribble, 1), {}, {}}).forward))
        return e;
    if (MaybeError e = workspace.commit(edits::setClassLabels(item, {}, {effusion}).forward))
        return e;
    if (MaybeError e =
            workspace.commit(edits::setItemStatus(item, ItemStatus::New, ItemStatus::Done).forward))
        return e;
    return workspace.endSession();
}
} // namespace

MaybeError createFuzzProject(const QString &directory)
{
    Project project = Project::create(
        QStringLiteral("Fuzz"), Taxonomy::fromIndentedText(QStringLiteral("Nodule\nEffusion")));
    project.projectId = QString::fromLatin1(FuzzProjectId);
    const int nodule = project.taxonomy.labels().at(0).id;
    const int effusion = project.taxonomy.labels().at(1).id;
    auto created = Workspace::create(directory, project);
    if (!created)
        return created.error();
    Workspace &workspace = **created;
    for (const Annotator &annotator :
         {Annotator{QString::fromLatin1(LeadAnnotatorId), QStringLiteral("Lead"), Role::Lead},
          Annotator{QString::fromLatin1(FieldAnnotatorId), QStringLiteral("Field"),
                    Role::Annotator}}) {
        if (MaybeError e = workspace.addAnnotator(annotator))
            return e;
    }
    Item first;
    first.id = QStringLiteral("i1");
    first.path = QStringLiteral("images/a.png");
    first.width = 320;
    first.height = 240;
    Item second;
    second.id = QStringLiteral("i2");
    second.path = QStringLiteral("images/sub/b.png");
    second.width = 64;
    second.height = 48;
    second.pixelSpacing = PixelSpacing{0.139, 0.139, QStringLiteral("PixelSpacing")};
    // Imported before sizes were recorded: readers of COCO files take the size from the file.
    Item third;
    third.id = QStringLiteral("i3");
    third.path = QStringLiteral("c.png");
    if (auto added = workspace.addItems({first, second, third}); !added)
        return added.error();
    if (MaybeError e = fieldWork(workspace, nodule, effusion))
        return e;
    if (MaybeError e = workspace.startSession(QString::fromLatin1(LeadAnnotatorId)))
        return e;
    if (MaybeError e = workspace.commit(
            edits::addBox(QStringLiteral("i2"), BoxAnnotation{7, nodule, {1, 2, 3, 4}, {}, {}})
                .forward))
        return e;
    return workspace.endSession();
}

} // namespace concord::fuzz
