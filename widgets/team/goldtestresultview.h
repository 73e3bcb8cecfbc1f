// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agreement/goldcomparison.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace concord {

// One reader's gold-test result: accuracy (correct of scored items), Cohen's kappa against the
// reference with its interval and Landis-Koch reading, and the confusion matrix, reference
// categories down, the reader's across, agreement on the diagonal. Shows, never computes.
class GoldTestResultView : public QWidget
{
    Q_OBJECT

public:
    explicit GoldTestResultView(QWidget *parent = nullptr);

    void showResult(const QString &title, const QStringList &categories,
                    const GoldReaderResult &result, int submitted, int items);
    void clear();
    QString headline() const;
    QTableWidget *confusionTable() const { return m_confusion; }

private:
    QLabel *m_title;
    QLabel *m_headline;
    QTableWidget *m_confusion;
};

// "67% (4 of 6)"; "–" with nothing scored.
QString formatAccuracy(const GoldReaderResult &result);
// "0.33 (fair)"; "–" when undefined.
QString formatKappa(const AgreementResult &kappa);

} // namespace concord
