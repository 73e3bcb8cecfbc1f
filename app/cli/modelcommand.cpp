// SPDX-License-Identifier: GPL-3.0-or-later
// concord-cli model: check a model description, and run an ONNX model over a project's items,
// writing its proposals as a pre-label set (docs/model-inference.md).
#include "app/cli/clicommand.h"
#include "app/cli/commandline.h"

#include "core/inference/modeldescription.h"
#include "core/inference/modelrun.h"
#include "core/inference/onnxmodel.h"
#include "core/prelabels/prelabelstorage.h"
#include "core/project/workspace.h"
#include "core/storage/jsonsupport.h"
#include "core/util/translation.h"

#include <QDir>

#include <opencv2/core.hpp>

#include <atomic>
#include <csignal>

namespace concord::cli {

namespace {

// The run Ctrl-C or a kill cancels: a signal handler may only set a lock-free flag.
std::atomic<ModelRun *> interruptedRun = nullptr;
std::atomic<bool> interrupted = false;

extern "C" void cancelOnSignal(int)
{
    interrupted = true;
    if (ModelRun *run = interruptedRun.load())
        run->cancel();
}

// Cancels `run` on SIGINT and SIGTERM while it lives, so a stopped run writes nothing; the
// default handlers come back after.
class SignalCancellation
{
public:
    explicit SignalCancellation(ModelRun &run)
    {
        interruptedRun = &run;
        m_previousInterrupt = std::signal(SIGINT, cancelOnSignal);
        m_previousTerminate = std::signal(SIGTERM, cancelOnSignal);
    }
    ~SignalCancellation()
    {
        std::signal(SIGINT, m_previousInterrupt);
        std::signal(SIGTERM, m_previousTerminate);
        interruptedRun = nullptr;
    }
    SignalCancellation(const SignalCancellation &) = delete;
    SignalCancellation &operator=(const SignalCancellation &) = delete;

private:
    void (*m_previousInterrupt)(int) = SIG_DFL;
    void (*m_previousTerminate)(int) = SIG_DFL;
};

QCommandLineOption modelOption()
{
    return {QStringLiteral("model"), concord::tr("The model description (JSON next to the .onnx)."),
            concord::tr("file")};
}

// Runs the model once on a blank image of its input size, so a model whose output does not
// match its description is found before any item is read.
MaybeError tryOnBlankImage(const ModelDescription &description, std::vector<int> labelIds)
{
    Expected<OnnxModel> model = OnnxModel::load(description, std::move(labelIds));
    if (!model)
        return model.error();
    const Image blank = blankInputImage(description.input);
    const QString file = concord::tr("a blank image");
    if (description.task == ModelTask::Embedding) {
        const Expected<std::vector<float>> features = model->embed(blank, file);
        return features ? MaybeError() : MaybeError(features.error());
    }
    const Expected<ModelPrediction> prediction = model->predict(blank, QStringLiteral("-"), file);
    return prediction ? MaybeError() : MaybeError(prediction.error());
}

int runCheck(const QStringList &arguments)
{
    CommandLine line(
        QStringLiteral("model check"),
        concord::tr("Read a model description, load its ONNX model and run it once on a blank "
                    "image, checking the output against the declared layout; print the "
                    "description. With --project, also match its classes to the project's "
                    "labels."),
        {{QStringLiteral("description"), concord::tr("The model description (JSON).")}},
        {{QStringLiteral("project"), concord::tr("A project whose labels the classes must name."),
          concord::tr("folder")},
         jsonOption()});
    if (auto exit = line.parse(arguments, 1, 1))
        return *exit;
    const Expected<ModelDescription> description =
        readModelDescription(line.positional().constFirst());
    if (!description)
        return failWith(description.error().toString());
    std::vector<int> labelIds;
    for (const ModelClass &modelClass : description->classes)
        labelIds.push_back(modelClass.ignored() ? 0 : 1);
    if (line.isSet(QStringLiteral("project"))) {
        OpenedProject opened = line.openProject(line.value(QStringLiteral("project")));
        if (!opened.workspace)
            return opened.exitCode;
        const Expected<std::vector<int>> resolved =
            resolveClassLabels(*description, opened.workspace->project().taxonomy);
        if (!resolved)
            return failWith(resolved.error().toString());
        labelIds = *resolved;
    }
    if (const MaybeError problem = tryOnBlankImage(*description, labelIds))
        return failWith(problem->toString());
    if (line.json())
        return printJson(Json::parse(describeModel(*description).toStdString()));
    standardOutput() << describeModel(*description) << Qt::endl;
    return ExitOk;
}

// The items --items names (each must exist), or every item with --all.
std::optional<std::vector<Item>> chosenItems(const CommandLine &line, const Workspace &workspace)
{
    if (line.isSet(QStringLiteral("all")))
        return workspace.items().items();
    std::vector<Item> items;
    for (const QString &id : commaList(line.value(QStringLiteral("items")))) {
        const Item *item = workspace.items().find(id);
        if (!item) {
            line.usageError(concord::tr("no item %1 in the project").arg(id));
            return std::nullopt;
        }
        items.push_back(*item);
    }
    return items;
}

// Prints "done/total" on stderr when the percentage changes, from the workers.
ModelRun::Progress progressOnStderr()
{
    auto lastPercent = std::make_shared<int>(-1);
    return [lastPercent](int done, int total) {
        const int percent = total > 0 ? done * 100 / total : 100;
        if (percent == *lastPercent)
            return;
        *lastPercent = percent;
        standardError() << concord::tr("model: %1/%2 items (%3%)").arg(done).arg(total).arg(percent)
                        << Qt::endl;
    };
}

int runOnItems(const CommandLine &line, Workspace &workspace)
{
    const Expected<ModelDescription> description =
        readModelDescription(line.value(QStringLiteral("model")));
    if (!description)
        return failWith(description.error().toString());
    if (description->task == ModelTask::Embedding)
        return failWith(concord::tr("%1: an embedding model makes no pre-labels")
                            .arg(QDir::toNativeSeparators(description->descriptionPath)));
    const Expected<std::vector<int>> labelIds =
        resolveClassLabels(*description, workspace.project().taxonomy);
    if (!labelIds)
        return failWith(labelIds.error().toString());
    const std::optional<std::vector<Item>> items = chosenItems(line, workspace);
    if (!items)
        return ExitUsage;

    // Two workers, each on one core: OpenCV's own loops stay on their thread.
    cv::setNumThreads(1);
    ModelRun run(*description, *labelIds);
    Expected<ModelRunOutcome> outcome = [&] {
        const SignalCancellation cancellation(run);
        return run.run(workspace.folder().root(), *items, progressOnStderr());
    }();
    if (!outcome)
        return failWith(outcome.error().toString());
    if (outcome->cancelled) {
        standardError() << concord::tr("concord-cli model: cancelled; nothing was written")
                        << Qt::endl;
        return interrupted ? 130 : ExitBadInput;
    }
    for (const FileError &skipped : outcome->itemErrors)
        standardError() << concord::tr("warning: skipped: ") << skipped.toString() << '\n';
    standardError().flush();

    PrelabelSet &set = outcome->set;
    const QString root = workspace.folder().root();
    if (const auto written = writePrelabelSetUnderNewId(root, set); !written)
        return failWith(written.error().toString());

    if (line.json()) {
        Json skipped = Json::array();
        for (const FileError &error : outcome->itemErrors)
            skipped.push_back({{"file", toStd(error.path)}, {"error", toStd(error.message)}});
        return printJson({{"set", toStd(set.id)},
                          {"model", toStd(description->name)},
                          {"version", toStd(description->version)},
                          {"task", toStd(modelTaskName(description->task))},
                          {"items", int(items->size())},
                          {"items_run", outcome->itemsRun},
                          {"suggestions", int(set.suggestions.size())},
                          {"skipped", skipped}});
    }
    standardOutput() << set.id << '\n'
                     << concord::tr("%n suggestion(s)", nullptr, int(set.suggestions.size()))
                     << concord::tr(" on %n item(s)", nullptr, outcome->itemsRun);
    if (!outcome->itemErrors.empty())
        standardOutput() << concord::tr("; %n item(s) skipped", nullptr,
                                        int(outcome->itemErrors.size()));
    standardOutput() << Qt::endl;
    return ExitOk;
}

int runRun(const QStringList &arguments)
{
    CommandLine line(
        QStringLiteral("model run"),
        concord::tr("Run an ONNX model over items and write what it proposes as a pre-label set "
                    "(prelabels/<id>.json), with each item's uncertainty. Prints the set's id "
                    "and counts; progress goes to stderr. Ctrl-C cancels and writes nothing."),
        {projectArgument()},
        {modelOption(),
         {QStringLiteral("items"), concord::tr("The items to run on, by id (comma-separated)."),
          concord::tr("ids")},
         {QStringLiteral("all"), concord::tr("Run on every item of the project.")},
         jsonOption(),
         allowDamagedOption()});
    const CommandCheck check = [](const CommandLine &parsed) -> std::optional<int> {
        if (!parsed.isSet(QStringLiteral("model")))
            return parsed.usageError(concord::tr("--model is required"));
        if (parsed.isSet(QStringLiteral("all")) == parsed.isSet(QStringLiteral("items")))
            return parsed.usageError(concord::tr("give either --items or --all"));
        return std::nullopt;
    };
    return line.runOnProject(arguments, 1, 1, runOnItems, check);
}

} // namespace

int runModelCommand(const QStringList &arguments)
{
    const QString usage =
        concord::tr("Usage: concord-cli model <run|check> ...\n"
                    "  run <project> --model DESC.json (--items ID,... | --all) [--json]\n"
                    "           run an ONNX model over items and write a pre-label set\n"
                    "  check DESC.json [--project P] [--json]\n"
                    "           validate a model description and its model, and print it\n"
                    "Run 'concord-cli model <run|check> --help' for details.\n");
    const QString action = arguments.value(0);
    if (action == QLatin1String("run"))
        return runRun(arguments.mid(1));
    if (action == QLatin1String("check"))
        return runCheck(arguments.mid(1));
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        standardOutput() << usage;
        standardOutput().flush();
        return ExitOk;
    }
    standardError() << usage;
    standardError().flush();
    return ExitUsage;
}

} // namespace concord::cli
