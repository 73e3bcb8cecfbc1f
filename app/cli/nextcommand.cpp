// SPDX-License-Identifier: GPL-3.0-or-later
// concord-cli next and learner: the built-in learner's view of a project and the items it would
// have labelled next (docs/active-learning.md).
#include "app/cli/commandline.h"

#include "core/inference/embeddingfeatures.h"
#include "core/learning/projectlearner.h"
#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"
#include "core/storage/jsonsupport.h"
#include "core/util/translation.h"

#include <map>

namespace concord::cli {

namespace {

QString labelName(const Workspace &workspace, int labelId)
{
    const Taxonomy &taxonomy = workspace.project().taxonomy;
    return taxonomy.find(labelId) ? taxonomy.pathOf(labelId) : QString::number(labelId);
}

// The features --features names (an embedding model's description), or the built-in image
// descriptors.
Expected<std::unique_ptr<FeatureSource>> featureSource(const CommandLine &line)
{
    if (!line.isSet(QStringLiteral("features")))
        return std::unique_ptr<FeatureSource>(std::make_unique<ImageDescriptorSource>());
    Expected<std::unique_ptr<EmbeddingFeatureSource>> embedding =
        EmbeddingFeatureSource::load(line.value(QStringLiteral("features")));
    if (!embedding)
        return embedding.error();
    return std::unique_ptr<FeatureSource>(std::move(*embedding));
}

ProjectLearning learn(const Workspace &workspace, const FeatureSource &source)
{
    ProjectLearning learning =
        learnFromProject(workspace.folder(), workspace.project(), workspace.items(),
                         WorkspaceInternals::store(workspace), source);
    for (const auto &[index, error] : learning.undescribed)
        standardError() << concord::tr("warning: %1 left out: %2\n")
                               .arg(workspace.items().at(index).path, error.toString());
    for (const FileError &problem : learning.cacheProblems)
        standardError() << concord::tr("warning: not cached: %1\n").arg(problem.toString());
    return learning;
}

Json learnerJson(const Workspace &workspace, const ProjectLearning &learning)
{
    std::map<int, int> labelsOfClass;
    for (int index : learning.trainingItems)
        ++labelsOfClass[learning.accepted.labelIdOfItem[size_t(index)]];
    Json classes = Json::array();
    for (int labelId : learning.classLabelIds)
        classes.push_back({{"id", labelId},
                           {"label", toStd(labelName(workspace, labelId))},
                           {"labels", labelsOfClass[labelId]}});
    const CrossValidation &cv = learning.crossValidation;
    const QString why = learning.whyNotRanking();
    return {{"feature_source", toStd(learning.featureSource)},
            {"model", "multinomial logistic regression, L2"},
            {"labels_used", learning.labelsUsed()},
            {"unlabelled", learning.unlabelledItems().size()},
            {"classes", std::move(classes)},
            {"trained", learning.trained()},
            {"cv_accuracy", learning.trained() ? Json(cv.accuracy) : Json(nullptr)},
            {"majority_baseline", learning.trained() ? Json(cv.majorityBaseline) : Json(nullptr)},
            {"cv_folds", cv.folds},
            {"from_cache", learning.fromCache},
            {"warm_started", learning.warmStarted},
            {"iterations", learning.iterations},
            {"features_computed", learning.featuresComputed},
            {"items_not_described", learning.undescribed.size()},
            {"minimum_labels_to_rank", MinimumLabelsForUncertainty},
            {"ranks_by_uncertainty", why.isEmpty()},
            {"why_not", toStd(why)}};
}

void printLearner(const Workspace &workspace, const ProjectLearning &learning)
{
    QTextStream &out = standardOutput();
    QStringList perClass;
    std::map<int, int> labelsOfClass;
    for (int index : learning.trainingItems)
        ++labelsOfClass[learning.accepted.labelIdOfItem[size_t(index)]];
    for (int labelId : learning.classLabelIds)
        perClass << QStringLiteral("%1 %2")
                        .arg(labelName(workspace, labelId))
                        .arg(labelsOfClass[labelId]);
    out << concord::tr("Learner: %n accepted label(s)", nullptr, learning.labelsUsed());
    if (!perClass.isEmpty())
        out << " (" << perClass.join(QStringLiteral(", ")) << ")";
    out << '\n';
    if (!learning.trained()) {
        out << concord::tr("Not trained: it needs accepted labels of at least two classes.\n");
        return;
    }
    const CrossValidation &cv = learning.crossValidation;
    out << concord::tr("Cross-validated accuracy %1 (%2 folds), against %3 for always guessing "
                       "the most common class.\n")
               .arg(cv.accuracy, 0, 'f', 3)
               .arg(cv.folds)
               .arg(cv.majorityBaseline, 0, 'f', 3);
    if (cv.accuracy <= cv.majorityBaseline)
        out << concord::tr("The learner does no better than the baseline: do not trust its "
                           "ranking yet.\n");
}

int printStatus(const CommandLine &line, const Workspace &workspace)
{
    const Expected<std::unique_ptr<FeatureSource>> source = featureSource(line);
    if (!source)
        return failWith(source.error().toString());
    const ProjectLearning learning = learn(workspace, **source);
    if (line.json())
        return printJson(learnerJson(workspace, learning));
    printLearner(workspace, learning);
    return ExitOk;
}

int printNext(const CommandLine &line, const Workspace &workspace)
{
    const QueueStrategy strategy = *queueStrategyFromKey(line.value(QStringLiteral("strategy")));
    const int count = line.value(QStringLiteral("count")).toInt();
    const quint64 seed = line.value(QStringLiteral("seed")).toULongLong();
    const Expected<std::unique_ptr<FeatureSource>> source = featureSource(line);
    if (!source)
        return failWith(source.error().toString());
    const ProjectLearning learning = learn(workspace, **source);
    if (strategyNeedsLearner(strategy)) {
        if (const QString why = learning.whyNotRanking(); !why.isEmpty())
            return failWith(concord::tr("cannot order by %1: %2. --strategy random or diversity "
                                        "need no labels.")
                                .arg(queueStrategyKey(strategy), why));
    }
    const std::vector<RankedItem> next = nextItems(learning, strategy, count, seed);
    const auto probabilitiesOf = [&](int index) {
        Json probabilities = Json::object();
        if (learning.trained() && !learning.probabilitiesOfItem[size_t(index)].empty()) {
            for (size_t k = 0; k < learning.classLabelIds.size(); ++k)
                probabilities[toStd(labelName(workspace, learning.classLabelIds[k]))] =
                    learning.probabilitiesOfItem[size_t(index)][k];
        }
        return probabilities;
    };
    if (line.json()) {
        Json items = Json::array();
        for (const RankedItem &ranked : next) {
            const Item &item = workspace.items().at(ranked.index);
            items.push_back({{"item", toStd(item.id)},
                             {"path", toStd(item.path)},
                             {"score", ranked.score ? Json(*ranked.score) : Json(nullptr)},
                             {"probabilities", probabilitiesOf(ranked.index)}});
        }
        return printJson({{"strategy", toStd(queueStrategyKey(strategy))},
                          {"seed", seed},
                          {"count", count},
                          {"learner", learnerJson(workspace, learning)},
                          {"items", std::move(items)}});
    }
    printLearner(workspace, learning);
    QTextStream &out = standardOutput();
    out << concord::tr("Next %n item(s) by %1:\n", nullptr, int(next.size()))
               .arg(queueStrategyKey(strategy));
    int rank = 0;
    for (const RankedItem &ranked : next) {
        const Item &item = workspace.items().at(ranked.index);
        out << QStringLiteral("%1  %2  %3").arg(++rank, 3).arg(item.id, item.path);
        if (ranked.score)
            out << QStringLiteral("  %1").arg(*ranked.score, 0, 'f', 4);
        out << '\n';
    }
    return ExitOk;
}

std::optional<int> checkNext(const CommandLine &line)
{
    if (!queueStrategyFromKey(line.value(QStringLiteral("strategy"))))
        return line.usageError(concord::tr("--strategy takes one of %1, not \"%2\"")
                                   .arg(queueStrategyKeys().join(QStringLiteral(", ")),
                                        line.value(QStringLiteral("strategy"))));
    bool ok = false;
    const int count = line.value(QStringLiteral("count")).toInt(&ok);
    if (!ok || count < 1 || count > 100000)
        return line.usageError(concord::tr("--count takes a number from 1 to 100000, not \"%1\"")
                                   .arg(line.value(QStringLiteral("count"))));
    line.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return line.usageError(concord::tr("--seed takes a whole number, not \"%1\"")
                                   .arg(line.value(QStringLiteral("seed"))));
    return std::nullopt;
}

QCommandLineOption featuresOption()
{
    return {QStringLiteral("features"),
            concord::tr("Learn from the features of an ONNX embedding model (its description, "
                        "task \"embedding\") instead of the built-in image descriptors."),
            concord::tr("file")};
}

} // namespace

int runNextCommand(const QStringList &arguments)
{
    CommandLine line(
        QStringLiteral("next"),
        concord::tr(
            "The unlabelled items to label next, in the order an active-learning strategy gives "
            "(docs/active-learning.md), with the built-in learner's cross-validated accuracy. "
            "The learner is trained on the accepted image labels, or its model is reused from "
            "the project's cache when nothing changed.\n"
            "  next <project> --strategy least-confidence|margin|entropy|diversity|random "
            "[--count N] [--seed K] [--features EMBEDDING.json] [--json]\n"
            "The uncertainty strategies need at least %1 accepted labels of two classes; "
            "diversity and random need none.")
            .arg(MinimumLabelsForUncertainty),
        {projectArgument()},
        {{QStringLiteral("strategy"),
          concord::tr("least-confidence, margin, entropy, diversity (k-center greedy on the "
                      "features) or random."),
          QStringLiteral("strategy")},
         {QStringLiteral("count"), concord::tr("How many items (default 10)."), QStringLiteral("N"),
          QStringLiteral("10")},
         {QStringLiteral("seed"),
          concord::tr("The seed of random (and of diversity's first pick without labels)."),
          QStringLiteral("K"), QStringLiteral("0")},
         featuresOption(),
         jsonOption(),
         allowDamagedOption()});
    return line.runOnProject(arguments, 1, 1, printNext, [](const CommandLine &parsed) {
        if (!parsed.isSet(QStringLiteral("strategy")))
            return std::optional<int>(parsed.usageError(concord::tr("--strategy is required")));
        return checkNext(parsed);
    });
}

int runLearnerCommand(const QStringList &arguments)
{
    const QList<ActionSpec> actions = {{QStringLiteral("status"), 0, 0, {}, printStatus}};
    CommandLine line(
        QStringLiteral("learner"),
        concord::tr("The built-in learner trained on the project's accepted image labels "
                    "(docs/active-learning.md): labels used, cross-validated accuracy and the "
                    "majority-class baseline.\n"
                    "  learner status <project> [--features EMBEDDING.json] [--json]"),
        actionArguments(concord::tr("status.")),
        {featuresOption(), jsonOption(), allowDamagedOption()});
    return line.runAction(arguments, actions);
}

} // namespace concord::cli
