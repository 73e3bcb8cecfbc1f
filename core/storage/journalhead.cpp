// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/journalhead.h"

#include "core/storage/atomicfile.h"
#include "core/storage/journalevent.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstring>
#include <set>

namespace concord {

Json JournalHead::toJson() const
{
    return Json{{"session", toStd(sessionId)}, {"lines", lines}, {"hash", hash}};
}

std::optional<JournalHead> JournalHead::fromJson(const Json &value)
{
    if (!value.is_object())
        return std::nullopt;
    const auto session = value.find("session");
    const auto lines = value.find("lines");
    const auto hash = value.find("hash");
    if (session == value.end() || !session->is_string() || lines == value.end() ||
        !lines->is_number_integer() || lines->get<qint64>() < 0 || hash == value.end() ||
        !hash->is_string())
        return std::nullopt;
    return JournalHead{fromStd(session->get<std::string>()), lines->get<qint64>(),
                       hash->get<std::string>()};
}

Expected<JournalHead> scanJournalHead(const QString &path, const QString &sessionId)
{
    Expected<QByteArray> contents = readWholeFile(path);
    if (!contents)
        return contents.error();
    JournalHead head{sessionId, 0, {}};
    const char *data = contents->constData();
    const qint64 size = contents->size();
    qint64 lastStart = -1, lastEnd = -1;
    for (qint64 start = 0; start < size;) {
        const void *newline = std::memchr(data + start, '\n', size_t(size - start));
        if (!newline)
            break; // a line cut short is not a line yet
        const qint64 end = static_cast<const char *>(newline) - data;
        ++head.lines;
        lastStart = start;
        lastEnd = end;
        start = end + 1;
    }
    if (head.lines > 0)
        head.hash = hashJournalLine(data + lastStart, size_t(lastEnd - lastStart));
    return head;
}

QString headManifestPath(const ProjectFolder &folder, const QString &annotatorId)
{
    return folder.annotatorJournalDir(annotatorId) + QStringLiteral("/HEAD");
}

Expected<std::optional<JournalHead>> readHeadManifest(const ProjectFolder &folder,
                                                      const QString &annotatorId)
{
    const QString path = headManifestPath(folder, annotatorId);
    if (!QFileInfo::exists(path))
        return std::optional<JournalHead>();
    Expected<QByteArray> contents = readWholeFile(path);
    if (!contents)
        return contents.error();
    const Json value = Json::parse(contents->toStdString(), nullptr, false);
    std::optional<JournalHead> head = JournalHead::fromJson(value);
    if (!head)
        return FileError{
            path, concord::tr("not a head record (\"session\", \"lines\", \"hash\"); the end "
                              "of the session that closed last cannot be checked")};
    return head;
}

MaybeError writeHeadManifest(const ProjectFolder &folder, const QString &annotatorId,
                             const JournalHead &head)
{
    return writeFileAtomically(headManifestPath(folder, annotatorId),
                               QByteArray::fromStdString(head.toJson().dump() + '\n'));
}

SessionStartRecord readSessionStartRecord(const QString &path)
{
    SessionStartRecord record;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return record;
    const QByteArray line = file.readLine();
    if (!line.endsWith('\n'))
        return record;
    const Json event =
        Json::parse(line.constData(), line.constData() + line.size() - 1, nullptr, false);
    // find(), not value(): value() throws when "op" is there with another type.
    const auto op = event.is_object() ? event.find("op") : event.end();
    if (op == event.end() || !op->is_string() ||
        op->get_ref<const std::string &>() != ops::SessionStart)
        return record;
    record.readable = true;
    const auto data = event.find("data");
    if (data == event.end() || !data->is_object())
        return record;
    if (const auto previous = data->find("previous");
        previous != data->end() && previous->is_array()) {
        for (const Json &entry : *previous) {
            if (std::optional<JournalHead> head = JournalHead::fromJson(entry))
                record.previous.push_back(std::move(*head));
        }
    }
    if (const auto head = data->find("head"); head != data->end())
        record.head = JournalHead::fromJson(*head);
    return record;
}

void recordEarlierSessions(const ProjectFolder &folder, const QString &annotatorId, Json &startData)
{
    const QStringList files = folder.sessionJournalFiles(annotatorId);
    std::set<QString> recorded;
    for (const QString &file : files) {
        for (const JournalHead &head : readSessionStartRecord(file).previous)
            recorded.insert(head.sessionId);
    }
    Json previous = Json::array();
    std::vector<JournalHead> heads;
    for (const QString &file : files) {
        const QString sessionId = QFileInfo(file).completeBaseName();
        if (recorded.contains(sessionId))
            continue;
        Expected<JournalHead> head = scanJournalHead(file, sessionId);
        if (!head)
            continue;
        previous.push_back(head->toJson());
        heads.push_back(std::move(*head));
    }
    if (!previous.empty())
        startData["previous"] = previous;
    Expected<std::optional<JournalHead>> manifest = readHeadManifest(folder, annotatorId);
    // A session another session recorded is checked against that record; one of the heads
    // above is recorded now. Otherwise keep HEAD's word, so that a session found cut off now
    // is not taken as whole by the records of every later session.
    if (manifest && *manifest && !recorded.contains((*manifest)->sessionId) &&
        std::find(heads.begin(), heads.end(), **manifest) == heads.end())
        startData["head"] = (*manifest)->toJson();
}

} // namespace concord
