// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imaging/image.h"
#include "core/inference/modeldescription.h"
#include "core/inference/onnxmodel.h"
#include "core/model/item.h"
#include "core/model/prelabelset.h"
#include "core/util/error.h"

#include <QMap>
#include <QString>

#include <atomic>
#include <functional>
#include <vector>

namespace concord {

// What a run over items gave back. Nothing of it is on disk: the caller names the set
// (newPrelabelSetId) and writes it (writePrelabelSet), or drops it when the run was cancelled.
struct ModelRunOutcome
{
    PrelabelSet set; // id empty; source origin "onnx", the description's name and version
    bool cancelled = false;
    int itemsRun = 0; // items the model ran on
    // Items skipped because their image could not be read or used; the run went on.
    std::vector<FileError> itemErrors;
};

// An embedding model's output for each item it ran on (docs/model-inference.md).
struct EmbeddingOutcome
{
    QMap<QString, std::vector<float>> embeddings; // by item id
    bool cancelled = false;
    std::vector<FileError> itemErrors;
};

// Runs a model over a project's items in the background of the calling thread: run() blocks
// while at most two worker threads (each with its own network, which is not thread-safe) take
// items in turn, and returns when all are done or cancel() was called. Progress is reported
// from the workers, one call at a time. A problem with an item's image skips that item; a
// problem with the model (it does not load, fails to run, or its output does not match the
// description) stops the run and is the error returned. Holds no widgets: the window runs it
// on a thread of its own (widgets/dialogs/runmodeldialog.h), the command line on its main
// thread.
//
// OpenCV's own parallel loops inside a network use cv::getNumThreads() threads, which is
// process-wide and left as it is; concord-cli sets it to 1, so its two workers use two cores.
class ModelRun
{
public:
    static constexpr int MaxThreads = 2;
    // done items (run, skipped or failed) of total; called from a worker thread.
    using Progress = std::function<void(int done, int total)>;

    // `labelIds`: resolveClassLabels() of the description on the project's taxonomy (empty for
    // an embedding model).
    ModelRun(ModelDescription description, std::vector<int> labelIds);

    void setThreadCount(int threads); // clamped to [1, MaxThreads]
    // Any thread: the workers stop after the item each is on.
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }

    // Runs a classification, detection or segmentation model over `items`, whose paths are
    // relative to `projectRoot` (or absolute).
    Expected<ModelRunOutcome> run(const QString &projectRoot, const std::vector<Item> &items,
                                  const Progress &progress = {});
    // Runs an embedding model over `items`.
    Expected<EmbeddingOutcome> embed(const QString &projectRoot, const std::vector<Item> &items,
                                     const Progress &progress = {});

private:
    // What a worker does with one item's image (index into the items): nothing, or an error;
    // an error naming `file` (the image) skips the item, any other stops the run.
    using ItemWork = std::function<MaybeError(OnnxModel &model, const Image &image, size_t index,
                                              const QString &file)>;
    // Loads each item's image on one of the workers and hands it to `work`. Returns the error
    // that stopped the run, if one did.
    MaybeError forEachItem(const QString &projectRoot, const std::vector<Item> &items,
                           const Progress &progress, const ItemWork &work,
                           std::vector<FileError> &itemErrors);

    ModelDescription m_description;
    std::vector<int> m_labelIds;
    int m_threads = MaxThreads;
    std::atomic<bool> m_cancelled = false;
};

} // namespace concord
