// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pacs/pacsquery.h"

#include "core/pacs/dicomweb.h"
#include "core/pacs/pacsassociation.h"
#include "core/pacs/pacscache.h"
#include "core/pacs/pacsstatus.h"
#include "core/util/translation.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <QRegularExpression>

#include <algorithm>
#include <memory>

namespace concord {

using namespace pacsdetail;

QString queryLevelName(QueryLevel level)
{
    switch (level) {
    case QueryLevel::Patient: return QStringLiteral("PATIENT");
    case QueryLevel::Study: return QStringLiteral("STUDY");
    case QueryLevel::Series: return QStringLiteral("SERIES");
    case QueryLevel::Image: return QStringLiteral("IMAGE");
    }
    return {};
}

static QString keyProblem(const QString &what, const QString &value)
{
    constexpr int MaxKeyLength = 64; // LO, the longest VR of these keys
    if (value.size() > MaxKeyLength)
        return concord::tr("the %1 is longer than %2 characters").arg(what).arg(MaxKeyLength);
    for (const QChar c : value) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QLatin1Char('\\'))
            return concord::tr("the %1 may not hold control characters or a backslash").arg(what);
    }
    return {};
}

MaybeError checkPacsQuery(const PacsQuery &query)
{
    const std::pair<QString, QString> keys[] = {
        {concord::tr("patient ID"), query.patientId},
        {concord::tr("patient name"), query.patientName},
        {concord::tr("accession number"), query.accessionNumber},
        {concord::tr("modality"), query.modality},
    };
    for (const auto &[what, value] : keys) {
        if (QString problem = keyProblem(what, value); !problem.isEmpty())
            return FileError{value, problem};
    }
    static const QRegularExpression dateRange(QStringLiteral("^(\\d{8})?(-(\\d{8})?)?$"));
    if (!query.studyDate.isEmpty() &&
        (!dateRange.match(query.studyDate).hasMatch() || query.studyDate == QLatin1String("-")))
        return FileError{query.studyDate,
                         concord::tr("not a study date: write YYYYMMDD, or a range FROM-TO, "
                                     "FROM- or -TO")};
    for (const QString &uid : {query.studyInstanceUid, query.seriesInstanceUid}) {
        if (!uid.isEmpty() && !isDicomUid(uid))
            return FileError{uid, concord::tr("not a DICOM UID (digits and dots, at most 64)")};
    }
    return std::nullopt;
}

namespace {

QString textOf(DcmItem &item, const DcmTagKey &tag, bool utf8)
{
    OFString value;
    if (item.findAndGetOFStringArray(tag, value).bad())
        return {};
    const QByteArray bytes(value.c_str(), qsizetype(value.length()));
    return (utf8 ? QString::fromUtf8(bytes) : QString::fromLatin1(bytes)).trimmed();
}

PacsMatch matchOf(DcmDataset &dataset, QueryLevel level)
{
    OFString charset;
    dataset.findAndGetOFStringArray(DCM_SpecificCharacterSet, charset);
    const bool utf8 = QString::fromLatin1(charset.c_str()).contains(QLatin1String("192"));
    PacsMatch match;
    match.level = level;
    match.patientId = textOf(dataset, DCM_PatientID, utf8);
    match.patientName = textOf(dataset, DCM_PatientName, utf8);
    match.patientBirthDate = textOf(dataset, DCM_PatientBirthDate, utf8);
    match.studyInstanceUid = textOf(dataset, DCM_StudyInstanceUID, utf8);
    match.studyDate = textOf(dataset, DCM_StudyDate, utf8);
    match.studyDescription = textOf(dataset, DCM_StudyDescription, utf8);
    match.accessionNumber = textOf(dataset, DCM_AccessionNumber, utf8);
    match.modalitiesInStudy = textOf(dataset, DCM_ModalitiesInStudy, utf8);
    match.seriesInstanceUid = textOf(dataset, DCM_SeriesInstanceUID, utf8);
    match.seriesNumber = textOf(dataset, DCM_SeriesNumber, utf8);
    match.seriesDescription = textOf(dataset, DCM_SeriesDescription, utf8);
    match.modality = textOf(dataset, DCM_Modality, utf8);
    match.sopInstanceUid = textOf(dataset, DCM_SOPInstanceUID, utf8);
    match.sopClassUid = textOf(dataset, DCM_SOPClassUID, utf8);
    const DcmTagKey countTag = level == QueryLevel::Patient ? DCM_NumberOfPatientRelatedInstances
                               : level == QueryLevel::Study ? DCM_NumberOfStudyRelatedInstances
                                                            : DCM_NumberOfSeriesRelatedInstances;
    bool ok = false;
    const int count = textOf(dataset, countTag, false).toInt(&ok);
    match.relatedInstances = ok ? count : -1;
    if (level == QueryLevel::Study) {
        const int series = textOf(dataset, DCM_NumberOfStudyRelatedSeries, false).toInt(&ok);
        match.relatedSeries = ok ? series : -1;
    }
    return match;
}

// The identifier of the query: the keys asked for with their values, and the attributes
// wanted back as empty (universal) keys.
void fillIdentifier(DcmDataset &identifier, const PacsQuery &query)
{
    auto put = [&](const DcmTagKey &tag, const QString &value) {
        identifier.putAndInsertString(tag, value.toUtf8().constData());
    };
    // Keys go out as UTF-8, so a name with accents matches on a node that stores UTF-8.
    put(DCM_SpecificCharacterSet, QStringLiteral("ISO_IR 192"));
    put(DCM_QueryRetrieveLevel, queryLevelName(query.level));
    put(DCM_PatientID, query.patientId);
    put(DCM_PatientName, query.patientName);
    if (query.level == QueryLevel::Patient) {
        put(DCM_PatientBirthDate, {});
        put(DCM_NumberOfPatientRelatedInstances, {});
        return;
    }
    put(DCM_StudyInstanceUID, query.studyInstanceUid);
    put(DCM_StudyDate, query.studyDate);
    put(DCM_AccessionNumber, query.accessionNumber);
    if (query.level == QueryLevel::Study) {
        put(DCM_StudyDescription, {});
        put(DCM_ModalitiesInStudy, query.modality);
        put(DCM_NumberOfStudyRelatedSeries, {});
        put(DCM_NumberOfStudyRelatedInstances, {});
        return;
    }
    put(DCM_SeriesInstanceUID, query.seriesInstanceUid);
    put(DCM_Modality, query.modality);
    if (query.level == QueryLevel::Series) {
        put(DCM_SeriesNumber, {});
        put(DCM_SeriesDescription, {});
        put(DCM_NumberOfSeriesRelatedInstances, {});
        return;
    }
    put(DCM_SOPInstanceUID, {});
    put(DCM_SOPClassUID, {});
}

// DcmSCU's C-FIND loop asks this after each response whether to wait for the next: it stops
// at the cap or at a cancel rather than reading every answer the node has (docs/pacs.md,
// "Paging"); the caller then aborts the association, and the node's answers go with it.
class FindScu : public DcmSCU
{
public:
    FindScu(int cap, const std::atomic<bool> *cancel)
        : m_cap(std::max(0, cap))
        , m_cancel(cancel)
    {}
    bool cancelled() const { return m_cancelled; }
    bool stoppedEarly() const { return m_cancelled || m_capped; }

protected:
    OFCondition handleFINDResponse(const T_ASC_PresentationContextID presID, QRResponse *response,
                                   OFBool &waitForNextResponse) override
    {
        const OFCondition handled =
            DcmSCU::handleFINDResponse(presID, response, waitForNextResponse);
        if (response && response->m_dataset && DICOM_PENDING_STATUS(response->m_status))
            ++m_matches;
        if (waitForNextResponse && m_cancel && m_cancel->load()) {
            m_cancelled = true;
            waitForNextResponse = OFFalse;
        } else if (waitForNextResponse && m_cap > 0 && m_matches >= m_cap) {
            m_capped = true;
            waitForNextResponse = OFFalse;
        }
        return handled;
    }

private:
    int m_cap;
    const std::atomic<bool> *m_cancel;
    int m_matches = 0;
    bool m_cancelled = false;
    bool m_capped = false;
};

} // namespace

