// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for journal replay: the bytes are one session journal of a project, read
// and replayed into an annotation store as opening a project does (replayJournals), with the
// fuzz project's blobs beside it so mask events that name a blob reach the blob reader. Any
// bytes must give events and problems, never a crash, hang or sanitizer report.
//
// The file is named after the annotator and session of its first line when those are plain
// names, so a seed journal from any project replays in full; otherwise after a fixed session.
#include "core/model/annotator.h"
#include "core/project/journalreplay.h"
#include "tests/fuzz/fuzzproject.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QDirIterator>
#include <QRegularExpression>

namespace {
QString firstLineField(const QString &firstLine, const QRegularExpression &pattern)
{
    const QRegularExpressionMatch match = pattern.match(firstLine);
    return match.hasMatch() ? match.captured(1) : QString();
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    using namespace concord;
    // The fuzz project's blobs/ (the mask seed's pixels), copied into the replay project.
    const QString source = fuzz::tempPath(QStringLiteral("source"));
    if (MaybeError error = fuzz::createFuzzProject(source)) {
        qWarning("%s", qPrintable(error->toString()));
        std::abort();
    }
    const QString blobs = fuzz::tempPath(QStringLiteral("replay/blobs"));
    QDir().mkpath(blobs);
    for (QDirIterator it(source + QStringLiteral("/blobs"), QDir::Files); it.hasNext();) {
        const QString file = it.next();
        QFile::copy(file, blobs + QLatin1Char('/') + it.fileName());
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace concord;
    const QByteArrayView bytes = fuzz::bytesOf(data, size);
    const qsizetype newline = bytes.indexOf('\n');
    const QString firstLine = QString::fromUtf8(newline < 0 ? bytes : bytes.first(newline));
    static const QRegularExpression annotatorField(
        QStringLiteral("\"annotator\":\"([A-Za-z0-9_.-]{1,80})\""));
    static const QRegularExpression sessionField(
        QStringLiteral("\"session\":\"([A-Za-z0-9_.-]{1,80})\""));
    QString annotator = firstLineField(firstLine, annotatorField);
    if (!isValidAnnotatorId(annotator))
        annotator = QString::fromLatin1(fuzz::FieldAnnotatorId);
    QString session = firstLineField(firstLine, sessionField);
    if (session.isEmpty() || session.startsWith(QLatin1Char('.')))
        session = QStringLiteral("20260101T000000Z-fuzz");

    static const ProjectFolder folder(fuzz::tempPath(QStringLiteral("replay")));
    QDir(folder.journalRoot()).removeRecursively();
    QDir().mkpath(folder.annotatorJournalDir(annotator));
    fuzz::writeFileOrDie(folder.sessionJournalFile(annotator, session), bytes);

    AnnotationStore store;
    const ReplayReport report = replayJournals(folder, store);
    for (const FileError &problem : report.problems) {
        if (problem.message.isEmpty())
            __builtin_trap(); // a problem must say what is wrong
    }
    (void)store.usedLabelIds();
    return 0;
}
