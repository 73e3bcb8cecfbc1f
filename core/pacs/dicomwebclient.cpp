// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pacs/dicomwebclient.h"

#include "core/pacs/secretfile.h"
#include "core/util/translation.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

#include <memory>

#if QT_CONFIG(ssl)
#include <QSslError>
#endif

namespace concord::pacsdetail {

namespace {

constexpr int CancelPollMilliseconds = 50;
// Characters a query value may hold as they are (RFC 3986 3.4), the wildcards '*' and '?'
// among them: servers that do not decode percent-escapes in QIDO keys (Orthanc's DICOMweb
// plugin on Debian 12) still see the wildcards. '&', '=', '+', '#' and '%' are escaped.
const QByteArray QueryLiterals = "*?:@!$'(),;/";
constexpr qint64 MaxSecretFileSize = qint64(64) * 1024;
// An answer is held in memory whole (one instance, one search); a server that sends more than
// this is stopped rather than let exhaust the memory.
constexpr qint64 MaxAnswerBytes = qint64(1) << 30;

// The secret from an environment variable or a file only its owner may read; never from the
// settings (docs/pacs.md, "Secrets").
Expected<QByteArray> readSecret(const PacsNode &node)
{
    if (!node.secretEnvironment.isEmpty()) {
        const QByteArray secret = qgetenv(node.secretEnvironment.toLatin1().constData()).trimmed();
        if (secret.isEmpty())
            return FileError{node.description(),
                             concord::tr("the environment variable %1, which should hold the "
                                         "node's password or token, is not set or empty")
                                 .arg(node.secretEnvironment)};
        return secret;
    }
    const QFileInfo info(node.secretFile);
    if (!info.isFile())
        return FileError{node.secretFile,
                         concord::tr("the file holding the node's password or token is missing")};
    if (othersMayAccess(info))
        return FileError{node.secretFile,
                         concord::tr("the file holding the node's password or token may be read "
                                     "by others; make it readable only by you (chmod 600)")};
    QFile file(node.secretFile);
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxSecretFileSize)
        return FileError{node.secretFile, concord::tr("cannot read the node's password or token")};
    const QByteArray secret = file.readLine().trimmed();
    if (secret.isEmpty())
        return FileError{node.secretFile, concord::tr("the file holds no password or token")};
    return secret;
}

QString firstLine(const QByteArray &body)
{
    constexpr qsizetype MaxShown = 200;
    const QString text = QString::fromUtf8(body.left(4 * MaxShown)).trimmed();
    return text.section(QLatin1Char('\n'), 0, 0).trimmed().left(MaxShown);
}

} // namespace

DicomWebClient::DicomWebClient(const PacsNode &node, const PacsOptions &options,
                               const std::atomic<bool> *cancel)
    : m_node(node)
    , m_options(options)
    , m_cancel(cancel)
{
    // Credentials go only to the node's own URL: no redirect is followed.
    m_manager.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

MaybeError DicomWebClient::prepare()
{
    if (MaybeError problem = checkPacsNode(m_node))
        return problem;
    if (m_node.protocol != PacsProtocol::DicomWeb)
        return FileError{m_node.description(), concord::tr("not a DICOMweb node")};
    if (m_node.authentication == WebAuthentication::None)
        return std::nullopt;
    Expected<QByteArray> secret = readSecret(m_node);
    if (!secret)
        return secret.error();
    if (m_node.authentication == WebAuthentication::Basic)
        m_authorization = "Basic " + (m_node.user.toUtf8() + ':' + *secret).toBase64();
    else
        m_authorization = "Bearer " + *secret;
    return std::nullopt;
}

QUrl DicomWebClient::urlFor(const QString &path, const Query &query) const
{
    QString text = m_node.url;
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    text += path;
    if (!query.isEmpty()) {
        QStringList items;
        for (const auto &[key, value] : query)
            items << QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' +
                                         QUrl::toPercentEncoding(value, QueryLiterals));
        text += QLatin1Char('?') + items.join(QLatin1Char('&'));
    }
    return QUrl(text, QUrl::StrictMode);
}

FileError DicomWebClient::failure(const QUrl &url, const QString &what) const
{
    // The query may hold a patient's name or ID: messages name the resource only.
    const QString where = url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    return FileError{m_node.description(), QStringLiteral("%1: %2").arg(where, what)};
}

Expected<WebAnswer> DicomWebClient::get(const QString &path, const Query &query,
                                        const QByteArray &accept)
{
    return run(false, urlFor(path, query), {}, {}, accept, {});
}

Expected<WebAnswer> DicomWebClient::post(const QString &path, const QByteArray &contentType,
                                         const QByteArray &body, const QByteArray &accept,
                                         const QList<int> &acceptedStatuses)
{
    return run(true, urlFor(path, {}), contentType, body, accept, acceptedStatuses);
}

