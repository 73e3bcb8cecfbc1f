// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/learning/acceptedlabels.h"
#include "core/learning/activelearning.h"
#include "core/learning/featurecache.h"
#include "core/learning/learner.h"

#include <optional>

namespace concord {

// Below this many accepted labels the learner's uncertainty is not worth ranking by: with a
// handful of labels its probabilities say more about the regularisation than about the images
// (docs/active-learning.md, "When the learner may rank").
inline constexpr int MinimumLabelsForUncertainty = 10;
inline constexpr int CrossValidationFolds = 5;
inline constexpr quint64 CrossValidationSeed = 20260101;

// The learner of one project at one moment: its accepted labels, the features of its items,
// the model trained on them, its cross-validated accuracy, and its probabilities for every
// item. Built by learnFromProject(); plain data, safe to hand to another thread.
struct ProjectLearning
{
    QString featureSource;
    AcceptedLabels accepted;
    std::vector<char> described;      // per item: has features
    FeatureMatrix features;           // per item, standardised; zeros where not described
    std::vector<int> classLabelIds;   // class k is taxonomy label classLabelIds[k]
    std::vector<int> trainingItems;   // items with an accepted label and features, item order
    std::vector<int> trainingClasses; // their classes
    SoftmaxModel model;
    CrossValidation crossValidation;
    std::vector<std::vector<double>> probabilitiesOfItem; // empty where not described or untrained
    int iterations = 0;
    bool warmStarted = false;
    bool fromCache = false;   // the model of an earlier run on the same labels and images
    int featuresComputed = 0; // images decoded for want of cached features
    std::vector<std::pair<int, FileError>> undescribed;
    std::vector<FileError> cacheProblems; // warnings: a cache that could not be written

    int labelsUsed() const { return int(trainingItems.size()); }
    bool trained() const { return !model.isEmpty(); }
    // Why the learner may not rank by uncertainty, or empty when it may.
    QString whyNotRanking() const;
    // The items without an accepted label, in item order: what the queue serves.
    std::vector<int> unlabelledItems() const;
};

// Accepted labels, features (cached by content in the project's cache folder), and the model:
// reused from cache/learner-model.json when the labels and images are those it was trained on,
// else retrained, warm-started from the cached weights (docs/active-learning.md, "Incremental
// retraining"), and cross-validated from zero. Trains once two classes have a label each.
// `everyone` is the unfiltered store. Runs on any thread; decodes images, so it can take long.
ProjectLearning learnFromProject(const ProjectFolder &folder, const Project &project,
                                 const ItemList &items, const AnnotationStore &everyone,
                                 const FeatureSource &source);

QString learnerModelCacheFile(const ProjectFolder &folder);

// The next `count` unlabelled items by `strategy` with the learner's probabilities or features;
// empty when the strategy needs what the learner does not have (whyNotRanking()).
std::vector<RankedItem> nextItems(const ProjectLearning &learning, QueueStrategy strategy,
                                  int count, quint64 seed);

} // namespace concord
