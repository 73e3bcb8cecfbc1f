// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/projectfile.h"

#include "core/storage/atomicfile.h"
#include "core/storage/jsonsupport.h"
#include "core/storage/labeljson.h"
#include "core/storage/projectfolder.h"
#include "core/storage/qualitypolicyjson.h"
#include "core/util/translation.h"

#include <QCoreApplication>

namespace concord {

static Json labelToJson(const Label &label)
{
    Json json{{"id", label.id},
              {"name", toStd(label.name)},
              {"color", toStd(label.color)},
              {"hotkey", toStd(label.hotkey)},
              {"description", toStd(label.description)},
              {"parent", label.parentId}};
    if (!label.attributes.empty())
        json["attributes"] = labelAttributesToJson(label.attributes);
    if (!label.segmentCategory.isEmpty())
        json["dicom_segment"] = segmentCodesToJson(label);
    return json;
}

static Json taxonomyToJson(const Taxonomy &taxonomy)
{
    Json labels = Json::array();
    for (const Label &label : taxonomy.labels())
        labels.push_back(labelToJson(label));
    return Json{{"next_id", taxonomy.nextId()},
                {"leaf_labels_only", taxonomy.leafLabelsOnly()},
                {"labels", labels}};
}

static Json windowPresetsToJson(const std::vector<WindowPreset> &presets)
{
    Json array = Json::array();
    for (const WindowPreset &preset : presets)
        array.push_back(
            {{"name", toStd(preset.name)}, {"center", preset.center}, {"width", preset.width}});
    return array;
}

static Json calibrationsToJson(const std::vector<CalibrationPlan> &plans)
{
    Json array = Json::array();
    for (const CalibrationPlan &plan : plans) {
        array.push_back({{"id", toStd(plan.id)},
                         {"name", toStd(plan.name)},
                         {"lead", toStd(plan.leadId)},
                         {"created", toStd(plan.created.toUTC().toString(Qt::ISODate))},
                         {"guideline", plan.guidelineVersion},
                         {"participants", stringsToJson(plan.participantIds)},
                         {"items", stringsToJson(plan.itemIds)}});
    }
    return array;
}

static QStringList stringList(const Json &object, const char *key)
{
    QStringList list;
    for (const Json &value : optionalArray(object, key)) {
        if (!value.is_string()) {
            throw JsonFieldError{
                concord::tr("\"%1\" must hold only strings").arg(QLatin1String(key))};
        }
        list.append(QString::fromStdString(value.get<std::string>()));
    }
    return list;
}

static CalibrationPlan calibrationFromJson(const Json &c)
{
    CalibrationPlan plan;
    plan.id = requireString(c, "id");
    plan.name = optionalString(c, "name");
    plan.leadId = optionalString(c, "lead");
    plan.created = QDateTime::fromString(optionalString(c, "created"), Qt::ISODate);
    plan.guidelineVersion = int(optionalInteger(c, "guideline", 1));
    plan.participantIds = stringList(c, "participants");
    plan.itemIds = stringList(c, "items");
    return plan;
}

static std::vector<LabelAttribute> attributesFromJson(const Json &label)
{
    std::vector<LabelAttribute> attributes;
    for (const Json &a : optionalArray(label, "attributes")) {
        LabelAttribute attribute;
        attribute.name = requireString(a, "name");
        const QString scale = optionalString(a, "scale", QStringLiteral("nominal"));
        if (scale != QLatin1String("nominal") && scale != QLatin1String("ordinal")) {
            throw JsonFieldError{concord::tr("attribute \"%1\" has the unknown scale \"%2\" "
                                             "(expected nominal or ordinal)")
                                     .arg(attribute.name, scale)};
        }
        attribute.scale =
            scale == QLatin1String("ordinal") ? AttributeScale::Ordinal : AttributeScale::Nominal;
        attribute.values = stringList(a, "values");
        attributes.push_back(attribute);
    }
    return attributes;
}

// Older project files have neither attributes nor "leaf_labels_only"; both default to none.
static Taxonomy taxonomyFromJson(const Json &json)
{
    Taxonomy taxonomy;
    for (const Json &l : optionalArray(json, "labels")) {
        Label label;
        label.id = int(requireInteger(l, "id"));
        label.name = requireString(l, "name");
        label.color = optionalString(l, "color");
        label.hotkey = optionalString(l, "hotkey");
        label.description = optionalString(l, "description");
        label.parentId = int(optionalInteger(l, "parent"));
        label.attributes = attributesFromJson(l);
        segmentCodesFromJson(l, label);
        if (const QString problem = segmentCodesProblem(label.segmentCategory, label.segmentType);
            !problem.isEmpty())
            throw JsonFieldError{concord::tr("label \"%1\": %2").arg(label.name, problem)};
        if (taxonomy.find(label.id)) {
            throw JsonFieldError{concord::tr("label id %1 is used twice").arg(label.id)};
        }
        taxonomy.add(label);
    }
    taxonomy.setNextId(std::max(taxonomy.nextId(), int(optionalInteger(json, "next_id", 1))));
    const Json &leafOnly = json.value("leaf_labels_only", Json(false));
    if (!leafOnly.is_boolean())
        throw JsonFieldError{concord::tr("\"leaf_labels_only\" must be true or false")};
    taxonomy.setLeafLabelsOnly(leafOnly.get<bool>());
    return taxonomy;
}

static Json projectToJson(const Project &project)
{
    Json guidelines = Json::array();
    for (const GuidelineVersion &g : project.guidelines) {
        Json version{{"version", g.version},
                     {"author", toStd(g.author)},
                     {"date", toStd(g.date.toUTC().toString(Qt::ISODate))},
                     {"summary", toStd(g.summary)},
                     {"text", toStd(g.text)}};
        if (g.taxonomy)
            version["taxonomy"] = taxonomyToJson(*g.taxonomy);
        guidelines.push_back(version);
    }
    Json annotators = Json::array();
    for (const Annotator &a : project.annotators) {
        annotators.push_back({{"id", toStd(a.id)},
                              {"name", toStd(a.displayName)},
                              {"role", toStd(roleKey(a.role))}});
    }
    Json json{
        {"schema", project.schemaVersion},
        {"format", "concord-project"},
        {"id", toStd(project.projectId)},
        {"name", toStd(project.name)},
        {"classification",
         project.classificationMode == ClassificationMode::SingleLabel ? "single" : "multi"},
        {"taxonomy", taxonomyToJson(project.taxonomy)},
        {"guidelines", {{"current", project.currentGuidelineVersion}, {"versions", guidelines}}},
        {"annotators", annotators},
        {"window_presets", windowPresetsToJson(project.windowPresets)},
        {"calibrations", calibrationsToJson(project.calibrations)},
        {"gold_tests", calibrationsToJson(project.goldTests)},
    };
    // Written only once a lead has published one, so older projects' files stay as they were.
    if (!project.qualityPolicies.empty()) {
        Json policies = Json::array();
        for (const QualityPolicy &policy : project.qualityPolicies)
            policies.push_back(qualityPolicyToJson(policy));
        json["quality_policies"] = std::move(policies);
    }
    return json;
}

static Project projectFromJson(const Json &root)
{
    if (!root.is_object())
        throw JsonFieldError{concord::tr("the top level must be an object")};
    Project project;
    project.schemaVersion = int(requireInteger(root, "schema"));
    if (project.schemaVersion > Project::CurrentSchemaVersion || project.schemaVersion < 1) {
        throw JsonFieldError{concord::tr("schema version %1 is not supported by this version "
                                         "of Concord (it reads up to %2)")
                                 .arg(project.schemaVersion)
                                 .arg(Project::CurrentSchemaVersion)};
    }
    project.projectId = requireString(root, "id");
    project.name = optionalString(root, "name");
    project.classificationMode = optionalString(root, "classification") == QLatin1String("single")
                                     ? ClassificationMode::SingleLabel
                                     : ClassificationMode::MultiLabel;

    project.taxonomy = taxonomyFromJson(optionalObject(root, "taxonomy"));

    const Json &guidelines = optionalObject(root, "guidelines");
    for (const Json &g : optionalArray(guidelines, "versions")) {
        GuidelineVersion version;
        version.version = int(requireInteger(g, "version"));
        version.author = optionalString(g, "author");
        version.date = QDateTime::fromString(optionalString(g, "date"), Qt::ISODate);
        version.summary = optionalString(g, "summary");
        version.text = optionalString(g, "text");
        if (g.contains("taxonomy"))
            version.taxonomy = taxonomyFromJson(optionalObject(g, "taxonomy"));
        project.guidelines.push_back(version);
    }
    if (project.guidelines.empty())
        project.guidelines.push_back(GuidelineVersion{});
    project.currentGuidelineVersion = int(optionalInteger(guidelines, "current", 1));

    for (const Json &a : optionalArray(root, "annotators")) {
        Annotator annotator;
        annotator.id = requireString(a, "id");
        annotator.displayName = optionalString(a, "name", annotator.id);
        annotator.role = roleFromKey(optionalString(a, "role"));
        project.annotators.push_back(annotator);
    }
    for (const Json &w : optionalArray(root, "window_presets")) {
        const double width = requireNumber(w, "width");
        if (!(width > 0))
            throw JsonFieldError{concord::tr("a window preset has a width of %1").arg(width)};
        project.windowPresets.push_back(
            {requireString(w, "name"), requireNumber(w, "center"), width});
    }
    for (const Json &c : optionalArray(root, "calibrations"))
        project.calibrations.push_back(calibrationFromJson(c));
    for (const Json &c : optionalArray(root, "gold_tests"))
        project.goldTests.push_back(calibrationFromJson(c));
    for (const Json &q : root.value("quality_policies", Json::array()))
        project.qualityPolicies.push_back(qualityPolicyFromJson(q));
    return project;
}

Expected<Project> readProjectFile(const QString &path)
{
    Expected<ProjectDocument> document = readProjectDocument(path);
    if (!document)
        return document.error();
    return std::move(document->project);
}

FileError notAProjectError(const ProjectFolder &folder)
{
    return FileError{folder.root(), concord::tr("not a Concord project: it has no project.json")};
}

Expected<ProjectDocument> readProjectDocument(const QString &path)
{
    return readJsonFile<ProjectDocument>(path, [](const Json &root, QByteArray &bytes) {
        return ProjectDocument{projectFromJson(root), std::move(bytes)};
    });
}

// Puts every field Concord writes over the file as it was, object by object, so that fields it
// does not know (written by a newer version or another tool) survive. Arrays are replaced
// whole: an entry Concord removed must not come back.
static void overlayKnownFields(Json &previous, const Json &known)
{
    for (auto it = known.begin(); it != known.end(); ++it) {
        Json &slot = previous[it.key()];
        if (slot.is_object() && it.value().is_object())
            overlayKnownFields(slot, it.value());
        else
            slot = it.value();
    }
}

QByteArray projectFileBytes(const Project &project, const QByteArray &previousBytes)
{
    Json root = projectToJson(project);
    if (!previousBytes.isEmpty()) {
        try {
            Json previous = Json::parse(previousBytes.toStdString());
            if (previous.is_object()) {
                overlayKnownFields(previous, root);
                root = std::move(previous);
            }
        } catch (const Json::exception &) {
            // Unreadable before: nothing to keep beyond what Concord writes.
        }
    }
    return QByteArray::fromStdString(root.dump(2) + '\n');
}

MaybeError writeProjectFile(const QString &path, const Project &project)
{
    return writeFileAtomically(path, projectFileBytes(project));
}

} // namespace concord
