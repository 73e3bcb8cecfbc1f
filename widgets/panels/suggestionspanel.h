// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/error.h"

#include <QByteArray>
#include <QFileSystemWatcher>
#include <QTimer>
#include <QWidget>

#include <vector>

class QAction;
class QLabel;
class QSlider;
class QTreeWidget;

namespace concord {

class LabelingContext;
class SuggestionLayer;

// The "Suggestions" dock (docs/prelabels.md, "In the window"): the project's pre-label sets
// (model, version; each can be switched off), the score threshold, the current item's
// suggestions with their state, and the decisions: Accept (A), Accept all at or above the
// threshold (Shift+A), Reject… with a reason (Shift+R), next and previous suggestion (S,
// Shift+S). Reads the sets from <project>/prelabels/ when created and again whenever that
// folder changes (file-system events and a two-second poll, as ProjectWatcher does for network
// shares); a damaged set is reported by name and the others still load. GUI thread.
class SuggestionsPanel : public QWidget
{
    Q_OBJECT

public:
    SuggestionsPanel(LabelingContext *context, SuggestionLayer *layer, QWidget *parent = nullptr);

    // Reads the sets again now (otherwise done when the folder changes).
    void reload();
    // The damaged sets of the last read, each naming its file.
    const std::vector<FileError> &problems() const { return m_problems; }
    // Accept, accept all, reject, next, previous: the window carries their shortcuts.
    QList<QAction *> decisionActions() const;
    QAction *acceptAction() const { return m_accept; }
    QAction *acceptAllAction() const { return m_acceptAll; }
    QAction *rejectAction() const { return m_reject; }
    QSlider *thresholdSlider() const { return m_threshold; }
    QTreeWidget *suggestionList() const { return m_list; }
    QTreeWidget *setList() const { return m_sets; }
    // The message about damaged sets shown above the list (empty when none).
    QString problemText() const;

    void acceptTarget();
    void acceptAllAboveThreshold();
    // Asks for a reason (common reasons or free text; the last one offered first) and rejects.
    void rejectTarget();

    // The reasons offered first when rejecting, most common first.
    static QStringList commonRejectReasons();

Q_SIGNALS:
    void statusMessage(const QString &message, int timeoutMs);
    // The damaged sets changed (after a read): for the window's problems list.
    void problemsChanged(const std::vector<FileError> &problems);

private:
    void reloadIfChanged();
    QByteArray folderFingerprint() const;
    void watchFolder();
    void refreshSets();
    void refreshList();
    void refreshActions();
    void showThreshold();
    void listSelectionChanged();

    LabelingContext *m_context;
    SuggestionLayer *m_layer;
    QTreeWidget *m_sets;
    QLabel *m_problemLabel;
    QLabel *m_unavailable;
    QSlider *m_threshold;
    QLabel *m_thresholdValue;
    QTreeWidget *m_list;
    QLabel *m_hint;
    QAction *m_accept;
    QAction *m_acceptAll;
    QAction *m_reject;
    QAction *m_next;
    QAction *m_previous;
    std::vector<FileError> m_problems;
    QFileSystemWatcher m_watcher;
    QTimer m_poll;
    QByteArray m_fingerprint; // of the folder as last read
    bool m_syncing = false;
};

} // namespace concord
