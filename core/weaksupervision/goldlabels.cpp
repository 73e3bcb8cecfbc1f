// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/weaksupervision/goldlabels.h"

#include "core/util/csvfields.h"
#include "core/util/translation.h"

#include <QHash>

namespace concord {

Expected<std::vector<GoldLabel>> readGoldLabelCsv(const QString &path)
{
    Expected<CsvTable> csv = readCsvTable(path);
    if (!csv)
        return csv.error();
    const std::vector<QString> &columns = csv->columns;
    if (columns.size() != 2 ||
        columns[0].compare(QLatin1String("unit"), Qt::CaseInsensitive) != 0 ||
        columns[1].compare(QLatin1String("label"), Qt::CaseInsensitive) != 0) {
        QStringList found(columns.begin(), columns.end());
        return FileError{path,
                         concord::tr("expected the header 'unit,label', found '%1'")
                             .arg(found.join(QLatin1Char(','))),
                         csv->headerLine};
    }
    std::vector<GoldLabel> labels;
    labels.reserve(csv->records.size());
    QHash<QString, qint64> firstLine;
    for (CsvRecord &record : csv->records) {
        if (record.fields[0].isEmpty() || record.fields[1].isEmpty())
            return FileError{path,
                             record.fields[0].isEmpty() ? concord::tr("empty unit")
                                                        : concord::tr("empty label"),
                             record.line};
        if (const auto earlier = firstLine.constFind(record.fields[0]);
            earlier != firstLine.constEnd())
            return FileError{path,
                             concord::tr("unit '%1' already has a gold label, on line %2")
                                 .arg(record.fields[0])
                                 .arg(*earlier),
                             record.line};
        firstLine.insert(record.fields[0], record.line);
        labels.push_back({std::move(record.fields[0]), std::move(record.fields[1]), record.line});
    }
    return labels;
}

AlignedGold alignGoldLabels(const RatingTable &votes, const std::vector<GoldLabel> &gold)
{
    QHash<QString, qint32> units;
    units.reserve(votes.unitCount());
    for (qint32 u = 0; u < votes.unitCount(); ++u)
        units.insert(votes.unitName(u), u);
    QHash<QString, qint32> classes;
    for (qint32 c = 0; c < votes.categoryCount(); ++c)
        classes.insert(votes.categoryName(c), c);

    AlignedGold aligned;
    aligned.perUnit.assign(size_t(votes.unitCount()), NoGoldLabel);
    for (const GoldLabel &label : gold) {
        const auto unit = units.constFind(label.unit);
        if (unit == units.constEnd()) {
            ++aligned.unitsWithoutVotes;
            continue;
        }
        aligned.perUnit[size_t(*unit)] = classes.value(label.label, GoldLabelOutsideClasses);
        ++aligned.unitsWithGold;
    }
    return aligned;
}

} // namespace concord
