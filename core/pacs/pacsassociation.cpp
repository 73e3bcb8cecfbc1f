// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pacs/pacsassociation.h"

#include "core/util/translation.h"

#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmnet/dcmtrans.h>
#include <dcmtk/dcmnet/dul.h>
#include <dcmtk/oflog/oflog.h>

#include <QElapsedTimer>

#include <mutex>

namespace concord::pacsdetail {

void quietenNetworkLog()
{
    static std::once_flag once;
    std::call_once(once,
                   [] { OFLog::getLogger("dcmtk.dcmnet").setLogLevel(OFLogger::OFF_LOG_LEVEL); });
}

const std::vector<const char *> &imageStorageClasses()
{
    static const std::vector<const char *> classes = {
        UID_ComputedRadiographyImageStorage,
        UID_DigitalXRayImageStorageForPresentation,
        UID_DigitalXRayImageStorageForProcessing,
        UID_DigitalMammographyXRayImageStorageForPresentation,
        UID_DigitalMammographyXRayImageStorageForProcessing,
        UID_DigitalIntraOralXRayImageStorageForPresentation,
        UID_SecondaryCaptureImageStorage,
        UID_MultiframeGrayscaleByteSecondaryCaptureImageStorage,
        UID_MultiframeGrayscaleWordSecondaryCaptureImageStorage,
        UID_MultiframeTrueColorSecondaryCaptureImageStorage,
        UID_CTImageStorage,
        UID_MRImageStorage,
        UID_UltrasoundImageStorage,
        UID_UltrasoundMultiframeImageStorage,
        UID_XRayAngiographicImageStorage,
        UID_XRayRadiofluoroscopicImageStorage,
    };
    return classes;
}

OFList<OFString> receivableTransferSyntaxes()
{
    // Uncompressed first: a node that can transcode then sends what every reader handles.
    OFList<OFString> syntaxes;
    for (const char *uid :
         {UID_LittleEndianExplicitTransferSyntax, UID_LittleEndianImplicitTransferSyntax,
          UID_DeflatedExplicitVRLittleEndianTransferSyntax, UID_JPEGProcess1TransferSyntax,
          UID_JPEGProcess14SV1TransferSyntax, UID_JPEGLSLosslessTransferSyntax,
          UID_JPEGLSLossyTransferSyntax, UID_JPEG2000LosslessOnlyTransferSyntax,
          UID_JPEG2000TransferSyntax, UID_RLELosslessTransferSyntax})
        syntaxes.push_back(uid);
    return syntaxes;
}

void configure(DcmSCU &scu, const PacsNode &node, const PacsOptions &options)
{
    quietenNetworkLog();
    const Uint32 seconds = Uint32(std::max(1, options.timeoutSeconds));
    scu.setAETitle(node.callingAeTitle.toStdString());
    scu.setPeerAETitle(node.calledAeTitle.toStdString());
    scu.setPeerHostName(node.host.toStdString());
    scu.setPeerPort(node.port);
    scu.setConnectionTimeout(Sint32(seconds));
    scu.setACSETimeout(seconds);
    scu.setDIMSETimeout(seconds);
    scu.setDIMSEBlockingMode(DIMSE_NONBLOCKING);
    // DCMTK's socket send and receive time-outs (process-wide) keep their 60 s: the TLS
    // transport bounds its own handshake per connection (pacstls.cpp, TimedTlsLayer).
}

namespace {

// DCMTK 3.6.7 keeps DcmSCU::useSecureConnection protected, for its DcmTLSSCU; Concord's SCUs
// derive from DcmSCU for other reasons (FindScu, CacheGetScu), so every one of them is given
// the transport through this public name of the member.
struct SecureConnection : DcmSCU
{
    using DcmSCU::useSecureConnection;
};

OFCondition useSecureConnection(DcmSCU &scu, DcmTransportLayer *layer)
{
    OFCondition (DcmSCU::*use)(DcmTransportLayer *) = &SecureConnection::useSecureConnection;
    return (scu.*use)(layer);
}

} // namespace

MaybeError openAssociation(DcmSCU &scu, const PacsNode &node, const PacsOptions &options,
                           TlsTransport &tls)
{
    if (node.tls) {
        if (MaybeError problem =
                tls.prepare(node, TlsTransport::Role::Requestor, options.timeoutSeconds))
            return problem;
    }
    OFCondition condition = scu.initNetwork();
    if (condition.good() && node.tls)
        condition = useSecureConnection(scu, tls.layer());
    if (condition.bad())
        return FileError{node.description(), concord::tr("cannot prepare the connection: %1")
                                                 .arg(QString::fromLatin1(condition.text()))};
    QElapsedTimer waited;
    waited.start();
    condition = scu.negotiateAssociation();
    if (condition.good())
        return std::nullopt;
    if (node.tls) {
        const bool timedOut = waited.elapsed() >= qint64(options.timeoutSeconds) * 1000 - 100;
        if (QString failure = tls.failure(condition, node, options, timedOut); !failure.isEmpty())
            return FileError{node.description(), failure};
    }
    std::optional<T_ASC_RejectParameters> rejection;
    if (condition == DUL_ASSOCIATIONREJECTED)
        rejection = rejectionOf(node, options, node.tls ? tls.layer() : nullptr);
    return FileError{node.description(), connectionFailure(condition, node, options, rejection)};
}

QString rejectionInWords(const T_ASC_RejectParameters &rejection)
{
    QString reason;
    switch (rejection.reason) {
    case ASC_REASON_SU_NOREASON: reason = concord::tr("no reason given"); break;
    case ASC_REASON_SU_APPCONTEXTNAMENOTSUPPORTED:
        reason = concord::tr("the application context is not supported");
        break;
    case ASC_REASON_SU_CALLINGAETITLENOTRECOGNIZED:
        reason = concord::tr("the calling AE title (Concord's) is not recognized");
        break;
    case ASC_REASON_SU_CALLEDAETITLENOTRECOGNIZED:
        reason = concord::tr("the called AE title (the node's) is not recognized");
        break;
    case ASC_REASON_SP_ACSE_NOREASON: reason = concord::tr("no reason given"); break;
    case ASC_REASON_SP_ACSE_PROTOCOLVERSIONNOTSUPPORTED:
        reason = concord::tr("the protocol version is not supported");
        break;
    case ASC_REASON_SP_PRES_TEMPORARYCONGESTION:
        reason = concord::tr("the node is temporarily congested");
        break;
    case ASC_REASON_SP_PRES_LOCALLIMITEXCEEDED:
        reason = concord::tr("the node's limit of associations is reached");
        break;
    default: reason = concord::tr("reason code %1").arg(int(rejection.reason)); break;
    }
    const QString source = rejection.source == ASC_SOURCE_SERVICEUSER
                               ? concord::tr("by the DICOM application")
                           : rejection.source == ASC_SOURCE_SERVICEPROVIDER_ACSE_RELATED
                               ? concord::tr("by its association control (ACSE)")
                               : concord::tr("by its presentation layer");
    const QString result = rejection.result == ASC_RESULT_REJECTEDTRANSIENT
                               ? concord::tr("for now (transient)")
                               : concord::tr("permanently");
    return concord::tr("association rejected %1 %2: %3").arg(result, source, reason);
}

static bool mentions(const OFCondition &condition, const char *words)
{
    return QString::fromLatin1(condition.text())
        .contains(QLatin1String(words), Qt::CaseInsensitive);
}

QString connectionFailure(const OFCondition &condition, const PacsNode &node,
                          const PacsOptions &options,
                          const std::optional<T_ASC_RejectParameters> &rejection)
{
    if (condition == DUL_ASSOCIATIONREJECTED)
        return rejection ? rejectionInWords(*rejection) : concord::tr("association rejected");
    if (mentions(condition, "refused"))
        return concord::tr("connection refused: nothing listens on port %1 of %2")
            .arg(node.port)
            .arg(node.host);
    if (condition == DUL_READTIMEOUT || mentions(condition, "timed out") ||
        mentions(condition, "timeout"))
        return concord::tr("no answer within %n second(s)", nullptr, options.timeoutSeconds);
    if (mentions(condition, "unknown host") || mentions(condition, "name or service"))
        return concord::tr("the host name %1 is unknown").arg(node.host);
    if (condition == NET_EC_NoAcceptablePresentationContexts)
        return concord::tr("the node accepted the association but none of the services Concord "
                           "asked for");
    // A node that drops the connection at once resets it while Concord still sends.
    if (condition == DUL_PEERABORTEDASSOCIATION || condition == DUL_PEERREQUESTEDRELEASE ||
        condition == DUL_NETWORKCLOSED || mentions(condition, "reset by peer")) {
        // What a node that speaks DICOM TLS does with an association request in plain DICOM
        // (docs/pacs.md, "TLS"); over TLS, what one that wants Concord's certificate does.
        if (!node.tls)
            return concord::tr("the node closed the connection without answering; if it "
                               "expects DICOM TLS on this port, turn TLS on for the node");
        if (node.tlsCertificateFile.isEmpty())
            return concord::tr("the node closed the connection after the TLS handshake; it may "
                               "ask for Concord's certificate: add Concord's certificate and "
                               "private key to the node");
        return concord::tr("the node closed the connection after the TLS handshake; it may not "
                           "accept Concord's certificate %1")
            .arg(node.tlsCertificateFile);
    }
    return concord::tr("cannot connect: %1").arg(QString::fromLatin1(condition.text()));
}

QString dimseFailure(const OFCondition &condition, const PacsOptions &options)
{
    if (condition == DIMSE_NODATAAVAILABLE || condition == DUL_READTIMEOUT ||
        mentions(condition, "timeout"))
        return concord::tr("no response within %n second(s)", nullptr, options.timeoutSeconds);
    if (condition == DUL_PEERABORTEDASSOCIATION || condition == DUL_NETWORKCLOSED ||
        condition == DUL_PEERREQUESTEDRELEASE)
        return concord::tr("the node closed the connection");
    return QString::fromLatin1(condition.text());
}

std::optional<T_ASC_RejectParameters> rejectionOf(const PacsNode &node, const PacsOptions &options,
                                                  DcmTransportLayer *transport)
{
    // DcmSCU keeps the rejection to itself; ask again through the association layer.
    T_ASC_Network *network = nullptr;
    const int seconds = std::max(1, options.timeoutSeconds);
    dcmConnectionTimeout.set(seconds);
    if (ASC_initializeNetwork(NET_REQUESTOR, 0, seconds, &network).bad())
        return std::nullopt;
    if (transport && ASC_setTransportLayer(network, transport, OFFalse).bad()) {
        ASC_dropNetwork(&network);
        return std::nullopt;
    }
    T_ASC_Parameters *parameters = nullptr;
    std::optional<T_ASC_RejectParameters> rejection;
    if (ASC_createAssociationParameters(&parameters, ASC_DEFAULTMAXPDU).good()) {
        if (transport)
            ASC_setTransportLayerType(parameters, OFTrue);
        const std::string calling = node.callingAeTitle.toStdString();
        const std::string called = node.calledAeTitle.toStdString();
        const std::string peer =
            QStringLiteral("%1:%2").arg(node.host).arg(node.port).toStdString();
        ASC_setAPTitles(parameters, calling.c_str(), called.c_str(), nullptr);
        ASC_setPresentationAddresses(parameters, "localhost", peer.c_str());
        const char *transferSyntaxes[] = {UID_LittleEndianExplicitTransferSyntax,
                                          UID_LittleEndianImplicitTransferSyntax};
        ASC_addPresentationContext(parameters, 1, UID_VerificationSOPClass, transferSyntaxes, 2);
        T_ASC_Association *association = nullptr;
        const OFCondition condition = ASC_requestAssociation(network, parameters, &association);
        if (condition == DUL_ASSOCIATIONREJECTED) {
            T_ASC_RejectParameters parametersOfRejection{};
            ASC_getRejectParameters(parameters, &parametersOfRejection);
            rejection = parametersOfRejection;
        } else if (condition.good()) {
            ASC_releaseAssociation(association);
        }
        if (association)
            ASC_destroyAssociation(&association); // frees the parameters with it
        else
            ASC_destroyAssociationParameters(&parameters);
    }
    ASC_dropNetwork(&network);
    return rejection;
}

} // namespace concord::pacsdetail
