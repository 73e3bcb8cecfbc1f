// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/learning/projectlearner.h"

#include "core/storage/atomicfile.h"
#include "core/storage/jsonsupport.h"
#include "core/storage/safepath.h"
#include "core/storage/sha256.h"
#include "core/util/translation.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace concord {

namespace {

constexpr const char *ModelFormat = "concord-learner-model/1";

// What a cached model must have been trained on to be reused: the feature source, the
// training options, and every item's content with its accepted label (the standardisation is
// over every item, so an added item changes it too).
QString trainingFingerprint(const QString &source, const TrainingOptions &options,
                            const ItemList &items, const AcceptedLabels &accepted)
{
    std::string text = ModelFormat;
    text += '\n' + source.toStdString() + '\n' + std::to_string(options.l2) + '\n';
    for (int index = 0; index < items.size(); ++index) {
        const Item &item = items.at(index);
        text += (item.sha256.isEmpty() ? item.id : item.sha256).toStdString();
        text += '\t' + std::to_string(accepted.labelIdOfItem[size_t(index)]) + '\n';
    }
    return QString::fromStdString(sha256Hex(text.data(), text.size()));
}

struct CachedModel
{
    QString fingerprint;
    std::vector<int> classLabelIds;
    SoftmaxModel model;
    CrossValidation crossValidation;
    int iterations = 0;
};

std::optional<CachedModel> readModelCache(const ProjectFolder &folder, const QString &source)
{
    const QString path = learnerModelCacheFile(folder);
    if (!QFileInfo::exists(path))
        return std::nullopt;
    Expected<std::optional<CachedModel>> read = readJsonFile<std::optional<CachedModel>>(
        path, [&](const Json &document, const QByteArray &) -> std::optional<CachedModel> {
            if (!document.is_object() ||
                optionalString(document, "format") != QLatin1String(ModelFormat) ||
                optionalString(document, "source") != source)
                return std::nullopt;
            CachedModel cached;
            cached.fingerprint = optionalString(document, "fingerprint");
            for (const Json &id : optionalArray(document, "class_label_ids"))
                cached.classLabelIds.push_back(id.get<int>());
            cached.model.classCount = int(cached.classLabelIds.size());
            cached.model.dimension = int(optionalInteger(document, "dimension"));
            for (const Json &weight : optionalArray(document, "weights")) {
                const double value = weight.get<double>();
                if (!std::isfinite(value))
                    return std::nullopt;
                cached.model.weights.push_back(value);
            }
            if (cached.model.dimension <= 0 ||
                cached.model.weights.size() !=
                    size_t(cached.model.classCount) * (size_t(cached.model.dimension) + 1))
                return std::nullopt;
            const Json &cv = optionalObject(document, "cross_validation");
            cached.crossValidation.labels = int(optionalInteger(cv, "labels"));
            cached.crossValidation.folds = int(optionalInteger(cv, "folds"));
            cached.crossValidation.correct = int(optionalInteger(cv, "correct"));
            cached.crossValidation.accuracy = cv.value("accuracy", 0.0);
            cached.crossValidation.majorityBaseline = cv.value("majority_baseline", 0.0);
            cached.iterations = int(optionalInteger(document, "iterations"));
            return cached;
        });
    return read ? *read : std::nullopt;
}

MaybeError writeModelCache(const ProjectFolder &folder, const QString &source,
                           const QString &fingerprint, const ProjectLearning &learning)
{
    const QString path = learnerModelCacheFile(folder);
    if (MaybeError linked = SafePath::refuseLinksBelow(folder.root(), path))
        return linked;
    if (!QDir().mkpath(folder.cacheDir()))
        return FileError{folder.cacheDir(), concord::tr("cannot create folder")};
    const CrossValidation &cv = learning.crossValidation;
    const Json document{{"format", ModelFormat},
                        {"source", toStd(source)},
                        {"fingerprint", toStd(fingerprint)},
                        {"class_label_ids", learning.classLabelIds},
                        {"dimension", learning.model.dimension},
                        {"weights", learning.model.weights},
                        {"iterations", learning.iterations},
                        {"cross_validation",
                         {{"labels", cv.labels},
                          {"folds", cv.folds},
                          {"correct", cv.correct},
                          {"accuracy", cv.accuracy},
                          {"majority_baseline", cv.majorityBaseline}}}};
    return writeFileAtomically(path, QByteArray::fromStdString(document.dump(1) + '\n'));
}

// The cached weights rearranged for the classes now, by label id: a class the cached model
// did not know starts at zero. Nothing when the features changed shape.
std::optional<SoftmaxModel> warmStartFrom(const CachedModel &cached,
                                          const std::vector<int> &classLabelIds, int dimension)
{
    if (cached.model.dimension != dimension)
        return std::nullopt;
    SoftmaxModel start;
    start.classCount = int(classLabelIds.size());
    start.dimension = dimension;
    const size_t stride = size_t(dimension) + 1;
    start.weights.assign(size_t(start.classCount) * stride, 0.0);
    bool any = false;
    for (size_t k = 0; k < classLabelIds.size(); ++k) {
        const auto old =
            std::find(cached.classLabelIds.begin(), cached.classLabelIds.end(), classLabelIds[k]);
        if (old == cached.classLabelIds.end())
            continue;
        const size_t from = size_t(old - cached.classLabelIds.begin()) * stride;
        std::copy_n(cached.model.weights.begin() + qsizetype(from), stride,
                    start.weights.begin() + qsizetype(k * stride));
        any = true;
    }
    return any ? std::optional<SoftmaxModel>(std::move(start)) : std::nullopt;
}

} // namespace

