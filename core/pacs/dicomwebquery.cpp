// SPDX-License-Identifier: GPL-3.0-or-later
// QIDO-RS (PS3.18 10.6) and the DICOM JSON model (PS3.18 F.2) for findOnPacs and echoPacsNode.
#include "core/pacs/dicomweb.h"

#include "core/pacs/dicomwebclient.h"
#include "core/util/translation.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace concord::pacsdetail {

namespace {

const QByteArray DicomJson = "application/dicom+json";

// The value of one attribute of a DICOM JSON object as DIMSE would give it: values joined by
// a backslash, person names by their alphabetic form, numbers as text.
QString attribute(const QJsonObject &object, const char *tag)
{
    const QJsonArray values =
        object.value(QLatin1String(tag)).toObject().value(QLatin1String("Value")).toArray();
    QStringList texts;
    for (const QJsonValue value : values) {
        if (value.isString())
            texts << value.toString();
        else if (value.isDouble())
            texts << QString::number(value.toDouble(), 'g', 17);
        else if (value.isObject())
            texts << value.toObject().value(QLatin1String("Alphabetic")).toString();
    }
    return texts.join(QLatin1Char('\\')).trimmed();
}

int count(const QJsonObject &object, const char *tag)
{
    bool ok = false;
    const int value = attribute(object, tag).toInt(&ok);
    return ok && value >= 0 ? value : -1;
}

using Query = DicomWebClient::Query;

void addKey(Query &query, const char *keyword, const QString &value)
{
    if (!value.isEmpty())
        query.append({QLatin1String(keyword), value});
}

void addStudyKeys(Query &query, const PacsQuery &keys)
{
    addKey(query, "PatientID", keys.patientId);
    addKey(query, "PatientName", keys.patientName);
    addKey(query, "AccessionNumber", keys.accessionNumber);
    addKey(query, "StudyDate", keys.studyDate);
}

// The QIDO-RS resource and query for `keys`: /studies, /series (or a study's) or a study's
// (or series') instances. UIDs in the path were checked by checkPacsQuery.
std::pair<QString, Query> qidoRequest(const PacsQuery &keys)
{
    Query query;
    QString path;
    switch (keys.level) {
    case QueryLevel::Patient:
    case QueryLevel::Study:
        path = QStringLiteral("/studies");
        addStudyKeys(query, keys);
        addKey(query, "ModalitiesInStudy", keys.modality);
        addKey(query, "StudyInstanceUID", keys.studyInstanceUid);
        // Patient's Birth Date, Study Description, Modalities in Study, Number of Study
        // Related Series and Instances: shown with a match, not all returned by default
        // (PS3.18 10.6.3.3).
        query.append({QStringLiteral("includefield"),
                      QStringLiteral("00100030,00081030,00080061,00201206,00201208")});
        break;
    case QueryLevel::Series:
        path = keys.studyInstanceUid.isEmpty()
                   ? QStringLiteral("/series")
                   : QStringLiteral("/studies/%1/series").arg(keys.studyInstanceUid);
        addStudyKeys(query, keys);
        addKey(query, "Modality", keys.modality);
        addKey(query, "SeriesInstanceUID", keys.seriesInstanceUid);
        // Series Description, Series Number, Number of Series Related Instances.
        query.append(
            {QStringLiteral("includefield"), QStringLiteral("0008103E,00200011,00201209")});
        break;
    case QueryLevel::Image:
        path = keys.seriesInstanceUid.isEmpty()
                   ? QStringLiteral("/studies/%1/instances").arg(keys.studyInstanceUid)
                   : QStringLiteral("/studies/%1/series/%2/instances")
                         .arg(keys.studyInstanceUid, keys.seriesInstanceUid);
        break;
    }
    // Names match as DICOM says, with wildcards, not by a server's fuzzy guess.
    if (!keys.patientName.isEmpty())
        query.append({QStringLiteral("fuzzymatching"), QStringLiteral("false")});
    return {path, query};
}

// The patients of the studies found, in order of first appearance, for the patient level.
std::vector<PacsMatch> patientsOf(const std::vector<PacsMatch> &studies)
{
    std::vector<PacsMatch> patients;
    for (const PacsMatch &study : studies) {
        auto it = std::find_if(patients.begin(), patients.end(), [&](const PacsMatch &patient) {
            return patient.patientId == study.patientId && patient.patientName == study.patientName;
        });
        if (it == patients.end()) {
            PacsMatch patient;
            patient.level = QueryLevel::Patient;
            patient.patientId = study.patientId;
            patient.patientName = study.patientName;
            patient.patientBirthDate = study.patientBirthDate;
            patient.relatedInstances = 0;
            patients.push_back(patient);
            it = patients.end() - 1;
        }
        if (study.relatedInstances >= 0)
            it->relatedInstances += study.relatedInstances;
    }
    return patients;
}

} // namespace

