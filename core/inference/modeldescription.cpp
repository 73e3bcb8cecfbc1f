// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inference/modeldescription.h"

#include "core/inference/descriptionfields.h"
#include "core/storage/jsonsupport.h"
#include "core/storage/safepath.h"
#include "core/util/translation.h"

#include <QDir>
#include <QFileInfo>

#include <cmath>

namespace concord {

namespace {

// Inputs larger than this are refused: a typo ("width": 51200) would otherwise allocate
// gigabytes per image before the network could say it expects something else.
constexpr int MaxInputSide = 8192;

using namespace descriptionfields;

ModelTask readTask(const Json &document)
{
    const QString task = stringField(document, {}, "task");
    if (task == QLatin1String("classification"))
        return ModelTask::Classification;
    if (task == QLatin1String("detection"))
        return ModelTask::Detection;
    if (task == QLatin1String("segmentation"))
        return ModelTask::Segmentation;
    if (task == QLatin1String("embedding"))
        return ModelTask::Embedding;
    fail(QStringLiteral("task"),
         concord::tr("must be classification, detection, segmentation or embedding, not \"%1\"")
             .arg(task));
}

ModelInput readInput(const Json &document)
{
    const QString prefix = QStringLiteral("input");
    const Json &object = objectField(document, {}, "input");
    ModelInput input;
    input.width = integerField(object, prefix, "width", 1, MaxInputSide);
    input.height = integerField(object, prefix, "height", 1, MaxInputSide);
    input.channels = integerField(object, prefix, "channels", 1, 3);
    if (input.channels == 2)
        fail(QStringLiteral("input.channels"), concord::tr("must be 1 or 3"));
    const QString layout = optionalStringField(object, prefix, "layout", QStringLiteral("NCHW"));
    if (layout != QLatin1String("NCHW"))
        fail(QStringLiteral("input.layout"),
             concord::tr("must be \"NCHW\" (the only layout supported), not \"%1\"").arg(layout));
    const QString intensity =
        optionalStringField(object, prefix, "intensity", QStringLiteral("window"));
    if (intensity == QLatin1String("window"))
        input.intensity = IntensityMapping::DisplayWindow;
    else if (intensity == QLatin1String("minmax"))
        input.intensity = IntensityMapping::MinMax;
    else
        fail(QStringLiteral("input.intensity"),
             concord::tr("must be \"window\" or \"minmax\", not \"%1\"").arg(intensity));
    input.scale = numberField(object, prefix, "scale", 1.0 / 255.0);
    input.mean = perChannel(object, prefix, "mean", input.channels, 0.0);
    input.std = perChannel(object, prefix, "std", input.channels, 1.0);
    for (double deviation : input.std) {
        if (!(deviation > 0))
            fail(QStringLiteral("input.std"), concord::tr("must be greater than 0"));
    }
    return input;
}

std::vector<ModelClass> readClasses(const Json &document)
{
    const Json &classes = requireMember(document, {}, "classes");
    if (!classes.is_array() || classes.empty())
        fail(QStringLiteral("classes"),
             concord::tr("must be a non-empty array of label names (or \"ignore\"), one per "
                         "output class in the model's order"));
    std::vector<ModelClass> result;
    for (size_t i = 0; i < classes.size(); ++i) {
        const QString field = QStringLiteral("classes[%1]").arg(i);
        if (!classes[i].is_string())
            fail(field, concord::tr("must be a label name or \"ignore\""));
        const QString label = fromStd(classes[i].get<std::string>()).trimmed();
        if (label.isEmpty())
            fail(field, concord::tr("must be a label name or \"ignore\", not empty"));
        result.push_back({label == QLatin1String("ignore") ? QString() : label});
    }
    return result;
}

ModelOutput readOutput(const Json &document, ModelTask task)
{
    const QString prefix = QStringLiteral("output");
    static const Json none = Json::object();
    const Json &object = member(document, "output") ? objectField(document, {}, "output") : none;
    ModelOutput output;
    output.tensorName = optionalStringField(object, prefix, "tensor", {});
    output.softmax = boolField(object, prefix, "softmax", false);
    if (task == ModelTask::Detection) {
        const QString units =
            optionalStringField(object, prefix, "boxes", QStringLiteral("pixels"));
        if (units == QLatin1String("pixels"))
            output.boxUnits = BoxUnits::InputPixels;
        else if (units == QLatin1String("normalized"))
            output.boxUnits = BoxUnits::Normalized;
        else
            fail(QStringLiteral("output.boxes"),
                 concord::tr("must be \"pixels\" or \"normalized\", not \"%1\"").arg(units));
        output.scoreThreshold = numberField(object, prefix, "score_threshold", 0.25);
        output.nmsIou = numberField(object, prefix, "nms_iou", 0.5);
        if (output.scoreThreshold < 0 || output.scoreThreshold > 1)
            fail(QStringLiteral("output.score_threshold"), concord::tr("must be from 0 to 1"));
        if (output.nmsIou <= 0 || output.nmsIou > 1)
            fail(QStringLiteral("output.nms_iou"),
                 concord::tr("must be greater than 0 and at most 1"));
    }
    if (task == ModelTask::Embedding && member(object, "dimension"))
        output.dimension = integerField(object, prefix, "dimension", 1, 1 << 20);
    return output;
}

// The model file named by the "model" field, which must stay in the description's folder.
QString modelFile(const Json &document, const QString &descriptionPath)
{
    const QString relative = stringField(document, {}, "model");
    if (const QString problem = SafePath::relativePathProblem(relative); !problem.isEmpty())
        fail(QStringLiteral("model"),
             concord::tr("must name a file in the description's folder: %1").arg(problem));
    const QString folder = QFileInfo(descriptionPath).absolutePath();
    const Expected<QString> inside = SafePath::resolveInside(folder, relative);
    if (!inside)
        fail(QStringLiteral("model"),
             concord::tr("\"%1\" leads outside the description's folder through a symbolic "
                         "link; refused")
                 .arg(relative));
    const QFileInfo model(*inside);
    if (!model.exists())
        fail(QStringLiteral("model"),
             concord::tr("names %1, which does not exist").arg(QDir::toNativeSeparators(*inside)));
    if (!model.isFile())
        fail(QStringLiteral("model"),
             concord::tr("names %1, which is not a file").arg(QDir::toNativeSeparators(*inside)));
    return *inside;
}

ModelDescription readDescription(const Json &document, const QString &path)
{
    if (!document.is_object())
        throw JsonFieldError{concord::tr("a model description must be a JSON object")};
    const int format = integerField(document, {}, "format", 1, 1 << 30);
    if (format > ModelDescription::FormatVersion)
        fail(QStringLiteral("format"), concord::tr("is %1; this version of Concord reads format %2")
                                           .arg(format)
                                           .arg(ModelDescription::FormatVersion));
    ModelDescription description;
    description.descriptionPath = path;
    description.task = readTask(document);
    description.name = stringField(document, {}, "name").trimmed();
    if (description.name.isEmpty())
        fail(QStringLiteral("name"), concord::tr("must not be empty"));
    description.version = optionalStringField(document, {}, "version", {});
    description.input = readInput(document);
    if (description.task != ModelTask::Embedding)
        description.classes = readClasses(document);
    if (description.task == ModelTask::Segmentation && description.classes.size() < 2)
        fail(QStringLiteral("classes"),
             concord::tr("must list at least two classes for segmentation (the background "
                         "usually first, as \"ignore\")"));
    if (description.classes.size() > 65535)
        fail(QStringLiteral("classes"), concord::tr("lists more than 65535 classes"));
    description.output = readOutput(document, description.task);
    description.modelPath = modelFile(document, path);
    return description;
}

} // namespace

QString modelTaskName(ModelTask task)
{
    switch (task) {
    case ModelTask::Classification: return QStringLiteral("classification");
    case ModelTask::Detection: return QStringLiteral("detection");
    case ModelTask::Segmentation: return QStringLiteral("segmentation");
    case ModelTask::Embedding: return QStringLiteral("embedding");
    }
    return {};
}

Expected<ModelDescription> readModelDescription(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo::exists(absolute))
        return FileError{absolute, concord::tr("no such model description")};
    return readJsonFile<ModelDescription>(absolute, [&](const Json &document, const QByteArray &) {
        return readDescription(document, absolute);
    });
}

