// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/qualitydecision.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QVBoxLayout;

namespace concord {

class LabelingContext;

// What the person at the window can decide about the current item in the quality workflow
// (docs/quality.md), beside the canvas: the item's state, agreement and why; then, when the
// item is in their tier and they did not read it,
// - review: accept, or reject with an error category (the item goes back to new readers);
//   a fix is simply their own edits on the canvas before accepting; either way, findings
//   against single readers (their labels, one of their shapes or their whole answer, with an
//   error category) go with the verdict and score those readers;
// - adjudication: take one reader's answer, or start from the readers' consensus, as their own
//   work (one undo step), edit it, then settle the item with it;
// - QC: correct, or an error with a category.
// Readers see a line saying there is nothing to decide. Every decision goes through
// QualityWorkflow, which checks the role again. GUI thread.
class DecisionPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DecisionPanel(LabelingContext *context, QWidget *parent = nullptr);

    // Reads the current item's route again.
    void refresh();

    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *rejectButton() const { return m_reject; }
    QPushButton *consensusButton() const { return m_consensus; }
    QPushButton *adjudicateButton() const { return m_adjudicate; }
    QPushButton *qcCorrectButton() const { return m_qcCorrect; }
    QPushButton *qcErrorButton() const { return m_qcError; }
    QComboBox *categoryBox() const { return m_category; }
    // Review findings: what to flag (a reader's whole answer, labels or one shape), the button
    // that adds it with the chosen category, and the findings that go with the next verdict.
    QComboBox *findingTargetBox() const { return m_findingTarget; }
    QPushButton *addFindingButton() const { return m_addFinding; }
    const std::vector<ReviewFinding> &pendingFindings() const { return m_pending; }
    // Each round reader's answer in words, as shown (rich text).
    QString answersText() const;
    // One "Take <reader>'s answer" button per reader of the round, in round order.
    QList<QPushButton *> takeAnswerButtons() const { return m_takeButtons; }

Q_SIGNALS:
    // A decision was recorded on the item: the window moves on to the next in the queue.
    void decided(const QString &itemId);
    void statusMessage(const QString &message, int timeoutMs);

private:
    void showDecisionsForCurrentItem();
    void decide(int kind);
    void adopt(const QString &readerId); // empty: the consensus
    void addFinding();
    void showPendingFindings();

    LabelingContext *m_context;
    QLabel *m_summary;
    QLabel *m_reason;
    QLabel *m_answers; // each round reader's answer in words
    QWidget *m_takeRow;
    QVBoxLayout *m_takeLayout;
    QList<QPushButton *> m_takeButtons;
    QPushButton *m_accept;
    QPushButton *m_reject;
    QPushButton *m_consensus;
    QPushButton *m_adjudicate;
    QPushButton *m_qcCorrect;
    QPushButton *m_qcError;
    QComboBox *m_category;
    QComboBox *m_findingTarget; // data: {reader id, target}
    QPushButton *m_addFinding;
    QListWidget *m_findingList;
    std::vector<ReviewFinding> m_pending;
    QString m_pendingItemId; // the item m_pending is about
    QLineEdit *m_note;
    QFormLayout *m_form;
};

} // namespace concord
