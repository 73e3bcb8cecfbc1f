// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/orthancfixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTimer>
#include <QUrl>

namespace concord::test {

quint16 freeLoopbackPort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
}

OrthancServer::~OrthancServer()
{
    stop();
}

QString OrthancServer::binary()
{
    const QString found = QStandardPaths::findExecutable(
        QStringLiteral("Orthanc"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"),
                                    QStringLiteral("/usr/local/bin")});
    return found;
}

namespace {

// One HTTP request to the local server, waiting at most `timeoutMs`; the status code, or 0
// when no answer came.
int httpRequest(const QUrl &url, const QByteArray *body, int timeoutMs,
                QByteArray *answer = nullptr, const OrthancSetup &setup = {})
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    if (!setup.user.isEmpty())
        request.setRawHeader(
            "Authorization",
            "Basic " + (setup.user + QLatin1Char(':') + setup.password).toUtf8().toBase64());
    QNetworkReply *reply = nullptr;
    if (body) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/dicom"));
        reply = manager.post(request, *body);
    } else {
        reply = manager.get(request);
    }
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs + 500, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (answer)
        *answer = reply->readAll();
    reply->abort();
    reply->deleteLater();
    return status;
}

} // namespace

QString OrthancServer::dicomWebPlugin()
{
    const QString plugin = QStringLiteral("/usr/share/orthanc/plugins/libOrthancDicomWeb.so");
    return QFileInfo::exists(plugin) ? plugin : QString();
}

QString OrthancServer::start(const QString &folder, quint16 movePort, const OrthancSetup &setup)
{
    m_setup = setup;
    if (setup.dicomWeb && dicomWebPlugin().isEmpty())
        return QStringLiteral("the DICOMweb plugin of Orthanc is not installed");
    return start(folder, movePort);
}

QString OrthancServer::start(const QString &folder, quint16 movePort)
{
    // Another program may take a port between our pick and Orthanc's bind: try twice.
    QString failure = startOnce(folder, movePort);
    if (!failure.isEmpty()) {
        stop();
        failure = startOnce(folder, movePort);
    }
    return failure;
}

