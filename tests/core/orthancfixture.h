// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pacs/pacsnode.h"

#include <QProcess>
#include <QString>
#include <QStringList>

namespace concord::test {

// A loopback TCP port that was free a moment ago (the kernel's pick for port 0). Two fixtures
// running at once get different ports, so PACS tests need no lock against each other.
quint16 freeLoopbackPort();

// What an Orthanc server offers besides DIMSE and its REST API.
struct OrthancSetup
{
    bool dicomWeb = false; // load the DICOMweb plugin, at /dicom-web/
    // When set, the HTTP side (REST and DICOMweb) asks for Basic authentication of this user.
    QString user;
    QString password;
    // When set, the DICOM port speaks DICOM TLS only (DicomTlsEnabled) with this certificate
    // and key, trusting the CA certificates in tlsTrusted for its peers' certificates; it asks
    // Concord for a certificate when tlsClientCertificateRequired, and delivers a C-MOVE to
    // Concord's storage SCP over TLS (the modality's UseDicomTls). PEM files.
    QString tlsCertificate;
    QString tlsKey;
    QString tlsTrusted;
    bool tlsClientCertificateRequired = true;
};

// An Orthanc server of the test's own (docs/pacs.md, "Tests"): its configuration and storage
// in a temporary folder, DICOM and HTTP on free loopback ports, remote access off, the called
// AE title checked, and Concord's storage SCP known as a modality for C-MOVE. Killed when
// destroyed.
class OrthancServer
{
public:
    static constexpr const char *AeTitle = "ORTHANC";
    static constexpr const char *ConcordAeTitle = "CONCORD";

    ~OrthancServer();

    // Where Orthanc is installed, or an empty string when it is not.
    static QString binary();

    // Starts Orthanc with its files in `folder`, knowing Concord's storage SCP at
    // CONCORD@127.0.0.1:`movePort`, and waits until its REST API answers (at most 20 s).
    // Returns why it failed, or an empty string.
    QString start(const QString &folder, quint16 movePort);
    // The same with the DICOMweb plugin and HTTP authentication as `setup` says.
    QString start(const QString &folder, quint16 movePort, const OrthancSetup &setup);
    // Where Orthanc's DICOMweb plugin is installed, or an empty string when it is not.
    static QString dicomWebPlugin();
    void stop();

    // Uploads a DICOM file through the REST API (POST /instances); returns why it failed, or an
    // empty string.
    QString upload(const QString &file) const;

    quint16 dicomPort() const { return m_dicomPort; }
    quint16 httpPort() const { return m_httpPort; }
    // The server as Concord's node, with CONCORD as the calling AE title.
    PacsNode node() const;
    // The server's DICOMweb services as a node without authentication, named "orthanc-web".
    PacsNode webNode() const;
    QString dicomWebUrl() const;
    // What Orthanc printed, for a failing test's message.
    QString log() const;

private:
    QString startOnce(const QString &folder, quint16 movePort);

    OrthancSetup m_setup;
    QProcess m_process;
    QString m_logPath;
    quint16 m_dicomPort = 0;
    quint16 m_httpPort = 0;
};

} // namespace concord::test
