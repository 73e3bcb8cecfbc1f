// SPDX-License-Identifier: GPL-3.0-or-later
// Helper process for tst_crashsafety: opens a project, starts a session for "writer" and commits
// box edits as fast as it can, printing "committed <id>" after each commit returns. With a third
// argument "masks" it adds mask instance <id> instead and paints the scripted strokes on it,
// printing "committed <id> <stroke>" (stroke -1 for the add). The test kills it with SIGKILL at
// a random moment and checks that everything printed survived.
#include "core/project/workspace.h"
#include "tests/core/brushstrokes.h"

#include <QCoreApplication>

#include <cstdio>

using namespace concord;

static int paintMaskStrokes(Workspace &workspace, quint64 maskId)
{
    const QString item = QStringLiteral("item");
    const MaskAnnotation start{maskId, 1, testing::scriptedMask(-1), {}};
    if (MaybeError error = workspace.commit(edits::addMask(item, start).forward)) {
        std::fprintf(stderr, "%s\n", qPrintable(error->toString()));
        return 5;
    }
    std::printf("committed %llu -1\n", static_cast<unsigned long long>(maskId));
    std::fflush(stdout);
    for (int k = 0;; ++k) {
        const MaskAnnotation before = *workspace.myWork(item)->findMask(maskId);
        const testing::ScriptedStroke stroke = testing::scriptedStroke(k);
        cv::Rect dirty;
        const BinaryMask after =
            testing::paintDabs(before.mask, stroke.centres, stroke.radius, stroke.value, &dirty);
        if (const std::optional<ReversibleEdit> edit =
                edits::strokeMask(item, before, after, dirty)) {
            if (MaybeError error = workspace.commit(edit->forward)) {
                std::fprintf(stderr, "%s\n", qPrintable(error->toString()));
                return 5;
            }
        }
        std::printf("committed %llu %d\n", static_cast<unsigned long long>(maskId), k);
        std::fflush(stdout);
    }
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    auto workspace = Workspace::open(QString::fromLocal8Bit(argv[1]));
    if (!workspace)
        return 3;
    if ((*workspace)->startSession(QStringLiteral("writer")))
        return 4;
    const quint64 firstId = QByteArray(argv[2]).toULongLong();
    if (argc > 3 && QByteArray(argv[3]) == "masks")
        return paintMaskStrokes(**workspace, firstId);
    for (quint64 id = firstId;; ++id) {
        BoxAnnotation box;
        box.id = id;
        box.labelId = 1;
        box.rect = {double(id % 1000), 1, 10, 10};
        if (MaybeError error =
                (*workspace)->commit(edits::addBox(QStringLiteral("item"), box).forward)) {
            std::fprintf(stderr, "%s\n", qPrintable(error->toString()));
            return 5;
        }
        std::printf("committed %llu\n", static_cast<unsigned long long>(id));
        std::fflush(stdout);
    }
}
