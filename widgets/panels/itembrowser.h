// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFileSystemWatcher>
#include <QSet>
#include <QString>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace concord {

class ItemFilterModel;
class ItemListModel;
class LabelingContext;
class LearnerQueue;

// The list of items with the current annotator's status, a status filter, a name search and
// the queue order: project order, or the learner's (docs/active-learning.md, "In the window").
// Once the project has a recorded split, a Split column and a split filter too, following
// splits.json while the window is open (docs/curation.md, "In the window").
// Virtualised (uniform row heights), so it stays fast for 100,000 items. Selecting a row makes
// that item current.
class ItemBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit ItemBrowser(LabelingContext *context, QWidget *parent = nullptr);

    // The next or previous item that passes the filter, counted from the current item in the
    // list's order (project order, or the queue's); -1 when there is none. Works even when the
    // current item no longer passes the filter (it was just submitted while showing "New" items).
    int neighbourItem(int direction) const;
    // Lists only these items, and counts progress over them; empty lists every item. The
    // browser restricts itself to the plan of a calibration or gold-test session.
    void restrictToItems(const QStringList &itemIds);

    // Where an item stands among the listed items in project order: its 1-based place (0 when
    // it is not listed) and how many are listed. "Item 2 of 6" in a calibration read counts the
    // session's items, not the project's.
    struct ListPosition
    {
        int number = 0;
        int count = 0;
    };
    ListPosition positionOf(const QString &itemId) const;

    LearnerQueue *queue() const { return m_queue; }

Q_SIGNALS:
    // The list now holds other items (a session's plan, or every item again).
    void listedItemsChanged();

private:
    void syncSelection();
    // Recounts every item: on open and when items are added.
    void recountFinished();
    // Updates the count for one changed item only, so an edit costs O(1) even at 100,000 items.
    void updateFinished(const QString &itemId);
    void showProgress();
    // Follows the open session: the items of the plan it reads, or every item.
    void followSession();
    bool listed(const QString &itemId) const;
    int neighbourInQueueOrder(int direction) const;
    // Reads splits.json again when its size or time differ from the last read.
    void reloadSplitIfChanged();
    void reloadSplit();
    // The split filter's choices for the recorded split, keeping the chosen one if it is still
    // there; shows or hides the Split column and the filter.
    void showSplitChoices();

    LabelingContext *m_context;
    ItemListModel *m_model;
    ItemFilterModel *m_filter;
    QSet<QString> m_restriction; // empty: every item
    QComboBox *m_statusFilter;
    QComboBox *m_splitFilter;
    QLabel *m_splitProblem;
    QComboBox *m_order;
    QLabel *m_queueStatus;
    LearnerQueue *m_queue;
    QLineEdit *m_search;
    QTreeView *m_list;
    QLabel *m_progress;
    QSet<QString> m_finishedItems; // done or skipped by the current annotator
    // The Workspace signals changes of project.json and items.jsonl only, so splits.json is
    // followed here: events where the file system gives them, a poll where it does not.
    QFileSystemWatcher m_splitsWatcher;
    QTimer m_splitsPoll;
    QByteArray m_splitsFingerprint;
};

} // namespace concord
