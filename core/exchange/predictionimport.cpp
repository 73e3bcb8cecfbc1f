// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/predictionimport.h"

#include "core/model/itemlist.h"
#include "core/model/project.h"
#include "core/util/csvfields.h"
#include "core/util/translation.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <type_traits>

namespace concord {

PrelabelSet prelabelSetFromImport(const CocoImport &import)
{
    PrelabelSet set;
    set.suggestions.reserve(import.annotations.size());
    int nextId = 1;
    for (const ImportedAnnotation &annotation : import.annotations) {
        Suggestion suggestion;
        suggestion.id = QStringLiteral("s%1").arg(nextId++);
        suggestion.itemId = annotation.itemId;
        suggestion.score = annotation.score;
        std::visit(
            [&](const auto &shape) {
                using Shape = std::decay_t<decltype(shape)>;
                suggestion.labelId = shape.labelId;
                if constexpr (std::is_same_v<Shape, BoxAnnotation>) {
                    suggestion.kind = SuggestionKind::Box;
                    suggestion.rect = shape.rect;
                } else if constexpr (std::is_same_v<Shape, PolygonAnnotation>) {
                    suggestion.kind = SuggestionKind::Polygon;
                    suggestion.vertices = shape.vertices;
                } else {
                    suggestion.kind = SuggestionKind::Mask;
                    suggestion.mask = cropToContent(shape.mask);
                }
            },
            annotation.shape);
        set.suggestions.push_back(std::move(suggestion));
    }
    return set;
}

Expected<PrelabelSet> readPredictions(const QString &path, PredictionFormat format,
                                      const Project &project, const ItemList &items)
{
    if (format == PredictionFormat::ImageLabelCsv)
        return readImageLabelPredictions(path, project, items);
    const Expected<CocoImport> imported = readCocoAnnotations(path, project, items);
    if (!imported)
        return imported.error();
    return prelabelSetFromImport(*imported);
}

Expected<PrelabelSet> readImageLabelPredictions(const QString &path, const Project &project,
                                                const ItemList &items)
{
    Expected<CsvTable> table = readCsvTable(path);
    if (!table)
        return table.error();
    const int imageColumn = table->column(QStringLiteral("image"));
    const int itemColumn = table->column(QStringLiteral("item"));
    const int labelColumn = table->column(QStringLiteral("label"));
    const int scoreColumn = table->column(QStringLiteral("score"));
    if ((imageColumn < 0) == (itemColumn < 0))
        return FileError{path, concord::tr("the header must name either an \"image\" or an "
                                           "\"item\" column")};
    if (labelColumn < 0)
        return FileError{path, concord::tr("the header has no \"label\" column")};

    const ItemFileMatcher matcher(items);
    PrelabelSet set;
    QSet<QString> itemLabels; // "item\nlabel", to refuse a label given twice for one item
    for (const CsvRecord &record : table->records) {
        auto problem = [&](const QString &message) {
            return FileError{path, concord::tr("line %1: %2").arg(record.line).arg(message)};
        };
        const Item *item = nullptr;
        if (imageColumn >= 0) {
            const QString &image = record.fields[size_t(imageColumn)];
            item = matcher.match(image);
            if (!item)
                return problem(
                    concord::tr("image \"%1\" matches no item of the project").arg(image));
        } else {
            const QString &itemId = record.fields[size_t(itemColumn)];
            item = items.find(itemId);
            if (!item)
                return problem(concord::tr("no item %1 in the project").arg(itemId));
        }
        const QString &labelName = record.fields[size_t(labelColumn)];
        const Label *label = project.taxonomy.findByName(labelName);
        if (!label)
            return problem(concord::tr("\"%1\" is not a label of the project").arg(labelName));
        double score = 1;
        if (scoreColumn >= 0 && !record.fields[size_t(scoreColumn)].trimmed().isEmpty()) {
            bool isNumber = false;
            score = record.fields[size_t(scoreColumn)].trimmed().toDouble(&isNumber);
            if (!isNumber || !std::isfinite(score) || score < 0 || score > 1)
                return problem(concord::tr("the score \"%1\" is not a number from 0 to 1")
                                   .arg(record.fields[size_t(scoreColumn)]));
        }
        const QString key = item->id + u'\n' + QString::number(label->id);
        if (itemLabels.contains(key))
            return problem(
                concord::tr("label \"%1\" is given twice for item %2").arg(labelName, item->id));
        itemLabels.insert(key);

        Suggestion suggestion;
        suggestion.id = QStringLiteral("s%1").arg(set.suggestions.size() + 1);
        suggestion.itemId = item->id;
        suggestion.kind = SuggestionKind::ImageLabel;
        suggestion.labelId = label->id;
        suggestion.score = score;
        set.suggestions.push_back(std::move(suggestion));
        // As for a classifier's run: how far the item's best label is from certain.
        const double uncertainty = 1 - score;
        const auto known = set.itemUncertainty.constFind(item->id);
        set.itemUncertainty.insert(item->id, known == set.itemUncertainty.constEnd()
                                                 ? uncertainty
                                                 : std::min(*known, uncertainty));
    }
    return set;
}

} // namespace concord