Expected<std::vector<PacsMatch>> matchesFromDicomJson(const QByteArray &json, QueryLevel level)
{
    std::vector<PacsMatch> matches;
    if (json.trimmed().isEmpty())
        return matches; // 204 No Content: nothing matched
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return FileError{QString(), concord::tr("the answer is not a DICOM JSON array: %1")
                                        .arg(error.error != QJsonParseError::NoError
                                                 ? error.errorString()
                                                 : concord::tr("another JSON value"))};
    for (const QJsonValue value : document.array()) {
        const QJsonObject object = value.toObject();
        PacsMatch match;
        match.level = level;
        match.patientId = attribute(object, "00100020");
        match.patientName = attribute(object, "00100010");
        match.patientBirthDate = attribute(object, "00100030");
        match.studyInstanceUid = attribute(object, "0020000D");
        match.studyDate = attribute(object, "00080020");
        match.studyDescription = attribute(object, "00081030");
        match.accessionNumber = attribute(object, "00080050");
        match.modalitiesInStudy = attribute(object, "00080061");
        match.seriesInstanceUid = attribute(object, "0020000E");
        match.seriesNumber = attribute(object, "00200011");
        match.seriesDescription = attribute(object, "0008103E");
        match.modality = attribute(object, "00080060");
        match.sopInstanceUid = attribute(object, "00080018");
        match.sopClassUid = attribute(object, "00080016");
        match.relatedInstances =
            count(object, level == QueryLevel::Series ? "00201209" : "00201208");
        if (level == QueryLevel::Study)
            match.relatedSeries = count(object, "00201206");
        matches.push_back(std::move(match));
    }
    return matches;
}

Expected<std::vector<PacsMatch>> findOnDicomWeb(const PacsNode &node, const PacsQuery &query,
                                                const PacsOptions &options,
                                                const std::atomic<bool> *cancel)
{
    if (MaybeError problem = checkPacsQuery(query))
        return *problem;
    if (query.level == QueryLevel::Image && !isDicomUid(query.studyInstanceUid))
        return FileError{node.description(),
                         concord::tr("listing instances needs a Study Instance UID")};
    DicomWebClient client(node, options, cancel);
    if (MaybeError problem = client.prepare())
        return *problem;
    const auto [path, keys] = qidoRequest(query);
    const QueryLevel parsedLevel =
        query.level == QueryLevel::Patient ? QueryLevel::Study : query.level;
    Expected<std::vector<PacsMatch>> matches =
        pagedQido(client, path, keys, parsedLevel, options, cancel);
    if (!matches)
        return matches.error();
    if (query.level == QueryLevel::Patient)
        return patientsOf(*matches);
    return matches;
}

Expected<EchoReply> echoDicomWeb(const PacsNode &node, const PacsOptions &options)
{
    QElapsedTimer total;
    total.start();
    DicomWebClient client(node, options);
    if (MaybeError problem = client.prepare())
        return *problem;
    QElapsedTimer roundTrip;
    roundTrip.start();
    Expected<WebAnswer> answer = client.get(
        QStringLiteral("/studies"), {{QStringLiteral("limit"), QStringLiteral("1")}}, DicomJson);
    if (!answer)
        return answer.error();
    if (Expected<std::vector<PacsMatch>> parsed =
            matchesFromDicomJson(answer->body, QueryLevel::Study);
        !parsed)
        return FileError{
            node.description(),
            concord::tr("answers, but not as a DICOMweb server: %1").arg(parsed.error().message)};
    return EchoReply{roundTrip.elapsed(), total.elapsed()};
}

} // namespace concord::pacsdetail
