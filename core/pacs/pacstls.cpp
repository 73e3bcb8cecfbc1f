// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pacs/pacstls.h"

#include "core/pacs/secretfile.h"
#include "core/util/translation.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcerror.h>
#include <dcmtk/dcmtls/tlscond.h>
#include <dcmtk/dcmtls/tlslayer.h>
#include <dcmtk/oflog/oflog.h>

#include <openssl/bio.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <QFile>
#include <QFileInfo>
#include <QHostAddress>

#include <sys/socket.h>
#include <sys/time.h>

#include <algorithm>
#include <mutex>

namespace concord::pacsdetail {

namespace {

// DCMTK gives every socket the send and receive time-outs of its process-wide settings
// (dcmSocketSendTimeout, dcmSocketReceiveTimeout; 60 s) when it makes the connection, before
// the TLS handshake, which reads and writes blocking outside the ACSE and DIMSE time-outs.
// This layer sets them on its own sockets instead, just after, so a handshake is bounded by
// the operation's time-out without changing the settings for plain DICOM or for operations
// running at the same time (docs/pacs.md, "Time-outs").
class TimedTlsLayer : public DcmTLSTransportLayer
{
public:
    explicit TimedTlsLayer(T_ASC_NetworkRole role)
        : DcmTLSTransportLayer(role, nullptr, OFFalse)
    {}

    DcmTransportConnection *createConnection(DcmNativeSocketType socket,
                                             OFBool useSecureLayer) override
    {
        DcmTransportConnection *connection =
            DcmTLSTransportLayer::createConnection(socket, useSecureLayer);
        if (connection && socket >= 0) {
            setTimeout(socket, SO_RCVTIMEO, receiveSeconds);
            setTimeout(socket, SO_SNDTIMEO, sendSeconds);
        }
        return connection;
    }

    int receiveSeconds = 60;
    int sendSeconds = 60;

private:
    static void setTimeout(DcmNativeSocketType socket, int option, int seconds)
    {
        timeval limit{};
        limit.tv_sec = seconds;
        // Failing leaves DCMTK's time-out, as DCMTK itself does.
        (void)::setsockopt(socket, SOL_SOCKET, option, &limit, sizeof limit);
    }
};

} // namespace

struct TlsTransport::Private
{
    explicit Private(T_ASC_NetworkRole role)
        : layer(role)
    {}

