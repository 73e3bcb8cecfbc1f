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

InstanceWriter::InstanceWriter(const PacsCache &cache, const QString &studyUid, Flush flush)
    : m_cache(cache)
    , m_studyUid(studyUid)
    , m_flush(flush)
{
    if (m_flush == Flush::Background)
        m_flusher = std::thread([this] { flushInTurn(); });
}

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

// Saves `dataset` as a DICOM file with a fresh meta header in the transfer syntax it arrived
// in. The file format borrows the data set instead of copying it (an 18 MB radiograph would be
// copied for nothing) and hands it back after saving.
static OFCondition saveBorrowed(DcmDataset &dataset, const QString &file)
{
    DcmFileFormat format(&dataset, OFFalse);
    const OFCondition saved =
        format.saveFile(QFile::encodeName(file).constData(), EXS_Unknown, EET_UndefinedLength,
                        EGL_recalcGL, EPD_noChange, 0, 0, EWM_createNewMeta);
    format.getAndRemoveDataset(); // the caller's again; not deleted with `format`
    return saved;
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
    if (m_flush == Flush::Background) {
        // The same instance sent twice: its partial file must not be rewritten while the
        // first copy is being flushed and renamed.
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return !awaitsFlush(*path); });
    }
    const SavedFile file{*path + QStringLiteral(".part"), *path};
    const OFCondition saved = saveBorrowed(dataset, file.partial);
    if (saved.bad()) {
        QFile::remove(file.partial);
        return refuse(
            {*path, concord::tr("cannot write: %1").arg(QString::fromLatin1(saved.text()))},
            STATUS_STORE_Refused_OutOfResources);
    }
    if (m_flush == Flush::Inline)
        return complete(file) ? STATUS_Success : STATUS_STORE_Refused_OutOfResources;
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_toFlush.size() < MaxPendingFlushes; });
    m_toFlush.push_back(file);
    m_changed.notify_all();
    return STATUS_Success;
}

bool InstanceWriter::complete(const SavedFile &file)
{
    QFile written(file.partial);
    const bool durable = written.open(QIODevice::ReadWrite) && ::fsync(written.handle()) == 0;
    written.close();
    if (!durable || std::rename(QFile::encodeName(file.partial).constData(),
                                QFile::encodeName(file.path).constData()) != 0) {
        QFile::remove(file.partial);
        refuse({file.path, concord::tr("cannot write: %1").arg(concord::tr("the disk refused it"))},
               STATUS_STORE_Refused_OutOfResources);
        return false;
    }
    const QString folder = QFileInfo(file.path).absolutePath();
    const std::lock_guard lock(m_mutex);
    ++m_written;
    // A series' instances arrive one after another into one folder: its renames are made
    // durable together, once the writer moves on (docs/pacs.md, "The cache").
    if (folder != m_unsyncedFolder) {
        if (!m_unsyncedFolder.isEmpty())
            syncDirectory(m_unsyncedFolder);
        m_unsyncedFolder = folder;
    }
    return true;
}

bool InstanceWriter::awaitsFlush(const QString &path) const
{
    return m_flushing == path ||
           std::any_of(m_toFlush.begin(), m_toFlush.end(),
                       [&](const SavedFile &file) { return file.path == path; });
}

void InstanceWriter::flushInTurn()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return !m_toFlush.empty() || m_closing; });
        if (m_toFlush.empty())
            return; // closing, and nothing left
        const SavedFile file = m_toFlush.front();
        m_toFlush.pop_front();
        m_flushing = file.path;
        lock.unlock();
        complete(file);
        lock.lock();
        m_flushing.clear();
        m_changed.notify_all();
    }
}

void InstanceWriter::finish()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_toFlush.empty() && m_flushing.isEmpty(); });
    if (!m_unsyncedFolder.isEmpty())
        syncDirectory(m_unsyncedFolder);
    m_unsyncedFolder.clear();
}

InstanceWriter::~InstanceWriter()
{
    finish();
    if (m_flusher.joinable()) {
        {
            const std::lock_guard lock(m_mutex);
            m_closing = true;
        }
        m_changed.notify_all();
        m_flusher.join();
    }
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
    if (m_arrived)
        m_arrived(uidOf(*incomingObject, DCM_SOPInstanceUID), storeStatus == STATUS_Success);
    return EC_Normal;
}

// Returned to DcmSCU's C-GET loop to end it; stoppedForCancel() tells the caller why.
static const OFConditionConst StoppedForCancel = {OFM_dcmnet, 0x0fff, OF_error,
                                                  "C-GET stopped for a cancel"};

OFCondition CacheGetScu::sendSTOREResponse(T_ASC_PresentationContextID presentationContext,
                                           Uint16 status, const T_DIMSE_C_StoreRQ &request)
{
    const OFCondition sent = DcmSCU::sendSTOREResponse(presentationContext, status, request);
    // The instance just answered is in the cache; whatever the node sends next is dropped with
    // the association (docs/pacs.md, "Cancel").
    if (sent.good() && m_cancel && m_cancel->load()) {
        m_stoppedForCancel = true;
        return StoppedForCancel;
    }
    return sent;
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

MaybeError CacheStorageScp::useTls(const PacsNode &node)
{
    if (MaybeError problem =
            m_tls.prepare(node, TlsTransport::Role::Acceptor, int(getACSETimeout())))
        return problem;
    getConfig().setTransportLayer(m_tls.layer());
    return std::nullopt;
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