Expected<std::vector<PacsMatch>> findOnPacs(const PacsNode &node, const PacsQuery &query,
                                            const PacsOptions &options,
                                            const std::atomic<bool> *cancel)
{
    if (node.protocol == PacsProtocol::DicomWeb)
        return findOnDicomWeb(node, query, options, cancel);
    if (MaybeError problem = checkPacsQuery(query))
        return *problem;
    if (cancel && cancel->load())
        return FileError{node.description(), concord::tr("C-FIND cancelled")};
    const char *model = query.level == QueryLevel::Patient
                            ? UID_FINDPatientRootQueryRetrieveInformationModel
                            : UID_FINDStudyRootQueryRetrieveInformationModel;
    TlsTransport tls; // outlives the association (pacstls.h)
    FindScu scu(options.maxMatches, cancel);
    configure(scu, node, options);
    OFList<OFString> syntaxes;
    syntaxes.push_back(UID_LittleEndianExplicitTransferSyntax);
    syntaxes.push_back(UID_LittleEndianImplicitTransferSyntax);
    scu.addPresentationContext(model, syntaxes);
    if (MaybeError failed = openAssociation(scu, node, options, tls))
        return *failed;
    const T_ASC_PresentationContextID context = scu.findAnyPresentationContextID(model, "");
    if (context == 0) {
        scu.abortAssociation();
        return FileError{node.description(),
                         concord::tr("the node does not answer queries (C-FIND) at the %1 level")
                             .arg(queryLevelName(query.level))};
    }
    DcmDataset identifier;
    fillIdentifier(identifier, query);
    OFList<QRResponse *> responses;
    const OFCondition condition = scu.sendFINDRequest(context, &identifier, &responses);
    std::vector<PacsMatch> matches;
    std::optional<Uint16> finalStatus;
    for (QRResponse *response : responses) {
        std::unique_ptr<QRResponse> owned(response);
        if (response->m_dataset && DICOM_PENDING_STATUS(response->m_status))
            matches.push_back(matchOf(*response->m_dataset, query.level));
        else
            finalStatus = response->m_status;
    }
    if (condition.bad()) {
        scu.abortAssociation();
        return FileError{node.description(),
                         concord::tr("C-FIND failed: %1").arg(dimseFailure(condition, options))};
    }
    if (scu.stoppedEarly()) {
        // A C-CANCEL would leave the node's answers in flight to be read; an abort drops them.
        scu.abortAssociation();
        if (scu.cancelled())
            return FileError{node.description(), concord::tr("C-FIND cancelled after %n match(es)",
                                                             nullptr, int(matches.size()))};
    } else {
        scu.releaseAssociation();
    }
    if (finalStatus && *finalStatus != STATUS_Success)
        return FileError{node.description(),
                         concord::tr("C-FIND failed: %1").arg(queryStatusInWords(*finalStatus))};
    if (options.maxMatches > 0 && matches.size() > size_t(options.maxMatches))
        matches.resize(size_t(options.maxMatches));
    return matches;
}

} // namespace concord