    TimedTlsLayer layer;
    QString caFile;
    bool presentsCertificate = false;
    // The first refusal of a peer certificate (OpenSSL's verification error and the
    // certificate's subject), noted by the verification callback on the thread that does the
    // handshake; the storage SCP's is read after its thread ended.
    mutable std::mutex mutex;
    int verifyError = X509_V_OK;
    QString subject;
};

namespace {

// Where an SSL_CTX keeps its TlsTransport::Private, for the verification callback.
int privateIndex()
{
    static const int index = SSL_CTX_get_ex_new_index(0, nullptr, nullptr, nullptr, nullptr);
    return index;
}

QString subjectOf(X509 *certificate)
{
    if (!certificate)
        return {};
    BIO *text = BIO_new(BIO_s_mem());
    if (!text)
        return {};
    X509_NAME_print_ex(text, X509_get_subject_name(certificate), 0, XN_FLAG_RFC2253);
    char *data = nullptr;
    const long length = BIO_get_mem_data(text, &data);
    QString subject = QString::fromUtf8(data, qsizetype(std::max(0L, length))).left(200);
    BIO_free(text);
    return subject;
}

// OpenSSL's verification goes on as it decided; this only notes the first refusal, so the
// failure can say which certificate and why rather than "certificate verify failed".
int noteVerification(int ok, X509_STORE_CTX *store)
{
    if (ok)
        return ok;
    auto *ssl =
        static_cast<SSL *>(X509_STORE_CTX_get_ex_data(store, SSL_get_ex_data_X509_STORE_CTX_idx()));
    SSL_CTX *context = ssl ? SSL_get_SSL_CTX(ssl) : nullptr;
    auto *d =
        context ? static_cast<TlsTransport::Private *>(SSL_CTX_get_ex_data(context, privateIndex()))
                : nullptr;
    if (d) {
        const std::lock_guard lock(d->mutex);
        if (d->verifyError == X509_V_OK) {
            d->verifyError = X509_STORE_CTX_get_error(store);
            d->subject = subjectOf(X509_STORE_CTX_get0_cert(store));
        }
    }
    return ok;
}

MaybeError readableFile(const QString &path, const QString &what)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return FileError{path, concord::tr("%1 is missing").arg(what)};
    if (!info.isReadable())
        return FileError{path, concord::tr("%1 cannot be read").arg(what)};
    return std::nullopt;
}

// A trust anchor or a certificate that others may change is no longer Concord's own: another
// local user could add a CA of their own to it, or swap the certificate.
MaybeError unchangeableByOthers(const QString &path, const QString &what)
{
    if (QFileInfo(path).permissions() & (QFile::WriteGroup | QFile::WriteOther))
        return FileError{path, concord::tr("%1 may be changed by others; make it writable only "
                                           "by you (chmod 644 or 600)")
                                   .arg(what)};
    return std::nullopt;
}

bool mentions(const QString &text, const char *words)
{
    return text.contains(QLatin1String(words), Qt::CaseInsensitive);
}

// Why OpenSSL refused Concord's certificate at security level 2, in words, or an empty string:
// DCMTK hands on OpenSSL's reason ("ee key too small", "ca md too weak") as its condition's text.
QString weakCertificate(const OFCondition &condition)
{
    const QString text = QString::fromLatin1(condition.text());
    if (mentions(text, "key too small"))
        return concord::tr("its key is too weak: BCP 195 asks for RSA keys of 2048 bits or more");
    if (mentions(text, "md too weak"))
        return concord::tr("it is signed with a digest too weak (SHA-1 or older)");
    return {};
}

bool untrusted(int error)
{
    switch (error) {
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
    case X509_V_ERR_CERT_SIGNATURE_FAILURE:
    case X509_V_ERR_CERT_UNTRUSTED:
    case X509_V_ERR_CERT_REJECTED: return true;
    default: return false;
    }
}

} // namespace

QString tlsMoveProblem(const PacsNode &node)
{
    if (!node.tls || !node.tlsCertificateFile.isEmpty())
        return {};
    return concord::tr("a C-MOVE over TLS needs Concord's certificate and private key, which its "
                       "storage SCP shows the node; add them to the node, or retrieve with C-GET");
}

TlsTransport::TlsTransport() = default;
TlsTransport::~TlsTransport() = default;

DcmTransportLayer *TlsTransport::layer() const
{
    return d ? &d->layer : nullptr;
}

