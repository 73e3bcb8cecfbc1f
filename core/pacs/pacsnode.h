// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/error.h"

#include <QString>

namespace concord {

// How Concord talks to a node: DIMSE (DICOM's own protocol, PS3.7/PS3.8) or DICOMweb (HTTP,
// PS3.18). The operations (echo, find, retrieve, send) are the same; the node decides.
enum class PacsProtocol { Dimse, DicomWeb };

// How Concord proves who it is to a DICOMweb node.
enum class WebAuthentication { None, Basic, Bearer };

// A DICOM node (a PACS, a modality, a router) Concord talks to: over DIMSE, where it listens and
// which application entity titles the two sides use; over DICOMweb, its base URL and how to
// authenticate (docs/pacs.md, "Nodes"). A plain value; PacsNodeBook keeps the user's nodes in
// QSettings. It never holds a password or a token, only where to read one when needed.
struct PacsNode
{
    static constexpr quint16 DefaultPort = 104;
    static constexpr int MaxNameLength = 64;

    QString name;          // the user's name for it; also its folder in the project's cache
    QString calledAeTitle; // the node's own AE title
    QString host;          // name or address
    quint16 port = DefaultPort;
    QString callingAeTitle = QStringLiteral("CONCORD"); // Concord's AE title towards it
    // DIMSE over DICOM TLS (docs/pacs.md, "TLS"): every association, and for a C-MOVE
    // Concord's storage SCP, runs over TLS (BCP 195, TLS 1.2 or newer), and the node's
    // certificate must be signed by a certificate in `tlsCaFile` and name `host`. The files
    // are PEM, kept by path, never by content.
    bool tls = false;
    QString tlsCaFile; // the CA certificate(s) the node's certificate must chain to
    // Concord's own certificate and its private key (unencrypted, readable only by its owner),
    // for a node that asks for one (mutual TLS) and for the storage SCP of a C-MOVE over TLS.
    QString tlsCertificateFile;
    QString tlsKeyFile;

    PacsProtocol protocol = PacsProtocol::Dimse;
    // DICOMweb only: the base URL of the services, http or https, without user or password
    // ("https://pacs.example/dicom-web"); the requests append /studies... to it.
    QString url;
    WebAuthentication authentication = WebAuthentication::None;
    QString user; // Basic authentication's user name
    // Where the password (Basic) or the token (Bearer) is read at each operation: the name of an
    // environment variable, or else a file only its owner may read (docs/pacs.md, "Secrets").
    QString secretEnvironment;
    QString secretFile;

    // "AET@host:port" (DIMSE) or the URL (DICOMweb), how the command line names a node it does
    // not know.
    QString address() const;
    // The name followed by the address, "archive (ORTHANC@pacs.example:4242)"; only the
    // address for a node named after it (parsePacsAddress).
    QString description() const;

    bool operator==(const PacsNode &) const = default;
};

// Why `title` cannot be an application entity title, or an empty string when it can: 1 to 16
// characters of printable ASCII without a backslash, not only spaces (PS3.5 6.2, AE).
QString aeTitleProblem(const QString &title);
// Why `name` cannot name a node, or an empty string when it can: 1 to 64 letters, digits, '.',
// '-', '_' or '@', not starting with '.', since it becomes a folder name in the cache.
QString nodeNameProblem(const QString &name);
// What is wrong with the node (name, titles, host, port, TLS files), or nothing.
MaybeError checkPacsNode(const PacsNode &node);
// What is wrong with the TLS side of a DIMSE node, or an empty string: TLS needs the CA
// certificate file; Concord's certificate and key go together; no files without TLS. The files
// are read only when the node is used.
QString tlsSettingsProblem(const PacsNode &node);

// Why `url` cannot be a DICOMweb base URL, or an empty string when it can: http or https, a
// host, no user name or password in it, no query or fragment.
QString dicomWebUrlProblem(const QString &url);

// Parses "AET@host:port" (the port may be left out for 104), or a DICOMweb base URL
// ("http://host:port/dicom-web", without authentication). The node's name is the address
// with every character a name may not hold (':', '/', spaces) as '_', so it is a valid folder
// name; the calling AE title is the default.
Expected<PacsNode> parsePacsAddress(const QString &text);

} // namespace concord
