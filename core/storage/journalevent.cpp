// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/journalevent.h"

#include "core/storage/sha256.h"

#include <simdjson.h>

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

void JournalEvent::materialize()
{
    if (!rawData)
        return;
    data = toNlohmannJson(*rawData);
    rawData = nullptr;
}

std::string hashJournalLine(const char *data, size_t size)
{
    return sha256Hex(data, size);
}

namespace {
// Journals are read with simdjson: replaying a million events must take well under the two
// seconds a user waits for a project to open, and nlohmann's parser alone took several.
// Only the small "data" payload is turned into a nlohmann::json for the model to read.
thread_local simdjson::dom::parser t_parser;

[[noreturn]] void fieldMissing(const char *key, const char *expected)
{
    throw JsonFieldError{
        QStringLiteral("field \"%1\" must be %2").arg(QLatin1String(key), QLatin1String(expected))};
}

qint64 integerField(const simdjson::dom::object &line, const char *key)
{
    int64_t value = 0;
    if (line[key].get_int64().get(value) != simdjson::SUCCESS)
        fieldMissing(key, "an integer");
    return value;
}

std::string_view stringField(const simdjson::dom::object &line, const char *key,
                             bool required = true)
{
    std::string_view value;
    if (line[key].get_string().get(value) != simdjson::SUCCESS) {
        if (required)
            fieldMissing(key, "a string");
        return {};
    }
    return value;
}
} // namespace

JournalEvent parseJournalLine(const char *data, size_t size, std::string *previousLineHash,
                              const JournalFileIdentity *interned,
                              simdjson::dom::element *payloadView)
{
    simdjson::dom::element root;
    if (t_parser.parse(data, size, false).get(root) != simdjson::SUCCESS)
        throw Json::parse_error::create(101, 0, "not valid JSON", nullptr);
    simdjson::dom::object line;
    if (root.get_object().get(line) != simdjson::SUCCESS)
        throw JsonFieldError{QStringLiteral("a journal line must be a JSON object")};
    JournalEvent event;
    event.seq = integerField(line, "seq");
    event.timeMs = integerField(line, "time");
    // A file holds one annotator's session: share one QString for all its lines instead of
    // allocating two per line.
    auto intern = [](std::string_view text, const InternedText *known) {
        if (known && text == std::string_view(known->utf8.constData(), size_t(known->utf8.size())))
            return known->text;
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    };
    event.annotatorId =
        intern(stringField(line, "annotator"), interned ? &interned->annotator : nullptr);
    event.sessionId = intern(stringField(line, "session"), interned ? &interned->session : nullptr);
    const std::string_view item = stringField(line, "item", false);
    event.itemId = QString::fromUtf8(item.data(), qsizetype(item.size()));
    event.guidelineVersion = int(integerField(line, "guideline"));
    event.op = std::string(stringField(line, "op"));
    simdjson::dom::element payload;
    if (line["data"].get(payload) == simdjson::SUCCESS) {
        if (payloadView) {
            *payloadView = payload;
            event.rawData = payloadView;
        } else {
            event.data = toNlohmannJson(payload);
        }
    }
    if (previousLineHash)
        *previousLineHash = std::string(stringField(line, "prev", false));
    return event;
}

} // namespace concord
