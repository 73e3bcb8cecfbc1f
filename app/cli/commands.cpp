// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands.h"

#include "app/cli/agreementcommand.h"
#include "core/util/translation.h"

#include <QCoreApplication>

#include <algorithm>

namespace concord::cli {

// Each run function is defined in its own file.
int runInitCommand(const QStringList &arguments);
int runImportCommand(const QStringList &arguments);
int runInfoCommand(const QStringList &arguments);
int runExportCommand(const QStringList &arguments);
int runMergeCommand(const QStringList &arguments);
int runExportSessionCommand(const QStringList &arguments);
int runImportSessionCommand(const QStringList &arguments);
int runImportAnnotationsCommand(const QStringList &arguments);
int runDicomCommand(const QStringList &arguments);
int runPolicyCommand(const QStringList &arguments);
int runRouteCommand(const QStringList &arguments);
int runQcCommand(const QStringList &arguments);
int runGoldCommand(const QStringList &arguments);
int runQualityCommand(const QStringList &arguments);
int runDecideCommand(const QStringList &arguments);
int runTaxonomyCommand(const QStringList &arguments);
int runGuidelineCommand(const QStringList &arguments);
int runAnnotatorCommand(const QStringList &arguments);
int runCalibrationCommand(const QStringList &arguments);
int runReferenceCommand(const QStringList &arguments);
int runStatisticsCommand(const QStringList &arguments);
int runDeidentifyCommand(const QStringList &arguments);
int runPacsCommand(const QStringList &arguments);
int runLabelModelCommand(const QStringList &arguments);
int runSplitCommand(const QStringList &arguments);
int runModelCommand(const QStringList &arguments);
int runPrelabelsCommand(const QStringList &arguments);
int runNextCommand(const QStringList &arguments);
int runLearnerCommand(const QStringList &arguments);
int runRulesCommand(const QStringList &arguments);

bool commandPaintsDocuments(const QString &name, const QStringList &arguments)
{
    // The agreement project report includes a PDF (its --csv form only prints numbers), and so
    // does the quality report written to a folder.
    if (name == QLatin1String("quality"))
        return std::any_of(arguments.begin(), arguments.end(), [](const QString &a) {
            return a == QLatin1String("--out-dir") || a.startsWith(QLatin1String("--out-dir="));
        });
    return name == QLatin1String("agreement") && !agreementReadsCsv(arguments);
}

const std::vector<CliCommand> &allCommands()
{
    static const std::vector<CliCommand> commands = {
        {QStringLiteral("init"), concord::tr("Create a project"), runInitCommand},
        {QStringLiteral("import"), concord::tr("Import a folder of images"), runImportCommand},
        {QStringLiteral("info"), concord::tr("Summarize a project"), runInfoCommand},
        {QStringLiteral("export"),
         concord::tr("Export annotations (COCO, DICOM SEG/SR, VOC, YOLO, CSV, JSON Lines)"),
         runExportCommand},
        {QStringLiteral("merge"), concord::tr("Bring in another copy's work"), runMergeCommand},
        {QStringLiteral("export-session"),
         concord::tr("Pack one annotator's sessions into an archive"), runExportSessionCommand},
        {QStringLiteral("import-session"), concord::tr("Bring in a session archive"),
         runImportSessionCommand},
        {QStringLiteral("import-annotations"),
         concord::tr("Import a COCO file as one annotator's work"), runImportAnnotationsCommand},
        {QStringLiteral("agreement"), concord::tr("Measure inter-annotator agreement"),
         runAgreementCommand},
        {QStringLiteral("label-model"),
         concord::tr("Weak supervision: labels from labeling functions' votes"),
         runLabelModelCommand},
        {QStringLiteral("policy"), concord::tr("Show or publish the quality policy"),
         runPolicyCommand},
        {QStringLiteral("route"), concord::tr("Route items by agreement (quality workflow)"),
         runRouteCommand},
        {QStringLiteral("qc"), concord::tr("QC sample and error rates (quality workflow)"),
         runQcCommand},
        {QStringLiteral("gold"), concord::tr("Score readers against gold items; gold tests"),
         runGoldCommand},
        {QStringLiteral("decide"), concord::tr("Record a review, adjudication or QC decision"),
         runDecideCommand},
        {QStringLiteral("quality"), concord::tr("Quality report: states, tiers over time, readers"),
         runQualityCommand},
        {QStringLiteral("taxonomy"),
         concord::tr("List, change or check the taxonomy against how readers use it"),
         runTaxonomyCommand},
        {QStringLiteral("guideline"),
         concord::tr("List, show, publish or compare guideline versions"), runGuidelineCommand},
        {QStringLiteral("annotator"), concord::tr("List or add annotators; set their roles"),
         runAnnotatorCommand},
        {QStringLiteral("calibration"),
         concord::tr("Set up, follow and review calibration sessions"), runCalibrationCommand},
        {QStringLiteral("reference"), concord::tr("List or record reference (gold) labels"),
         runReferenceCommand},
        {QStringLiteral("statistics"), concord::tr("Each reader's throughput and active time"),
         runStatisticsCommand},
        {QStringLiteral("deidentify"),
         concord::tr("De-identify DICOM files (PS3.15 basic profile)"), runDeidentifyCommand},
        {QStringLiteral("model"),
         concord::tr("Run an ONNX model over items as pre-labels; check a model description"),
         runModelCommand},
        {QStringLiteral("prelabels"),
         concord::tr("List or import pre-label sets; how readers used their suggestions"),
         runPrelabelsCommand},
        {QStringLiteral("split"),
         concord::tr("Split the items into train, validation and test sets without leaks"),
         runSplitCommand},
        {QStringLiteral("next"),
         concord::tr("The unlabelled items to label next, by an active-learning strategy"),
         runNextCommand},
        {QStringLiteral("rules"),
         concord::tr("Labeling rules whose label model turns into pre-label suggestions"),
         runRulesCommand},
        {QStringLiteral("learner"),
         concord::tr("The built-in learner: cross-validated accuracy against the baseline"),
         runLearnerCommand},
        {QStringLiteral("dicom"),
         concord::tr("Inspect or render a DICOM file as Concord decodes it"), runDicomCommand},
        {QStringLiteral("pacs"),
         concord::tr("Query, retrieve from and send to a PACS (DICOM C-FIND, C-GET/C-MOVE, "
                     "C-STORE)"),
         runPacsCommand},
    };
    return commands;
}

} // namespace concord::cli
