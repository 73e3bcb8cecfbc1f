// SPDX-License-Identifier: GPL-3.0-or-later
// Helper process for tst_liveteam: one reader of a team working in a shared project folder.
// teamwriter PROJECT ANNOTATOR ITEM FIRST_BOX_ID COUNT PAUSE_MS opens the project, starts a
// session of ANNOTATOR and commits COUNT boxes on ITEM, one every PAUSE_MS, through the same
// Workspace::commit the window uses, printing "committed <id>" after each commit returns.
#include "core/project/edit.h"
#include "core/project/workspace.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

using namespace concord;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 7) {
        std::fprintf(stderr, "usage: teamwriter PROJECT ANNOTATOR ITEM FIRST COUNT PAUSE_MS\n");
        return 2;
    }
    auto workspace = Workspace::open(QString::fromLocal8Bit(argv[1]));
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(workspace.error().toString()));
        return 3;
    }
    if (const MaybeError error = (*workspace)->startSession(QString::fromLocal8Bit(argv[2]))) {
        std::fprintf(stderr, "%s\n", qPrintable(error->toString()));
        return 4;
    }
    const QString item = QString::fromLocal8Bit(argv[3]);
    const quint64 first = QByteArray(argv[4]).toULongLong();
    const int count = QByteArray(argv[5]).toInt();
    const int pauseMs = QByteArray(argv[6]).toInt();
    for (quint64 id = first; id < first + quint64(count); ++id) {
        BoxAnnotation box;
        box.id = id;
        box.labelId = 1;
        box.rect = {double(id), 2, 30, 40};
        if (const MaybeError error = (*workspace)->commit(edits::addBox(item, box).forward)) {
            std::fprintf(stderr, "%s\n", qPrintable(error->toString()));
            return 5;
        }
        std::printf("committed %llu\n", static_cast<unsigned long long>(id));
        std::fflush(stdout);
        QThread::msleep(pauseMs);
    }
    return 0;
}
