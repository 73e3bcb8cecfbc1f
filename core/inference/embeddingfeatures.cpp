// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inference/embeddingfeatures.h"

#include "core/imaging/imageloader.h"
#include "core/inference/onnxmodel.h"
#include "core/storage/sha256.h"
#include "core/util/translation.h"

#include <QFile>

namespace concord {

EmbeddingFeatureSource::EmbeddingFeatureSource(std::unique_ptr<OnnxModel> model, QString name,
                                               int dimension)
    : m_model(std::move(model))
    , m_name(std::move(name))
    , m_dimension(dimension)
{}

EmbeddingFeatureSource::~EmbeddingFeatureSource() = default;

Expected<std::unique_ptr<EmbeddingFeatureSource>>
EmbeddingFeatureSource::load(const ModelDescription &description)
{
    if (description.task != ModelTask::Embedding)
        return FileError{description.descriptionPath,
                         concord::tr("the learner's features need an embedding model, not a %1 "
                                     "model")
                             .arg(modelTaskName(description.task))};
    QFile modelFile(description.modelPath);
    if (!modelFile.open(QIODevice::ReadOnly))
        return FileError{description.modelPath,
                         concord::tr("cannot read the model: %1").arg(modelFile.errorString())};
    const std::optional<std::string> digest = sha256Hex(modelFile);
    if (!digest)
        return FileError{description.modelPath, concord::tr("cannot read the model")};
    Expected<OnnxModel> loaded = OnnxModel::load(description, {});
    if (!loaded)
        return loaded.error();
    auto model = std::make_unique<OnnxModel>(std::move(*loaded));
    const Expected<std::vector<float>> probe =
        model->embed(blankInputImage(description.input), concord::tr("a blank image"));
    if (!probe)
        return probe.error();
    if (probe->empty())
        return FileError{description.descriptionPath, concord::tr("the model gives no features")};
    const QString name =
        QStringLiteral("onnx-embedding/1:%1:%2:%3")
            .arg(description.name, description.version, QString::fromLatin1(digest->substr(0, 16)));
    return std::unique_ptr<EmbeddingFeatureSource>(
        new EmbeddingFeatureSource(std::move(model), name, int(probe->size())));
}

Expected<std::unique_ptr<EmbeddingFeatureSource>>
EmbeddingFeatureSource::load(const QString &descriptionPath)
{
    const Expected<ModelDescription> description = readModelDescription(descriptionPath);
    if (!description)
        return description.error();
    return load(*description);
}

Expected<FeatureVector> EmbeddingFeatureSource::featuresOfFile(const QString &path) const
{
    const Expected<Image> image = loadImage(path);
    if (!image)
        return image.error();
    const std::lock_guard lock(m_running);
    return m_model->embed(*image, path);
}

} // namespace concord