Expected<std::vector<int>> resolveClassLabels(const ModelDescription &description,
                                              const Taxonomy &taxonomy)
{
    std::vector<int> labelIds;
    for (size_t i = 0; i < description.classes.size(); ++i) {
        const QString &wanted = description.classes[i].label;
        if (wanted.isEmpty()) {
            labelIds.push_back(0);
            continue;
        }
        // A path ("Finding / Nodule", spaces around the slash optional) or a name that only one
        // label has.
        QStringList parts = wanted.split(QLatin1Char('/'));
        for (QString &part : parts)
            part = part.trimmed();
        const QString wantedPath = parts.join(QLatin1Char('/'));
        int found = 0;
        int sameName = 0;
        for (const Label &label : taxonomy.labels()) {
            if (taxonomy.pathOf(label.id, QStringLiteral("/")) == wantedPath)
                found = label.id;
            if (label.name == wanted)
                ++sameName;
        }
        if (found == 0 && sameName == 1)
            found = taxonomy.findByName(wanted)->id;
        if (found == 0 || !taxonomy.isAssignable(found)) {
            QStringList known;
            for (const Label &label : taxonomy.labels()) {
                if (taxonomy.isAssignable(label.id))
                    known << taxonomy.pathOf(label.id);
            }
            const QString why = found == 0
                                    ? (sameName > 1 ? concord::tr("names more than one label; "
                                                                  "give its path")
                                                    : concord::tr("names no label of the project"))
                                    : concord::tr("names a category readers may not use");
            return FileError{description.descriptionPath,
                             concord::tr("field \"classes[%1]\": \"%2\" %3; the labels are: %4 "
                                         "(or \"ignore\")")
                                 .arg(i)
                                 .arg(wanted, why, known.join(QStringLiteral(", ")))};
        }
        labelIds.push_back(found);
    }
    return labelIds;
}