MaybeError TlsTransport::prepare(const PacsNode &node, Role role, int timeoutSeconds)
{
    static std::once_flag once;
    std::call_once(once, [] {
        DcmTLSTransportLayer::initializeOpenSSL();
        // Concord says what failed in its own words (docs/pacs.md, "Failures").
        OFLog::getLogger("dcmtk.dcmtls").setLogLevel(OFLogger::OFF_LOG_LEVEL);
    });
    d.reset();
    const QString where = node.description();
    if (QString problem = tlsSettingsProblem(node); !problem.isEmpty())
        return FileError{where, problem};
    const bool acceptor = role == Role::Acceptor;
    const bool presents = !node.tlsCertificateFile.isEmpty();
    if (QString problem = tlsMoveProblem(node); acceptor && !problem.isEmpty())
        return FileError{where, problem};
    auto made = std::make_unique<Private>(acceptor ? NET_ACCEPTOR : NET_REQUESTOR);
    TimedTlsLayer &layer = made->layer;
    if (!layer)
        return FileError{where,
                         concord::tr("cannot set up TLS (OpenSSL %1)")
                             .arg(QLatin1String(DcmTLSTransportLayer::getOpenSSLVersionName()))};
    // DCMTK lowers OpenSSL's security level to 0 for its NULL cipher profile; BCP 195 asks for
    // keys of 2048 bits or more and no SHA-1 signatures, which level 2 holds. Raised before
    // Concord's certificate is loaded, so a weak one is refused here, saying why, rather than
    // failing the handshake.
    SSL_CTX *context = layer.getNativeHandle();
    SSL_CTX_set_security_level(context, 2);
    // The handshake waits at most the operation's time-out for the node; sending keeps DCMTK's
    // 60 s at least, as a large C-STORE to a busy node may stall for a while.
    const int seconds = std::max(1, timeoutSeconds);
    layer.receiveSeconds = seconds;
    layer.sendSeconds = std::max(60, seconds);

    const QString caWhat = concord::tr("the CA certificate file");
    if (MaybeError problem = readableFile(node.tlsCaFile, caWhat))
        return problem;
    if (MaybeError problem = unchangeableByOthers(node.tlsCaFile, caWhat))
        return problem;
    const QByteArray caFile = QFile::encodeName(node.tlsCaFile);
    if (layer.addTrustedCertificateFile(caFile.constData(), DCF_Filetype_PEM).bad())
        return FileError{node.tlsCaFile, concord::tr("holds no CA certificate in PEM form")};

    if (presents) {
        const QString certificateWhat = concord::tr("Concord's certificate file");
        if (MaybeError problem = readableFile(node.tlsCertificateFile, certificateWhat))
            return problem;
        if (MaybeError problem = unchangeableByOthers(node.tlsCertificateFile, certificateWhat))
            return problem;
        if (MaybeError problem = readableFile(node.tlsKeyFile, concord::tr("the private key file")))
            return problem;
        if (othersMayAccess(QFileInfo(node.tlsKeyFile)))
            return FileError{node.tlsKeyFile,
                             concord::tr("the private key may be read by others; make it "
                                         "readable only by you (chmod 600)")};
        // An encrypted key would make OpenSSL ask for its password on the terminal; with an
        // empty password set it fails instead.
        layer.setPrivateKeyPasswd("");
        const QByteArray keyFile = QFile::encodeName(node.tlsKeyFile);
        const QByteArray certificateFile = QFile::encodeName(node.tlsCertificateFile);
        if (layer.setPrivateKeyFile(keyFile.constData(), DCF_Filetype_PEM).bad())
            return FileError{node.tlsKeyFile,
                             concord::tr("cannot read the private key: Concord reads an "
                                         "unencrypted PEM key")};
        if (const OFCondition loaded =
                layer.setCertificateFile(certificateFile.constData(), DCF_Filetype_PEM);
            loaded.bad()) {
            if (const QString weak = weakCertificate(loaded); !weak.isEmpty())
                return FileError{node.tlsCertificateFile,
                                 concord::tr("Concord's certificate is refused: %1").arg(weak)};
            return FileError{node.tlsCertificateFile,
                             concord::tr("holds no certificate in PEM form")};
        }
        if (!layer.checkPrivateKeyMatchesCertificate())
            return FileError{node.tlsKeyFile, concord::tr("the private key does not belong to "
                                                          "the certificate %1")
                                                  .arg(node.tlsCertificateFile)};
    }

    OFCondition condition = layer.setTLSProfile(TSP_Profile_BCP195_ND);
    if (condition.good())
        condition = layer.activateCipherSuites();
    if (condition.bad())
        return FileError{
            where, concord::tr("cannot set up TLS: %1").arg(QString::fromLatin1(condition.text()))};
    layer.setCertificateVerification(DCV_requireCertificate);
    SSL_CTX_set_ex_data(context, privateIndex(), made.get());
    SSL_CTX_set_verify(context, SSL_CTX_get_verify_mode(context), &noteVerification);
    // Again, should the profile have changed it.
    SSL_CTX_set_security_level(context, 2);
    if (!acceptor) {
        // The node's certificate must name the host Concord connects to (a DNS name or an IP
        // address in its subjectAltName), or any certificate the CA signed would do. Never the
        // subject's CN, which OpenSSL would fall back to without DNS names (RFC 6125).
        X509_VERIFY_PARAM *parameters = SSL_CTX_get0_param(context);
        X509_VERIFY_PARAM_set_hostflags(parameters, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS |
                                                        X509_CHECK_FLAG_NEVER_CHECK_SUBJECT);
        const QByteArray host = node.host.trimmed().toUtf8();
        const bool named = QHostAddress(node.host.trimmed()).isNull()
                               ? X509_VERIFY_PARAM_set1_host(parameters, host.constData(), 0)
                               : X509_VERIFY_PARAM_set1_ip_asc(parameters, host.constData());
        if (!named)
            return FileError{where, concord::tr("cannot check the node's certificate against "
                                                "the host name %1")
                                        .arg(node.host)};
    }
    made->caFile = node.tlsCaFile;
    made->presentsCertificate = presents;
    d = std::move(made);
    return std::nullopt;
}

