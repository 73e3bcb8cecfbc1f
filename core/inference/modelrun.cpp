// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inference/modelrun.h"

#include "core/imaging/imageloader.h"
#include "core/storage/projectfolder.h"
#include "core/util/translation.h"

#include <QDateTime>
#include <QMutex>
#include <QMutexLocker>
#include <QThreadPool>

#include <algorithm>
#include <optional>

namespace concord {

ModelRun::ModelRun(ModelDescription description, std::vector<int> labelIds)
    : m_description(std::move(description))
    , m_labelIds(std::move(labelIds))
{}

void ModelRun::setThreadCount(int threads)
{
    m_threads = std::clamp(threads, 1, MaxThreads);
}

MaybeError ModelRun::forEachItem(const QString &projectRoot, const std::vector<Item> &items,
                                 const Progress &progress, const ItemWork &work,
                                 std::vector<FileError> &itemErrors)
{
    // The first network is loaded here, so a model that does not load fails before any thread
    // starts; the other workers load their own copy.
    Expected<OnnxModel> first = OnnxModel::load(m_description, m_labelIds);
    if (!first)
        return first.error();
    const ProjectFolder folder(projectRoot);
    const int total = int(items.size());
    std::atomic<int> next = 0;
    QMutex mutex; // guards done, fatal, itemErrors and the progress calls
    int done = 0;
    MaybeError fatal;

    const auto worker = [&](std::optional<OnnxModel> model) {
        if (!model) {
            Expected<OnnxModel> loaded = OnnxModel::load(m_description, m_labelIds);
            if (!loaded) {
                const QMutexLocker lock(&mutex);
                if (!fatal)
                    fatal = loaded.error();
                m_cancelled = true;
                return;
            }
            model.emplace(std::move(*loaded));
        }
        while (!m_cancelled) {
            const int index = next.fetch_add(1);
            if (index >= total)
                return;
            const Item &item = items[size_t(index)];
            const QString file = folder.absoluteItemPath(item.path);
            MaybeError error;
            const Expected<Image> image = loadImage(file);
            if (!image)
                error = image.error();
            else
                error = work(*model, *image, size_t(index), file);
            const QMutexLocker lock(&mutex);
            if (error && image && error->path != file) {
                if (!fatal)
                    fatal = error;
                m_cancelled = true;
                return;
            }
            if (error)
                itemErrors.push_back(*error);
            ++done;
            if (progress)
                progress(done, total);
        }
    };

    const int threads = std::min(m_threads, std::max(total, 1));
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    for (int t = 1; t < threads; ++t)
        pool.start([&] { worker(std::nullopt); });
    worker(std::move(*first)); // the calling thread is the first worker
    pool.waitForDone();
    // Errors by file, whichever worker met them first, so a report reads the same every run.
    std::sort(itemErrors.begin(), itemErrors.end(),
              [](const FileError &a, const FileError &b) { return a.path < b.path; });
    return fatal;
}

Expected<ModelRunOutcome> ModelRun::run(const QString &projectRoot, const std::vector<Item> &items,
                                        const Progress &progress)
{
    if (m_description.task == ModelTask::Embedding)
        return FileError{m_description.descriptionPath,
                         concord::tr("an embedding model makes no pre-labels; it gives features "
                                     "to the learner")};
    std::vector<std::optional<ModelPrediction>> predictions(items.size());
    ModelRunOutcome outcome;
    const auto predict = [&](OnnxModel &model, const Image &image, size_t index,
                             const QString &file) -> MaybeError {
        Expected<ModelPrediction> prediction = model.predict(image, items[index].id, file);
        if (!prediction)
            return prediction.error();
        predictions[index] = std::move(*prediction);
        return std::nullopt;
    };
    if (MaybeError fatal = forEachItem(projectRoot, items, progress, predict, outcome.itemErrors))
        return *fatal;
    outcome.cancelled = m_cancelled;
    outcome.set.source = {m_description.name, m_description.version, QStringLiteral("onnx"),
                          QDateTime::currentDateTimeUtc().toString(Qt::ISODate)};
    if (outcome.cancelled)
        return outcome; // nothing to keep: a set is whole or not at all
    int nextId = 1;
    for (size_t i = 0; i < items.size(); ++i) {
        if (!predictions[i])
            continue;
        ++outcome.itemsRun;
        outcome.set.itemUncertainty.insert(items[i].id, predictions[i]->uncertainty);
        for (Suggestion &suggestion : predictions[i]->suggestions) {
            suggestion.id = QStringLiteral("s%1").arg(nextId++);
            outcome.set.suggestions.push_back(std::move(suggestion));
        }
    }
    return outcome;
}

Expected<EmbeddingOutcome> ModelRun::embed(const QString &projectRoot,
                                           const std::vector<Item> &items, const Progress &progress)
{
    if (m_description.task != ModelTask::Embedding)
        return FileError{
            m_description.descriptionPath,
            concord::tr("a %1 model gives no embedding").arg(modelTaskName(m_description.task))};
    std::vector<std::optional<std::vector<float>>> vectors(items.size());
    EmbeddingOutcome outcome;
    const auto embedOne = [&](OnnxModel &model, const Image &image, size_t index,
                              const QString &file) -> MaybeError {
        Expected<std::vector<float>> features = model.embed(image, file);
        if (!features)
            return features.error();
        vectors[index] = std::move(*features);
        return std::nullopt;
    };
    if (MaybeError fatal = forEachItem(projectRoot, items, progress, embedOne, outcome.itemErrors))
        return *fatal;
    outcome.cancelled = m_cancelled;
    if (outcome.cancelled)
        return outcome;
    for (size_t i = 0; i < items.size(); ++i) {
        if (vectors[i])
            outcome.embeddings.insert(items[i].id, *vectors[i]);
    }
    return outcome;
}

} // namespace concord