QString ProjectLearning::whyNotRanking() const
{
    if (classLabelIds.size() < 2)
        return concord::tr("the learner needs accepted labels of at least two classes to rank "
                           "by uncertainty; it has %n class(es)",
                           nullptr, int(classLabelIds.size()));
    if (labelsUsed() < MinimumLabelsForUncertainty)
        return concord::tr("the learner needs at least %1 accepted labels to rank by "
                           "uncertainty, and has %2: with fewer, its probabilities say more "
                           "about its defaults than about the images")
            .arg(MinimumLabelsForUncertainty)
            .arg(labelsUsed());
    if (!trained())
        return concord::tr("the learner is not trained");
    return {};
}

std::vector<int> ProjectLearning::unlabelledItems() const
{
    std::vector<int> items;
    for (int index = 0; index < int(accepted.labelIdOfItem.size()); ++index) {
        if (accepted.labelIdOfItem[size_t(index)] < 0)
            items.push_back(index);
    }
    return items;
}

QString learnerModelCacheFile(const ProjectFolder &folder)
{
    return folder.cacheDir() + QStringLiteral("/learner-model.json");
}

ProjectLearning learnFromProject(const ProjectFolder &folder, const Project &project,
                                 const ItemList &items, const AnnotationStore &everyone,
                                 const FeatureSource &source)
{
    ProjectLearning learning;
    learning.featureSource = source.name();
    learning.accepted = acceptedImageLabels(project, items, everyone);

    ItemFeatures described = describeItems(folder, items.items(), source);
    learning.featuresComputed = described.computed;
    learning.undescribed = std::move(described.undescribed);
    if (described.cacheProblem)
        learning.cacheProblems.push_back(*described.cacheProblem);
    const int dimension = source.dimension();
    FeatureMatrix raw;
    raw.columns = dimension;
    std::vector<int> describedRows;
    learning.described.assign(size_t(items.size()), 0);
    for (int index = 0; index < items.size(); ++index) {
        const FeatureVector &vector = described.featuresOfItem[size_t(index)];
        if (vector.empty())
            continue;
        learning.described[size_t(index)] = 1;
        describedRows.push_back(index);
        raw.values.insert(raw.values.end(), vector.begin(), vector.end());
        ++raw.rows;
    }
    const Standardizer standardizer = Standardizer::fit(raw);
    const FeatureMatrix scaled = standardizer.apply(raw);
    learning.features.rows = items.size();
    learning.features.columns = dimension;
    learning.features.values.assign(size_t(items.size()) * size_t(dimension), 0.0);
    for (int r = 0; r < scaled.rows; ++r)
        std::copy_n(scaled.row(r), dimension,
                    learning.features.values.begin() +
                        qsizetype(size_t(describedRows[size_t(r)]) * size_t(dimension)));

    std::set<int> labelIds;
    for (int index = 0; index < items.size(); ++index) {
        const int label = learning.accepted.labelIdOfItem[size_t(index)];
        if (label >= 0 && learning.described[size_t(index)]) {
            labelIds.insert(label);
            learning.trainingItems.push_back(index);
        }
    }
    learning.classLabelIds.assign(labelIds.begin(), labelIds.end());
    for (int index : learning.trainingItems) {
        const int label = learning.accepted.labelIdOfItem[size_t(index)];
        learning.trainingClasses.push_back(
            int(std::find(learning.classLabelIds.begin(), learning.classLabelIds.end(), label) -
                learning.classLabelIds.begin()));
    }
    if (learning.classLabelIds.size() < 2)
        return learning;

    const TrainingOptions options;
    const QString fingerprint =
        trainingFingerprint(source.name(), options, items, learning.accepted);
    const std::optional<CachedModel> cached = readModelCache(folder, source.name());
    const int classCount = int(learning.classLabelIds.size());
    if (cached && cached->fingerprint == fingerprint &&
        cached->classLabelIds == learning.classLabelIds && cached->model.dimension == dimension) {
        learning.model = cached->model;
        learning.crossValidation = cached->crossValidation;
        learning.iterations = cached->iterations;
        learning.fromCache = true;
    } else {
        const FeatureMatrix training = learning.features.rowsAt(learning.trainingItems);
        const std::optional<SoftmaxModel> start =
            cached ? warmStartFrom(*cached, learning.classLabelIds, dimension) : std::nullopt;
        TrainingOutcome outcome = trainSoftmax(training, learning.trainingClasses, classCount,
                                               options, start ? &*start : nullptr);
        learning.model = std::move(outcome.model);
        learning.iterations = outcome.iterations;
        learning.warmStarted = outcome.warmStarted;
        learning.crossValidation =
            crossValidate(training, learning.trainingClasses, classCount, CrossValidationFolds,
                          CrossValidationSeed, options);
        if (MaybeError problem = writeModelCache(folder, source.name(), fingerprint, learning))
            learning.cacheProblems.push_back(*problem);
    }
    learning.probabilitiesOfItem.assign(size_t(items.size()), {});
    for (int index = 0; index < items.size(); ++index) {
        if (learning.described[size_t(index)])
            learning.probabilitiesOfItem[size_t(index)] =
                learning.model.probabilities(learning.features.row(index));
    }
    return learning;
}

std::vector<RankedItem> nextItems(const ProjectLearning &learning, QueueStrategy strategy,
                                  int count, quint64 seed)
{
    SelectionInput input;
    input.seed = seed;
    input.candidates = learning.unlabelledItems();
    if (strategy == QueueStrategy::Random)
        return selectNext(strategy, input, count);
    // The other strategies rank only what the learner can see.
    std::erase_if(input.candidates, [&](int index) { return !learning.described[size_t(index)]; });
    if (strategyNeedsLearner(strategy)) {
        if (!learning.whyNotRanking().isEmpty())
            return {};
        input.probabilitiesOfItem = &learning.probabilitiesOfItem;
    }
    input.features = &learning.features;
    for (int index = 0; index < int(learning.accepted.labelIdOfItem.size()); ++index) {
        if (learning.accepted.labelIdOfItem[size_t(index)] >= 0 &&
            learning.described[size_t(index)])
            input.labelled.push_back(index);
    }
    return selectNext(strategy, input, count);
}

} // namespace concord
