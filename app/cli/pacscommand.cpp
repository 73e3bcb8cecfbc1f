// SPDX-License-Identifier: GPL-3.0-or-later
// concord-cli pacs echo|find|get|send|nodes: DICOM query/retrieve/store over DIMSE or DICOMweb,
// as the node says (docs/pacs.md).
#include "app/cli/clicommand.h"
#include "app/cli/projectopening.h"

#include "core/pacs/pacsecho.h"
#include "core/pacs/pacsnodebook.h"
#include "core/pacs/pacsquery.h"
#include "core/pacs/pacsretrieve.h"
#include "core/pacs/pacssearchlimits.h"
#include "core/pacs/pacssend.h"
#include "core/storage/jsonsupport.h"
#include "core/util/translation.h"

#include <QFileInfo>
#include <QSettings>

namespace concord::cli {

namespace {

const QString Command = QStringLiteral("pacs");

// The window's settings, so the nodes added in either are known to both.
std::unique_ptr<QSettings> userSettings()
{
    return std::make_unique<QSettings>(QStringLiteral("Concord"), QStringLiteral("concord"));
}

QCommandLineOption callingAeOption()
{
    return {QStringLiteral("calling-aet"),
            concord::tr("Concord's AE title towards the node (default: the node's, or CONCORD)."),
            QStringLiteral("title")};
}

QCommandLineOption timeoutOption()
{
    return {QStringLiteral("timeout"),
            concord::tr("Seconds to wait for the connection and each answer (default %1).")
                .arg(PacsOptions::DefaultTimeoutSeconds),
            QStringLiteral("seconds")};
}

// DICOM TLS for a node given as AET@host:port (docs/pacs.md, "TLS"); a saved node has its own.
const QString TlsName = QStringLiteral("tls");
const QString CaName = QStringLiteral("ca");
const QString CertName = QStringLiteral("cert");
const QString KeyName = QStringLiteral("key");

QList<QCommandLineOption> tlsOptions()
{
    return {{TlsName, concord::tr("DICOM TLS (BCP 195, TLS 1.2 or newer): the node's certificate "
                                  "must be signed by a certificate in --ca and name its host.")},
            {CaName,
             concord::tr("With --tls: the CA certificates, PEM, that sign the node's "
                         "certificate."),
             QStringLiteral("file")},
            {CertName,
             concord::tr("With --tls: Concord's certificate, PEM, for a node that asks "
                         "for one and for --move's storage SCP."),
             QStringLiteral("file")},
            {KeyName,
             concord::tr("With --cert: its private key, PEM, unencrypted, readable only "
                         "by you (chmod 600)."),
             QStringLiteral("file")}};
}

// Takes --tls, --ca, --cert and --key into `node`, the files by absolute path; false after
// saying why not.
bool takeTlsOptions(PacsNode &node, const QCommandLineParser &parser)
{
    if (!parser.isSet(TlsName)) {
        if (parser.isSet(CaName) || parser.isSet(CertName) || parser.isSet(KeyName)) {
            failWith(concord::tr("--ca, --cert and --key go with --tls"));
            return false;
        }
        return true;
    }
    if (node.protocol == PacsProtocol::DicomWeb) {
        failWith(concord::tr("--tls is for DIMSE nodes; a DICOMweb node uses TLS with an https "
                             "URL"));
        return false;
    }
    if (!parser.isSet(CaName)) {
        failWith(concord::tr("--tls needs --ca FILE, the CA certificate that signs the node's "
                             "certificate"));
        return false;
    }
    if (parser.isSet(CertName) != parser.isSet(KeyName)) {
        failWith(concord::tr("--cert and --key go together"));
        return false;
    }
    const std::pair<const QString *, QString *> files[] = {{&CaName, &node.tlsCaFile},
                                                           {&CertName, &node.tlsCertificateFile},
                                                           {&KeyName, &node.tlsKeyFile}};
    for (const auto &[option, file] : files) {
        if (!parser.isSet(*option))
            continue;
        const QFileInfo info(parser.value(*option));
        if (!info.isFile()) {
            failWith(concord::tr("--%1 %2: no such file").arg(*option, parser.value(*option)));
            return false;
        }
        *file = info.absoluteFilePath();
    }
    node.tls = true;
    return true;
}

void addNodeArgument(QCommandLineParser &parser)
{
    parser.addPositionalArgument(
        QStringLiteral("node"),
        concord::tr("A node's name (concord-cli pacs nodes list), its address AET@host:port, or "
                    "a DICOMweb URL http(s)://host:port/path."));
}

// The node a command names: a saved node by name, else an address; with --calling-aet.
std::optional<PacsNode> nodeFor(const QString &text, const QCommandLineParser &parser,
                                const QCommandLineOption &callingAe)
{
    std::unique_ptr<QSettings> settings = userSettings();
    const PacsNodeBook book = PacsNodeBook::load(*settings);
    std::optional<PacsNode> node;
    if (const PacsNode *saved = book.find(text)) {
        node = *saved;
        for (const QString &option : {TlsName, CaName, CertName, KeyName}) {
            if (parser.isSet(option)) {
                failWith(concord::tr("--%1 is for a node given as AET@host:port; the saved node "
                                     "%2 has its own TLS settings (concord-cli pacs nodes list)")
                             .arg(option, text));
                return std::nullopt;
            }
        }
    } else if (text.contains(QLatin1Char('@')) || text.startsWith(QLatin1String("http://")) ||
               text.startsWith(QLatin1String("https://"))) {
        Expected<PacsNode> parsed = parsePacsAddress(text);
        if (!parsed) {
            failWith(parsed.error().toString());
            return std::nullopt;
        }
        node = *parsed;
        if (!takeTlsOptions(*node, parser))
            return std::nullopt;
    } else {
        failWith(concord::tr("%1: no node of this name in the settings (concord-cli pacs nodes "
                             "list), and not an address AET@host:port or a DICOMweb URL")
                     .arg(text));
        return std::nullopt;
    }
    if (parser.isSet(callingAe) && node->protocol == PacsProtocol::DicomWeb) {
        failWith(concord::tr("--calling-aet is for DIMSE nodes; %1 is a DICOMweb node")
                     .arg(node->description()));
        return std::nullopt;
    }
    if (parser.isSet(callingAe)) {
        node->callingAeTitle = parser.value(callingAe);
        if (QString problem = aeTitleProblem(node->callingAeTitle); !problem.isEmpty()) {
            failWith(problem);
            return std::nullopt;
        }
    }
    return node;
}

std::optional<PacsOptions> optionsFor(const QCommandLineParser &parser,
                                      const QCommandLineOption &timeout)
{
    PacsOptions options;
    if (!parser.isSet(timeout))
        return options;
    bool ok = false;
    constexpr int MaxTimeoutSeconds = 3600;
    options.timeoutSeconds = parser.value(timeout).toInt(&ok);
    if (!ok || options.timeoutSeconds < 1 || options.timeoutSeconds > MaxTimeoutSeconds) {
        failWith(concord::tr("--timeout takes whole seconds from 1 to %1, not \"%2\"")
                     .arg(MaxTimeoutSeconds)
                     .arg(parser.value(timeout)));
        return std::nullopt;
    }
    return options;
}

int runEcho(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        concord::tr("Check that a node answers DICOM (C-ECHO, or for DICOMweb a QIDO-RS search "
                    "with limit=1); say what failed otherwise."));
    addNodeArgument(parser);
    const QCommandLineOption callingAe = callingAeOption(), timeout = timeoutOption();
    parser.addOptions({callingAe, timeout});
    parser.addOptions(tlsOptions());
    if (auto exit = parseArguments(parser, Command + QStringLiteral(" echo"), arguments, 1, 1))
        return *exit;
    const std::optional<PacsNode> node =
        nodeFor(parser.positionalArguments()[0], parser, callingAe);
    const std::optional<PacsOptions> options = optionsFor(parser, timeout);
    if (!node || !options)
        return ExitBadInput;
    const Expected<EchoReply> reply = echoPacsNode(*node, *options);
    if (!reply)
        return failWith(reply.error().toString());
    if (node->protocol == PacsProtocol::DicomWeb)
        standardOutput() << concord::tr("%1 answers: QIDO-RS in %2 ms\n")
                                .arg(node->description())
                                .arg(reply->roundTripMilliseconds);
    else
        standardOutput() << concord::tr("%1 answers: C-ECHO in %2 ms (%3 ms with the "
                                        "association)\n")
                                .arg(node->description())
                                .arg(reply->roundTripMilliseconds)
                                .arg(reply->totalMilliseconds);
    return ExitOk;
}

Json matchJson(const PacsMatch &match)
{
    Json json;
    json["level"] = toStd(queryLevelName(match.level).toLower());
    const std::pair<const char *, const QString *> fields[] = {
        {"patientId", &match.patientId},
        {"patientName", &match.patientName},
        {"patientBirthDate", &match.patientBirthDate},
        {"studyInstanceUid", &match.studyInstanceUid},
        {"studyDate", &match.studyDate},
        {"studyDescription", &match.studyDescription},
        {"accessionNumber", &match.accessionNumber},
        {"modalitiesInStudy", &match.modalitiesInStudy},
        {"seriesInstanceUid", &match.seriesInstanceUid},
        {"seriesNumber", &match.seriesNumber},
        {"seriesDescription", &match.seriesDescription},
        {"modality", &match.modality},
    };
    for (const auto &[key, value] : fields) {
        if (!value->isEmpty())
            json[key] = toStd(*value);
    }
    if (match.relatedSeries >= 0)
        json["series"] = match.relatedSeries;
    if (match.relatedInstances >= 0)
        json["instances"] = match.relatedInstances;
    return json;
}

QString matchLine(const PacsMatch &match)
{
    const QString instances = match.relatedInstances >= 0
                                  ? concord::tr("%n image(s)", nullptr, match.relatedInstances)
                                  : QString();
    switch (match.level) {
    case QueryLevel::Patient:
        return QStringLiteral("%1\t%2\t%3").arg(match.patientId, match.patientName, instances);
    case QueryLevel::Study: {
        const QString series = match.relatedSeries >= 0
                                   ? concord::tr("%n series", nullptr, match.relatedSeries)
                                   : QString();
        return QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8")
            .arg(match.studyInstanceUid, match.studyDate, match.patientId, match.patientName,
                 match.accessionNumber, match.modalitiesInStudy, series, instances);
    }
    case QueryLevel::Series:
    case QueryLevel::Image:
        return QStringLiteral("%1\t%2\t%3\t%4\t%5")
            .arg(match.seriesInstanceUid, match.modality, match.seriesNumber,
                 match.seriesDescription, instances);
    }
    return {};
}

int runFind(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        concord::tr("Query a node (C-FIND). Names and IDs take the wildcards * and ?. Prints "
                    "one match per line, tab-separated, or one JSON object per line."));
    addNodeArgument(parser);
    const QCommandLineOption callingAe = callingAeOption(), timeout = timeoutOption();
    const QCommandLineOption level(QStringLiteral("level"),
                                   concord::tr("patient, study (default) or series."),
                                   QStringLiteral("level"), QStringLiteral("study"));
    const QCommandLineOption patientId(QStringLiteral("patient-id"), concord::tr("Patient ID."),
                                       QStringLiteral("id"));
    const QCommandLineOption patientName(QStringLiteral("patient-name"),
                                         concord::tr("Patient name, e.g. \"Doe^J*\"."),
                                         QStringLiteral("name"));
    const QCommandLineOption accession(QStringLiteral("accession"),
                                       concord::tr("Accession number."), QStringLiteral("number"));
    const QCommandLineOption studyDate(
        QStringLiteral("study-date"),
        concord::tr("Study date YYYYMMDD, or a range FROM-TO, FROM- or -TO."),
        QStringLiteral("dates"));
    const QCommandLineOption modality(
        QStringLiteral("modality"),
        concord::tr("Modality: in the study (study level) or of the series (series level)."),
        QStringLiteral("modality"));
    const QCommandLineOption study(QStringLiteral("study"), concord::tr("Study Instance UID."),
                                   QStringLiteral("uid"));
    const QCommandLineOption series(QStringLiteral("series"),
                                    concord::tr("Series Instance UID (series level)."),
                                    QStringLiteral("uid"));
    const QCommandLineOption pageSize(
        QStringLiteral("page-size"),
        concord::tr("DICOMweb: matches asked for in one QIDO-RS request, %1 to %2 (default: "
                    "the window's File > Preferences, else %3).")
            .arg(PacsSearchLimits::MinPageSize)
            .arg(PacsSearchLimits::MaxPageSize)
            .arg(PacsOptions::DefaultQueryPageSize),
        QStringLiteral("n"));
    const QCommandLineOption maxResults(
        QStringLiteral("max-results"),
        concord::tr("At most this many matches, 0 for all (default: the window's File > "
                    "Preferences, else %1); a warning says when the node has more.")
            .arg(PacsSearchLimits::DefaultCap),
        QStringLiteral("n"));
    const QCommandLineOption json = jsonOption();
    parser.addOptions(tlsOptions());
    parser.addOptions({callingAe, timeout, level, patientId, patientName, accession, studyDate,
                       modality, study, series, pageSize, maxResults, json});
    if (auto exit = parseArguments(parser, Command + QStringLiteral(" find"), arguments, 1, 1))
        return *exit;
    PacsQuery query;
    const QString levelName = parser.value(level);
    if (levelName == QLatin1String("patient"))
        query.level = QueryLevel::Patient;
    else if (levelName == QLatin1String("study"))
        query.level = QueryLevel::Study;
    else if (levelName == QLatin1String("series"))
        query.level = QueryLevel::Series;
    else
        return failWith(
            concord::tr("--level is patient, study or series, not \"%1\"").arg(levelName));
    query.patientId = parser.value(patientId);
    query.patientName = parser.value(patientName);
    query.accessionNumber = parser.value(accession);
    query.studyDate = parser.value(studyDate);
    query.modality = parser.value(modality);
    query.studyInstanceUid = parser.value(study);
    query.seriesInstanceUid = parser.value(series);
    if (MaybeError problem = checkPacsQuery(query))
        return failWith(problem->toString());
    const std::optional<PacsNode> node =
        nodeFor(parser.positionalArguments()[0], parser, callingAe);
    std::optional<PacsOptions> options = optionsFor(parser, timeout);
    if (!node || !options)
        return ExitBadInput;
    // The window's limits unless the command line says otherwise (docs/pacs.md, "Page size and
    // cap").
    PacsSearchLimits limits = PacsSearchLimits::load(*userSettings());
    const std::pair<const QCommandLineOption *, int *> numbers[] = {
        {&pageSize, &limits.pageSize}, {&maxResults, &limits.maxMatches}};
    for (const auto &[option, value] : numbers) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        *value = parser.value(*option).toInt(&ok);
        const QString problem = !ok                   ? concord::tr("not a whole number")
                                : option == &pageSize ? pageSizeProblem(*value)
                                                      : maxMatchesProblem(*value);
        if (!problem.isEmpty())
            return failWith(QStringLiteral("--%1 %2: %3")
                                .arg(option->names().first(), parser.value(*option), problem));
    }
    limits.applyTo(*options);
    const Expected<CappedMatches> found = findOnPacsCapped(*node, query, *options);
    if (!found)
        return failWith(found.error().toString());
    const std::vector<PacsMatch> &matches = found->matches;
    for (const PacsMatch &match : matches) {
        if (parser.isSet(json))
            standardOutput() << QString::fromStdString(matchJson(match).dump()) << '\n';
        else
            standardOutput() << matchLine(match) << '\n';
    }
    if (!parser.isSet(json))
        standardError() << concord::tr("%n match(es)\n", nullptr, int(matches.size()));
    if (found->more)
        standardError() << concord::tr("warning: the first %n match(es) only; the node has more: "
                                       "narrow the search, or raise --max-results (0 for all)\n",
                                       nullptr, int(matches.size()));
    return ExitOk;
}

