// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/itemlistfile.h"

#include "core/storage/atomicfile.h"
#include "core/storage/jsonsupport.h"
#include "core/storage/paddedlines.h"
#include "core/storage/safepath.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace concord {

// "pixel_spacing": {"row_mm", "column_mm", "source"}. A malformed one loses only the spacing
// (distances on that item fall back to pixels), never the item: the caller reports it.
static std::optional<PixelSpacing> pixelSpacingFromJson(const Json &object)
{
    const Json &spacing = object.at("pixel_spacing");
    const PixelSpacing parsed{requireNumber(spacing, "row_mm"), requireNumber(spacing, "column_mm"),
                              requireString(spacing, "source")};
    if (!(parsed.rowMm > 0 && parsed.columnMm > 0) || !std::isfinite(parsed.rowMm) ||
        !std::isfinite(parsed.columnMm))
        throw JsonFieldError{concord::tr("pixel_spacing must be two positive numbers of mm")};
    return parsed;
}

// An id becomes a file name (label maps) and a path is opened, so both are checked here, where
// they enter (core/storage/safepath.md). The path may still lead outside the project: this is
// the project's own list, and its images may live beside it; merging is stricter.
static void checkItemFields(const Item &item, qint64 width, qint64 height)
{
    if (const QString problem = SafePath::idProblem(item.id); !problem.isEmpty())
        throw JsonFieldError{concord::tr("field \"id\": %1").arg(problem)};
    if (item.path.isEmpty() || item.path.size() > SafePath::MaxRelativePathLength ||
        std::any_of(item.path.cbegin(), item.path.cend(), [](QChar c) { return c < u' '; }))
        throw JsonFieldError{
            concord::tr("field \"path\" must be a path of 1 to %1 printable characters")
                .arg(SafePath::MaxRelativePathLength)};
    if (width < 0 || height < 0 || width > MaxImageSide || height > MaxImageSide ||
        width * height > MaxImagePixels)
        throw JsonFieldError{
            concord::tr("image size %1 x %2 is out of range (at most %3 pixels a side, %4 in all)")
                .arg(width)
                .arg(height)
                .arg(MaxImageSide)
                .arg(MaxImagePixels)};
}

static Item itemFromJson(const Json &object, QString *spacingProblem)
{
    Item item;
    item.id = requireString(object, "id");
    item.path = requireString(object, "path");
    item.sha256 = optionalString(object, "sha256");
    const qint64 width = optionalInteger(object, "width");
    const qint64 height = optionalInteger(object, "height");
    checkItemFields(item, width, height);
    item.width = int(width);
    item.height = int(height);
    item.group = optionalString(object, "group");
    item.patientId = optionalString(object, "patient");
    item.studyInstanceUid = optionalString(object, "study");
    item.seriesInstanceUid = optionalString(object, "series");
    item.sopInstanceUid = optionalString(object, "sop");
    if (object.contains("pixel_spacing")) {
        try {
            item.pixelSpacing = pixelSpacingFromJson(object);
        } catch (const JsonFieldError &error) {
            *spacingProblem = concord::tr("%1; item loaded without "
                                          "pixel spacing")
                                  .arg(error.message);
        }
    }
    return item;
}

static Json itemToJson(const Item &item)
{
    Json object{{"id", toStd(item.id)}, {"path", toStd(item.path)}};
    if (!item.sha256.isEmpty())
        object["sha256"] = toStd(item.sha256);
    if (item.width > 0) {
        object["width"] = item.width;
        object["height"] = item.height;
    }
    if (!item.group.isEmpty())
        object["group"] = toStd(item.group);
    if (!item.sopInstanceUid.isEmpty()) {
        object["patient"] = toStd(item.patientId);
        object["study"] = toStd(item.studyInstanceUid);
        object["series"] = toStd(item.seriesInstanceUid);
        object["sop"] = toStd(item.sopInstanceUid);
    }
    if (item.pixelSpacing) {
        object["pixel_spacing"] = {{"row_mm", item.pixelSpacing->rowMm},
                                   {"column_mm", item.pixelSpacing->columnMm},
                                   {"source", toStd(item.pixelSpacing->source)}};
    }
    return object;
}

ItemListReadResult readItemListFile(const QString &path)
{
    ItemListReadResult result;
    if (!QFileInfo::exists(path))
        return result;
    Expected<PaddedFile> file = readFileWithPadding(path);
    if (!file) {
        result.problems.push_back(file.error());
        return result;
    }
    PaddedLines lines(*file);
    for (FileLine line; lines.next(line);) {
        const qint64 lineNumber = line.number;
        if (line.length > 0) {
            ItemListLine kept{QByteArray(line.data, qsizetype(line.length)), std::nullopt};
            try {
                const Json object = parseJsonLine(line.data, line.length);
                QString spacingProblem;
                Item item = itemFromJson(object, &spacingProblem);
                if (!spacingProblem.isEmpty())
                    result.problems.push_back({path, spacingProblem, lineNumber});
                if (result.items.add(item)) {
                    kept.item = std::move(item);
                } else {
                    result.problems.push_back(
                        {path, concord::tr("duplicate item id, line skipped (kept in the file)"),
                         lineNumber});
                }
            } catch (const JsonFieldError &error) {
                result.problems.push_back(
                    {path, concord::tr("%1 (line kept in the file)").arg(error.message),
                     lineNumber});
            } catch (const Json::exception &) {
                result.problems.push_back(
                    {path, concord::tr("not a valid JSON line, skipped (kept in the file)"),
                     lineNumber});
            }
            result.lines.push_back(std::move(kept));
        }
    }
    return result;
}

QByteArray itemListFileBytes(const ItemList &items, const std::vector<ItemListLine> &previous)
{
    std::string text;
    text.reserve(size_t(items.size()) * 160);
    QSet<QString> written;
    for (const ItemListLine &line : previous) {
        const Item *now = line.item ? items.find(line.item->id) : nullptr;
        if (!now || *now == *line.item) {
            text.append(line.text.constData(), size_t(line.text.size()));
        } else {
            // Changed here (pixel spacing recorded): Concord's fields over the line as it was,
            // so fields it does not know stay.
            Json object = Json::object();
            try {
                object = Json::parse(line.text.toStdString());
            } catch (const Json::exception &) {
            }
            object.update(itemToJson(*now));
            text += object.dump();
        }
        text += '\n';
        if (now)
            written.insert(now->id);
    }
    for (const Item &item : items.items()) {
        if (written.contains(item.id))
            continue;
        text += itemToJson(item).dump();
        text += '\n';
    }
    return QByteArray::fromStdString(text);
}

Expected<ItemListReadResult> readItemListFileToRewrite(const QString &path)
{
    ItemListReadResult read = readItemListFile(path);
    for (const FileError &problem : read.problems) {
        if (problem.line < 0)
            return problem;
    }
    return read;
}

MaybeError writeItemListFile(const QString &path, const ItemList &items)
{
    return writeFileAtomically(path, itemListFileBytes(items));
}

} // namespace concord
