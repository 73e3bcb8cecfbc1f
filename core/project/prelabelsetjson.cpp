// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/prelabelsetjson.h"

#include "core/geometry/maskdelta.h"
#include "core/model/item.h"
#include "core/storage/jsonsupport.h"
#include "core/storage/safepath.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace concord {

QString prelabelFolder(const QString &projectRoot)
{
    return QDir(projectRoot).filePath(QStringLiteral("prelabels"));
}

QString prelabelSetPath(const QString &projectRoot, const QString &setId)
{
    return QDir(prelabelFolder(projectRoot)).filePath(setId + QStringLiteral(".json"));
}

bool isValidPrelabelSetId(const QString &setId)
{
    if (setId.isEmpty() || setId.size() > 100 || setId.startsWith(QLatin1Char('.')))
        return false;
    return std::all_of(setId.begin(), setId.end(), [](QChar c) {
        return (c.unicode() < 128 && c.isLetterOrNumber()) || c == QLatin1Char('-') ||
               c == QLatin1Char('_') || c == QLatin1Char('.');
    });
}

namespace {

[[noreturn]] void fail(const QString &message)
{
    throw JsonFieldError{message};
}

const char *kindKey(SuggestionKind kind)
{
    switch (kind) {
    case SuggestionKind::Box: return "box";
    case SuggestionKind::Polygon: return "polygon";
    case SuggestionKind::Mask: return "mask";
    case SuggestionKind::ImageLabel: return "image-label";
    }
    return "box";
}

SuggestionKind kindFromKey(const QString &key, const QString &where)
{
    if (key == QLatin1String("box"))
        return SuggestionKind::Box;
    if (key == QLatin1String("polygon"))
        return SuggestionKind::Polygon;
    if (key == QLatin1String("mask"))
        return SuggestionKind::Mask;
    if (key == QLatin1String("image-label"))
        return SuggestionKind::ImageLabel;
    fail(concord::tr("%1: unknown kind \"%2\"").arg(where, key));
}

double finiteNumber(const Json &value, const QString &where)
{
    if (!value.is_number() || !std::isfinite(value.get<double>()))
        fail(concord::tr("%1: coordinates must be finite numbers").arg(where));
    return value.get<double>();
}

const Json &requireMember(const Json &object, const char *key, const QString &where)
{
    const auto it = object.find(key);
    if (it == object.end())
        fail(concord::tr("%1 has no \"%2\"").arg(where, QLatin1String(key)));
    return *it;
}

Json suggestionToJson(const Suggestion &suggestion)
{
    Json data{{"id", toStd(suggestion.id)},
              {"item", toStd(suggestion.itemId)},
              {"kind", kindKey(suggestion.kind)},
              {"label", suggestion.labelId},
              {"score", suggestion.score}};
    switch (suggestion.kind) {
    case SuggestionKind::Box:
        data["box"] = Json::array(
            {suggestion.rect.x, suggestion.rect.y, suggestion.rect.width, suggestion.rect.height});
        break;
    case SuggestionKind::Polygon: {
        Json points = Json::array();
        for (const ImagePoint &vertex : suggestion.vertices) {
            points.push_back(vertex.x);
            points.push_back(vertex.y);
        }
        data["points"] = std::move(points);
        break;
    }
    case SuggestionKind::Mask: {
        const cv::Rect region = suggestion.mask.bounds;
        data["mask"] = Json{{"x", region.x},
                            {"y", region.y},
                            {"w", region.width},
                            {"h", region.height},
                            {"rle", encodeRegionRuns(suggestion.mask, region).toStdString()}};
        break;
    }
    case SuggestionKind::ImageLabel: break;
    }
    return data;
}

qint64 boundedInteger(const Json &object, const char *key, qint64 low, qint64 high,
                      const QString &where)
{
    const Json &value = requireMember(object, key, where);
    if (!value.is_number_integer() || value.get<qint64>() < low || value.get<qint64>() > high)
        fail(concord::tr("%1: \"%2\" must be an integer from %3 to %4")
                 .arg(where, QLatin1String(key))
                 .arg(low)
                 .arg(high));
    return value.get<qint64>();
}

Suggestion suggestionFromJson(const Json &data, size_t index)
{
    QString where = concord::tr("suggestion %1").arg(index + 1);
    if (!data.is_object())
        fail(concord::tr("%1 is not an object").arg(where));
    Suggestion suggestion;
    suggestion.id = requireString(data, "id");
    if (const QString problem = suggestionIdProblem(suggestion.id); !problem.isEmpty())
        fail(concord::tr("%1: bad id: %2").arg(where, problem));
    where = concord::tr("suggestion \"%1\"").arg(suggestion.id);
    suggestion.itemId = requireString(data, "item");
    if (suggestion.itemId.isEmpty() || suggestion.itemId.size() > SafePath::MaxRelativePathLength)
        fail(concord::tr("%1: the item id is empty or too long").arg(where));
    suggestion.kind = kindFromKey(requireString(data, "kind"), where);
    suggestion.labelId =
        int(boundedInteger(data, "label", 0, std::numeric_limits<int>::max(), where));
    const Json &score = requireMember(data, "score", where);
    if (!score.is_number() || !(score.get<double>() >= 0 && score.get<double>() <= 1))
        fail(concord::tr("%1: \"score\" must be a number from 0 to 1").arg(where));
    suggestion.score = score.get<double>();
    switch (suggestion.kind) {
    case SuggestionKind::Box: {
        const Json &box = requireMember(data, "box", where);
        if (!box.is_array() || box.size() != 4)
            fail(concord::tr("%1: \"box\" must be [x, y, width, height]").arg(where));
        suggestion.rect = {finiteNumber(box[0], where), finiteNumber(box[1], where),
                           finiteNumber(box[2], where), finiteNumber(box[3], where)};
        if (suggestion.rect.width < 0 || suggestion.rect.height < 0)
            fail(concord::tr("%1: a box has a negative size").arg(where));
        break;
    }
    case SuggestionKind::Polygon: {
        const Json &points = requireMember(data, "points", where);
        if (!points.is_array() || points.size() < 6 || points.size() % 2 != 0)
            fail(concord::tr("%1: a polygon needs at least 3 vertices as x, y pairs").arg(where));
        if (points.size() / 2 > MaxPrelabelPolygonVertices)
            fail(concord::tr("%1: a polygon has %2 vertices; at most %3 are accepted")
                     .arg(where)
                     .arg(points.size() / 2)
                     .arg(MaxPrelabelPolygonVertices));
        for (size_t i = 0; i < points.size(); i += 2)
            suggestion.vertices.push_back(
                {finiteNumber(points[i], where), finiteNumber(points[i + 1], where)});
        break;
    }
    case SuggestionKind::Mask: {
        const Json &mask = requireMember(data, "mask", where);
        if (!mask.is_object())
            fail(concord::tr("%1: \"mask\" must be an object").arg(where));
        const cv::Rect region(int(boundedInteger(mask, "x", 0, MaxImageSide, where)),
                              int(boundedInteger(mask, "y", 0, MaxImageSide, where)),
                              int(boundedInteger(mask, "w", 1, MaxImageSide, where)),
                              int(boundedInteger(mask, "h", 1, MaxImageSide, where)));
        if (qint64(region.x) + region.width > MaxImageSide ||
            qint64(region.y) + region.height > MaxImageSide ||
            qint64(region.width) * region.height > MaxImagePixels)
            fail(concord::tr("%1: the mask region is out of range").arg(where));
        const std::string runs = toStd(requireString(mask, "rle"));
        Expected<BinaryMask> pixels =
            decodeRegionRuns(region, QByteArrayView(runs.data(), qsizetype(runs.size())), where);
        if (!pixels)
            fail(pixels.error().message);
        if (pixels->bounds.empty())
            fail(concord::tr("%1: the mask is empty").arg(where));
        suggestion.mask = std::move(*pixels);
        break;
    }
    case SuggestionKind::ImageLabel: break;
    }
    return suggestion;
}

PrelabelSet setFromJson(const Json &document)
{
    if (!document.is_object())
        fail(concord::tr("a pre-label set must hold a JSON object"));
    if (optionalString(document, "format") != QLatin1String(PrelabelSetFormat))
        fail(concord::tr("not a pre-label set (\"format\" is not \"%1\")")
                 .arg(QLatin1String(PrelabelSetFormat)));
    const qint64 version = requireInteger(document, "version");
    if (version < 1 || version > PrelabelSetFormatVersion)
        fail(concord::tr("pre-label set format version %1 is not supported (at most %2)")
                 .arg(version)
                 .arg(PrelabelSetFormatVersion));
    PrelabelSet set;
    set.id = requireString(document, "id");
    const Json &source = optionalObject(document, "source");
    set.source.modelName = optionalString(source, "model");
    set.source.modelVersion = optionalString(source, "version");
    set.source.origin = optionalString(source, "origin");
    set.source.createdAt = optionalString(source, "created");
    const Json &suggestions = optionalArray(document, "suggestions");
    if (suggestions.size() > MaxPrelabelSuggestions)
        fail(concord::tr("%1 suggestions; at most %2 are accepted")
                 .arg(suggestions.size())
                 .arg(MaxPrelabelSuggestions));
    set.suggestions.reserve(suggestions.size());
    QSet<QString> ids;
    for (size_t i = 0; i < suggestions.size(); ++i) {
        Suggestion suggestion = suggestionFromJson(suggestions[i], i);
        if (ids.contains(suggestion.id))
            fail(concord::tr("suggestion id \"%1\" appears twice").arg(suggestion.id));
        ids.insert(suggestion.id);
        set.suggestions.push_back(std::move(suggestion));
    }
    const Json &uncertainty = optionalObject(document, "uncertainty");
    if (!uncertainty.is_object())
        fail(concord::tr("\"uncertainty\" must be an object of item ids"));
    for (auto it = uncertainty.begin(); it != uncertainty.end(); ++it) {
        if (!it->is_number() || !(it->get<double>() >= 0 && it->get<double>() <= 1))
            fail(concord::tr("the uncertainty of item \"%1\" must be a number from 0 to 1")
                     .arg(fromStd(it.key())));
        set.itemUncertainty.insert(fromStd(it.key()), it->get<double>());
    }
    return set;
}

} // namespace

