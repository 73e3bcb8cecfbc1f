// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/panels/learnerqueue.h"

#include "core/inference/embeddingfeatures.h"
#include "core/learning/projectlearner.h"
#include "core/project/workspace.h"

#include <QSettings>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace concord {

namespace {

// The random order's seed: fixed, so that the order stays put while the lead works.
constexpr quint64 RandomOrderSeed = 1;

} // namespace

LearnerQueue::LearnerQueue(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_retrain(new QTimer(this))
{
    m_retrain->setSingleShot(true);
    m_retrain->setInterval(RetrainDelayMs);
    connect(m_retrain, &QTimer::timeout, this, &LearnerQueue::learn);
    connect(&m_watcher, &QFutureWatcher<Run>::finished, this, &LearnerQueue::takeResult);
    // New labels, or another viewer (a session opened): the learner learns again, once the
    // labels have settled, so a burst of edits costs one run.
    auto retrainSoon = [this] {
        if (m_strategy)
            m_retrain->start();
    };
    connect(workspace, &Workspace::itemChanged, this, retrainSoon);
    connect(workspace, &Workspace::itemsAdded, this, retrainSoon);
    connect(workspace, &Workspace::sessionChanged, this, retrainSoon);
}

LearnerQueue::~LearnerQueue()
{
    // The run reads only its own copies; wait so that it does not outlive the cache folder's
    // owner on exit.
    m_watcher.waitForFinished();
}

void LearnerQueue::setStrategy(std::optional<QueueStrategy> strategy)
{
    if (strategy == m_strategy)
        return;
    m_strategy = strategy;
    m_retrain->stop();
    if (!m_strategy) {
        m_ranks.clear();
        setStatus({});
        Q_EMIT ranksChanged();
        return;
    }
    learn();
}

void LearnerQueue::learn()
{
    if (!m_strategy)
        return;
    if (m_watcher.isRunning()) {
        m_outdated = true;
        return;
    }
    m_outdated = false;
    setStatus(tr("Learning from the labels you can see…"));
    // Copies: the run works on another thread while the window goes on editing. Only what the
    // viewer may see is learned from, so blind reading holds here too.
    const QString root = m_workspace->folder().root();
    const QString embeddingModel =
        QSettings().value(QLatin1String(LearnerEmbeddingModelSetting)).toString();
    m_watcher.setFuture(
        QtConcurrent::run([root, embeddingModel, project = m_workspace->project(),
                           items = m_workspace->items(), store = m_workspace->visibleStore()] {
            Run run;
            std::unique_ptr<FeatureSource> source = std::make_unique<ImageDescriptorSource>();
            if (!embeddingModel.isEmpty()) {
                Expected<std::unique_ptr<EmbeddingFeatureSource>> embedding =
                    EmbeddingFeatureSource::load(embeddingModel);
                if (embedding)
                    source = std::move(*embedding);
                else
                    run.featureProblem = embedding.error().toString();
            }
            run.learning = std::make_shared<ProjectLearning>(
                learnFromProject(ProjectFolder(root), project, items, store, *source));
            return run;
        }));
}

void LearnerQueue::takeResult()
{
    const Run run = m_watcher.result();
    const std::shared_ptr<ProjectLearning> &learning = run.learning;
    if (m_outdated || !m_strategy) {
        learn();
        return;
    }
    const std::vector<int> unlabelled = learning->unlabelledItems();
    const std::vector<RankedItem> ranked =
        nextItems(*learning, *m_strategy, int(unlabelled.size()), RandomOrderSeed);
    m_ranks.clear();
    for (int place = 0; place < int(ranked.size()); ++place)
        m_ranks.insert(m_workspace->items().at(ranked[size_t(place)].index).id, place);

    const QString why = learning->whyNotRanking();
    QString status;
    if (learning->trained()) {
        const CrossValidation &cv = learning->crossValidation;
        status = tr("Learner: %1% cross-validated accuracy (majority baseline %2%), %n label(s)",
                    nullptr, learning->labelsUsed())
                     .arg(cv.accuracy * 100, 0, 'f', 1)
                     .arg(cv.majorityBaseline * 100, 0, 'f', 1);
        // As the command line says it: a learner no better than guessing has not learned.
        if (cv.accuracy <= cv.majorityBaseline)
            status += QLatin1Char('\n') + tr("No better than always guessing the most common "
                                             "label: do not trust its order yet.");
    } else {
        status = tr("Learner: not trained, %n accepted label(s)", nullptr, learning->labelsUsed());
    }
    if (ranked.empty() && !unlabelled.empty())
        status += QLatin1Char('\n') + tr("Project order: %1").arg(why);
    else
        status += QLatin1Char('\n') +
                  tr("%n unlabelled item(s) first, in this order", nullptr, int(ranked.size()));
    if (!run.featureProblem.isEmpty())
        status += QLatin1Char('\n') +
                  tr("The embedding model was not used; the built-in descriptors stand in: %1")
                      .arg(run.featureProblem);
    setStatus(status);
    Q_EMIT ranksChanged();
}

void LearnerQueue::setStatus(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT statusChanged();
}

} // namespace concord