int runGet(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(concord::tr(
        "Retrieve a study (or one series) into the project's cache, pacs/<node>/, and add its "
        "images as items. Instances already in the cache are not fetched again, so a stopped "
        "retrieval goes on where it stopped when run again."));
    addProjectArgument(parser);
    addNodeArgument(parser);
    const QCommandLineOption callingAe = callingAeOption(), timeout = timeoutOption();
    const QCommandLineOption study(QStringLiteral("study"),
                                   concord::tr("Study Instance UID (required)."),
                                   QStringLiteral("uid"));
    const QCommandLineOption series(QStringLiteral("series"),
                                    concord::tr("Only this Series Instance UID."),
                                    QStringLiteral("uid"));
    const QCommandLineOption move(
        QStringLiteral("move"),
        concord::tr("Retrieve with C-MOVE to Concord's storage SCP on --port (the node must "
                    "know Concord's AE title at this host and port); C-GET otherwise."));
    const QCommandLineOption port(QStringLiteral("port"),
                                  concord::tr("Port of Concord's storage SCP for --move."),
                                  QStringLiteral("port"));
    const QCommandLineOption allowDamaged = allowDamagedOption();
    parser.addOptions({callingAe, timeout, study, series, move, port, allowDamaged});
    parser.addOptions(tlsOptions());
    if (auto exit = parseArguments(parser, Command + QStringLiteral(" get"), arguments, 2, 2))
        return *exit;
    if (!parser.isSet(study))
        return failWith(concord::tr("pacs get needs --study UID"));
    RetrieveRequest request;
    request.studyInstanceUid = parser.value(study);
    request.seriesInstanceUid = parser.value(series);
    if (parser.isSet(move)) {
        request.method = RetrieveMethod::Move;
        bool ok = false;
        const uint value = parser.value(port).toUInt(&ok);
        if (!ok || value == 0 || value > 65535)
            return failWith(concord::tr("--move needs --port with a port number (1 to 65535)"));
        request.movePort = quint16(value);
    } else if (parser.isSet(port)) {
        return failWith(concord::tr("--port is for --move"));
    }
    const QStringList positional = parser.positionalArguments();
    const std::optional<PacsNode> node = nodeFor(positional[1], parser, callingAe);
    const std::optional<PacsOptions> options = optionsFor(parser, timeout);
    if (!node || !options)
        return ExitBadInput;
    if (node->protocol == PacsProtocol::DicomWeb && parser.isSet(move))
        return failWith(concord::tr("--move is for DIMSE nodes; %1 is retrieved with WADO-RS")
                            .arg(node->description()));
    OpenedProject opened = openProjectForCommand(positional[0], parser.isSet(allowDamaged));
    if (!opened.workspace)
        return opened.exitCode;
    const auto progress = [](int done, int total) {
        standardError() << concord::tr("retrieved %1 of %2\n").arg(done).arg(total);
        standardError().flush();
    };
    const Expected<PacsImportReport> report =
        retrieveIntoProject(*opened.workspace, *node, request, *options, progress);
    if (!report)
        return failWith(report.error().toString());
    for (const FileError &problem : report->retrieve.problems)
        standardError() << concord::tr("problem: %1\n").arg(problem.toString());
    for (const FileError &problem : report->import.unreadable)
        standardError() << concord::tr("skipped %1\n").arg(problem.toString());
    standardOutput() << concord::tr("%1 instances on the node, %2 already in the cache, %3 "
                                    "retrieved; %4 images added to the project, %5 already "
                                    "there\n")
                            .arg(report->retrieve.found)
                            .arg(report->retrieve.alreadyCached)
                            .arg(report->retrieve.fetched)
                            .arg(report->import.added)
                            .arg(report->import.alreadyPresent);
    return report->retrieve.problems.empty() ? ExitOk : ExitBadInput;
}

