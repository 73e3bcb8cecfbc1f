// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandline.h"

#include "core/model/segmentcodes.h"
#include "core/model/taxonomywarnings.h"
#include "core/project/workspace.h"
#include "core/storage/jsonsupport.h"
#include "core/storage/labeljson.h"
#include "core/util/translation.h"

#include <QRegularExpression>

#include <algorithm>

namespace concord::cli {

namespace {

// NAME:nominal|ordinal:VALUE,VALUE,...
std::optional<LabelAttribute> parseAttribute(const QString &spec)
{
    const QStringList parts = spec.split(QLatin1Char(':'));
    if (parts.size() != 3 || parts[0].trimmed().isEmpty())
        return std::nullopt;
    LabelAttribute attribute;
    attribute.name = parts[0].trimmed();
    if (parts[1] == QLatin1String("ordinal"))
        attribute.scale = AttributeScale::Ordinal;
    else if (parts[1] != QLatin1String("nominal"))
        return std::nullopt;
    attribute.values = commaList(parts[2]);
    if (attribute.values.isEmpty())
        return std::nullopt;
    return attribute;
}

Json labelToJson(const Taxonomy &taxonomy, const Label &label)
{
    return Json{{"id", label.id},
                {"name", toStd(label.name)},
                {"path", toStd(taxonomy.pathOf(label.id))},
                {"parent", label.parentId},
                {"color", toStd(label.color)},
                {"hotkey", toStd(label.hotkey)},
                {"description", toStd(label.description)},
                {"assignable", taxonomy.isAssignable(label.id)},
                {"attributes", labelAttributesToJson(label.attributes)},
                {"dicom_segment",
                 label.segmentCategory.isEmpty() ? Json(nullptr) : segmentCodesToJson(label)}};
}

// `taxonomy list`.
int listTaxonomy(const CommandLine &line, const Workspace &workspace)
{
    const bool json = line.json();
    const Project &project = workspace.project();
    const Taxonomy &taxonomy = project.taxonomy;
    if (json) {
        Json labels = Json::array();
        for (const Label &label : taxonomy.labels())
            labels.push_back(labelToJson(taxonomy, label));
        return printJson(Json{{"guideline_version", project.currentGuidelineVersion},
                              {"leaf_labels_only", taxonomy.leafLabelsOnly()},
                              {"labels", labels}});
    }
    QTextStream &out = standardOutput();
    out << concord::tr("Taxonomy of %1 (guideline version %2): %n label(s)", nullptr,
                       int(taxonomy.labels().size()))
               .arg(project.name)
               .arg(project.currentGuidelineVersion)
        << (taxonomy.leafLabelsOnly() ? concord::tr(", leaf labels only") : QString()) << '\n';
    for (const Label &label : taxonomy.labels()) {
        const qsizetype depth = taxonomy.depthOf(label.id);
        QString line = QStringLiteral("%1%2  %3  %4")
                           .arg(QString(2 * (depth + 1), QLatin1Char(' ')))
                           .arg(label.id)
                           .arg(label.name, label.color);
        if (!label.hotkey.isEmpty())
            line += concord::tr("  key %1").arg(label.hotkey);
        for (const LabelAttribute &attribute : label.attributes)
            line += QStringLiteral("  [%1: %2]")
                        .arg(attribute.name,
                             attribute.values.join(attribute.scale == AttributeScale::Ordinal
                                                       ? QStringLiteral(" < ")
                                                       : QStringLiteral(", ")));
        if (!taxonomy.isAssignable(label.id))
            line += concord::tr("  (category)");
        out << line << '\n';
        if (!label.description.isEmpty())
            out << QString(2 * (depth + 3), QLatin1Char(' ')) << label.description << '\n';
        if (!label.segmentCategory.isEmpty())
            out << QString(2 * (depth + 3), QLatin1Char(' '))
                << concord::tr("DICOM SEG: category %1, type %2")
                       .arg(codeToText(label.segmentCategory), codeToText(label.segmentType))
                << '\n';
    }
    return ExitOk;
}

// Sets the fields the options give on `label`; an error message, or empty.
QString applyFields(Label &label, const CommandLine &line)
{
    static const QRegularExpression colorPattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    const QString name = line.value(QStringLiteral("name")).trimmed();
    const QString color = line.value(QStringLiteral("color"));
    if (line.isSet(QStringLiteral("name"))) {
        if (name.isEmpty())
            return concord::tr("a label needs a name");
        label.name = name;
    }
    if (line.isSet(QStringLiteral("color"))) {
        if (!colorPattern.match(color).hasMatch())
            return concord::tr("\"%1\" is not a colour: use #rrggbb").arg(color);
        label.color = color.toLower();
    }
    if (line.isSet(QStringLiteral("hotkey")))
        label.hotkey = line.value(QStringLiteral("hotkey")).trimmed();
    if (line.isSet(QStringLiteral("description")))
        label.description = line.value(QStringLiteral("description"));
    for (const QString &dropped : line.values(QStringLiteral("remove-attribute"))) {
        const auto found = std::find_if(label.attributes.begin(), label.attributes.end(),
                                        [&](const LabelAttribute &a) { return a.name == dropped; });
        if (found == label.attributes.end())
            return concord::tr("label \"%1\" has no attribute \"%2\"").arg(label.name, dropped);
        label.attributes.erase(found);
    }
    if (line.isSet(QStringLiteral("no-segment-codes"))) {
        label.segmentCategory = {};
        label.segmentType = {};
    }
    for (const auto &[option, code] :
         {std::pair(QStringLiteral("segment-category"), &label.segmentCategory),
          std::pair(QStringLiteral("segment-type"), &label.segmentType)}) {
        if (!line.isSet(option))
            continue;
        const std::optional<CodedConcept> parsed = codeFromText(line.value(option));
        if (!parsed)
            return concord::tr("\"%1\" is not SCHEME:VALUE:MEANING, e.g. SCT:52988006:Lesion")
                .arg(line.value(option));
        *code = *parsed;
    }
    if (const QString problem = segmentCodesProblem(label.segmentCategory, label.segmentType);
        !problem.isEmpty())
        return concord::tr("label \"%1\": %2").arg(label.name, problem);
    for (const QString &spec : line.values(QStringLiteral("attribute"))) {
        const std::optional<LabelAttribute> attribute = parseAttribute(spec);
        if (!attribute)
            return concord::tr("\"%1\" is not NAME:nominal|ordinal:VALUE,VALUE,...").arg(spec);
        const auto same =
            std::find_if(label.attributes.begin(), label.attributes.end(),
                         [&](const LabelAttribute &a) { return a.name == attribute->name; });
        if (same != label.attributes.end())
            *same = *attribute;
        else
            label.attributes.push_back(*attribute);
    }
    return {};
}

// The label an option names, 0 when it is not given, or an error.
Expected<int> optionalLabel(const Taxonomy &taxonomy, const CommandLine &line,
                            const QString &option, const QString &file)
{
    if (!line.isSet(option))
        return 0;
    return findLabel(taxonomy, line.value(option), file);
}

// The taxonomy after `action`, and what the change was, for the version's summary.
struct TaxonomyChange
{
    Taxonomy taxonomy;
    QString summary;
    int labelId = 0; // the label the change is about, 0 for the whole taxonomy
};

// Why `label` may not take its name: another label under the same parent has it (compared
// case-insensitively, as the taxonomy's warnings do). Two such labels could not be told apart
// by path in any command, nor by name in an import. Empty when the name is free.
QString siblingNamed(const Taxonomy &taxonomy, const Label &label)
{
    for (const int sibling : taxonomy.childrenOf(label.parentId)) {
        const Label *other = taxonomy.find(sibling);
        if (sibling != label.id && other &&
            other->name.compare(label.name, Qt::CaseInsensitive) == 0)
            return concord::tr("\"%1\" already exists; give the label another name or parent")
                .arg(taxonomy.pathOf(sibling));
    }
    return {};
}

Expected<TaxonomyChange> changedTaxonomy(const Workspace &workspace, const CommandLine &line)
{
    const ProjectAction &action = line.action();
    const QString parentOption = QStringLiteral("parent"), beforeOption = QStringLiteral("before");
    const QString file = workspace.folder().projectFile();
    const Taxonomy &current = workspace.project().taxonomy;
    TaxonomyChange change{current, {}, 0};
    Taxonomy &taxonomy = change.taxonomy;
    const auto fail = [&](const QString &message) -> Expected<TaxonomyChange> {
        return FileError{file, message};
    };
    if (action.action == QLatin1String("leaf-only")) {
        const QString &value = action.rest.value(0);
        if (value != QLatin1String("on") && value != QLatin1String("off"))
            return fail(concord::tr("leaf-only takes on or off, not \"%1\"").arg(value));
        taxonomy.setLeafLabelsOnly(value == QLatin1String("on"));
        change.summary = value == QLatin1String("on")
                             ? concord::tr("Taxonomy: only leaf labels may be chosen")
                             : concord::tr("Taxonomy: every label may be chosen");
        return change;
    }
    if (action.action == QLatin1String("add")) {
        Label label;
        label.name = action.rest.value(0).trimmed();
        if (label.name.isEmpty())
            return fail(concord::tr("a label needs a name"));
        const Expected<int> parent = optionalLabel(current, line, parentOption, file);
        if (!parent)
            return parent.error();
        label.parentId = *parent;
        if (const QString taken = siblingNamed(current, label); !taken.isEmpty())
            return fail(taken);
        if (const QString problem = applyFields(label, line); !problem.isEmpty())
            return fail(problem);
        change.labelId = taxonomy.add(label);
        change.summary = concord::tr("Taxonomy: added \"%1\"").arg(taxonomy.pathOf(change.labelId));
        return change;
    }
    const Expected<int> id = findLabel(current, action.rest.value(0), file);
    if (!id)
        return id.error();
    change.labelId = *id;
    const QString path = current.pathOf(*id);
    if (action.action == QLatin1String("remove")) {
        taxonomy.remove(*id);
        change.summary = concord::tr("Taxonomy: removed \"%1\"").arg(path);
        return change;
    }
    Label label = *current.find(*id);
    if (action.action == QLatin1String("rename")) {
        label.name = action.rest.value(1).trimmed();
        if (label.name.isEmpty())
            return fail(concord::tr("rename needs the new name"));
        if (const QString taken = siblingNamed(current, label); !taken.isEmpty())
            return fail(taken);
        taxonomy.update(label);
        change.summary =
            concord::tr("Taxonomy: renamed \"%1\" to \"%2\"").arg(path, taxonomy.pathOf(*id));
        return change;
    }
    // edit
    if (const QString problem = applyFields(label, line); !problem.isEmpty())
        return fail(problem);
    taxonomy.update(label);
    const bool newParent = line.isSet(parentOption) || line.isSet(QStringLiteral("top-level"));
    if (newParent || line.isSet(beforeOption)) {
        const Expected<int> parent = optionalLabel(current, line, parentOption, file);
        if (!parent)
            return parent.error();
        const Expected<int> before = optionalLabel(current, line, beforeOption, file);
        if (!before)
            return before.error();
        const int parentId =
            newParent ? *parent : (*before ? current.find(*before)->parentId : label.parentId);
        if (!taxonomy.move(*id, parentId, *before))
            return fail(concord::tr("cannot move \"%1\" there: not into itself, and --before "
                                    "must name a sibling at the new place")
                            .arg(path));
    }
    change.summary = concord::tr("Taxonomy: changed \"%1\"").arg(path);
    return change;
}

// `taxonomy add`, `rename`, `edit`, `remove` and `leaf-only`. Each change is published, as in the
// window's taxonomy editor, with a new guideline version (the text unchanged) by the lead --as
// names: GuidelinePublisher checks the role and records the version and its taxonomy.
int changeTaxonomy(const CommandLine &line, Workspace &workspace)
{
    const QString &verb = line.action().action;
    const Expected<TaxonomyChange> change = changedTaxonomy(workspace, line);
    if (!change)
        return failWith(change.error().toString());
    if (change->taxonomy == workspace.project().taxonomy) {
        standardOutput() << concord::tr("Nothing to change: the taxonomy is as asked\n");
        return ExitOk;
    }
    return runAs(workspace, line.value(QStringLiteral("as")), [&] {
        const Project &project = workspace.project();
        const GuidelineVersion *current = project.findGuideline(project.currentGuidelineVersion);
        const QString summary = line.isSet(QStringLiteral("summary"))
                                    ? line.value(QStringLiteral("summary"))
                                    : change->summary;
        const Expected<int> version = workspace.publishGuidelineVersion(
            summary, current ? current->text : QString(), change->taxonomy);
        if (!version)
            return failWith(version.error().toString());
        standardOutput()
            << concord::tr("Published guideline version %1: %2\n").arg(*version).arg(summary);
        if (change->labelId && workspace.project().taxonomy.find(change->labelId))
            standardOutput() << concord::tr("Label %1: %2\n")
                                    .arg(change->labelId)
                                    .arg(workspace.project().taxonomy.pathOf(change->labelId));
        // What the window's editor would have listed about this label; none stops the change.
        const std::vector<TaxonomyWarning> warnings = findTaxonomyWarnings(
            workspace.project().taxonomy, workspace.visibility().usedLabelIds(), {}, {});
        for (const TaxonomyWarning &warning : warnings) {
            const bool aboutIt = std::find(warning.labelIds.begin(), warning.labelIds.end(),
                                           change->labelId) != warning.labelIds.end();
            if (aboutIt && warning.kind != TaxonomyWarning::Kind::UnusedLabel &&
                warning.kind != TaxonomyWarning::Kind::MissingDefinition)
                standardError() << concord::tr("concord-cli: warning: %1\n").arg(warning.message);
        }
        if (verb == QLatin1String("remove") &&
            workspace.visibility().usedLabelIds().count(change->labelId))
            standardError() << concord::tr("concord-cli: warning: annotations use the removed "
                                           "label; they keep its id %1\n")
                                   .arg(change->labelId);
        standardError().flush();
        return ExitOk;
    });
}

} // namespace

QList<QCommandLineOption> taxonomyEditOptions()
{
    return {
        asOption(concord::tr("The lead who makes the change.")),
        {QStringLiteral("parent"), concord::tr("add, edit: the label to put it under."),
         QStringLiteral("label")},
        {QStringLiteral("top-level"), concord::tr("edit: move it to the top level.")},
        {QStringLiteral("before"), concord::tr("edit: put it before this sibling."),
         QStringLiteral("label")},
        {QStringLiteral("name"), concord::tr("edit: the new name."), QStringLiteral("name")},
        {QStringLiteral("color"), concord::tr("add, edit: colour, #rrggbb."),
         QStringLiteral("#rrggbb")},
        {QStringLiteral("hotkey"), concord::tr("add, edit: the key that picks it (\"\" for none)."),
         QStringLiteral("key")},
        {QStringLiteral("description"), concord::tr("add, edit: what the label means."),
         QStringLiteral("text")},
        {QStringLiteral("attribute"),
         concord::tr("add, edit: an attribute, NAME:nominal|ordinal:VALUE,VALUE,... (ordinal "
                     "values in rank order); replaces one of the same name. Repeat for more."),
         QStringLiteral("spec")},
        {QStringLiteral("remove-attribute"), concord::tr("edit: drop this attribute."),
         QStringLiteral("name")},
        {QStringLiteral("segment-category"),
         concord::tr("add, edit: the label's Segmented Property Category in a DICOM SEG, "
                     "SCHEME:VALUE:MEANING (e.g. SCT:49755003:Morphologically abnormal "
                     "structure); needs --segment-type too."),
         QStringLiteral("code")},
        {QStringLiteral("segment-type"),
         concord::tr("add, edit: the label's Segmented Property Type in a DICOM SEG, "
                     "SCHEME:VALUE:MEANING (e.g. SCT:27925004:Nodule)."),
         QStringLiteral("code")},
        {QStringLiteral("no-segment-codes"),
         concord::tr("edit: drop the label's DICOM SEG codes (its segments get the default).")},
        {QStringLiteral("summary"),
         concord::tr("The change summary of the guideline version that publishes the change."),
         QStringLiteral("text")},
    };
}

QList<ActionSpec> taxonomyEditActions()
{
    const auto exclusiveParent = [](const CommandLine &line) -> std::optional<int> {
        if (line.isSet(QStringLiteral("top-level")) && line.isSet(QStringLiteral("parent")))
            return line.usageError(concord::tr("--parent and --top-level exclude each other"));
        return std::nullopt;
    };
    QList<ActionSpec> actions = {{QStringLiteral("list"), 0, 0, {}, listTaxonomy},
                                 {QStringLiteral("add"), 1, 1},
                                 {QStringLiteral("rename"), 2, 2},
                                 {QStringLiteral("edit"), 1, 1},
                                 {QStringLiteral("remove"), 1, 1},
                                 {QStringLiteral("leaf-only"), 1, 1}};
    for (ActionSpec &action : actions) {
        action.check = exclusiveParent;
        if (action.run)
            continue;
        action.run = changeTaxonomy;
        action.missingAs =
            concord::tr("%1 needs --as <lead>: who changes the taxonomy").arg(action.name);
    }
    return actions;
}

} // namespace concord::cli
