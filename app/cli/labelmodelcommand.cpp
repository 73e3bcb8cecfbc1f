// SPDX-License-Identifier: GPL-3.0-or-later
// concord-cli label-model: the weak-supervision label model and the labeling-function analysis
// of a long-format vote CSV, in which a coder is a labeling function (docs/weak-supervision.md).
#include "app/cli/clicommand.h"

#include "core/agreement/ratingcsv.h"
#include "core/util/translation.h"
#include "core/weaksupervision/goldlabels.h"
#include "core/weaksupervision/labelingfunctionanalysis.h"
#include "core/weaksupervision/labelmodel.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>

#include <nlohmann/json.hpp>

namespace concord::cli {

namespace {

using nlohmann::json;

std::string utf8(const QString &text)
{
    return text.toStdString();
}

// Units and sources in the order of their names, by code point: the order the output lists
// them in, whatever order the file had.
std::vector<qint32> sortedByName(qint32 count, const std::function<QString(qint32)> &name)
{
    std::vector<qint32> order(static_cast<size_t>(count));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](qint32 a, qint32 b) { return name(a).compare(name(b)) < 0; });
    return order;
}

std::vector<qint32> unitsByName(const RatingTable &votes)
{
    return sortedByName(votes.unitCount(), [&](qint32 u) { return votes.unitName(u); });
}

std::vector<qint32> sourcesByName(const RatingTable &votes)
{
    return sortedByName(votes.coderCount(), [&](qint32 j) { return votes.coderName(j); });
}

QString number(double value)
{
    return QString::number(value, 'f', 4);
}

// Prints rows under a header, each column as wide as its widest cell.
void printTable(QTextStream &out, const QStringList &header, const std::vector<QStringList> &rows)
{
    std::vector<qsizetype> widths(size_t(header.size()));
    for (qsizetype c = 0; c < header.size(); ++c)
        widths[size_t(c)] = header[c].size();
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size() && c < header.size(); ++c)
            widths[size_t(c)] = std::max(widths[size_t(c)], row[c].size());
    }
    auto printRow = [&](const QStringList &row) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (c > 0)
                line += QStringLiteral("  ");
            line += c + 1 < row.size() ? row[c].leftJustified(widths[size_t(c)]) : row[c];
        }
        out << line << '\n';
    };
    printRow(header);
    for (const QStringList &row : rows)
        printRow(row);
}

json modelJson(const RatingTable &votes, const LabelModelResult &model)
{
    json classes = json::array();
    for (qsizetype c = 0; c < model.classes.size(); ++c)
        classes.push_back(
            {{"label", utf8(model.classes[c])}, {"balance", model.classBalance[size_t(c)]}});
    json units = json::array();
    for (qint32 u : unitsByName(votes)) {
        const UnitLabel &unit = model.units[size_t(u)];
        units.push_back({{"unit", utf8(votes.unitName(u))},
                         {"label", utf8(model.classes[unit.label])},
                         {"p", unit.probability}});
    }
    json sources = json::array();
    for (qint32 j : sourcesByName(votes)) {
        const SourceEstimate &source = model.sources[size_t(j)];
        sources.push_back({{"source", utf8(source.name)},
                           {"accuracy", source.accuracy},
                           {"coverage", source.coverage},
                           {"votes", source.votes},
                           {"weight", source.weight}});
    }
    return {{"classes", classes},
            {"units", units},
            {"sources", sources},
            {"iterations", model.iterations},
            {"converged", model.converged}};
}

json analysisJson(const RatingTable &votes, const LabelingFunctionAnalysis &analysis,
                  const QString &goldPath, const AlignedGold &gold)
{
    json sources = json::array();
    for (qint32 j : sourcesByName(votes)) {
        const SourceAnalysis &source = analysis.sources[size_t(j)];
        json polarity = json::array();
        for (const QString &label : source.polarity)
            polarity.push_back(utf8(label));
        json entry = {{"source", utf8(source.name)},  {"polarity", polarity},
                      {"votes", source.votes},        {"coverage", source.coverage},
                      {"overlaps", source.overlaps},  {"conflicts", source.conflicts},
                      {"correct", nullptr},           {"incorrect", nullptr},
                      {"empirical_accuracy", nullptr}};
        if (analysis.hasGold) {
            entry["correct"] = source.correct;
            entry["incorrect"] = source.incorrect;
            if (source.empiricalAccuracy)
                entry["empirical_accuracy"] = *source.empiricalAccuracy;
        }
        sources.push_back(entry);
    }
    json goldJson = nullptr;
    if (analysis.hasGold)
        goldJson = {{"file", utf8(goldPath)},
                    {"units_with_gold", gold.unitsWithGold},
                    {"units_without_votes", gold.unitsWithoutVotes}};
    return {{"units", analysis.units},
            {"coverage", analysis.coverage},
            {"overlap", analysis.overlap},
            {"conflict", analysis.conflict},
            {"gold", goldJson},
            {"sources", sources}};
}