int runSend(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        concord::tr("Send DICOM files to a node (C-STORE), with a receipt per file."));
    addNodeArgument(parser);
    parser.addPositionalArgument(QStringLiteral("files"), concord::tr("DICOM files."),
                                 QStringLiteral("<file>..."));
    const QCommandLineOption callingAe = callingAeOption(), timeout = timeoutOption();
    parser.addOptions({callingAe, timeout});
    parser.addOptions(tlsOptions());
    if (auto exit =
            parseArguments(parser, Command + QStringLiteral(" send"), arguments, 2, 1 << 20))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    const std::optional<PacsNode> node = nodeFor(positional[0], parser, callingAe);
    const std::optional<PacsOptions> options = optionsFor(parser, timeout);
    if (!node || !options)
        return ExitBadInput;
    const Expected<std::vector<StoreReceipt>> receipts =
        sendToPacs(*node, positional.mid(1), *options);
    if (!receipts)
        return failWith(receipts.error().toString());
    int stored = 0;
    for (const StoreReceipt &receipt : *receipts) {
        standardOutput() << receipt.file << '\t' << receipt.message << '\n';
        stored += receipt.stored ? 1 : 0;
    }
    standardError() << concord::tr("%1 of %n file(s) stored on %2\n", nullptr,
                                   int(receipts->size()))
                           .arg(stored)
                           .arg(node->description());
    return stored == int(receipts->size()) ? ExitOk : ExitBadInput;
}

