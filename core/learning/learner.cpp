// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/learning/learner.h"

#include "core/agreement/splitmix64.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace concord {

FeatureMatrix FeatureMatrix::rowsAt(const std::vector<int> &indices) const
{
    FeatureMatrix picked;
    picked.rows = int(indices.size());
    picked.columns = columns;
    picked.values.reserve(indices.size() * size_t(columns));
    for (int index : indices)
        picked.values.insert(picked.values.end(), row(index), row(index) + columns);
    return picked;
}

Standardizer Standardizer::fit(const FeatureMatrix &matrix)
{
    Standardizer standardizer;
    const size_t columns = size_t(matrix.columns);
    standardizer.mean.assign(columns, 0.0);
    standardizer.scale.assign(columns, 0.0);
    if (matrix.rows == 0)
        return standardizer;
    for (int r = 0; r < matrix.rows; ++r) {
        for (size_t c = 0; c < columns; ++c)
            standardizer.mean[c] += matrix.row(r)[c];
    }
    for (double &mean : standardizer.mean)
        mean /= matrix.rows;
    std::vector<double> squares(columns, 0.0);
    for (int r = 0; r < matrix.rows; ++r) {
        for (size_t c = 0; c < columns; ++c) {
            const double d = matrix.row(r)[c] - standardizer.mean[c];
            squares[c] += d * d;
        }
    }
    for (size_t c = 0; c < columns; ++c) {
        const double deviation = std::sqrt(squares[c] / matrix.rows);
        standardizer.scale[c] = deviation > 1e-12 ? 1.0 / deviation : 0.0;
    }
    return standardizer;
}

FeatureMatrix Standardizer::apply(const FeatureMatrix &matrix) const
{
    FeatureMatrix scaled = matrix;
    const size_t columns = size_t(matrix.columns);
    for (int r = 0; r < matrix.rows; ++r) {
        double *row = scaled.values.data() + size_t(r) * columns;
        for (size_t c = 0; c < columns && c < mean.size(); ++c)
            row[c] = (row[c] - mean[c]) * scale[c];
    }
    return scaled;
}

namespace {

// Softmax of `logits` in place, shifted by the largest for stability.
void softmaxInPlace(std::vector<double> &logits)
{
    const double largest = *std::max_element(logits.begin(), logits.end());
    double sum = 0;
    for (double &z : logits) {
        z = std::exp(z - largest);
        sum += z;
    }
    for (double &z : logits)
        z /= sum;
}

void logitsOf(const std::vector<double> &weights, int classCount, int dimension, const double *row,
              std::vector<double> &logits)
{
    logits.assign(size_t(classCount), 0.0);
    const size_t stride = size_t(dimension) + 1;
    for (int k = 0; k < classCount; ++k) {
        const double *w = weights.data() + size_t(k) * stride;
        double z = w[dimension];
        for (int j = 0; j < dimension; ++j)
            z += w[j] * row[j];
        logits[size_t(k)] = z;
    }
}

// The gradient of the mean cross-entropy plus λ/2 ‖W‖² at `weights`.
void gradientAt(const FeatureMatrix &x, const std::vector<int> &labels, int classCount, double l2,
                const std::vector<double> &weights, std::vector<double> &gradient)
{
    const int d = x.columns;
    const size_t stride = size_t(d) + 1;
    gradient.assign(weights.size(), 0.0);
    std::vector<double> p;
    const double perRow = 1.0 / x.rows;
    for (int i = 0; i < x.rows; ++i) {
        const double *row = x.row(i);
        logitsOf(weights, classCount, d, row, p);
        softmaxInPlace(p);
        for (int k = 0; k < classCount; ++k) {
            const double residual = (p[size_t(k)] - (labels[size_t(i)] == k ? 1.0 : 0.0)) * perRow;
            double *g = gradient.data() + size_t(k) * stride;
            for (int j = 0; j < d; ++j)
                g[j] += residual * row[j];
            g[d] += residual;
        }
    }
    for (int k = 0; k < classCount; ++k) {
        for (int j = 0; j < d; ++j)
            gradient[size_t(k) * stride + size_t(j)] +=
                l2 * weights[size_t(k) * stride + size_t(j)];
    }
}

// The largest eigenvalue of X̃ᵀX̃ / n, X̃ the rows with a constant 1 appended, by power
// iteration from a fixed start.
double largestEigenvalue(const FeatureMatrix &x)
{
    const int d = x.columns;
    std::vector<double> v(size_t(d) + 1, 1.0 / std::sqrt(double(d) + 1));
    double eigenvalue = 0;
    for (int iteration = 0; iteration < 50; ++iteration) {
        std::vector<double> next(v.size(), 0.0);
        for (int i = 0; i < x.rows; ++i) {
            const double *row = x.row(i);
            double projection = v[size_t(d)];
            for (int j = 0; j < d; ++j)
                projection += row[j] * v[size_t(j)];
            for (int j = 0; j < d; ++j)
                next[size_t(j)] += projection * row[j];
            next[size_t(d)] += projection;
        }
        double norm = 0;
        for (double &value : next) {
            value /= x.rows;
            norm += value * value;
        }
        norm = std::sqrt(norm);
        if (norm <= 0)
            return 0;
        eigenvalue = norm;
        for (size_t j = 0; j < v.size(); ++j)
            v[j] = next[j] / norm;
    }
    return eigenvalue;
}

} // namespace

std::vector<double> SoftmaxModel::probabilities(const double *row) const
{
    std::vector<double> p;
    if (isEmpty())
        return p;
    logitsOf(weights, classCount, dimension, row, p);
    softmaxInPlace(p);
    return p;
}

