// SPDX-License-Identifier: GPL-3.0-or-later
// concord-cli deidentify: DICOM PS3.15 basic profile for files that leave the hospital
// (docs/deidentification.md).
#include "app/cli/commandline.h"

#include "core/exchange/dicomdeidentifier.h"
#include "core/util/translation.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace concord::cli {

namespace {

// Every regular file to de-identify: `input` itself, or the files below it. Symbolic links are
// left out, so a link inside the folder cannot pull in a file from elsewhere.
QStringList inputFiles(const QString &input, QStringList *skipped)
{
    const QFileInfo info(input);
    if (info.isFile())
        return {info.absoluteFilePath()};
    QStringList files;
    QDirIterator entries(input, QDir::Files | QDir::Hidden | QDir::System,
                         QDirIterator::Subdirectories);
    while (entries.hasNext()) {
        const QFileInfo entry(entries.next());
        if (entry.isSymLink())
            *skipped << entry.filePath();
        else
            files << entry.absoluteFilePath();
    }
    files.sort();
    return files;
}

} // namespace

int runDeidentifyCommand(const QStringList &arguments)
{
    CommandLine line(
        QStringLiteral("deidentify"),
        concord::tr("De-identify DICOM files with the Basic Application Level Confidentiality "
                    "Profile (DICOM PS3.15 Annex E): identifying attributes, private attributes, "
                    "curves and overlays removed or replaced, UIDs replaced consistently, pixel "
                    "data unchanged. Each file is written as <new SOP Instance UID>.dcm.\n"
                    "  deidentify <file or folder> <output folder> [--keep-dates-shifted DAYS] "
                    "[--clean-descriptors] [--project DIR] [--json]"),
        {{QStringLiteral("input"), concord::tr("A DICOM file, or a folder of them.")},
         {QStringLiteral("output"), concord::tr("Folder to write into; made when missing.")}},
        {{QStringLiteral("profile"), concord::tr("The profile: basic (the only one)."),
          QStringLiteral("name"), QStringLiteral("basic")},
         {QStringLiteral("keep-dates-shifted"),
          concord::tr("Keep dates, moved by this many days (Retain Longitudinal Temporal "
                      "Information with Modified Dates)."),
          QStringLiteral("days")},
         {QStringLiteral("clean-descriptors"),
          concord::tr("Keep descriptions without the identifiers found in the file (Clean "
                      "Descriptors).")},
         {QStringLiteral("project"),
          concord::tr("Take the replacement UIDs and pseudonyms from this project's key, so "
                      "they match its other exports; without it they are new for this run."),
          QStringLiteral("dir")},
         jsonOption()});
    if (auto exit = line.parse(arguments, 2, 2))
        return *exit;
    if (line.value(QStringLiteral("profile")) != QLatin1String("basic"))
        return line.usageError(concord::tr("the only profile is basic, not \"%1\"")
                                   .arg(line.value(QStringLiteral("profile"))));
    DeidentificationOptions options;
    options.cleanDescriptors = line.isSet(QStringLiteral("clean-descriptors"));
    if (line.isSet(QStringLiteral("keep-dates-shifted"))) {
        bool ok = false;
        const int days = line.value(QStringLiteral("keep-dates-shifted")).toInt(&ok);
        if (!ok || days < -36500 || days > 36500)
            return line.usageError(
                concord::tr("--keep-dates-shifted takes whole days between -36500 and 36500"));
        options.dateShiftDays = days;
    }
    const QString input = line.positional().at(0);
    const QString output = line.positional().at(1);
    if (!QFileInfo::exists(input))
        return failWith(concord::tr("%1: no such file or folder").arg(input));
    if (QFileInfo(input).canonicalFilePath() == QFileInfo(output).canonicalFilePath())
        return failWith(concord::tr("%1: the output folder must not be the input").arg(output));

    PseudonymKey key = PseudonymKey::random();
    if (line.isSet(QStringLiteral("project"))) {
        const QDir project(line.value(QStringLiteral("project")));
        if (!project.exists(QStringLiteral("project.json")))
            return failWith(concord::tr("%1: not a Concord project").arg(project.path()));
        Expected<PseudonymKey> projectKey =
            PseudonymKey::loadOrCreate(project.filePath(QLatin1String(ProjectKeyFileName)));
        if (!projectKey)
            return failWith(projectKey.error().toString());
        key = *projectKey;
    }
    if (!QDir().mkpath(output))
        return failWith(concord::tr("%1: cannot make this folder").arg(output));

    QStringList skipped;
    const QStringList files = inputFiles(input, &skipped);
    QTextStream &out = standardOutput();
    QTextStream &err = standardError();
    Json written = Json::array();
    Json failed = Json::array();
    for (const QString &file : files) {
        const Expected<DeidentifiedFile> result = deidentifyDicomFile(file, output, key, options);
        if (!result) {
            failed.push_back({{"source", toStd(file)}, {"error", toStd(result.error().message)}});
            err << "concord-cli deidentify: " << result.error().toString() << '\n';
            continue;
        }
        Json warnings = Json::array();
        for (const QString &warning : result->warnings) {
            warnings.push_back(toStd(warning));
            err << "concord-cli deidentify: " << file << ": " << warning << '\n';
        }
        written.push_back({{"source", toStd(file)},
                           {"output", toStd(result->outputFile)},
                           {"study", toStd(result->studyInstanceUid)},
                           {"series", toStd(result->seriesInstanceUid)},
                           {"sop_instance", toStd(result->sopInstanceUid)},
                           {"warnings", warnings}});
        if (!line.json())
            out << file << " -> " << result->outputFile << '\n';
    }
    for (const QString &link : skipped)
        err << "concord-cli deidentify: " << concord::tr("%1: a symbolic link, left out").arg(link)
            << '\n';
    err.flush();
    if (line.json()) {
        Json links = Json::array();
        for (const QString &link : skipped)
            links.push_back(toStd(link));
        printJson(Json{{"written", written}, {"failed", failed}, {"skipped_links", links}});
    } else {
        if (failed.empty())
            out << concord::tr("%n file(s) de-identified", nullptr, int(written.size())) << '\n';
        else
            out << concord::tr("%1 de-identified; %n file(s) could not be", nullptr,
                               int(failed.size()))
                       .arg(written.size())
                << '\n';
    }
    return failed.empty() && !written.empty() ? ExitOk : ExitBadInput;
}

} // namespace concord::cli