QString TlsTransport::refusedCertificate() const
{
    if (!d)
        return {};
    const std::lock_guard lock(d->mutex);
    if (d->verifyError == X509_V_OK)
        return {};
    return concord::tr("the certificate %1 was refused: %2")
        .arg(d->subject, QString::fromLatin1(X509_verify_cert_error_string(d->verifyError)));
}

QString TlsTransport::failure(const OFCondition &condition, const PacsNode &node,
                              const PacsOptions &options, bool timedOut) const
{
    if (!d)
        return {};
    int error = X509_V_OK;
    QString subject;
    {
        const std::lock_guard lock(d->mutex);
        error = d->verifyError;
        subject = d->subject;
    }
    const QString certificate = concord::tr("the node's certificate (%1)").arg(subject);
    switch (error) {
    case X509_V_OK: break;
    case X509_V_ERR_HOSTNAME_MISMATCH:
    case X509_V_ERR_IP_ADDRESS_MISMATCH:
        return concord::tr("TLS refused: %1 is not issued for %2").arg(certificate, node.host);
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return concord::tr("TLS refused: %1 has expired").arg(certificate);
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return concord::tr("TLS refused: %1 is not valid yet").arg(certificate);
    default:
        if (untrusted(error))
            return concord::tr("TLS refused: %1 is not trusted: no certificate in %2 signs it")
                .arg(certificate, d->caFile);
        return concord::tr("TLS refused: %1 is not accepted: %2")
            .arg(certificate, QString::fromLatin1(X509_verify_cert_error_string(error)));
    }
    const QString text = QString::fromLatin1(condition.text());
    if (condition.module() != OFM_dcmtls)
        return {};
    if (timedOut)
        return concord::tr("no TLS answer within %n second(s): does the node speak DICOM TLS "
                           "on this port, or plain DICOM?",
                           nullptr, options.timeoutSeconds);
    // A node that speaks plain DICOM closes the connection at the TLS greeting (DCMTK reads
    // an unknown PDU type), or answers with bytes that are no TLS record.
    if (condition == DCMTLS_EC_OpenSSLIOError || condition == DCMTLS_EC_TLSConnectionClosedByPeer ||
        mentions(text, "wrong version") || mentions(text, "packet length too long") ||
        mentions(text, "unexpected eof"))
        return concord::tr("TLS handshake failed: the node closed the connection or did not "
                           "answer in TLS on port %1 of %2; it may speak plain DICOM there (%3)")
            .arg(node.port)
            .arg(node.host, text);
    if (!d->presentsCertificate &&
        (mentions(text, "certificate required") || mentions(text, "handshake failure")))
        return concord::tr("TLS handshake failed: the node asks for Concord's certificate; add "
                           "Concord's certificate and private key to the node (%1)")
            .arg(text);
    if (mentions(text, "alert"))
        return concord::tr("TLS handshake failed: the node refused the connection (%1)").arg(text);
    return concord::tr("TLS handshake failed: %1").arg(text);
}

} // namespace concord::pacsdetail