QString OrthancServer::startOnce(const QString &folder, quint16 movePort)
{
    m_dicomPort = freeLoopbackPort();
    m_httpPort = freeLoopbackPort();
    while (m_httpPort == m_dicomPort || m_httpPort == movePort)
        m_httpPort = freeLoopbackPort();
    const QString storage = folder + QStringLiteral("/orthanc-storage");
    QDir().mkpath(storage);
    QJsonObject modalities;
    modalities[QStringLiteral("concord")] =
        QJsonArray{QLatin1String(ConcordAeTitle), QStringLiteral("127.0.0.1"), int(movePort)};
    const bool tls = !m_setup.tlsCertificate.isEmpty();
    if (tls) // only the object form of a modality takes UseDicomTls (Orthanc >= 1.9)
        modalities[QStringLiteral("concord")] =
            QJsonObject{{QStringLiteral("AET"), QLatin1String(ConcordAeTitle)},
                        {QStringLiteral("Host"), QStringLiteral("127.0.0.1")},
                        {QStringLiteral("Port"), int(movePort)},
                        {QStringLiteral("UseDicomTls"), true}};
    QJsonObject configuration{
        {QStringLiteral("Name"), QStringLiteral("ConcordTest")},
        {QStringLiteral("StorageDirectory"), storage},
        {QStringLiteral("IndexDirectory"), storage},
        {QStringLiteral("DicomAet"), QLatin1String(AeTitle)},
        {QStringLiteral("DicomPort"), int(m_dicomPort)},
        {QStringLiteral("HttpPort"), int(m_httpPort)},
        {QStringLiteral("RemoteAccessAllowed"), false},
        {QStringLiteral("AuthenticationEnabled"), false},
        {QStringLiteral("DicomCheckCalledAet"), true},
        {QStringLiteral("DicomAlwaysAllowEcho"), true},
        {QStringLiteral("DicomAlwaysAllowStore"), true},
        {QStringLiteral("DicomModalities"), modalities},
        {QStringLiteral("Plugins"), QJsonArray{}},
        {QStringLiteral("HttpServerEnabled"), true},
        {QStringLiteral("DicomServerEnabled"), true},
        {QStringLiteral("StorageCompression"), false},
        {QStringLiteral("SaveJobs"), false},
    };
    if (m_setup.dicomWeb) {
        configuration[QStringLiteral("Plugins")] = QJsonArray{dicomWebPlugin()};
        configuration[QStringLiteral("DicomWeb")] =
            QJsonObject{{QStringLiteral("Enable"), true},
                        {QStringLiteral("Root"), QStringLiteral("/dicom-web/")}};
    }
    if (tls) {
        configuration[QStringLiteral("DicomTlsEnabled")] = true;
        configuration[QStringLiteral("DicomTlsCertificate")] = m_setup.tlsCertificate;
        configuration[QStringLiteral("DicomTlsPrivateKey")] = m_setup.tlsKey;
        configuration[QStringLiteral("DicomTlsTrustedCertificates")] = m_setup.tlsTrusted;
        configuration[QStringLiteral("DicomTlsRemoteCertificateRequired")] =
            m_setup.tlsClientCertificateRequired;
    }
    if (!m_setup.user.isEmpty()) {
        configuration[QStringLiteral("AuthenticationEnabled")] = true;
        configuration[QStringLiteral("RegisteredUsers")] =
            QJsonObject{{m_setup.user, m_setup.password}};
    }
    const QString configPath = folder + QStringLiteral("/orthanc.json");
    QFile file(configPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(QJsonDocument(configuration).toJson()) < 0)
        return QStringLiteral("cannot write %1").arg(configPath);
    file.close();
    m_logPath = folder + QStringLiteral("/orthanc.log");
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(m_logPath);
    m_process.start(binary(), {configPath});
    if (!m_process.waitForStarted(5000))
        return QStringLiteral("Orthanc did not start: %1").arg(m_process.errorString());
    QElapsedTimer waiting;
    waiting.start();
    const QUrl system(QStringLiteral("http://127.0.0.1:%1/system").arg(m_httpPort));
    while (waiting.elapsed() < 20000) {
        if (m_process.state() != QProcess::Running)
            return QStringLiteral("Orthanc stopped at start:\n%1").arg(log());
        if (httpRequest(system, nullptr, 1000, nullptr, m_setup) == 200)
            return {};
        QEventLoop pause;
        QTimer::singleShot(100, &pause, &QEventLoop::quit);
        pause.exec();
    }
    return QStringLiteral("Orthanc did not answer within 20 s:\n%1").arg(log());
}

void OrthancServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

QString OrthancServer::upload(const QString &file) const
{
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1").arg(file);
    const QByteArray body = input.readAll();
    QByteArray answer;
    const int status =
        httpRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/instances").arg(m_httpPort)), &body,
                    10000, &answer, m_setup);
    if (status != 200)
        return QStringLiteral("upload of %1 answered %2: %3")
            .arg(file)
            .arg(status)
            .arg(QString::fromUtf8(answer));
    return {};
}

PacsNode OrthancServer::node() const
{
    PacsNode node;
    node.name = QStringLiteral("orthanc");
    node.calledAeTitle = QLatin1String(AeTitle);
    node.host = QStringLiteral("127.0.0.1");
    node.port = m_dicomPort;
    node.callingAeTitle = QLatin1String(ConcordAeTitle);
    return node;
}

PacsNode OrthancServer::webNode() const
{
    PacsNode node;
    node.name = QStringLiteral("orthanc-web");
    node.protocol = PacsProtocol::DicomWeb;
    node.url = dicomWebUrl();
    return node;
}

QString OrthancServer::dicomWebUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/dicom-web").arg(m_httpPort);
}

QString OrthancServer::log() const
{
    QFile file(m_logPath);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll().right(4000))
                                          : QString();
}

} // namespace concord::test
