// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/jsonsupport.h"

#include <QString>

#include <optional>
#include <string_view>
#include <vector>

namespace simdjson::dom {
class element;
}

namespace concord {

// A read-only view of an event's "data" object, whichever parser produced it: a nlohmann
// object (events being written) or a simdjson element (events being replayed). Replay reads a
// million payloads; building a nlohmann object for each cost more than parsing the lines.
// The view must not outlive what it looks at. Accessors throw JsonFieldError like the
// functions in jsonsupport.h.
class EventPayload
{
public:
    // Pointers, not references: a Json is constructible from almost anything, and overload
    // resolution must never ask whether it is constructible from an incomplete type.
    static EventPayload of(const Json *json) { return EventPayload(json, nullptr); }
    static EventPayload of(const simdjson::dom::element *element)
    {
        return EventPayload(nullptr, element);
    }

    qint64 requireInteger(const char *key) const;
    double requireNumber(const char *key) const;
    QString requireString(const char *key) const;
    std::vector<int> requireIntegerArray(const char *key) const;
    std::vector<double> requireNumberArray(const char *key) const;
    // A view of a string field (empty when absent or not a string), valid as long as the
    // payload it came from: replay reads mask run strings without copying them.
    std::string_view optionalStringView(const char *key) const;
    qint64 optionalInteger(const char *key, qint64 fallback) const;
    QString optionalString(const char *key) const;
    // A field of any type (null included) as a nlohmann value, or nothing when absent. For the
    // rare nested payloads (attribute values): converting them costs more than the accessors
    // above, so hot fields do not go through here.
    std::optional<Json> optionalField(const char *key) const;

private:
    EventPayload(const Json *json, const simdjson::dom::element *element)
        : m_json(json)
        , m_element(element)
    {}

    const Json *m_json = nullptr;
    const simdjson::dom::element *m_element = nullptr;
};

} // namespace concord
