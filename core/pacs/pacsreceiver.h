// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/pacs: what receives instances from a node into the cache, for C-GET (the
// C-STORE sub-operations on Concord's own association) and C-MOVE (Concord's storage SCP on
// its own port). docs/pacs.md, "Retrieve".

#include "core/pacs/pacsassociation.h"
#include "core/pacs/pacscache.h"

#include <dcmtk/dcmnet/scp.h>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace concord::pacsdetail {

// Writes received data sets into the cache, after checking that they belong to the study
// asked for and that their UIDs are UIDs; nothing a node sends names a path otherwise. Called
// from the storage SCP's thread during a C-MOVE, so it guards what it collects.
//
// Each file is flushed to disk before it is renamed to its name; the folder a file was renamed
// in is synced once, when the writer moves on to another folder or at finish(), rather than
// after each file (docs/pacs.md, "The cache": what a crash can lose is re-fetched by
// resumption). With Flush::Background the flush and the rename run on a thread of the
// writer's own, so the next instance arrives while the disk flushes the last one; at most
// MaxPendingFlushes saved files wait for it.
class InstanceWriter
{
public:
    enum class Flush { Inline, Background };
    static constexpr size_t MaxPendingFlushes = 4;

    InstanceWriter(const PacsCache &cache, const QString &studyUid, Flush flush = Flush::Inline);
    ~InstanceWriter(); // finish(), then ends the flushing thread

    // Writes one instance: to a partial file, flushed, then renamed to its name, so the cache
    // never holds a partial instance under a complete name. Saves `dataset` itself, not a
    // copy, and leaves it to the caller. Returns the C-STORE status to answer with (0 on
    // success; with Flush::Background, once the file is saved, before it is flushed); a
    // refusal is recorded in problems().
    Uint16 write(DcmDataset &dataset);
    // Waits until every file written is flushed and renamed, and makes the renames durable
    // (syncs the folder written in last). The cache then holds what arrived.
    void finish();

    std::vector<FileError> problems() const;
    int written() const;

private:
    struct SavedFile
    {
        QString partial;
        QString path;
    };

    Uint16 refuse(const FileError &problem, Uint16 status);
    bool complete(const SavedFile &file);        // flush, rename, count; false after a refusal
    bool awaitsFlush(const QString &path) const; // under m_mutex
    void flushInTurn();                          // the flushing thread

    const PacsCache &m_cache;
    QString m_studyUid;
    Flush m_flush;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<SavedFile> m_toFlush;
    QString m_flushing; // the file the thread took from m_toFlush, if any
    bool m_closing = false;
    std::thread m_flusher;
    std::vector<FileError> m_problems;
    int m_written = 0;
    QString m_unsyncedFolder; // a folder with renames not yet made durable
};

// An SCU whose C-GET stores what arrives through an InstanceWriter, on the calling thread.
// After each instance it calls `arrived` and answers the node; when `cancel` is set by then,
// it ends the C-GET right after that answer (the caller then aborts the association), so a
// C-GET of a whole series stops within the instance in flight.
class CacheGetScu : public DcmSCU
{
public:
    // The SOP Instance UID of an instance that arrived, and whether it was written.
    using Arrived = std::function<void(const QString &sopInstanceUid, bool written)>;

    CacheGetScu(InstanceWriter &writer, const std::atomic<bool> *cancel = nullptr,
                Arrived arrived = {})
        : m_writer(writer)
        , m_cancel(cancel)
        , m_arrived(std::move(arrived))
    {}

    // Whether the last C-GET was ended because `cancel` was set.
    bool stoppedForCancel() const { return m_stoppedForCancel; }

protected:
    OFCondition handleSTORERequest(const T_ASC_PresentationContextID presentationContext,
                                   DcmDataset *incomingObject, OFBool &continueSession,
                                   Uint16 &storeStatus) override;
    OFCondition sendSTOREResponse(T_ASC_PresentationContextID presentationContext, Uint16 status,
                                  const T_DIMSE_C_StoreRQ &request) override;

private:
    InstanceWriter &m_writer;
    const std::atomic<bool> *m_cancel;
    Arrived m_arrived;
    bool m_stoppedForCancel = false;
};

// Concord's storage SCP for C-MOVE: listens on one port, accepts C-ECHO and C-STORE addressed
// to its AE title from the addresses of `sender` (the node's host) only, writes through an
// InstanceWriter. start() opens the port on the calling thread (so a port in use is reported
// before the C-MOVE is sent) and accepts associations on a thread of its own until stop().
class CacheStorageScp : public DcmSCP
{
public:
    CacheStorageScp(InstanceWriter &writer, const QString &aeTitle, quint16 port,
                    const QString &sender, const PacsOptions &options);
    ~CacheStorageScp() override;

    // Accepts associations over DICOM TLS only, with Concord's certificate from `node` and
    // the node's certificate required and verified against its CA file (docs/pacs.md, "TLS").
    // Before start().
    MaybeError useTls(const PacsNode &node);
    MaybeError start();
    void stop();
    // After stop(): the first certificate a TLS handshake refused, in words, or an empty
    // string. The node sees the refusal as a failed sub-operation; this says why.
    QString refusedCertificate() const { return m_tls.refusedCertificate(); }

protected:
    OFCondition handleIncomingCommand(T_DIMSE_Message *message,
                                      const DcmPresentationContextInfo &context) override;
    OFBool checkCalledAETitleAccepted(const OFString &calledAeTitle) override;
    OFBool checkCallingHostAccepted(const OFString &address) override;
    OFBool stopAfterConnectionTimeout() override { return m_stopping.load(); }
    OFBool stopAfterCurrentAssociation() override { return m_stopping.load(); }

private:
    TlsTransport m_tls; // lent to DcmSCP's network
    InstanceWriter &m_writer;
    QString m_aeTitle;
    quint16 m_port;
    QString m_sender;
    std::vector<QString> m_senderAddresses; // numeric, resolved by start()
    std::atomic<bool> m_stopping{false};
    std::thread m_thread;
};

} // namespace concord::pacsdetail