QString suggestionIdProblem(const QString &id)
{
    if (id.isEmpty())
        return concord::tr("it is empty");
    if (id.size() > MaxPrelabelIdLength)
        return concord::tr("it is longer than %1 characters").arg(MaxPrelabelIdLength);
    for (const QChar c : id) {
        if (c == QLatin1Char('/') || c.category() == QChar::Other_Control)
            return concord::tr("it holds a '/' or a control character");
    }
    return {};
}

QByteArray prelabelSetToJsonBytes(const PrelabelSet &set)
{
    Json uncertainty = Json::object();
    for (auto it = set.itemUncertainty.cbegin(); it != set.itemUncertainty.cend(); ++it)
        uncertainty[toStd(it.key())] = it.value();
    const Json document{{"format", PrelabelSetFormat},
                        {"version", PrelabelSetFormatVersion},
                        {"id", toStd(set.id)},
                        {"source", Json{{"model", toStd(set.source.modelName)},
                                        {"version", toStd(set.source.modelVersion)},
                                        {"origin", toStd(set.source.origin)},
                                        {"created", toStd(set.source.createdAt)}}},
                        {"suggestions", jsonArrayOf(set.suggestions, suggestionToJson)},
                        {"uncertainty", std::move(uncertainty)}};
    return QByteArray::fromStdString(document.dump(1)) + '\n';
}

Expected<PrelabelSet> prelabelSetFromJsonBytes(const QByteArray &json, const QString &fileName)
{
    Expected<Json> document = parseJsonDocument(fileName, json);
    if (!document)
        return document.error();
    try {
        return setFromJson(*document);
    } catch (const JsonFieldError &error) {
        return FileError{fileName, error.message};
    } catch (const Json::exception &error) {
        return unexpectedJsonStructure(fileName, error);
    }
}

} // namespace concord
