// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agreement/bootstrapinterval.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>

namespace concord::cli {

// Every option of `concord-cli agreement`, for both of its forms (a rating CSV and a project),
// so that --help lists them all and each form can refuse the other's options by name.
struct AgreementOptions
{
    AgreementOptions();

    QCommandLineOption csv;
    QCommandLineOption metric;
    QCommandLineOption level;
    QCommandLineOption weights;
    QCommandLineOption json;
    QCommandLineOption bootstrap;
    QCommandLineOption seed;
    // Options of the project form only.
    QCommandLineOption outDir;
    QCommandLineOption gold;
    QCommandLineOption guideline;
    QCommandLineOption labels;
    QCommandLineOption session;
    QCommandLineOption since;
    QCommandLineOption until;
    QCommandLineOption annotators;
    QCommandLineOption doneOnly;
    QCommandLineOption attribute;    // agreement on an attribute's values instead of the report
    QCommandLineOption prelabels;    // a pre-label set counted as one more reader
    QCommandLineOption minScore;     // with prelabels: the least score a suggestion counts at
    QCommandLineOption allowDamaged; // go on although the project has problems
};

// `concord-cli agreement <arguments>`: parses them, prints --help, and runs the CSV form itself;
// the project form goes to runAgreementProjectReport.
int runAgreementCommand(const QStringList &arguments);

// The project form: writes agreement.json, .csv, .html and .pdf (agreementprojectreport.cpp).
int runAgreementProjectReport(const QCommandLineParser &parser, const AgreementOptions &options);

// True when `agreement <arguments>` is the CSV form (it has --csv), which paints no PDF. Looks at
// the raw arguments, before any parsing.
bool agreementReadsCsv(const QStringList &arguments);

// Prints "concord-cli agreement: <message>" and a pointer to --help; returns ExitUsage.
int agreementUsageError(const QString &message);

// Reads --bootstrap and --seed, shared by the project and CSV forms. Returns an empty string,
// or what is wrong with them.
QString readBootstrapOptions(const QCommandLineParser &parser, const AgreementOptions &options,
                             std::optional<BootstrapOptions> &target);

// A coefficient of the project forms' JSON as their text lines show it: its value to three
// places and, when it has one, its confidence interval ("0.712  [0.650, 0.774]"); "undefined"
// when it has no value.
QString coefficientValueText(const nlohmann::json &coefficient);

} // namespace concord::cli
