// SPDX-License-Identifier: GPL-3.0-or-later
// Helper process for tst_crashsafety: opens a project, starts a session for "writer" and commits
// box edits as fast as it can, printing "committed <id>" after each commit returns. The test
// kills it with SIGKILL at a random moment and checks that every printed id survived.
#include "core/project/workspace.h"

#include <QCoreApplication>

#include <cstdio>

using namespace concord;

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
    for (quint64 id = firstId;; ++id) {
        BoxAnnotation box;
        box.id = id;
        box.labelId = 1;
        box.rect = {double(id % 1000), 1, 10, 10};
        if (MaybeError error = (*workspace)->commit(edits::addBox(QStringLiteral("item"), box).forward)) {
            std::fprintf(stderr, "%s\n", qPrintable(error->toString()));
            return 5;
        }
        std::printf("committed %llu\n", static_cast<unsigned long long>(id));
        std::fflush(stdout);
    }
}
