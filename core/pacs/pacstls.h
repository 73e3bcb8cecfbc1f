// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/pacs: DICOM TLS for a DIMSE node (docs/pacs.md, "TLS"), on DCMTK's dcmtls
// and OpenSSL. Keeps their headers out of the other files of the folder.

#include "core/pacs/pacsnode.h"
#include "core/pacs/pacsoptions.h"
#include "core/util/error.h"

#include <memory>

class DcmTransportLayer;
class OFCondition;

namespace concord::pacsdetail {

// The TLS side of Concord's associations with one node: DCMTK's transport layer, set up from
// the node's files, with the DICOM Non-downgrading BCP 195 TLS Profile (TLS 1.2 or newer, its
// four AEAD cipher suites; TLS 1.3's own suites) and the peer's certificate required and
// verified against the node's CA certificate file. As requestor it also checks that the
// node's certificate names the node's host (RFC 6125, as BCP 195 asks); as acceptor (the
// storage SCP of a C-MOVE) it presents Concord's certificate and requires one from the node.
// Empty until prepare(); DCMTK borrows the layer, so the transport outlives the association
// (declared before the DcmSCU or DcmSCP that uses it).
// Why a C-MOVE from `node` cannot be received over TLS, or an empty string: Concord's storage
// SCP shows the node Concord's certificate, so a TLS node needs one for a C-MOVE.
QString tlsMoveProblem(const PacsNode &node);

class TlsTransport
{
public:
    enum class Role { Requestor, Acceptor };

    TlsTransport();
    ~TlsTransport();
    TlsTransport(const TlsTransport &) = delete;
    TlsTransport &operator=(const TlsTransport &) = delete;

    // Reads the node's CA file and, when given, Concord's certificate and key (the key
    // readable only by its owner, unencrypted; the certificates writable only by it); says in
    // words what is wrong with them. The acceptor needs Concord's certificate. The sockets of
    // this transport wait `timeoutSeconds` for the node during the handshake (docs/pacs.md,
    // "Time-outs").
    MaybeError prepare(const PacsNode &node, Role role, int timeoutSeconds);
    // The layer for DcmSCU::useSecureConnection or DcmSCPConfig::setTransportLayer; null
    // before prepare() succeeded.
    DcmTransportLayer *layer() const;

    // Why an association over this transport failed, in words, when TLS is why: the node's
    // certificate refused (not trusted, not for this host, expired), the handshake failed
    // (the node speaks plain DICOM, refuses Concord's certificate), or no TLS answer within
    // the time-out (`timedOut`). An empty string when the failure is not TLS's.
    QString failure(const OFCondition &condition, const PacsNode &node, const PacsOptions &options,
                    bool timedOut) const;
    // The first peer certificate this transport refused, in words, or an empty string: for
    // the storage SCP, whose refusals the node sees, not Concord.
    QString refusedCertificate() const;

    struct Private; // public only for OpenSSL's verification callback in pacstls.cpp

private:
    std::unique_ptr<Private> d;
};

} // namespace concord::pacsdetail
