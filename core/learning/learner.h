// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <vector>

namespace concord {

// Rows of numbers, one row per item, row-major.
struct FeatureMatrix
{
    int rows = 0;
    int columns = 0;
    std::vector<double> values;

    const double *row(int index) const { return values.data() + size_t(index) * size_t(columns); }
    // The rows `indices` in that order.
    FeatureMatrix rowsAt(const std::vector<int> &indices) const;
};

// Each column moved to zero mean and unit variance over the rows it was fitted on; a constant
// column becomes zero. Fitted on every item of a project, labelled or not, so it uses no label
// and cannot leak one (docs/active-learning.md, "Features").
struct Standardizer
{
    std::vector<double> mean;
    std::vector<double> scale; // 1 / standard deviation, 0 for a constant column

    static Standardizer fit(const FeatureMatrix &matrix);
    FeatureMatrix apply(const FeatureMatrix &matrix) const;
};

// Multinomial logistic regression (softmax regression): p(k | x) = exp(w_k·x + b_k) / Σ_j
// exp(w_j·x + b_j) (docs/active-learning.md, "The model").
struct SoftmaxModel
{
    int classCount = 0;
    int dimension = 0;
    std::vector<double> weights; // classCount rows of dimension weights and then the bias

    bool isEmpty() const { return classCount == 0; }
    std::vector<double> probabilities(const double *row) const;
    int predict(const double *row) const; // the most probable class, the lowest on a tie
    // The share of the rows of `features` whose label (one per row) it predicts; 0 for no rows.
    double accuracy(const FeatureMatrix &features, const std::vector<int> &labels) const;
};

struct TrainingOptions
{
    double l2 = 0.01; // λ of the penalty λ/2 ‖W‖² (biases not penalised)
    int maxIterations = 2000;
    double gradientTolerance = 1e-5; // stop when every partial derivative is this small
};

struct TrainingOutcome
{
    SoftmaxModel model;
    int iterations = 0;
    bool converged = false;
    bool warmStarted = false;
};

// Minimises the mean cross-entropy of `labels` (0 .. classCount - 1, one per row) plus the L2
// penalty by Nesterov's accelerated gradient with adaptive restart, step 1/L from a bound on
// the gradient's Lipschitz constant. The objective is strictly convex in the weights, so the
// answer does not depend on where it starts: `warmStart` (a model of the same shape, e.g. the
// one trained before the last labels came in) only makes it converge in fewer iterations.
// Deterministic: the same input gives the same bits.
TrainingOutcome trainSoftmax(const FeatureMatrix &features, const std::vector<int> &labels,
                             int classCount, const TrainingOptions &options = {},
                             const SoftmaxModel *warmStart = nullptr);

// Stratified k-fold assignment: each class's rows shuffled with `seed` (SplitMix64) and dealt
// to the folds in turn, continuing from where the previous class stopped, so every fold gets
// its share of every class and the folds differ in size by at most one. Returns each row's
// fold.
std::vector<int> stratifiedFolds(const std::vector<int> &labels, int folds, quint64 seed);

// How well the learner predicts labels it was not trained on.
struct CrossValidation
{
    int labels = 0;
    int folds = 0;
    int correct = 0;
    double accuracy = 0;         // correct / labels, every row predicted from the other folds
    double majorityBaseline = 0; // the share of the most common class: always guessing it
    std::vector<int> heldOutPrediction; // per row, predicted by the model that did not see it
};

// k-fold cross-validation (k = min(folds, rows)): for each fold, a model trained from zero on
// the other folds predicts the fold. Never warm-started from a model that saw the fold.
CrossValidation crossValidate(const FeatureMatrix &features, const std::vector<int> &labels,
                              int classCount, int folds, quint64 seed,
                              const TrainingOptions &options = {});

} // namespace concord
