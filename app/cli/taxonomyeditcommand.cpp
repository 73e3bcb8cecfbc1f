// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clicommand.h"
#include "app/cli/projectactions.h"
#include "app/cli/projectopening.h"

#include "core/model/taxonomywarnings.h"
#include "core/project/workspace.h"
#include "core/storage/jsonsupport.h"
#include "core/util/translation.h"

#include <QRegularExpression>

#include <algorithm>

namespace concord::cli {

// The options of `taxonomy`'s actions that list and change labels (taxonomycommand.cpp).
struct TaxonomyEditOptions
{
    QCommandLineOption as = asOption(concord::tr("The lead who makes the change."));
    QCommandLineOption parent{QStringLiteral("parent"),
                              concord::tr("add, edit: the label to put it under."),
                              QStringLiteral("label")};
    QCommandLineOption topLevel{QStringLiteral("top-level"),
                                concord::tr("edit: move it to the top level.")};
    QCommandLineOption before{QStringLiteral("before"),
                              concord::tr("edit: put it before this sibling."),
                              QStringLiteral("label")};
    QCommandLineOption name{QStringLiteral("name"), concord::tr("edit: the new name."),
                            QStringLiteral("name")};
    QCommandLineOption color{QStringLiteral("color"), concord::tr("add, edit: colour, #rrggbb."),
                             QStringLiteral("#rrggbb")};
    QCommandLineOption hotkey{QStringLiteral("hotkey"),
                              concord::tr("add, edit: the key that picks it (\"\" for none)."),
                              QStringLiteral("key")};
    QCommandLineOption description{QStringLiteral("description"),
                                   concord::tr("add, edit: what the label means."),
                                   QStringLiteral("text")};
    QCommandLineOption attribute{
        QStringLiteral("attribute"),
        concord::tr("add, edit: an attribute, NAME:nominal|ordinal:VALUE,VALUE,... (ordinal "
                    "values in rank order); replaces one of the same name. Repeat for more."),
        QStringLiteral("spec")};
    QCommandLineOption removeAttribute{QStringLiteral("remove-attribute"),
                                       concord::tr("edit: drop this attribute."),
                                       QStringLiteral("name")};
    QCommandLineOption summary{
        QStringLiteral("summary"),
        concord::tr("The change summary of the guideline version that publishes the change."),
        QStringLiteral("text")};

    QList<QCommandLineOption> all() const
    {
        return {as,     parent,      topLevel,  before,          name,   color,
                hotkey, description, attribute, removeAttribute, summary};
    }
};

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
    Json attributes = Json::array();
    for (const LabelAttribute &attribute : label.attributes) {
        Json values = Json::array();
        for (const QString &value : attribute.values)
            values.push_back(toStd(value));
        attributes.push_back(
            {{"name", toStd(attribute.name)},
             {"scale", attribute.scale == AttributeScale::Ordinal ? "ordinal" : "nominal"},
             {"values", values}});
    }
    return Json{{"id", label.id},
                {"name", toStd(label.name)},
                {"path", toStd(taxonomy.pathOf(label.id))},
                {"parent", label.parentId},
                {"color", toStd(label.color)},
                {"hotkey", toStd(label.hotkey)},
                {"description", toStd(label.description)},
                {"assignable", taxonomy.isAssignable(label.id)},
                {"attributes", attributes}};
}

int listTaxonomy(const Workspace &workspace, bool json)
{
    const Project &project = workspace.project();
    const Taxonomy &taxonomy = project.taxonomy;
    if (json) {
        Json labels = Json::array();
        for (const Label &label : taxonomy.labels())
            labels.push_back(labelToJson(taxonomy, label));
        standardOutput() << QString::fromStdString(Json{
                                {"guideline_version", project.currentGuidelineVersion},
                                {"leaf_labels_only", taxonomy.leafLabelsOnly()},
                                {"labels", labels}}.dump(2))
                         << '\n';
        return ExitOk;
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
    }
    return ExitOk;
}

