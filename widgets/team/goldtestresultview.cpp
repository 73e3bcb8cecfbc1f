// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/team/goldtestresultview.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace concord {

QString formatAccuracy(const GoldReaderResult &result)
{
    if (!result.accuracy)
        return QStringLiteral("–");
    return GoldTestResultView::tr("%1% (%2 of %3)")
        .arg(qRound(*result.accuracy * 100))
        .arg(result.correct)
        .arg(result.units);
}

QString formatKappa(const AgreementResult &kappa)
{
    if (!kappa.value)
        return QStringLiteral("–");
    const QString value = QString::number(*kappa.value, 'f', 2);
    return kappa.landisKoch.isEmpty()
               ? value
               : GoldTestResultView::tr("%1 (%2)").arg(value, kappa.landisKoch);
}

GoldTestResultView::GoldTestResultView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_confusion(new QTableWidget(this))
{
    m_headline->setObjectName(QStringLiteral("goldHeadline"));
    m_headline->setTextFormat(Qt::RichText);
    m_headline->setWordWrap(true);
    m_title->setStyleSheet(QStringLiteral("font-weight: bold"));
    m_confusion->setObjectName(QStringLiteral("goldConfusion"));
    m_confusion->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_confusion->setSelectionMode(QAbstractItemView::NoSelection);
    m_confusion->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_confusion->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_confusion->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_confusion->setToolTip(tr("Rows: the reference label. Columns: the reader's label. "
                               "The diagonal counts agreement."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_headline);
    layout->addWidget(new QLabel(tr("Confusion matrix: reference down, reader across"), this));
    layout->addWidget(m_confusion);
    layout->addStretch(1);
}

void GoldTestResultView::showResult(const QString &title, const QStringList &categories,
                                    const GoldReaderResult &result, int submitted, int items)
{
    m_title->setText(title);
    QString headline = tr("Accuracy <b>%1</b> &nbsp;·&nbsp; Cohen's κ vs reference <b>%2</b>")
                           .arg(formatAccuracy(result), formatKappa(result.kappa));
    if (result.kappa.ci) {
        headline += tr(" &nbsp;(95% CI %1 to %2)")
                        .arg(QString::number(result.kappa.ci->lower, 'f', 2),
                             QString::number(result.kappa.ci->upper, 'f', 2));
    }
    if (submitted < items)
        headline += QStringLiteral("<br>") +
                    tr("%1 of %2 items submitted so far.").arg(submitted).arg(items);
    for (const QString &warning : result.kappa.warnings)
        headline += QStringLiteral("<br><i>") + warning.toHtmlEscaped() + QStringLiteral("</i>");
    m_headline->setText(headline);

    // One row and column per category, plus the share of each reference row the reader got
    // right: where a reader misses (a finding read as normal) shows at a glance.
    const int q = int(categories.size());
    m_confusion->clear();
    m_confusion->setRowCount(q);
    m_confusion->setColumnCount(q + 1);
    m_confusion->setHorizontalHeaderLabels(categories + QStringList{tr("Correct")});
    m_confusion->setVerticalHeaderLabels(categories);
    const QColor agree(46, 125, 50, 90); // green, translucent so text stays readable in any theme
    const QColor disagree(230, 140, 0, 90); // amber
    for (int row = 0; row < q; ++row) {
        qint64 rowTotal = 0;
        for (int column = 0; column < q; ++column) {
            const qint64 count = result.confusion.at(size_t(row) * size_t(q) + size_t(column));
            rowTotal += count;
            auto *cell = new QTableWidgetItem(QString::number(count));
            cell->setTextAlignment(Qt::AlignCenter);
            if (count > 0)
                cell->setBackground(row == column ? agree : disagree);
            else
                cell->setForeground(palette().color(QPalette::PlaceholderText));
            m_confusion->setItem(row, column, cell);
        }
        const qint64 right = result.confusion.at(size_t(row) * size_t(q) + size_t(row));
        auto *share = new QTableWidgetItem(rowTotal > 0 ? tr("%1 of %2").arg(right).arg(rowTotal)
                                                        : QStringLiteral("–"));
        share->setTextAlignment(Qt::AlignCenter);
        m_confusion->setItem(row, q, share);
    }
}

void GoldTestResultView::clear()
{
    m_title->clear();
    m_headline->setText(tr("<i>Choose a reader above.</i>"));
    m_confusion->clear();
    m_confusion->setRowCount(0);
    m_confusion->setColumnCount(0);
}

QString GoldTestResultView::headline() const
{
    return m_headline->text();
}

} // namespace concord