QString describeModel(const ModelDescription &description)
{
    Json input = {{"width", description.input.width},
                  {"height", description.input.height},
                  {"channels", description.input.channels},
                  {"layout", "NCHW"},
                  {"intensity",
                   description.input.intensity == IntensityMapping::MinMax ? "minmax" : "window"},
                  {"scale", description.input.scale},
                  {"mean", description.input.mean},
                  {"std", description.input.std}};
    Json output = Json::object();
    if (!description.output.tensorName.isEmpty())
        output["tensor"] = toStd(description.output.tensorName);
    switch (description.task) {
    case ModelTask::Classification:
    case ModelTask::Segmentation: output["softmax"] = description.output.softmax; break;
    case ModelTask::Detection:
        output["boxes"] =
            description.output.boxUnits == BoxUnits::Normalized ? "normalized" : "pixels";
        output["score_threshold"] = description.output.scoreThreshold;
        output["nms_iou"] = description.output.nmsIou;
        break;
    case ModelTask::Embedding:
        if (description.output.dimension > 0)
            output["dimension"] = description.output.dimension;
        break;
    }
    Json document = {{"format", ModelDescription::FormatVersion},
                     {"task", toStd(modelTaskName(description.task))},
                     {"model", toStd(description.modelPath)},
                     {"name", toStd(description.name)},
                     {"version", toStd(description.version)},
                     {"input", input},
                     {"output", output}};
    if (description.task != ModelTask::Embedding) {
        Json classes = Json::array();
        for (const ModelClass &modelClass : description.classes)
            classes.push_back(modelClass.ignored() ? std::string("ignore")
                                                   : toStd(modelClass.label));
        document["classes"] = classes;
    }
    return QString::fromStdString(document.dump(2));
}

} // namespace concord
