// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/agreement/agreementcoefficientmodel.h"

#include "core/reports/reportcharts.h"
#include "core/reports/reportjson.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QStyle>

namespace concord {

using namespace reportjson;

QString agreementMetricTitle(const QString &metric)
{
    if (metric == QLatin1String("percent"))
        return AgreementCoefficientModel::tr("Percent agreement");
    if (metric == QLatin1String("fleiss"))
        return AgreementCoefficientModel::tr("Fleiss' κ");
    if (metric == QLatin1String("alpha"))
        return AgreementCoefficientModel::tr("Krippendorff's α");
    if (metric == QLatin1String("ac1"))
        return AgreementCoefficientModel::tr("Gwet's AC1");
    return metric;
}

AgreementCoefficientModel::AgreementCoefficientModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AgreementCoefficientModel::setSection(const Json &section)
{
    beginResetModel();
    m_rows.clear();
    for (const Json &c : field(section, "coefficients")) {
        Row row;
        row.metric = str(c, "metric");
        row.value = num(c, "value");
        const Json &ci = field(c, "ci");
        row.lower = num(ci, "lower");
        row.upper = num(ci, "upper");
        row.level = num(ci, "level").value_or(0.95);
        row.ciMethod = str(ci, "method");
        row.reading = str(c, "landis_koch");
        row.units = count(c, "units");
        row.coders = count(c, "coders");
        for (const Json &w : field(c, "warnings"))
            if (w.is_string())
                row.warnings.append(fromStd(w.get<std::string>()));
        m_rows.push_back(std::move(row));
    }
    endResetModel();
}

int AgreementCoefficientModel::rowOf(const QString &metric) const
{
    for (size_t r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].metric == metric)
            return int(r);
    return -1;
}

int AgreementCoefficientModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AgreementCoefficientModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AgreementCoefficientModel::displayValue(const Row &row, int column) const
{
    const bool isPercent = row.metric == QLatin1String("percent");
    auto format = [isPercent](double v) {
        return isPercent ? QString::number(v * 100.0, 'f', 1) + QLatin1Char('%')
                         : QString::number(v, 'f', 3);
    };
    switch (column) {
    case Coefficient: return agreementMetricTitle(row.metric);
    case Value: return row.value ? format(*row.value) : tr("undefined");
    case Interval:
        return row.lower && row.upper ? tr("%1 to %2").arg(format(*row.lower), format(*row.upper))
                                      : QStringLiteral("—");
    case Reading:
        if (isPercent)
            return tr("not chance-corrected");
        return row.reading.isEmpty() ? QStringLiteral("—") : landisKochText(row.reading);
    case Units: return QString::number(row.units);
    case Coders: return QString::number(row.coders);
    default: return {};
    }
}

QVariant AgreementCoefficientModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: return displayValue(row, index.column());
    case ValueRole: return row.value ? QVariant(*row.value) : QVariant();
    case MetricRole: return row.metric;
    case Qt::ToolTipRole: {
        QStringList lines = row.warnings;
        if (index.column() == Interval && !row.ciMethod.isEmpty())
            lines.prepend(tr("%1% interval, %2").arg(row.level * 100, 0, 'g', 3).arg(row.ciMethod));
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case Qt::TextAlignmentRole:
        return index.column() == Coefficient || index.column() == Reading
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        // The value cell takes the heatmap's colour, so the table and the charts read alike.
        if (index.column() == Value && row.metric != QLatin1String("percent") && row.value)
            return QBrush(QColor(coefficientColor(row.value)));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Value && row.metric != QLatin1String("percent") && row.value) {
            bool dark = false;
            coefficientColor(row.value, &dark);
            return QBrush(dark ? Qt::white : Qt::black);
        }
        return {};
    case Qt::DecorationRole:
        // A warning marker where the engine qualifies the figure (prevalence paradox, ...).
        if (index.column() == Coefficient && !row.warnings.isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    default: return {};
    }
}

QVariant AgreementCoefficientModel::headerData(int section, Qt::Orientation orientation,
                                               int role) const
{
    // What a unit is puzzles readers of a multi-label table ("150" for 15 images): say it.
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Units)
        return tr("The things rated. In a single-label table, one per item. In the pooled "
                  "table of a multi-label project, one per item and label (each label is a "
                  "yes/no decision), so 15 items and 10 labels make 150 units.");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Coefficient: return tr("Coefficient");
    case Value: return tr("Value");
    case Interval: return tr("95% interval");
    case Reading: return tr("Landis–Koch");
    case Units: return tr("Units");
    case Coders: return tr("Readers");
    default: return {};
    }
}

} // namespace concord
