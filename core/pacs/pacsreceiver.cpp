// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pacs/pacsreceiver.h"

#include "core/storage/atomicfile.h"
#include "core/util/translation.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <memory>

#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>

namespace concord::pacsdetail {

InstanceWriter::InstanceWriter(const PacsCache &cache, const QString &studyUid)
    : m_cache(cache)
    , m_studyUid(studyUid)
{}

Uint16 InstanceWriter::refuse(const FileError &problem, Uint16 status)
{
    const std::lock_guard lock(m_mutex);
    m_problems.push_back(problem);
    return status;
}

static QString uidOf(DcmDataset &dataset, const DcmTagKey &tag)
{
    OFString value;
    dataset.findAndGetOFStringArray(tag, value);
    return QString::fromLatin1(value.c_str(), qsizetype(value.length())).trimmed();
}

Uint16 InstanceWriter::write(DcmDataset &dataset)
{
    const QString studyUid = uidOf(dataset, DCM_StudyInstanceUID);
    const QString seriesUid = uidOf(dataset, DCM_SeriesInstanceUID);
    const QString sopUid = uidOf(dataset, DCM_SOPInstanceUID);
    const QString where = m_cache.nodeFolder();
    if (studyUid != m_studyUid)
        return refuse({where, concord::tr("refused an instance of another study than the one "
                                          "asked for (%1)")
                                  .arg(studyUid.left(80))},
                      STATUS_STORE_Error_CannotUnderstand);
    const Expected<QString> path = m_cache.instancePath(studyUid, seriesUid, sopUid);
    if (!path)
        return refuse({where, concord::tr("refused an instance: %1").arg(path.error().toString())},
                      STATUS_STORE_Error_CannotUnderstand);
    if (MaybeError problem = m_cache.prepareFolderFor(*path))
        return refuse(*problem, STATUS_STORE_Refused_OutOfResources);
    const QString partial = *path + QStringLiteral(".part");
    DcmFileFormat file(&dataset, OFTrue); // a copy: the caller owns the data set
    // The transfer syntax it arrived in, with a fresh meta header.
    const OFCondition saved =
        file.saveFile(QFile::encodeName(partial).constData(), EXS_Unknown, EET_UndefinedLength,
                      EGL_recalcGL, EPD_noChange, 0, 0, EWM_createNewMeta);
    bool durable = saved.good();
    if (durable) {
        QFile written(partial);
        durable = written.open(QIODevice::ReadWrite) && ::fsync(written.handle()) == 0;
    }
    if (!durable || std::rename(QFile::encodeName(partial).constData(),
                                QFile::encodeName(*path).constData()) != 0) {
        QFile::remove(partial);
        return refuse({*path, concord::tr("cannot write: %1")
                                  .arg(saved.bad() ? QString::fromLatin1(saved.text())
                                                   : concord::tr("the disk refused it"))},
                      STATUS_STORE_Refused_OutOfResources);
    }
    syncDirectory(QFileInfo(*path).absolutePath());
    const std::lock_guard lock(m_mutex);
    ++m_written;
    return STATUS_Success;
}

std::vector<FileError> InstanceWriter::problems() const
{
    const std::lock_guard lock(m_mutex);
    return m_problems;
}

int InstanceWriter::written() const
{
    const std::lock_guard lock(m_mutex);
    return m_written;
}

OFCondition CacheGetScu::handleSTORERequest(const T_ASC_PresentationContextID,
                                            DcmDataset *incomingObject, OFBool &,
                                            Uint16 &storeStatus)
{
    const std::unique_ptr<DcmDataset> owned(incomingObject); // DcmSCU hands it over
    if (!incomingObject)
        return DIMSE_NULLKEY;
    storeStatus = m_writer.write(*incomingObject);
    return EC_Normal;
}

CacheStorageScp::CacheStorageScp(InstanceWriter &writer, const QString &aeTitle, quint16 port,
                                 const QString &sender, const PacsOptions &options)
    : m_writer(writer)
    , m_aeTitle(aeTitle)
    , m_port(port)
    , m_sender(sender)
{
    quietenNetworkLog();
    const Uint32 seconds = Uint32(std::max(1, options.timeoutSeconds));
    setPort(port);
    setAETitle(aeTitle.toStdString());
    // Wakes every second to see whether it should stop.
    setConnectionBlockingMode(DUL_NOBLOCK);
    setConnectionTimeout(1);
    // Numeric peer addresses: no reverse lookups, whose answers a network could forge.
    setHostLookupEnabled(OFFalse);
    setACSETimeout(seconds);
    setDIMSETimeout(seconds);
    setDIMSEBlockingMode(DIMSE_NONBLOCKING);
    OFList<OFString> verificationSyntaxes;
    verificationSyntaxes.push_back(UID_LittleEndianExplicitTransferSyntax);
    verificationSyntaxes.push_back(UID_LittleEndianImplicitTransferSyntax);
    addPresentationContext(UID_VerificationSOPClass, verificationSyntaxes);
    const OFList<OFString> syntaxes = receivableTransferSyntaxes();
    for (const char *storageClass : imageStorageClasses())
        addPresentationContext(storageClass, syntaxes);
}

CacheStorageScp::~CacheStorageScp()
{
    stop();
}

// The numeric addresses `host` resolves to ("127.0.0.1", "::1"), to compare with the address
// an association comes from.
static std::vector<QString> numericAddressesOf(const QString &host)
{
    std::vector<QString> addresses;
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    if (::getaddrinfo(host.toUtf8().constData(), nullptr, &hints, &found) != 0)
        return addresses;
    for (const addrinfo *entry = found; entry; entry = entry->ai_next) {
        char text[NI_MAXHOST] = {};
        if (::getnameinfo(entry->ai_addr, entry->ai_addrlen, text, sizeof text, nullptr, 0,
                          NI_NUMERICHOST) == 0)
            addresses.push_back(QString::fromLatin1(text));
    }
    ::freeaddrinfo(found);
    return addresses;
}

MaybeError CacheStorageScp::start()
{
    m_senderAddresses = numericAddressesOf(m_sender);
    if (m_senderAddresses.empty())
        return FileError{m_sender, concord::tr("cannot resolve the node's host, so Concord cannot "
                                               "tell its C-MOVE deliveries from others")};
    const OFCondition opened = openListenPort();
    if (opened.bad())
        return FileError{QStringLiteral("port %1").arg(m_port),
                         concord::tr("cannot listen for the C-MOVE: %1")
                             .arg(QString::fromLatin1(opened.text()))};
    m_thread = std::thread([this] { acceptAssociations(); });
    return std::nullopt;
}

void CacheStorageScp::stop()
{
    m_stopping = true;
    if (m_thread.joinable())
        m_thread.join();
}

OFCondition CacheStorageScp::handleIncomingCommand(T_DIMSE_Message *message,
                                                   const DcmPresentationContextInfo &context)
{
    if (message->CommandField != DIMSE_C_STORE_RQ)
        return DcmSCP::handleIncomingCommand(message, context);
    T_DIMSE_C_StoreRQ &request = message->msg.CStoreRQ;
    DcmDataset *dataset = nullptr;
    const OFCondition received =
        receiveSTORERequest(request, context.presentationContextID, dataset);
    const std::unique_ptr<DcmDataset> owned(dataset);
    if (received.bad())
        return received;
    const Uint16 status = dataset ? m_writer.write(*dataset) : STATUS_STORE_Error_CannotUnderstand;
    return sendSTOREResponse(context.presentationContextID, request, status);
}

OFBool CacheStorageScp::checkCalledAETitleAccepted(const OFString &calledAeTitle)
{
    return toQString(calledAeTitle) == m_aeTitle;
}

OFBool CacheStorageScp::checkCallingHostAccepted(const OFString &)
{
    // Only the node delivers into the project while a retrieval runs (docs/pacs.md,
    // "Retrieve"); an IPv4 peer may show as an IPv4-mapped IPv6 address. DCMTK 3.6.7 passes
    // an empty argument here; the association knows the peer's address.
    QString peer = toQString(getPeerIP());
    if (peer.startsWith(QLatin1String("::ffff:")))
        peer = peer.mid(7);
    return std::find(m_senderAddresses.begin(), m_senderAddresses.end(), peer) !=
           m_senderAddresses.end();
}

} // namespace concord::pacsdetail