void printModel(QTextStream &out, const RatingTable &votes, const LabelModelResult &model)
{
    out << (model.converged
                ? concord::tr("Label model: %n unit(s), converged after %1 EM iterations.", nullptr,
                              votes.unitCount())
                : concord::tr("Label model: %n unit(s), stopped after %1 EM iterations.", nullptr,
                              votes.unitCount()))
               .arg(model.iterations)
        << "\n\n";
    std::vector<QStringList> rows;
    for (qsizetype c = 0; c < model.classes.size(); ++c)
        rows.push_back({model.classes[c], number(model.classBalance[size_t(c)])});
    printTable(out, {concord::tr("class"), concord::tr("balance")}, rows);
    out << '\n';
    rows.clear();
    for (qint32 j : sourcesByName(votes)) {
        const SourceEstimate &s = model.sources[size_t(j)];
        rows.push_back({s.name, number(s.accuracy), number(s.coverage), QString::number(s.votes),
                        number(s.weight)});
    }
    printTable(out,
               {concord::tr("source"), concord::tr("accuracy"), concord::tr("coverage"),
                concord::tr("votes"), concord::tr("weight")},
               rows);
    out << '\n';
    rows.clear();
    for (qint32 u : unitsByName(votes)) {
        const UnitLabel &unit = model.units[size_t(u)];
        rows.push_back({votes.unitName(u), model.classes[unit.label], number(unit.probability)});
    }
    printTable(out, {concord::tr("unit"), concord::tr("label"), concord::tr("p")}, rows);
}

void printAnalysis(QTextStream &out, const RatingTable &votes,
                   const LabelingFunctionAnalysis &analysis, const AlignedGold &gold)
{
    out << '\n'
        << concord::tr("Labeling functions over %n unit(s): coverage %1, overlap %2, conflict %3",
                       nullptr, analysis.units)
               .arg(number(analysis.coverage), number(analysis.overlap), number(analysis.conflict));
    if (analysis.hasGold)
        out << concord::tr("; %n unit(s) with a gold label", nullptr, gold.unitsWithGold);
    out << "\n\n";
    QStringList header = {concord::tr("source"), concord::tr("polarity"), concord::tr("coverage"),
                          concord::tr("overlaps"), concord::tr("conflicts")};
    if (analysis.hasGold)
        header << concord::tr("correct") << concord::tr("incorrect")
               << concord::tr("empirical accuracy");
    std::vector<QStringList> rows;
    for (qint32 j : sourcesByName(votes)) {
        const SourceAnalysis &s = analysis.sources[size_t(j)];
        QStringList row = {s.name, s.polarity.join(QLatin1Char(',')), number(s.coverage),
                           number(s.overlaps), number(s.conflicts)};
        if (analysis.hasGold)
            row << QString::number(s.correct) << QString::number(s.incorrect)
                << (s.empiricalAccuracy ? number(*s.empiricalAccuracy) : QStringLiteral("-"));
        rows.push_back(row);
    }
    printTable(out, header, rows);
}

// Reads --class-balance: "uniform" (Snorkel's default when it is given none) or
// "label=p,label=p,..." naming every class once. Returns what is wrong with it, or nothing.
QString readClassBalance(const QString &text, const RatingTable &votes,
                         std::vector<double> &balance)
{
    const qint32 classCount = votes.categoryCount();
    if (text == QLatin1String("uniform")) {
        balance.assign(size_t(classCount), 1.0 / double(classCount));
        return {};
    }
    balance.assign(size_t(classCount), 0.0);
    std::vector<char> named(size_t(classCount), 0);
    double sum = 0;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const qsizetype equals = part.lastIndexOf(QLatin1Char('='));
        bool ok = false;
        const double p = equals > 0 ? part.mid(equals + 1).trimmed().toDouble(&ok) : 0.0;
        if (!ok || !(p > 0) || !std::isfinite(p))
            return concord::tr("--class-balance takes 'uniform' or label=probability pairs "
                               "separated by commas, not '%1'")
                .arg(part);
        const QString label = part.left(equals).trimmed();
        qint32 c = 0;
        while (c < classCount && votes.categoryName(c) != label)
            ++c;
        if (c == classCount)
            return concord::tr("--class-balance names '%1', which no labeling function voted for")
                .arg(label);
        if (named[size_t(c)])
            return concord::tr("--class-balance names '%1' twice").arg(label);
        named[size_t(c)] = 1;
        balance[size_t(c)] = p;
        sum += p;
    }
    for (qint32 c = 0; c < classCount; ++c) {
        if (!named[size_t(c)])
            return concord::tr("--class-balance must name every class; '%1' is missing")
                .arg(votes.categoryName(c));
    }
    if (std::abs(sum - 1.0) > 1e-6)
        return concord::tr("the --class-balance probabilities sum to %1, not 1").arg(sum);
    return {};
}