int SoftmaxModel::predict(const double *row) const
{
    const std::vector<double> p = probabilities(row);
    return p.empty() ? -1 : int(std::max_element(p.begin(), p.end()) - p.begin());
}

double SoftmaxModel::accuracy(const FeatureMatrix &features, const std::vector<int> &labels) const
{
    if (features.rows == 0)
        return 0;
    int correct = 0;
    for (int row = 0; row < features.rows; ++row)
        correct += predict(features.row(row)) == labels[size_t(row)];
    return double(correct) / features.rows;
}

TrainingOutcome trainSoftmax(const FeatureMatrix &features, const std::vector<int> &labels,
                             int classCount, const TrainingOptions &options,
                             const SoftmaxModel *warmStart)
{
    TrainingOutcome outcome;
    SoftmaxModel &model = outcome.model;
    model.classCount = classCount;
    model.dimension = features.columns;
    const size_t size = size_t(classCount) * (size_t(features.columns) + 1);
    model.weights.assign(size, 0.0);
    if (warmStart && warmStart->classCount == classCount &&
        warmStart->dimension == features.columns && warmStart->weights.size() == size) {
        model.weights = warmStart->weights;
        outcome.warmStarted = true;
    }
    if (features.rows == 0 || classCount == 0)
        return outcome;
    // Böhning's bound: the Hessian of the softmax cross-entropy is at most ½ X̃ᵀX̃ / n per
    // class, so L = ½ λmax + λ; the power iteration's estimate is raised by a tenth for safety.
    const double lipschitz = 0.5 * largestEigenvalue(features) * 1.1 + options.l2;
    const double step = 1.0 / std::max(lipschitz, 1e-12);

    std::vector<double> current = model.weights;
    std::vector<double> lookahead = current;
    std::vector<double> gradient;
    double momentum = 1;
    for (int iteration = 1; iteration <= options.maxIterations; ++iteration) {
        outcome.iterations = iteration;
        gradientAt(features, labels, classCount, options.l2, lookahead, gradient);
        double largest = 0;
        for (double g : gradient)
            largest = std::max(largest, std::abs(g));
        if (largest < options.gradientTolerance) {
            current = lookahead;
            outcome.converged = true;
            break;
        }
        std::vector<double> next(size);
        double ascent = 0; // gᵀ(next - current) > 0: momentum points uphill, restart
        for (size_t j = 0; j < size; ++j) {
            next[j] = lookahead[j] - step * gradient[j];
            ascent += gradient[j] * (next[j] - current[j]);
        }
        double nextMomentum = (1 + std::sqrt(1 + 4 * momentum * momentum)) / 2;
        if (ascent > 0) {
            momentum = 1;
            nextMomentum = 1;
        }
        const double beta = (momentum - 1) / nextMomentum;
        for (size_t j = 0; j < size; ++j)
            lookahead[j] = next[j] + beta * (next[j] - current[j]);
        current = std::move(next);
        momentum = nextMomentum;
    }
    model.weights = std::move(current);
    return outcome;
}

std::vector<int> stratifiedFolds(const std::vector<int> &labels, int folds, quint64 seed)
{
    std::vector<int> foldOf(labels.size(), 0);
    if (folds <= 1)
        return foldOf;
    std::map<int, std::vector<int>> rowsOfClass;
    for (int row = 0; row < int(labels.size()); ++row)
        rowsOfClass[labels[size_t(row)]].push_back(row);
    SplitMix64 random(seed);
    int next = 0;
    for (auto &[label, rows] : rowsOfClass) {
        for (size_t i = rows.size(); i > 1; --i)
            std::swap(rows[i - 1], rows[size_t(random.below(i))]);
        for (int row : rows) {
            foldOf[size_t(row)] = next;
            next = (next + 1) % folds;
        }
    }
    return foldOf;
}

CrossValidation crossValidate(const FeatureMatrix &features, const std::vector<int> &labels,
                              int classCount, int folds, quint64 seed,
                              const TrainingOptions &options)
{
    CrossValidation result;
    result.labels = int(labels.size());
    result.folds = std::min(folds, result.labels);
    result.heldOutPrediction.assign(labels.size(), -1);
    if (result.labels == 0)
        return result;
    std::vector<int> classCounts(size_t(std::max(classCount, 1)), 0);
    for (int label : labels) {
        if (label >= 0 && label < classCount)
            ++classCounts[size_t(label)];
    }
    result.majorityBaseline =
        double(*std::max_element(classCounts.begin(), classCounts.end())) / result.labels;
    if (result.folds < 2)
        return result;
    const std::vector<int> foldOf = stratifiedFolds(labels, result.folds, seed);
    for (int fold = 0; fold < result.folds; ++fold) {
        std::vector<int> trainRows;
        std::vector<int> testRows;
        for (int row = 0; row < result.labels; ++row)
            (foldOf[size_t(row)] == fold ? testRows : trainRows).push_back(row);
        if (testRows.empty())
            continue;
        std::vector<int> trainLabels;
        trainLabels.reserve(trainRows.size());
        for (int row : trainRows)
            trainLabels.push_back(labels[size_t(row)]);
        const SoftmaxModel model =
            trainSoftmax(features.rowsAt(trainRows), trainLabels, classCount, options).model;
        for (int row : testRows) {
            const int predicted = model.predict(features.row(row));
            result.heldOutPrediction[size_t(row)] = predicted;
            if (predicted == labels[size_t(row)])
                ++result.correct;
        }
    }
    result.accuracy = double(result.correct) / result.labels;
    return result;
}

} // namespace concord
