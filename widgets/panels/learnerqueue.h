// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The item list's queue order by an active-learning strategy (docs/active-learning.md, "In the
// window"): the built-in learner trains in the background on the labels the viewer may see,
// retrains a few seconds after labels change, and ranks the unlabelled items. Nothing here
// blocks the window: a run that is outdated by the time it ends is run again.
#include "core/learning/activelearning.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QTimer;

namespace concord {

class Workspace;
struct ProjectLearning;

// The QSettings key of the learner's embedding model (File > Preferences…): a model
// description with task "embedding", whose outputs the learner learns from instead of the
// built-in image descriptors; empty for those.
inline constexpr char LearnerEmbeddingModelSetting[] = "models/learnerEmbeddingDescription";

class LearnerQueue : public QObject
{
    Q_OBJECT

public:
    explicit LearnerQueue(Workspace *workspace, QObject *parent = nullptr);
    ~LearnerQueue() override;

    // Project order (nullopt) or a strategy; a strategy starts the learner.
    void setStrategy(std::optional<QueueStrategy> strategy);
    std::optional<QueueStrategy> strategy() const { return m_strategy; }

    // Each ranked item's place in the queue, from 0; items not ranked (labelled, or not yet
    // learned) are absent. Empty in project order, or while the first run is under way.
    const QHash<QString, int> &ranks() const { return m_ranks; }
    // One line for the lead: the learner's cross-validated accuracy against the majority
    // baseline, why it cannot rank yet, or that it is learning.
    const QString &status() const { return m_status; }
    bool isLearning() const { return m_watcher.isRunning(); }

    // How long after the last change of labels the learner retrains.
    static constexpr int RetrainDelayMs = 3000;

Q_SIGNALS:
    void ranksChanged();
    void statusChanged();

private:
    void learn();
    void takeResult();
    void setStatus(const QString &status);

    Workspace *m_workspace;
    std::optional<QueueStrategy> m_strategy;
    // A run's outcome: what was learned, and why the embedding model was not used, if it was
    // set and failed (the built-in descriptors stand in).
    struct Run
    {
        std::shared_ptr<ProjectLearning> learning;
        QString featureProblem;
    };
    QFutureWatcher<Run> m_watcher;
    QTimer *m_retrain;
    bool m_outdated = false; // labels or the strategy changed while a run was under way
    QHash<QString, int> m_ranks;
    QString m_status;
};

} // namespace concord
