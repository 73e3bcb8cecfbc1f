// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/curation/splitrecords.h"

#include "core/curation/versioneddocument.h"
#include "core/storage/atomicfile.h"
#include "core/storage/jsonsupport.h"
#include "core/storage/safepath.h"
#include "core/storage/sharedfileupdate.h"
#include "core/util/translation.h"

#include <QFileInfo>

namespace concord {

namespace {

constexpr const char *SplitsFormat = "concord-splits";
constexpr int SplitsFormatVersion = 1;

Json emptySplitsDocument()
{
    return Json{
        {"format", SplitsFormat}, {"version", SplitsFormatVersion}, {"splits", Json::array()}};
}

// splits.json as JSON, checked to be ours; an absent file is an empty list of versions.
Expected<Json> readSplitsDocument(const QString &path)
{
    if (!QFileInfo::exists(path))
        return emptySplitsDocument();
    return readJsonFile<Json>(path, [&](const Json &document, const QByteArray &) {
        checkVersionedDocument(document, SplitsFormat, SplitsFormatVersion,
                               concord::tr("not a splits file (\"format\" is not \"%1\")")
                                   .arg(QLatin1String(SplitsFormat)));
        optionalArray(document, "splits");
        return document;
    });
}

RecordedSplit splitFromJson(const Json &object)
{
    if (!object.is_object())
        throw JsonFieldError{concord::tr("a split version is not an object")};
    RecordedSplit split;
    split.version = int(requireInteger(object, "version"));
    split.created = QDateTime::fromString(requireString(object, "created"), Qt::ISODate);
    split.createdBy = optionalString(object, "created_by");
    for (const Json &name : optionalArray(object, "names")) {
        if (!name.is_string())
            throw JsonFieldError{
                concord::tr("version %1: a split name is not a string").arg(split.version)};
        split.names << fromStd(name.get<std::string>());
    }
    for (const Json &ratio : optionalArray(object, "ratios")) {
        if (!ratio.is_number())
            throw JsonFieldError{
                concord::tr("version %1: a ratio is not a number").arg(split.version)};
        split.ratios.push_back(ratio.get<double>());
    }
    split.groupKey = optionalString(object, "group_key");
    split.stratifiedBy = optionalString(object, "stratified_by");
    if (object.contains("seed") && object.at("seed").is_number_unsigned())
        split.seed = object.at("seed").get<quint64>();
    for (const auto &[id, name] : optionalObject(object, "items").items()) {
        if (!name.is_string() || !split.names.contains(fromStd(name.get<std::string>())))
            throw JsonFieldError{concord::tr("version %1: item \"%2\" is in no listed split")
                                     .arg(split.version)
                                     .arg(fromStd(id))};
        split.splitOfItem[fromStd(id)] = fromStd(name.get<std::string>());
    }
    return split;
}

Json splitToJson(const RecordedSplit &split)
{
    Json items = Json::object();
    for (const auto &[id, name] : split.splitOfItem)
        items[toStd(id)] = toStd(name);
    Json names = Json::array();
    for (const QString &name : split.names)
        names.push_back(toStd(name));
    return Json{{"version", split.version},
                {"created", toStd(split.created.toString(Qt::ISODate))},
                {"created_by", toStd(split.createdBy)},
                {"names", std::move(names)},
                {"ratios", split.ratios},
                {"group_key", toStd(split.groupKey)},
                {"stratified_by", toStd(split.stratifiedBy)},
                {"seed", split.seed},
                {"items", std::move(items)}};
}

} // namespace

QString splitsFile(const ProjectFolder &folder)
{
    return folder.root() + QStringLiteral("/splits.json");
}

Expected<std::vector<RecordedSplit>> readRecordedSplits(const ProjectFolder &folder)
{
    const QString path = splitsFile(folder);
    Expected<Json> document = readSplitsDocument(path);
    if (!document)
        return document.error();
    std::vector<RecordedSplit> splits;
    try {
        for (const Json &object : optionalArray(*document, "splits"))
            splits.push_back(splitFromJson(object));
    } catch (const JsonFieldError &error) {
        return FileError{path, error.message};
    } catch (const Json::exception &error) {
        return unexpectedJsonStructure(path, error);
    }
    return splits;
}

Expected<std::vector<Json>> readSplitVersionObjects(const ProjectFolder &folder)
{
    const QString path = splitsFile(folder);
    Expected<Json> document = readSplitsDocument(path);
    if (!document)
        return document.error();
    std::vector<Json> versions;
    try {
        for (const Json &object : optionalArray(*document, "splits")) {
            splitFromJson(object);
            versions.push_back(object);
        }
    } catch (const JsonFieldError &error) {
        return FileError{path, error.message};
    } catch (const Json::exception &error) {
        return unexpectedJsonStructure(path, error);
    }
    return versions;
}

Expected<std::optional<RecordedSplit>> readCurrentSplit(const ProjectFolder &folder)
{
    Expected<std::vector<RecordedSplit>> splits = readRecordedSplits(folder);
    if (!splits)
        return splits.error();
    if (splits->empty())
        return std::optional<RecordedSplit>();
    return std::optional<RecordedSplit>(splits->back());
}

Expected<RecordedSplit> recordSplit(const ProjectFolder &folder, RecordedSplit split)
{
    const QString path = splitsFile(folder);
    Expected<LockedRead<Json>> locked =
        readUnderProjectLock<Json>(folder, [&] { return readSplitsDocument(path); });
    if (!locked)
        return locked.error();
    Json &document = locked->contents;
    Json &versions = document["splits"];
    // A damaged version is reported, never built upon: the next version number would be a guess.
    int newest = 0;
    try {
        for (const Json &recorded : versions)
            newest = std::max(newest, splitFromJson(recorded).version);
    } catch (const JsonFieldError &error) {
        return FileError{path, error.message};
    } catch (const Json::exception &error) {
        return unexpectedJsonStructure(path, error);
    }
    split.version = newest + 1;
    // Whole seconds, as project.json stores its dates.
    split.created = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    versions.push_back(splitToJson(split));
    if (MaybeError linked = SafePath::refuseLinksBelow(folder.root(), path))
        return *linked;
    if (MaybeError error =
            writeFileAtomically(path, QByteArray::fromStdString(document.dump(1) + '\n')))
        return *error;
    return split;
}

Expected<SplitSelection> selectSplitItems(const ProjectFolder &folder, const ItemList &items,
                                          const QString &name)
{
    Expected<std::optional<RecordedSplit>> current = readCurrentSplit(folder);
    if (!current)
        return current.error();
    const QString path = splitsFile(folder);
    if (!*current)
        return FileError{path, concord::tr("the project has no recorded split; make one with "
                                           "concord-cli split")};
    const RecordedSplit &split = **current;
    if (!split.names.contains(name))
        return FileError{path, concord::tr("version %1 has no split \"%2\" (it has: %3)")
                                   .arg(split.version)
                                   .arg(name, split.names.join(QStringLiteral(", ")))};
    SplitSelection selection;
    selection.version = split.version;
    for (const Item &item : items.items()) {
        const auto found = split.splitOfItem.find(item.id);
        if (found == split.splitOfItem.end())
            ++selection.unassigned;
        else if (found->second == name)
            selection.items.add(item);
    }
    return selection;
}

} // namespace concord
