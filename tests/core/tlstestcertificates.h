// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Throwaway certificates for the DICOM TLS tests (docs/pacs.md, "Tests"), made at test time
// with the openssl command line (Debian package openssl) in the test's temporary folder; none
// is kept in the repository. RSA 2048 and SHA-256, which the BCP 195 profile's cipher suites
// and OpenSSL's security level 2 accept; valid for two days.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace concord::test {

struct TestCertificates
{
    QString ca;     // the CA both sides trust
    QString server; // the PACS's certificate, for 127.0.0.1 and localhost, signed by `ca`
    QString serverKey;
    QString client;    // Concord's certificate, signed by `ca` (client and server use)
    QString clientKey; // mode 600
    QString otherCa;   // a CA that signed neither
    // A server certificate with CN=localhost but no subjectAltName, signed by `ca`: RFC 6125
    // host checking does not accept it for localhost.
    QString serverWithoutSan;
    QString serverWithoutSanKey;
    // Concord's certificate with an RSA key of 1024 bits (mode 600), signed by `ca`: too weak
    // for OpenSSL's security level 2.
    QString weakClient;
    QString weakClientKey;
};

// Where openssl is installed, or an empty string when it is not.
inline QString opensslBinary()
{
    return QStandardPaths::findExecutable(QStringLiteral("openssl"));
}

namespace detail {

// Runs openssl in `folder`; why it failed, or an empty string.
inline QString runOpenssl(const QString &folder, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(opensslBinary(), arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return QStringLiteral("openssl %1 failed: %2")
            .arg(arguments.join(QLatin1Char(' ')), QString::fromUtf8(process.readAll()));
    return {};
}

// The extensions of each kind of certificate: a CA, the PACS (a server for 127.0.0.1 and
// localhost), Concord (a client, and the server of its storage SCP for C-MOVE).
inline constexpr const char *OpensslConfiguration = R"([req]
distinguished_name = dn
prompt = no
[dn]
CN = unused
[ca]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[server]
basicConstraints = CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth, clientAuth
subjectAltName = IP:127.0.0.1, DNS:localhost
[server_without_san]
basicConstraints = CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
[client]
basicConstraints = CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = clientAuth, serverAuth
)";

} // namespace detail

namespace detail {

// Writes the configuration into `folder`; its path, or an empty string.
inline QString writeOpensslConfiguration(const QString &folder)
{
    const QString configuration = QDir(folder).filePath(QStringLiteral("openssl.cnf"));
    QFile file(configuration);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(OpensslConfiguration) < 0)
        return {};
    return configuration;
}

inline const QString Days = QStringLiteral("2");

inline QString makeCa(const QString &folder, const QString &configuration, const QString &name,
                      const QString &subject)
{
    return runOpenssl(folder,
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-config"),
                       configuration, QStringLiteral("-extensions"), QStringLiteral("ca"),
                       QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                       QStringLiteral("-nodes"), QStringLiteral("-sha256"),
                       QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                       QStringLiteral("-out"), name + QStringLiteral(".crt"),
                       QStringLiteral("-days"), Days, QStringLiteral("-subj"), subject});
}

} // namespace detail

// Makes a self-signed CA certificate `name`.crt (and its key) in `folder`: a CA file that
// loads, for tests that need one but no TLS peer. Why it failed, or an empty string.
inline QString makeTestCa(const QString &folder, const QString &name)
{
    const QString configuration = detail::writeOpensslConfiguration(folder);
    if (configuration.isEmpty())
        return QStringLiteral("cannot write the openssl configuration in %1").arg(folder);
    if (QString failed = detail::makeCa(folder, configuration, name, QStringLiteral("/CN=") + name);
        !failed.isEmpty())
        return failed;
    // Concord refuses a CA file others may change (docs/pacs.md, "TLS").
    const QString certificate = QDir(folder).filePath(name + QStringLiteral(".crt"));
    if (!QFile::setPermissions(certificate, QFile::ReadOwner | QFile::WriteOwner |
                                                QFile::ReadGroup | QFile::ReadOther))
        return QStringLiteral("cannot make %1 read-only for others").arg(certificate);
    return {};
}