int usageError(const QString &message)
{
    standardError() << "concord-cli label-model: " << message << '\n'
                    << concord::tr("Run 'concord-cli label-model --help' for the arguments.")
                    << Qt::endl;
    return ExitUsage;
}

} // namespace

int runLabelModelCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(concord::tr(
        "Weak supervision: fit the label model to the votes of labeling functions and print "
        "each unit's most probable label with its probability, and each function's estimated "
        "accuracy and coverage. The votes are a long-format CSV with the header "
        "unit,coder,label, as agreement --csv reads; a coder is a labeling function, and a unit "
        "a function abstains on has no line for it.\n"
        "  label-model --csv FILE [--json] [--analysis] [--gold FILE] [--class-balance B]"));
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 concord::tr("The votes to read (unit,coder,label)."),
                                 concord::tr("file"));
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption analysis(
        QStringLiteral("analysis"),
        concord::tr("Also analyse the labeling functions: coverage, overlaps, conflicts."));
    const QCommandLineOption gold(
        QStringLiteral("gold"),
        concord::tr("Known labels (a CSV with the header unit,label): adds each function's "
                    "correct and incorrect votes and empirical accuracy to the analysis, and "
                    "implies --analysis."),
        concord::tr("file"));
    const QCommandLineOption classBalance(
        QStringLiteral("class-balance"),
        concord::tr("The class balance, when known, held fixed instead of estimated: 'uniform' "
                    "or label=probability pairs separated by commas (e.g. ham=0.8,spam=0.2)."),
        concord::tr("balance"));
    parser.addOptions({csv, json, analysis, gold, classBalance});
    if (auto exit = parseArguments(parser, QStringLiteral("label-model"), arguments, 0, 0))
        return *exit;
    if (!parser.isSet(csv))
        return usageError(concord::tr("--csv is required"));

    const QString path = parser.value(csv);
    const Expected<RatingTable> votes = readRatingCsv(path);
    if (!votes)
        return failWith(votes.error().toString());
    AlignedGold aligned;
    const QString goldPath = parser.value(gold);
    if (parser.isSet(gold)) {
        const Expected<std::vector<GoldLabel>> labels = readGoldLabelCsv(goldPath);
        if (!labels)
            return failWith(labels.error().toString());
        aligned = alignGoldLabels(*votes, *labels);
    }

    LabelModelOptions modelOptions;
    if (parser.isSet(classBalance) && votes->categoryCount() > 0) {
        if (const QString problem =
                readClassBalance(parser.value(classBalance), *votes, modelOptions.classBalance);
            !problem.isEmpty())
            return usageError(problem);
    }
    const LabelModelResult model = fitLabelModel(*votes, modelOptions);
    if (model.units.empty())
        return failWith(QStringLiteral("%1: %2").arg(path, concord::tr("no votes to fit")));
    QStringList warnings = model.warnings;
    if (aligned.unitsWithoutVotes > 0)
        warnings.append(concord::tr("%n gold label(s) name units no labeling function voted "
                                    "on; they are left out",
                                    nullptr, aligned.unitsWithoutVotes));
    const bool analyse = parser.isSet(analysis) || parser.isSet(gold);
    const LabelingFunctionAnalysis lfAnalysis =
        analyse ? analyseLabelingFunctions(*votes, aligned.perUnit) : LabelingFunctionAnalysis{};

    QTextStream &out = standardOutput();
    if (parser.isSet(json)) {
        nlohmann::json j = modelJson(*votes, model);
        j["class_balance_given"] = !modelOptions.classBalance.empty();
        if (analyse)
            j["analysis"] = analysisJson(*votes, lfAnalysis, goldPath, aligned);
        nlohmann::json warningList = nlohmann::json::array();
        for (const QString &warning : warnings)
            warningList.push_back(utf8(warning));
        j["warnings"] = warningList;
        j["file"] = utf8(path);
        out << QString::fromStdString(j.dump()) << Qt::endl;
        return ExitOk;
    }
    printModel(out, *votes, model);
    if (analyse)
        printAnalysis(out, *votes, lfAnalysis, aligned);
    out.flush();
    for (const QString &warning : warnings)
        standardError() << concord::tr("warning: ") << warning << '\n';
    standardError().flush();
    return ExitOk;
}

} // namespace concord::cli
