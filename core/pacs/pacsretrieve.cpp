// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pacs/pacsretrieve.h"

#include "core/pacs/dicomweb.h"
#include "core/pacs/pacsassociation.h"
#include "core/pacs/pacsquery.h"
#include "core/pacs/pacsreceiver.h"
#include "core/pacs/pacsstatus.h"
#include "core/project/workspace.h"
#include "core/util/translation.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <QSet>

#include <algorithm>
#include <memory>
#include <optional>

namespace concord {

using namespace pacsdetail;

namespace {

struct WantedInstance
{
    QString seriesUid;
    QString sopInstanceUid;
};

OFList<OFString> plainSyntaxes()
{
    OFList<OFString> syntaxes;
    syntaxes.push_back(UID_LittleEndianExplicitTransferSyntax);
    syntaxes.push_back(UID_LittleEndianImplicitTransferSyntax);
    return syntaxes;
}

void fillImageIdentifier(DcmDataset &identifier, const QString &studyUid,
                         const WantedInstance &wanted)
{
    identifier.putAndInsertString(DCM_QueryRetrieveLevel, "IMAGE");
    identifier.putAndInsertString(DCM_StudyInstanceUID, studyUid.toLatin1().constData());
    identifier.putAndInsertString(DCM_SeriesInstanceUID, wanted.seriesUid.toLatin1().constData());
    identifier.putAndInsertString(DCM_SOPInstanceUID, wanted.sopInstanceUid.toLatin1().constData());
}

// The status of the last response, which is the final one, and frees the responses.
std::optional<Uint16> finalStatus(OFList<RetrieveResponse *> &responses)
{
    std::optional<Uint16> status;
    for (RetrieveResponse *response : responses) {
        const std::unique_ptr<RetrieveResponse> owned(response);
        status = response->m_status;
    }
    responses.clear();
    return status;
}

// Fetches `missing` one instance at a time on an open association, through `request` (a
// C-MOVE of one identifier); stops at a lost connection or when cancelled.
void fetchEach(
    DcmSCU &scu, const QString &studyUid, const std::vector<WantedInstance> &missing,
    const PacsCache &cache, const PacsNode &node, const PacsOptions &options,
    const std::function<OFCondition(DcmDataset &, OFList<RetrieveResponse *> &)> &request,
    const RetrieveProgress &progress, const std::atomic<bool> *cancel, RetrieveReport &report)
{
    const int total = int(missing.size());
    for (int i = 0; i < total; ++i) {
        if (cancel && cancel->load()) {
            report.cancelled = true;
            break;
        }
        const WantedInstance &wanted = missing[size_t(i)];
        DcmDataset identifier;
        fillImageIdentifier(identifier, studyUid, wanted);
        OFList<RetrieveResponse *> responses;
        ++report.requests;
        const OFCondition condition = request(identifier, responses);
        const std::optional<Uint16> status = finalStatus(responses);
        if (condition.bad()) {
            report.problems.push_back(
                {node.description(),
                 concord::tr("retrieval stopped: %1").arg(dimseFailure(condition, options))});
            scu.abortAssociation();
            return;
        }
        if (cache.holds(studyUid, wanted.seriesUid, wanted.sopInstanceUid))
            ++report.fetched;
        else
            report.problems.push_back(
                {wanted.sopInstanceUid,
                 concord::tr("not received from %1: %2")
                     .arg(node.description(),
                          status ? retrieveStatusInWords(*status) : concord::tr("no response"))});
        if (progress)
            progress(i + 1, total);
    }
    scu.releaseAssociation();
}

void fillSeriesIdentifier(DcmDataset &identifier, const QString &studyUid, const QString &seriesUid)
{
    identifier.putAndInsertString(DCM_QueryRetrieveLevel, "SERIES");
    identifier.putAndInsertString(DCM_StudyInstanceUID, studyUid.toLatin1().constData());
    identifier.putAndInsertString(DCM_SeriesInstanceUID, seriesUid.toLatin1().constData());
}

// The instances to fetch of one series, in the listing's order, and whether none of the
// series' listed instances is in the cache yet (then one C-GET of the series brings them).
struct SeriesToFetch
{
    QString seriesUid;
    std::vector<QString> sopInstanceUids;
    bool whole = false;
};

std::vector<SeriesToFetch> groupBySeries(const std::vector<WantedInstance> &missing,
                                         const QSet<QString> &partlyCachedSeries)
{
    std::vector<SeriesToFetch> groups;
    for (const WantedInstance &wanted : missing) {
        auto group = std::find_if(groups.begin(), groups.end(), [&](const SeriesToFetch &g) {
            return g.seriesUid == wanted.seriesUid;
        });
        if (group == groups.end()) {
            groups.push_back(
                {wanted.seriesUid, {}, !partlyCachedSeries.contains(wanted.seriesUid)});
            group = groups.end() - 1;
        }
        group->sopInstanceUids.push_back(wanted.sopInstanceUid);
    }
    return groups;
}

// C-GET (docs/pacs.md, "Retrieve"): a series none of whose instances is cached comes in one
// C-GET at the series level; the instances of a partly cached series, and any a series-level
// C-GET did not bring, one C-GET each at the image level. All on one association. Progress
// counts each instance to fetch once, when it arrives or its own C-GET ends without it.
MaybeError fetchByGet(const PacsCache &cache, const PacsNode &node, const RetrieveRequest &request,
                      const std::vector<WantedInstance> &missing,
                      const QSet<QString> &partlyCachedSeries, const PacsOptions &options,
                      const RetrieveProgress &progress, const std::atomic<bool> *cancel,
                      RetrieveReport &report)
{
    const QString &studyUid = request.studyInstanceUid;
    const int total = int(missing.size());
    int done = 0;
    QSet<QString> awaited; // to fetch, and neither arrived nor asked for alone yet
    for (const WantedInstance &wanted : missing)
        awaited.insert(wanted.sopInstanceUid);
    const auto settle = [&](const QString &sopInstanceUid) {
        if (!awaited.remove(sopInstanceUid))
            return false; // not listed, or counted already
        ++done;
        if (progress)
            progress(done, total);
        return true;
    };

    // The disk flushes one instance while the next arrives (docs/pacs.md, "Retrieve", Speed).
    InstanceWriter writer(cache, studyUid, InstanceWriter::Flush::Background);
    TlsTransport tls; // outlives the association (pacstls.h)
    CacheGetScu scu(writer, cancel,
                    [&](const QString &sopInstanceUid, bool) { settle(sopInstanceUid); });
    configure(scu, node, options);
    // The largest PDU DCMTK takes: a radiograph of 18 MB comes in 140 PDUs, not 1100.
    scu.setMaxReceivePDULength(ASC_MAXIMUMPDUSIZE);
    scu.addPresentationContext(UID_GETStudyRootQueryRetrieveInformationModel, plainSyntaxes());
    // C-GET's objects come back as C-STORE requests on this association: Concord proposes to
    // play the storage SCP for the image classes (SCP/SCU role selection, PS3.7 D.3.3.4).
    const OFList<OFString> receivable = receivableTransferSyntaxes();
    for (const char *storageClass : imageStorageClasses())
        scu.addPresentationContext(storageClass, receivable, ASC_SC_ROLE_SCP);
    if (MaybeError failed = openAssociation(scu, node, options, tls))
        return failed;
    const T_ASC_PresentationContextID context =
        scu.findAnyPresentationContextID(UID_GETStudyRootQueryRetrieveInformationModel, "");
    if (context == 0) {
        scu.abortAssociation();
        return FileError{node.description(), concord::tr("the node does not offer C-GET; "
                                                         "retrieve with C-MOVE instead")};
    }

    // Sends one C-GET; false when the retrieval must stop (cancelled or connection lost), after
    // aborting the association.
    std::optional<Uint16> status;
    const auto get = [&](DcmDataset &identifier) {
        OFList<RetrieveResponse *> responses;
        ++report.requests;
        const OFCondition condition = scu.sendCGETRequest(context, &identifier, &responses);
        status = finalStatus(responses);
        if (scu.stoppedForCancel()) {
            report.cancelled = true;
            scu.abortAssociation(); // the node would go on sending the series
            return false;
        }
        if (condition.bad()) {
            report.problems.push_back(
                {node.description(),
                 concord::tr("retrieval stopped: %1").arg(dimseFailure(condition, options))});
            scu.abortAssociation();
            return false;
        }
        return true;
    };
    const auto stopForCancel = [&] {
        if (!cancel || !cancel->load())
            return false;
        report.cancelled = true;
        scu.releaseAssociation();
        return true;
    };

    // Instances asked for alone that did not arrive, with the node's final status.
    std::vector<std::pair<WantedInstance, std::optional<Uint16>>> askedAlone;
    const auto run = [&] {
        for (const SeriesToFetch &series : groupBySeries(missing, partlyCachedSeries)) {
            if (stopForCancel())
                return;
            if (series.whole) {
                DcmDataset identifier;
                fillSeriesIdentifier(identifier, studyUid, series.seriesUid);
                if (!get(identifier))
                    return;
            }
            for (const QString &sopInstanceUid : series.sopInstanceUids) {
                if (!awaited.contains(sopInstanceUid))
                    continue; // came with its series
                if (stopForCancel())
                    return;
                const WantedInstance wanted{series.seriesUid, sopInstanceUid};
                DcmDataset identifier;
                fillImageIdentifier(identifier, studyUid, wanted);
                if (!get(identifier))
                    return;
                if (settle(sopInstanceUid))
                    askedAlone.push_back({wanted, status}); // and it did not arrive
            }
        }
        scu.releaseAssociation();
    };
    run();
    writer.finish();
    for (const auto &[wanted, answer] : askedAlone) {
        if (!cache.holds(studyUid, wanted.seriesUid, wanted.sopInstanceUid))
            report.problems.push_back(
                {wanted.sopInstanceUid,
                 concord::tr("not received from %1: %2")
                     .arg(node.description(),
                          answer ? retrieveStatusInWords(*answer) : concord::tr("no response"))});
    }
    for (const WantedInstance &wanted : missing) {
        if (cache.holds(studyUid, wanted.seriesUid, wanted.sopInstanceUid))
            ++report.fetched;
    }
    for (FileError &problem : writer.problems())
        report.problems.push_back(std::move(problem));
    return std::nullopt;
}

MaybeError fetchByMove(const PacsCache &cache, const PacsNode &node, const RetrieveRequest &request,
                       const std::vector<WantedInstance> &missing, const PacsOptions &options,
                       const RetrieveProgress &progress, const std::atomic<bool> *cancel,
                       RetrieveReport &report)
{
    const QString destination =
        request.moveAeTitle.isEmpty() ? node.callingAeTitle : request.moveAeTitle;
    if (QString problem = aeTitleProblem(destination); !problem.isEmpty())
        return FileError{destination, problem};
    InstanceWriter writer(cache, request.studyInstanceUid);
    CacheStorageScp storageScp(writer, destination, request.movePort, node.host, options);
    if (node.tls) {
        // The node delivers over TLS too (docs/pacs.md, "TLS").
        if (MaybeError failed = storageScp.useTls(node))
            return failed;
    }
    if (MaybeError failed = storageScp.start())
        return failed;
    TlsTransport tls; // outlives the association (pacstls.h)
    DcmSCU scu;
    configure(scu, node, options);
    scu.addPresentationContext(UID_MOVEStudyRootQueryRetrieveInformationModel, plainSyntaxes());
    if (MaybeError failed = openAssociation(scu, node, options, tls))
        return failed;
    const T_ASC_PresentationContextID context =
        scu.findAnyPresentationContextID(UID_MOVEStudyRootQueryRetrieveInformationModel, "");
    if (context == 0) {
        scu.abortAssociation();
        return FileError{node.description(), concord::tr("the node does not offer C-MOVE; "
                                                         "retrieve with C-GET instead")};
    }
    const std::string destinationTitle = destination.toStdString();
    fetchEach(
        scu, request.studyInstanceUid, missing, cache, node, options,
        [&](DcmDataset &identifier, OFList<RetrieveResponse *> &responses) {
            return scu.sendMOVERequest(context, destinationTitle, &identifier, &responses);
        },
        progress, cancel, report);
    storageScp.stop();
    writer.finish();
    if (QString refused = storageScp.refusedCertificate(); !refused.isEmpty())
        report.problems.push_back(
            {node.description(),
             concord::tr("Concord's storage SCP refused the node's TLS connection: %1")
                 .arg(refused)});
    for (FileError &problem : writer.problems())
        report.problems.push_back(std::move(problem));
    return std::nullopt;
}

} // namespace

Expected<RetrieveReport> retrieveToCache(const PacsCache &cache, const PacsNode &node,
                                         const RetrieveRequest &request, const PacsOptions &options,
                                         const RetrieveProgress &progress,
                                         const std::atomic<bool> *cancel)
{
    if (!isDicomUid(request.studyInstanceUid))
        return FileError{request.studyInstanceUid.left(80),
                         concord::tr("not a Study Instance UID (digits and dots)")};
    if (!request.seriesInstanceUid.isEmpty() && !isDicomUid(request.seriesInstanceUid))
        return FileError{request.seriesInstanceUid.left(80),
                         concord::tr("not a Series Instance UID (digits and dots)")};
    if (MaybeError problem = checkPacsNode(node))
        return *problem;
    const bool overDicomWeb = node.protocol == PacsProtocol::DicomWeb;
    if (!overDicomWeb && request.method == RetrieveMethod::Move && request.movePort == 0)
        return FileError{node.description(),
                         concord::tr("a C-MOVE needs the port Concord listens on")};
    if (QString problem = tlsMoveProblem(node);
        !overDicomWeb && request.method == RetrieveMethod::Move && !problem.isEmpty())
        return FileError{node.description(), problem};

    PacsQuery listing;
    listing.level = QueryLevel::Image;
    listing.studyInstanceUid = request.studyInstanceUid;
    listing.seriesInstanceUid = request.seriesInstanceUid;
    Expected<std::vector<PacsMatch>> listed = findOnPacs(node, listing, options);
    if (!listed)
        return listed.error();

    RetrieveReport report;
    std::vector<WantedInstance> present;
    std::vector<WantedInstance> missing;
    QSet<QString> seen;
    for (const PacsMatch &match : *listed) {
        // A node's answers name paths only once they are shown to be UIDs of this study.
        if (!isDicomUid(match.seriesInstanceUid) || !isDicomUid(match.sopInstanceUid) ||
            (!match.studyInstanceUid.isEmpty() &&
             match.studyInstanceUid != request.studyInstanceUid)) {
            report.problems.push_back(
                {node.description(),
                 concord::tr("skipped an instance the node listed with UIDs that are not UIDs "
                             "of this study (series \"%1\", instance \"%2\")")
                     .arg(match.seriesInstanceUid.left(80), match.sopInstanceUid.left(80))});
            continue;
        }
        if (seen.contains(match.sopInstanceUid))
            continue;
        seen.insert(match.sopInstanceUid);
        ++report.found;
        const WantedInstance wanted{match.seriesInstanceUid, match.sopInstanceUid};
        if (cache.holds(request.studyInstanceUid, wanted.seriesUid, wanted.sopInstanceUid)) {
            ++report.alreadyCached;
            present.push_back(wanted);
        } else {
            missing.push_back(wanted);
        }
    }
    if (MaybeError problem = cache.recordNode(node))
        return *problem;

    if (!missing.empty() && overDicomWeb) {
        std::vector<WadoInstance> wanted;
        wanted.reserve(missing.size());
        for (const WantedInstance &instance : missing)
            wanted.emplace_back(instance.seriesUid, instance.sopInstanceUid);
        if (MaybeError failed = fetchByWado(cache, node, request.studyInstanceUid, wanted, options,
                                            progress, cancel, report))
            return *failed;
    } else if (!missing.empty()) {
        QSet<QString> partlyCachedSeries;
        for (const WantedInstance &wanted : present)
            partlyCachedSeries.insert(wanted.seriesUid);
        const MaybeError failed =
            request.method == RetrieveMethod::Get
                ? fetchByGet(cache, node, request, missing, partlyCachedSeries, options, progress,
                             cancel, report)
                : fetchByMove(cache, node, request, missing, options, progress, cancel, report);
        if (failed)
            return *failed;
    }
    for (const std::vector<WantedInstance> *instances : {&present, &missing}) {
        for (const WantedInstance &wanted : *instances) {
            if (cache.holds(request.studyInstanceUid, wanted.seriesUid, wanted.sopInstanceUid))
                report.files << *cache.instancePath(request.studyInstanceUid, wanted.seriesUid,
                                                    wanted.sopInstanceUid);
        }
    }
    report.files.sort();
    return report;
}

Expected<PacsImportReport> retrieveIntoProject(Workspace &workspace, const PacsNode &node,
                                               const RetrieveRequest &request,
                                               const PacsOptions &options,
                                               const RetrieveProgress &progress,
                                               const std::atomic<bool> *cancel)
{
    const PacsCache cache(workspace.folder().root(), node.name);
    Expected<RetrieveReport> retrieved =
        retrieveToCache(cache, node, request, options, progress, cancel);
    if (!retrieved)
        return retrieved.error();
    PacsImportReport report;
    report.retrieve = std::move(*retrieved);
    // What arrived before a cancel or a failure is imported too; the next run adds the rest.
    if (!report.retrieve.files.isEmpty()) {
        Expected<ImportReport> imported = importImages(workspace, report.retrieve.files);
        if (!imported)
            return imported.error();
        report.import = std::move(*imported);
    }
    return report;
}

} // namespace concord
