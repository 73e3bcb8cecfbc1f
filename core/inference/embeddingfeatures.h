// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An ONNX embedding model as the learner's features (docs/active-learning.md, "An embedding
// model instead"): each item's [1, D] output vector in place of the built-in descriptors.
#include "core/inference/modeldescription.h"
#include "core/learning/imagefeatures.h"

#include <memory>
#include <mutex>

namespace concord {

class OnnxModel;

class EmbeddingFeatureSource : public FeatureSource
{
public:
    ~EmbeddingFeatureSource() override;

    // Loads the model of `description`, which must have task "embedding", and runs it once on a
    // blank image of its input size to learn its dimension (and check it against
    // "output.dimension" when the description gives one). An error names the description or
    // the model file.
    static Expected<std::unique_ptr<EmbeddingFeatureSource>>
    load(const ModelDescription &description);

    // "onnx-embedding/1:<model name>:<version>:<first 16 hex digits of the .onnx file's
    // SHA-256>": cached features of another model, or of the same model retrained, are never
    // mixed in.
    QString name() const override { return m_name; }
    int dimension() const override { return m_dimension; }
    // The image through the model's preprocessing (docs/model-inference.md, "From image to
    // input"); any thread, one run at a time (the network keeps per-run state).
    Expected<FeatureVector> featuresOfFile(const QString &path) const override;

    // The same from the description file at `descriptionPath`, read first.
    static Expected<std::unique_ptr<EmbeddingFeatureSource>> load(const QString &descriptionPath);

private:
    EmbeddingFeatureSource(std::unique_ptr<OnnxModel> model, QString name, int dimension);

    mutable std::mutex m_running;
    std::unique_ptr<OnnxModel> m_model;
    QString m_name;
    int m_dimension = 0;
};

} // namespace concord