Expected<WebAnswer> DicomWebClient::run(bool post, const QUrl &url, const QByteArray &contentType,
                                        const QByteArray &body, const QByteArray &accept,
                                        const QList<int> &acceptedStatuses)
{
    m_cancelled = false;
    m_lastStatus = 0;
    if (m_cancel && m_cancel->load()) {
        m_cancelled = true;
        return failure(url, concord::tr("cancelled"));
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(m_options.timeoutSeconds * 1000);
    request.setRawHeader("Accept", accept);
    if (!m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    // Qt would otherwise cache the answer on disk or remember a cookie; neither may hold PHI.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    QNetworkReply *reply = nullptr;
    if (post) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        reply = m_manager.post(request, body);
    } else {
        reply = m_manager.get(request);
    }
    const std::unique_ptr<QNetworkReply> owned(reply);
    QStringList tlsProblems;
#if QT_CONFIG(ssl)
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [&](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            tlsProblems << error.errorString();
    });
#endif
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    bool tooLarge = false;
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [&](qint64 received, qint64) {
        if (received > MaxAnswerBytes && !tooLarge) {
            tooLarge = true;
            reply->abort();
        }
    });
    QTimer cancelPoll;
    if (m_cancel) {
        QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
            if (m_cancel->load()) {
                m_cancelled = true;
                reply->abort();
            }
        });
        cancelPoll.start(CancelPollMilliseconds);
    }
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    cancelPoll.stop();

    WebAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_lastStatus = answer.status;
    answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    answer.warning = reply->rawHeader("Warning");
    if (reply->isOpen())
        answer.body = reply->readAll();
    if (m_cancelled)
        return failure(url, concord::tr("cancelled"));
    if (tooLarge) {
        m_lastStatus = 0;
        return failure(
            url,
            concord::tr("the answer is larger than %1 MiB; refused").arg(MaxAnswerBytes >> 20));
    }
    const QNetworkReply::NetworkError error = reply->error();
    if (answer.status == 401 || error == QNetworkReply::AuthenticationRequiredError)
        return failure(url, m_authorization.isEmpty()
                                ? concord::tr("the node asks for authentication (HTTP 401); add "
                                              "it with --basic-user and --password-env, or "
                                              "--token-env")
                                : concord::tr("authentication failed (HTTP 401): the node does "
                                              "not accept the user and password or token"));
    if (answer.status == 403)
        return failure(url, concord::tr("access denied (HTTP 403): the node refuses this user "
                                        "or token this request"));
    if (answer.status == 404)
        return failure(url, concord::tr("not found (HTTP 404): check the node's URL; a study "
                                        "or instance asked for may be gone"));
    if (answer.status >= 500)
        return failure(url, concord::tr("the server failed (HTTP %1): %2")
                                .arg(answer.status)
                                .arg(firstLine(answer.body)));
    if (answer.status >= 300 && answer.status < 400)
        return failure(url, concord::tr("the node redirects (HTTP %1) to %2; Concord does not "
                                        "follow redirects: give that URL instead")
                                .arg(answer.status)
                                .arg(reply->header(QNetworkRequest::LocationHeader)
                                         .toUrl()
                                         .toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)));
    if (answer.status >= 400 && !acceptedStatuses.contains(answer.status))
        return failure(url, concord::tr("the node refused the request (HTTP %1): %2")
                                .arg(answer.status)
                                .arg(firstLine(answer.body)));
    if (answer.status > 0 && (error == QNetworkReply::NoError || answer.status >= 400))
        return answer;
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return failure(url, concord::tr("connection refused: nothing listens on port %1 of %2")
                                .arg(url.port(url.scheme() == QLatin1String("https") ? 443 : 80))
                                .arg(url.host()));
    case QNetworkReply::HostNotFoundError:
        return failure(url, concord::tr("the host name %1 is unknown").arg(url.host()));
    case QNetworkReply::OperationCanceledError: // what the transfer time-out aborts with
    case QNetworkReply::TimeoutError:
        return failure(
            url, concord::tr("no answer within %n second(s)", nullptr, m_options.timeoutSeconds));
    case QNetworkReply::RemoteHostClosedError:
        return failure(url, concord::tr("the node closed the connection without an answer"));
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::UnknownNetworkError:
        if (!tlsProblems.isEmpty() || error == QNetworkReply::SslHandshakeFailedError)
            return failure(url, concord::tr("TLS failed: %1")
                                    .arg(tlsProblems.isEmpty()
                                             ? reply->errorString()
                                             : tlsProblems.join(QStringLiteral("; "))));
        break;
    default: break;
    }
    return failure(url, reply->errorString());
}

} // namespace concord::pacsdetail
