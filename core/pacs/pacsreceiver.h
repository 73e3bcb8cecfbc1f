// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/pacs: what receives instances from a node into the cache, for C-GET (the
// C-STORE sub-operations on Concord's own association) and C-MOVE (Concord's storage SCP on
// its own port). docs/pacs.md, "Retrieve".

#include "core/pacs/pacsassociation.h"
#include "core/pacs/pacscache.h"

#include <dcmtk/dcmnet/scp.h>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

namespace concord::pacsdetail {

// Writes received data sets into the cache, after checking that they belong to the study
// asked for and that their UIDs are UIDs; nothing a node sends names a path otherwise. Called
// from the storage SCP's thread during a C-MOVE, so it guards what it collects.
class InstanceWriter
{
public:
    InstanceWriter(const PacsCache &cache, const QString &studyUid);

    // Writes one instance: to a partial file, flushed, then renamed to its name, so the cache
    // never holds a partial instance under a complete name. Returns the C-STORE status to
    // answer with (0 on success); a refusal is recorded in problems().
    Uint16 write(DcmDataset &dataset);

    std::vector<FileError> problems() const;
    int written() const;

private:
    Uint16 refuse(const FileError &problem, Uint16 status);

    const PacsCache &m_cache;
    QString m_studyUid;
    mutable std::mutex m_mutex;
    std::vector<FileError> m_problems;
    int m_written = 0;
};

// An SCU whose C-GET stores what arrives through an InstanceWriter.
class CacheGetScu : public DcmSCU
{
public:
    explicit CacheGetScu(InstanceWriter &writer)
        : m_writer(writer)
    {}

protected:
    OFCondition handleSTORERequest(const T_ASC_PresentationContextID presentationContext,
                                   DcmDataset *incomingObject, OFBool &continueSession,
                                   Uint16 &storeStatus) override;

private:
    InstanceWriter &m_writer;
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

    MaybeError start();
    void stop();

protected:
    OFCondition handleIncomingCommand(T_DIMSE_Message *message,
                                      const DcmPresentationContextInfo &context) override;
    OFBool checkCalledAETitleAccepted(const OFString &calledAeTitle) override;
    OFBool checkCallingHostAccepted(const OFString &address) override;
    OFBool stopAfterConnectionTimeout() override { return m_stopping.load(); }
    OFBool stopAfterCurrentAssociation() override { return m_stopping.load(); }

private:
    InstanceWriter &m_writer;
    QString m_aeTitle;
    quint16 m_port;
    QString m_sender;
    std::vector<QString> m_senderAddresses; // numeric, resolved by start()
    std::atomic<bool> m_stopping{false};
    std::thread m_thread;
};

} // namespace concord::pacsdetail