int runNodes(const QStringList &arguments)
{
    const QString action = arguments.value(0);
    QCommandLineParser parser;
    const QCommandLineOption callingAe = callingAeOption();
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption url(
        QStringLiteral("url"),
        concord::tr("A DICOMweb node: its base URL, http(s)://host:port/path."),
        QStringLiteral("url"));
    const QCommandLineOption basicUser(QStringLiteral("basic-user"),
                                       concord::tr("DICOMweb: Basic authentication as this user."),
                                       QStringLiteral("user"));
    const QCommandLineOption passwordEnv(
        QStringLiteral("password-env"),
        concord::tr("DICOMweb: the environment variable holding the password (never saved)."),
        QStringLiteral("variable"));
    const QCommandLineOption passwordFile(
        QStringLiteral("password-file"),
        concord::tr("DICOMweb: a file only you may read, holding the password."),
        QStringLiteral("file"));
    const QCommandLineOption tokenEnv(
        QStringLiteral("token-env"),
        concord::tr("DICOMweb: the environment variable holding a bearer token (never saved)."),
        QStringLiteral("variable"));
    const QCommandLineOption tokenFile(
        QStringLiteral("token-file"),
        concord::tr("DICOMweb: a file only you may read, holding a bearer token."),
        QStringLiteral("file"));
    std::unique_ptr<QSettings> settings = userSettings();
    std::vector<FileError> problems;
    PacsNodeBook book = PacsNodeBook::load(*settings, &problems);
    for (const FileError &problem : problems)
        standardError() << problem.toString() << '\n';
    if (action == QLatin1String("add")) {
        parser.setApplicationDescription(
            concord::tr("Save a node under a name. For a DICOMweb node only where its password or "
                        "token is found (an environment variable, a file) is saved, never the "
                        "secret itself."));
        parser.addPositionalArgument(QStringLiteral("name"),
                                     concord::tr("Letters, digits, '.', '-', '_' or '@'."));
        parser.addPositionalArgument(QStringLiteral("address"),
                                     concord::tr("AET@host:port (DIMSE), or --url for DICOMweb"),
                                     QStringLiteral("[AET@host:port]"));
        parser.addOptions(
            {callingAe, url, basicUser, passwordEnv, passwordFile, tokenEnv, tokenFile});
        parser.addOptions(tlsOptions());
        if (auto exit = parseArguments(parser, Command + QStringLiteral(" nodes add"),
                                       arguments.mid(1), 1, 2))
            return *exit;
        const QStringList positional = parser.positionalArguments();
        if (parser.isSet(url) == (positional.size() == 2))
            return failWith(concord::tr("pacs nodes add takes a name and either AET@host:port or "
                                        "--url URL"));
        Expected<PacsNode> node =
            parsePacsAddress(parser.isSet(url) ? parser.value(url) : positional[1]);
        if (!node)
            return failWith(node.error().toString());
        if (parser.isSet(url) != (node->protocol == PacsProtocol::DicomWeb))
            return failWith(concord::tr("a DICOMweb URL goes with --url"));
        node->name = positional[0];
        if (node->protocol == PacsProtocol::DicomWeb) {
            if (parser.isSet(callingAe) || parser.isSet(TlsName) || parser.isSet(CaName) ||
                parser.isSet(CertName) || parser.isSet(KeyName))
                return failWith(concord::tr("--calling-aet and --tls are for DIMSE nodes; a "
                                            "DICOMweb node uses TLS with an https URL"));
            const int secrets = int(parser.isSet(passwordEnv)) + int(parser.isSet(passwordFile)) +
                                int(parser.isSet(tokenEnv)) + int(parser.isSet(tokenFile));
            const bool password = parser.isSet(passwordEnv) || parser.isSet(passwordFile);
            if (secrets > 1 || password != parser.isSet(basicUser))
                return failWith(concord::tr("give either --basic-user with one of --password-env "
                                            "or --password-file, or one of --token-env or "
                                            "--token-file"));
            if (parser.isSet(basicUser)) {
                node->authentication = WebAuthentication::Basic;
                node->user = parser.value(basicUser);
            } else if (secrets == 1) {
                node->authentication = WebAuthentication::Bearer;
            }
            for (const QCommandLineOption *option : {&passwordEnv, &tokenEnv}) {
                if (parser.isSet(*option))
                    node->secretEnvironment = parser.value(*option);
            }
            for (const QCommandLineOption *option : {&passwordFile, &tokenFile}) {
                if (parser.isSet(*option))
                    node->secretFile = QFileInfo(parser.value(*option)).absoluteFilePath();
            }
        } else {
            for (const QCommandLineOption *option :
                 {&basicUser, &passwordEnv, &passwordFile, &tokenEnv, &tokenFile}) {
                if (parser.isSet(*option))
                    return failWith(concord::tr("--%1 is for DICOMweb nodes (--url)")
                                        .arg(option->names().constFirst()));
            }
            if (parser.isSet(callingAe))
                node->callingAeTitle = parser.value(callingAe);
            if (!takeTlsOptions(*node, parser))
                return ExitBadInput;
        }
        if (MaybeError problem = book.add(*node))
            return failWith(problem->toString());
        book.save(*settings);
        standardOutput() << concord::tr("added %1\n").arg(node->description());
        return ExitOk;
    }
    if (action == QLatin1String("remove")) {
        parser.setApplicationDescription(concord::tr("Forget a saved node."));
        parser.addPositionalArgument(QStringLiteral("name"), concord::tr("The node's name."));
        if (auto exit = parseArguments(parser, Command + QStringLiteral(" nodes remove"),
                                       arguments.mid(1), 1, 1))
            return *exit;
        const QString name = parser.positionalArguments()[0];
        if (!book.remove(name))
            return failWith(concord::tr("%1: no node of this name").arg(name));
        book.save(*settings);
        standardOutput() << concord::tr("removed %1\n").arg(name);
        return ExitOk;
    }
    if (action == QLatin1String("list")) {
        parser.setApplicationDescription(concord::tr("List the saved nodes."));
        parser.addOption(json);
        if (auto exit = parseArguments(parser, Command + QStringLiteral(" nodes list"),
                                       arguments.mid(1), 0, 0))
            return *exit;
        for (const PacsNode &node : book.nodes()) {
            if (node.protocol == PacsProtocol::DicomWeb) {
                const char *authentication =
                    node.authentication == WebAuthentication::Basic    ? "basic"
                    : node.authentication == WebAuthentication::Bearer ? "bearer"
                                                                       : "none";
                if (parser.isSet(json)) {
                    Json line = {{"name", toStd(node.name)},
                                 {"protocol", "dicomweb"},
                                 {"url", toStd(node.url)},
                                 {"authentication", authentication}};
                    if (!node.user.isEmpty())
                        line["user"] = toStd(node.user);
                    if (!node.secretEnvironment.isEmpty())
                        line["secretEnvironment"] = toStd(node.secretEnvironment);
                    if (!node.secretFile.isEmpty())
                        line["secretFile"] = toStd(node.secretFile);
                    standardOutput() << QString::fromStdString(line.dump()) << '\n';
                } else {
                    standardOutput() << node.name << '\t' << node.url << '\t'
                                     << QLatin1String(authentication) << '\n';
                }
                continue;
            }
            if (parser.isSet(json)) {
                Json line = {{"name", toStd(node.name)},
                             {"calledAeTitle", toStd(node.calledAeTitle)},
                             {"host", toStd(node.host)},
                             {"port", node.port},
                             {"callingAeTitle", toStd(node.callingAeTitle)},
                             {"tls", node.tls}};
                if (!node.tlsCaFile.isEmpty())
                    line["tlsCaFile"] = toStd(node.tlsCaFile);
                if (!node.tlsCertificateFile.isEmpty())
                    line["tlsCertificateFile"] = toStd(node.tlsCertificateFile);
                if (!node.tlsKeyFile.isEmpty())
                    line["tlsKeyFile"] = toStd(node.tlsKeyFile);
                standardOutput() << QString::fromStdString(line.dump()) << '\n';
            } else {
                standardOutput() << node.name << '\t' << node.address() << '\t'
                                 << node.callingAeTitle
                                 << (node.tls ? concord::tr("\tTLS, CA %1").arg(node.tlsCaFile)
                                              : QString())
                                 << '\n';
            }
        }
        return ExitOk;
    }
    standardError() << concord::tr("Usage: concord-cli pacs nodes <add|list|remove> ...\n");
    return ExitUsage;
}

} // namespace

