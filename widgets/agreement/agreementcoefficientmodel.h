// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/jsonsupport.h"

#include <QAbstractTableModel>

#include <optional>

namespace concord {

// The coefficients of one table section of an agreement report (percent agreement, Fleiss'
// kappa, Krippendorff's alpha, Gwet's AC1) as a read-only table: value, 95 % interval,
// Landis-Koch reading, units and coders, with the engine's warnings (e.g. the prevalence
// paradox) as tool tips. ValueRole gives the unrounded value (an invalid QVariant when the
// coefficient is undefined). GUI thread.
class AgreementCoefficientModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Coefficient, Value, Interval, Reading, Units, Coders, ColumnCount };
    static constexpr int ValueRole = Qt::UserRole + 1;
    static constexpr int MetricRole = Qt::UserRole + 2; // the machine name, e.g. "fleiss"

    explicit AgreementCoefficientModel(QObject *parent = nullptr);

    // Shows report["overall"] or one of report["labels"]; any other JSON empties the table.
    void setSection(const Json &section);
    // The row of a metric ("percent", "fleiss", "alpha", "ac1"), or -1.
    int rowOf(const QString &metric) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        QString metric;
        std::optional<double> value;
        std::optional<double> lower;
        std::optional<double> upper;
        double level = 0.95;
        QString ciMethod;
        QString reading;
        qint64 units = 0;
        qint64 coders = 0;
        QStringList warnings;
    };
    QString displayValue(const Row &row, int column) const;

    std::vector<Row> m_rows;
};

// The translated name of a report metric key ("percent", "fleiss", "alpha", "ac1").
QString agreementMetricTitle(const QString &metric);

} // namespace concord