// Makes a CA, the PACS's and Concord's certificates signed by it, and another CA, in
// `folder`; why it failed, or an empty string.
inline QString makeTestCertificates(const QString &folder, TestCertificates &made)
{
    const QDir dir(folder);
    const QString configuration = detail::writeOpensslConfiguration(folder);
    if (configuration.isEmpty())
        return QStringLiteral("cannot write the openssl configuration in %1").arg(folder);
    const QString days = detail::Days;
    const auto makeCa = [&](const QString &name, const QString &subject) {
        return detail::makeCa(folder, configuration, name, subject);
    };
    const auto makeSigned = [&](const QString &name, const QString &subject,
                                const QString &extensions, const QString &serial,
                                const QString &key = QStringLiteral("rsa:2048")) {
        QString failed = detail::runOpenssl(
            folder,
            {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-config"),
             configuration, QStringLiteral("-newkey"), key, QStringLiteral("-nodes"),
             QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
             name + QStringLiteral(".csr"), QStringLiteral("-subj"), subject});
        if (failed.isEmpty())
            failed = detail::runOpenssl(
                folder,
                {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                 name + QStringLiteral(".csr"), QStringLiteral("-CA"), QStringLiteral("ca.crt"),
                 QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-set_serial"),
                 serial, QStringLiteral("-sha256"), QStringLiteral("-days"), days,
                 QStringLiteral("-extfile"), configuration, QStringLiteral("-extensions"),
                 extensions, QStringLiteral("-out"), name + QStringLiteral(".crt")});
        return failed;
    };
    for (const QString &failed :
         {makeCa(QStringLiteral("ca"), QStringLiteral("/CN=Concord Test CA")),
          makeCa(QStringLiteral("other-ca"), QStringLiteral("/CN=Another Test CA")),
          makeSigned(QStringLiteral("server"), QStringLiteral("/CN=127.0.0.1"),
                     QStringLiteral("server"), QStringLiteral("2")),
          makeSigned(QStringLiteral("client"), QStringLiteral("/CN=CONCORD"),
                     QStringLiteral("client"), QStringLiteral("3")),
          makeSigned(QStringLiteral("server-without-san"), QStringLiteral("/CN=localhost"),
                     QStringLiteral("server_without_san"), QStringLiteral("4")),
          makeSigned(QStringLiteral("weak-client"), QStringLiteral("/CN=CONCORD"),
                     QStringLiteral("client"), QStringLiteral("5"), QStringLiteral("rsa:1024"))}) {
        if (!failed.isEmpty())
            return failed;
    }
    made.ca = dir.filePath(QStringLiteral("ca.crt"));
    made.server = dir.filePath(QStringLiteral("server.crt"));
    made.serverKey = dir.filePath(QStringLiteral("server.key"));
    made.client = dir.filePath(QStringLiteral("client.crt"));
    made.clientKey = dir.filePath(QStringLiteral("client.key"));
    made.otherCa = dir.filePath(QStringLiteral("other-ca.crt"));
    made.serverWithoutSan = dir.filePath(QStringLiteral("server-without-san.crt"));
    made.serverWithoutSanKey = dir.filePath(QStringLiteral("server-without-san.key"));
    made.weakClient = dir.filePath(QStringLiteral("weak-client.crt"));
    made.weakClientKey = dir.filePath(QStringLiteral("weak-client.key"));
    // Concord refuses a key others may read, and certificates others may change (docs/pacs.md,
    // "TLS"); a umask of 002 would leave them writable by the group.
    for (const QString &key : {made.clientKey, made.weakClientKey}) {
        if (!QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner))
            return QStringLiteral("cannot make %1 private").arg(key);
    }
    for (const QString &certificate : {made.ca, made.otherCa, made.server, made.client,
                                       made.weakClient, made.serverWithoutSan}) {
        if (!QFile::setPermissions(certificate, QFile::ReadOwner | QFile::WriteOwner |
                                                    QFile::ReadGroup | QFile::ReadOther))
            return QStringLiteral("cannot make %1 read-only for others").arg(certificate);
    }
    return {};
}

} // namespace concord::test