int runPacsCommand(const QStringList &arguments)
{
    const QString usage = concord::tr(
        "Usage: concord-cli pacs <echo|find|get|send|nodes> ...\n"
        "  echo <node>                        check that the node answers (C-ECHO, QIDO-RS)\n"
        "  find <node> [--level ...] [keys]   query (C-FIND, QIDO-RS); --json for JSON lines\n"
        "  get <project> <node> --study UID   retrieve into the project (C-GET, --move, WADO-RS)\n"
        "  send <node> <file>...              send files (C-STORE, STOW-RS), a receipt per file\n"
        "  nodes add|list|remove              the saved nodes\n"
        "A node is a saved node's name, an address AET@host:port (DIMSE) or a URL\n"
        "http(s)://host:port/path (DICOMweb); an address takes --tls --ca FILE [--cert FILE\n"
        "--key FILE] for DICOM TLS.\n"
        "Run 'concord-cli pacs <action> --help' for details.\n");
    const QString action = arguments.value(0);
    if (action == QLatin1String("echo"))
        return runEcho(arguments.mid(1));
    if (action == QLatin1String("find"))
        return runFind(arguments.mid(1));
    if (action == QLatin1String("get"))
        return runGet(arguments.mid(1));
    if (action == QLatin1String("send"))
        return runSend(arguments.mid(1));
    if (action == QLatin1String("nodes"))
        return runNodes(arguments.mid(1));
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        standardOutput() << usage;
        return ExitOk;
    }
    standardError() << usage;
    return ExitUsage;
}

} // namespace concord::cli
