// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/journalevent.h"

#include <QCryptographicHash>

namespace concord {

std::string serializeJournalLine(const JournalEvent &event, const std::string &previousLineHash)
{
    // Key order is fixed (ordered_json) so a line reads the same way in every file.
    nlohmann::ordered_json line;
    line["seq"] = event.seq;
    line["time"] = event.timeMs;
    line["annotator"] = toStd(event.annotatorId);
    line["session"] = toStd(event.sessionId);
    if (!event.itemId.isEmpty())
        line["item"] = toStd(event.itemId);
    line["guideline"] = event.guidelineVersion;
    line["op"] = event.op;
    line["data"] = event.data;
    line["prev"] = previousLineHash;
    return line.dump();
}

std::string hashJournalLine(const char *data, size_t size)
{
    const QByteArray digest = QCryptographicHash::hash(QByteArrayView(data, qsizetype(size)),
                                                       QCryptographicHash::Sha256);
    return digest.toHex().toStdString();
}

JournalEvent parseJournalLine(const char *data, size_t size, std::string *previousLineHash)
{
    Json line = Json::parse(data, data + size);
    if (!line.is_object())
        throw JsonFieldError{QStringLiteral("a journal line must be a JSON object")};
    JournalEvent event;
    event.seq = requireInteger(line, "seq");
    event.timeMs = requireInteger(line, "time");
    event.annotatorId = requireString(line, "annotator");
    event.sessionId = requireString(line, "session");
    event.itemId = optionalString(line, "item");
    event.guidelineVersion = int(requireInteger(line, "guideline"));
    const auto op = line.find("op");
    if (op == line.end() || !op->is_string())
        throw JsonFieldError{QStringLiteral("field \"op\" must be a string")};
    event.op = op->get<std::string>();
    auto data_ = line.find("data");
    if (data_ != line.end())
        event.data = std::move(*data_);
    if (previousLineHash) {
        const auto prev = line.find("prev");
        *previousLineHash = prev != line.end() && prev->is_string() ? prev->get<std::string>()
                                                                    : std::string();
    }
    return event;
}

} // namespace concord