// Sets the fields the options give on `label`; an error message, or empty.
QString applyFields(Label &label, const QCommandLineParser &parser, const TaxonomyEditOptions &o)
{
    static const QRegularExpression colorPattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (parser.isSet(o.name)) {
        if (parser.value(o.name).trimmed().isEmpty())
            return concord::tr("a label needs a name");
        label.name = parser.value(o.name).trimmed();
    }
    if (parser.isSet(o.color)) {
        if (!colorPattern.match(parser.value(o.color)).hasMatch())
            return concord::tr("\"%1\" is not a colour: use #rrggbb").arg(parser.value(o.color));
        label.color = parser.value(o.color).toLower();
    }
    if (parser.isSet(o.hotkey))
        label.hotkey = parser.value(o.hotkey).trimmed();
    if (parser.isSet(o.description))
        label.description = parser.value(o.description);
    for (const QString &name : parser.values(o.removeAttribute)) {
        const auto found = std::find_if(label.attributes.begin(), label.attributes.end(),
                                        [&](const LabelAttribute &a) { return a.name == name; });
        if (found == label.attributes.end())
            return concord::tr("label \"%1\" has no attribute \"%2\"").arg(label.name, name);
        label.attributes.erase(found);
    }
    for (const QString &spec : parser.values(o.attribute)) {
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
Expected<int> optionalLabel(const Taxonomy &taxonomy, const QCommandLineParser &parser,
                            const QCommandLineOption &option, const QString &file)
{
    if (!parser.isSet(option))
        return 0;
    return findLabel(taxonomy, parser.value(option), file);
}

// The taxonomy after `action`, and what the change was, for the version's summary.
struct TaxonomyChange
{
    Taxonomy taxonomy;
    QString summary;
    int labelId = 0; // the label the change is about, 0 for the whole taxonomy
};

Expected<TaxonomyChange> changedTaxonomy(const Workspace &workspace, const ProjectAction &action,
                                         const QCommandLineParser &parser,
                                         const TaxonomyEditOptions &o)
{
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
        const Expected<int> parent = optionalLabel(current, parser, o.parent, file);
        if (!parent)
            return parent.error();
        label.parentId = *parent;
        if (const QString problem = applyFields(label, parser, o); !problem.isEmpty())
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
        taxonomy.update(label);
        change.summary =
            concord::tr("Taxonomy: renamed \"%1\" to \"%2\"").arg(path, taxonomy.pathOf(*id));
        return change;
    }
    // edit
    if (const QString problem = applyFields(label, parser, o); !problem.isEmpty())
        return fail(problem);
    taxonomy.update(label);
    if (parser.isSet(o.parent) || parser.isSet(o.topLevel) || parser.isSet(o.before)) {
        const Expected<int> parent = optionalLabel(current, parser, o.parent, file);
        if (!parent)
            return parent.error();
        const Expected<int> before = optionalLabel(current, parser, o.before, file);
        if (!before)
            return before.error();
        const int newParent = parser.isSet(o.parent) || parser.isSet(o.topLevel)
                                  ? *parent
                                  : (*before ? current.find(*before)->parentId : label.parentId);
        if (!taxonomy.move(*id, newParent, *before))
            return fail(concord::tr("cannot move \"%1\" there: not into itself, and --before "
                                    "must name a sibling at the new place")
                            .arg(path));
    }
    change.summary = concord::tr("Taxonomy: changed \"%1\"").arg(path);
    return change;
}

} // namespace

QList<QCommandLineOption> taxonomyEditOptions()
{
    return TaxonomyEditOptions().all();
}

// `taxonomy list` and the actions that change the taxonomy. Each change is published, as in the
// window's taxonomy editor, with a new guideline version (the text unchanged) by the lead --as
// names: GuidelinePublisher checks the role and records the version and its taxonomy.
int runTaxonomyEdit(const QCommandLineParser &parser, const ProjectAction &action, bool json,
                    bool allowDamaged)
{
    const TaxonomyEditOptions o;
    const QString &verb = action.action;
    const qsizetype wanted = verb == QLatin1String("list")     ? 0
                             : verb == QLatin1String("rename") ? 2
                                                               : 1;
    if (action.rest.size() != wanted)
        return usageError(parser, QStringLiteral("taxonomy"),
                          concord::tr("wrong number of arguments for %1").arg(verb));
    if (verb != QLatin1String("list") && !parser.isSet(o.as))
        return usageError(parser, QStringLiteral("taxonomy"),
                          concord::tr("%1 needs --as <lead>: who changes the taxonomy").arg(verb));
    if (parser.isSet(o.topLevel) && parser.isSet(o.parent))
        return usageError(parser, QStringLiteral("taxonomy"),
                          concord::tr("--parent and --top-level exclude each other"));
    OpenedProject opened = openProjectForCommand(action.project, allowDamaged);
    if (!opened.workspace)
        return opened.exitCode;
    Workspace &workspace = *opened.workspace;
    if (verb == QLatin1String("list"))
        return listTaxonomy(workspace, json);

    const Expected<TaxonomyChange> change = changedTaxonomy(workspace, action, parser, o);
    if (!change)
        return failWith(change.error().toString());
    if (change->taxonomy == workspace.project().taxonomy) {
        standardOutput() << concord::tr("Nothing to change: the taxonomy is as asked\n");
        return ExitOk;
    }
    return runAs(workspace, parser.value(o.as), [&] {
        const Project &project = workspace.project();
        const GuidelineVersion *current = project.findGuideline(project.currentGuidelineVersion);
        const QString summary = parser.isSet(o.summary) ? parser.value(o.summary) : change->summary;
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

} // namespace concord::cli
