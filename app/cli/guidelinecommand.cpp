// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandline.h"

#include "core/model/guidelinediff.h"
#include "core/project/workspace.h"
#include "core/storage/atomicfile.h"
#include "core/storage/jsonsupport.h"
#include "core/util/translation.h"

namespace concord::cli {

namespace {

const char *diffKindKey(DiffLine::Kind kind)
{
    switch (kind) {
    case DiffLine::Kind::Added: return "added";
    case DiffLine::Kind::Removed: return "removed";
    case DiffLine::Kind::Kept: return "kept";
    }
    return "kept";
}

Json diffToJson(const std::vector<DiffLine> &lines)
{
    Json array = Json::array();
    for (const DiffLine &line : lines)
        array.push_back({{"kind", diffKindKey(line.kind)}, {"text", toStd(line.text)}});
    return array;
}

void printDiff(const std::vector<DiffLine> &lines, const QString &same)
{
    QTextStream &out = standardOutput();
    if (std::all_of(lines.begin(), lines.end(),
                    [](const DiffLine &line) { return line.kind == DiffLine::Kind::Kept; })) {
        out << "  " << same << '\n';
        return;
    }
    for (const DiffLine &line : lines) {
        const char *mark = line.kind == DiffLine::Kind::Added     ? "+ "
                           : line.kind == DiffLine::Kind::Removed ? "- "
                                                                  : "  ";
        out << mark << line.text << '\n';
    }
}

Json versionToJson(const Project &project, const GuidelineVersion &version, bool withText)
{
    Json json{{"version", version.version},
              {"author", toStd(version.author)},
              {"date", toStd(version.date.toUTC().toString(Qt::ISODate))},
              {"summary", toStd(version.summary)},
              {"current", version.version == project.currentGuidelineVersion},
              {"labels", project.taxonomyOf(version).labels().size()}};
    if (withText)
        json["text"] = toStd(version.text);
    return json;
}

// A version named on the command line, or an error naming the project file.
Expected<const GuidelineVersion *> findVersion(const Workspace &workspace, const QString &text)
{
    bool ok = false;
    const int number = text.toInt(&ok);
    const GuidelineVersion *version = ok ? workspace.project().findGuideline(number) : nullptr;
    if (!version)
        return FileError{workspace.folder().projectFile(),
                         concord::tr("there is no guideline version \"%1\"").arg(text)};
    return version;
}

// `guideline list`.
int listVersions(const CommandLine &line, const Workspace &workspace)
{
    const Project &project = workspace.project();
    if (line.json()) {
        Json versions = Json::array();
        for (const GuidelineVersion &version : project.guidelines)
            versions.push_back(versionToJson(project, version, false));
        return printJson(
            Json{{"current", project.currentGuidelineVersion}, {"versions", versions}});
    }
    for (const GuidelineVersion &version : project.guidelines)
        standardOutput() << concord::tr("%1 version %2  %3  %4: %5\n")
                                .arg(version.version == project.currentGuidelineVersion
                                         ? QStringLiteral("*")
                                         : QStringLiteral(" "))
                                .arg(version.version)
                                .arg(version.date.toUTC().toString(Qt::ISODate),
                                     version.author.isEmpty() ? concord::tr("(nobody)")
                                                              : version.author,
                                     version.summary);
    return ExitOk;
}

// `guideline diff [FROM [TO]]`.
int diffVersions(const CommandLine &line, const Workspace &workspace)
{
    const Project &project = workspace.project();
    const QStringList &rest = line.action().rest;
    const GuidelineVersion *from = nullptr;
    const GuidelineVersion *to = nullptr;
    if (rest.isEmpty()) {
        // As the window's Compare… opens: what the latest version changed.
        to = &project.guidelines.back();
        from =
            project.guidelines.size() > 1 ? &project.guidelines[project.guidelines.size() - 2] : to;
    } else {
        const Expected<const GuidelineVersion *> a = findVersion(workspace, rest.at(0));
        if (!a)
            return failWith(a.error().toString());
        const Expected<const GuidelineVersion *> b =
            rest.size() > 1 ? findVersion(workspace, rest.at(1))
                            : Expected<const GuidelineVersion *>(
                                  project.findGuideline(project.currentGuidelineVersion));
        if (!b)
            return failWith(b.error().toString());
        from = *a;
        to = *b;
    }
    const GuidelineDiff diff = diffGuidelineVersions(project, *from, *to);
    if (line.json()) {
        return printJson(Json{{"from", from->version},
                              {"to", to->version},
                              {"text", diffToJson(diff.text)},
                              {"taxonomy", diffToJson(diff.taxonomy)}});
    }
    standardOutput()
        << concord::tr("Guideline version %1 to %2\nText:\n").arg(from->version).arg(to->version);
    printDiff(diff.text, concord::tr("(the text is the same)"));
    standardOutput() << concord::tr("Taxonomy:\n");
    printDiff(diff.taxonomy, concord::tr("(the taxonomy is the same)"));
    return ExitOk;
}

// `guideline show [VERSION]`: the text of the version, the current one when none is named.
int showVersion(const CommandLine &line, const Workspace &workspace)
{
    const Project &project = workspace.project();
    const Expected<const GuidelineVersion *> version = findVersion(
        workspace, line.action().rest.value(0, QString::number(project.currentGuidelineVersion)));
    if (!version)
        return failWith(version.error().toString());
    if (line.json())
        return printJson(versionToJson(project, **version, true));
    standardOutput() << (*version)->text
                     << ((*version)->text.endsWith(QLatin1Char('\n')) ? QString()
                                                                      : QStringLiteral("\n"));
    return ExitOk;
}

QString summaryOf(const CommandLine &line)
{
    return line.value(QStringLiteral("summary")).trimmed();
}

// publish needs --summary: what changed, in one line.
std::optional<int> checkSummary(const CommandLine &line)
{
    if (!summaryOf(line).isEmpty())
        return std::nullopt;
    return line.usageError(concord::tr("publish needs --summary: what changed, in one line"));
}

// `guideline publish FILE`: the file is read before anything is written, so a bad one changes
// nothing.
int publishVersion(const CommandLine &line, Workspace &workspace)
{
    const QString file = line.action().rest.at(0);
    const Expected<QByteArray> bytes = readWholeFile(file);
    if (!bytes)
        return failWith(bytes.error().toString());
    QString text = QString::fromUtf8(*bytes);
    if (text.contains(QChar::ReplacementCharacter))
        return failWith(FileError{file, concord::tr("is not UTF-8 text")}.toString());
    return runAs(workspace, line.value(QStringLiteral("as")), [&] {
        const Expected<int> version = workspace.publishGuidelineVersion(summaryOf(line), text);
        if (!version)
            return failWith(version.error().toString());
        standardOutput() << concord::tr("Published guideline version %1: %2\n")
                                .arg(*version)
                                .arg(summaryOf(line));
        return ExitOk;
    });
}

} // namespace

int runGuidelineCommand(const QStringList &arguments)
{
    const QList<ActionSpec> actions = {
        {QStringLiteral("list"), 0, 0, {}, listVersions},
        {QStringLiteral("show"), 0, 1, {}, showVersion},
        {QStringLiteral("publish"), 1, 1,
         concord::tr("publish needs --as <lead>: who publishes the version"), publishVersion,
         checkSummary},
        {QStringLiteral("diff"), 0, 2, {}, diffVersions}};
    CommandLine line(
        QStringLiteral("guideline"),
        concord::tr(
            "The labeling guideline's versions, as the window's guideline panel and its Compare… "
            "show them, and publishing the next one as Team > New guideline version… does.\n"
            "  guideline list <project> [--json]\n"
            "  guideline show <project> [VERSION] [--json]       the text (the current version)\n"
            "  guideline publish <project> FILE --as LEAD --summary TEXT   FILE (Markdown) becomes "
            "the next version; the taxonomy stays as it is\n"
            "  guideline diff <project> [FROM [TO]] [--json]   what changed, text and taxonomy "
            "(the latest version against the one before)"),
        actionArguments(concord::tr("list, show, publish or diff.")),
        {jsonOption(),
         asOption(concord::tr("publish: the lead who publishes.")),
         {QStringLiteral("summary"), concord::tr("publish: what changed, in one line."),
          QStringLiteral("text")},
         allowDamagedOption()});
    return line.runAction(arguments, actions);
}

} // namespace concord::cli
