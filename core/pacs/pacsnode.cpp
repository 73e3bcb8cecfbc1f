// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pacs/pacsnode.h"

#include "core/util/translation.h"

#include <QUrl>

#include <algorithm>

namespace concord {

QString PacsNode::address() const
{
    if (protocol == PacsProtocol::DicomWeb)
        return url;
    return QStringLiteral("%1@%2:%3").arg(calledAeTitle, host).arg(port);
}

static bool isNodeNameCharacter(QChar c)
{
    return (c.unicode() < 0x80 && c.isLetterOrNumber()) || c == QLatin1Char('.') ||
           c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('@');
}

// The address as a folder name: characters a node name may not hold become '_'.
static QString nameForAddress(const QString &address)
{
    QString name = address.left(PacsNode::MaxNameLength);
    for (QChar &c : name) {
        if (!isNodeNameCharacter(c))
            c = QLatin1Char('_');
    }
    if (name.startsWith(QLatin1Char('.')))
        name[0] = QLatin1Char('_');
    return name;
}

QString PacsNode::description() const
{
    // A node named after its address (given on the command line) is named by the address.
    return name == nameForAddress(address()) ? address()
                                             : QStringLiteral("%1 (%2)").arg(name, address());
}

QString aeTitleProblem(const QString &title)
{
    constexpr int MaxAeTitleLength = 16;
    if (title.trimmed().isEmpty())
        return concord::tr("an AE title may not be empty");
    if (title.size() > MaxAeTitleLength)
        return concord::tr("the AE title \"%1\" is longer than 16 characters").arg(title);
    const bool printable = std::all_of(title.cbegin(), title.cend(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7f && c != QLatin1Char('\\');
    });
    if (!printable)
        return concord::tr("the AE title \"%1\" may hold only printable ASCII characters and no "
                           "backslash")
            .arg(title);
    return {};
}

QString nodeNameProblem(const QString &name)
{
    if (name.isEmpty())
        return concord::tr("a node needs a name");
    if (name.size() > PacsNode::MaxNameLength)
        return concord::tr("the node name \"%1\" is longer than %2 characters")
            .arg(name)
            .arg(PacsNode::MaxNameLength);
    const bool allowed = std::all_of(name.cbegin(), name.cend(), isNodeNameCharacter);
    if (!allowed || name.startsWith(QLatin1Char('.')))
        return concord::tr("the node name \"%1\" may hold only letters, digits, '.', '-', '_' and "
                           "'@', and may not start with '.'")
            .arg(name);
    return {};
}

// The URL as messages show it: without a user name or password, which it should not hold.
static QString shownUrl(const QString &text)
{
    const QUrl url(text);
    if (url.isValid())
        return url.toString(QUrl::RemoveUserInfo).left(200);
    const qsizetype scheme = text.indexOf(QLatin1String("://"));
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    if (scheme >= 0 && at > scheme)
        return (text.left(scheme + 3) + text.mid(at + 1)).left(200);
    return text.left(200);
}

QString dicomWebUrlProblem(const QString &text)
{
    // Said plainly: an empty field is not a malformed URL.
    if (text.trimmed().isEmpty())
        return concord::tr("a DICOMweb node needs a base URL, e.g. "
                           "http://127.0.0.1:8042/dicom-web");
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return concord::tr("\"%1\" is not an http or https URL; write it as "
                           "http://host:port/path, e.g. http://127.0.0.1:8042/dicom-web")
            .arg(shownUrl(text));
    if (url.host().isEmpty())
        return concord::tr("the URL \"%1\" has no host").arg(shownUrl(text));
    // A password in the URL would be saved in the settings and shown in every message.
    if (!url.userInfo().isEmpty())
        return concord::tr("the URL may not hold a user name or password; give the user, and "
                           "where the password is, as the node's authentication (on the command "
                           "line --basic-user and --password-env)");
    if (url.hasQuery() || url.hasFragment())
        return concord::tr("the base URL \"%1\" may not have a query or a fragment")
            .arg(shownUrl(text));
    return {};
}

// What is wrong with the DICOMweb side of a node, or an empty string.
static QString dicomWebNodeProblem(const PacsNode &node)
{
    if (QString problem = dicomWebUrlProblem(node.url); !problem.isEmpty())
        return problem;
    const bool hasSecretSource = !node.secretEnvironment.isEmpty() || !node.secretFile.isEmpty();
    switch (node.authentication) {
    case WebAuthentication::None:
        if (hasSecretSource || !node.user.isEmpty())
            return concord::tr("a user, password or token is given but no authentication");
        return {};
    case WebAuthentication::Basic:
        if (node.user.isEmpty() || node.user.contains(QLatin1Char(':')))
            return concord::tr("Basic authentication needs a user name without ':'");
        break;
    case WebAuthentication::Bearer:
        if (!node.user.isEmpty())
            return concord::tr("a bearer token goes without a user name");
        break;
    }
    if (!hasSecretSource)
        return concord::tr("the authentication needs an environment variable or a file holding "
                           "the secret");
    const auto isVariableCharacter = [](QChar c) {
        return (c.unicode() < 0x80 && c.isLetterOrNumber()) || c == QLatin1Char('_');
    };
    if (!std::all_of(node.secretEnvironment.cbegin(), node.secretEnvironment.cend(),
                     isVariableCharacter))
        return concord::tr("\"%1\" is not an environment variable's name")
            .arg(node.secretEnvironment.left(80));
    return {};
}

QString tlsSettingsProblem(const PacsNode &node)
{
    const bool anyFile = !node.tlsCaFile.isEmpty() || !node.tlsCertificateFile.isEmpty() ||
                         !node.tlsKeyFile.isEmpty();
    if (!node.tls)
        return anyFile ? concord::tr("TLS certificate files are given but TLS is off") : QString();
    if (node.tlsCaFile.trimmed().isEmpty())
        return concord::tr("TLS needs the CA certificate file that signs the node's certificate");
    if (node.tlsCertificateFile.isEmpty() != node.tlsKeyFile.isEmpty())
        return concord::tr("Concord's TLS certificate and its private key go together: give "
                           "both or neither");
    return {};
}

MaybeError checkPacsNode(const PacsNode &node)
{
    QString problem = nodeNameProblem(node.name);
    if (problem.isEmpty() && node.protocol == PacsProtocol::DicomWeb) {
        problem = dicomWebNodeProblem(node);
        return problem.isEmpty() ? MaybeError() : FileError{node.name, problem};
    }
    if (problem.isEmpty())
        problem = aeTitleProblem(node.calledAeTitle);
    if (problem.isEmpty())
        problem = aeTitleProblem(node.callingAeTitle);
    if (problem.isEmpty() && node.host.trimmed().isEmpty())
        problem = concord::tr("the node has no host");
    if (problem.isEmpty() && node.port == 0)
        problem = concord::tr("the node has no port");
    if (problem.isEmpty())
        problem = tlsSettingsProblem(node);
    if (problem.isEmpty())
        return std::nullopt;
    return FileError{node.name, problem};
}

Expected<PacsNode> parsePacsAddress(const QString &text)
{
    if (text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
        text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)) {
        PacsNode node;
        node.protocol = PacsProtocol::DicomWeb;
        node.url = text;
        while (node.url.endsWith(QLatin1Char('/')))
            node.url.chop(1);
        node.name = nameForAddress(node.address());
        if (MaybeError problem = checkPacsNode(node))
            return FileError{shownUrl(text), problem->message};
        return node;
    }
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    if (at <= 0)
        return FileError{text, concord::tr("not a node address: write it as AET@host:port")};
    PacsNode node;
    node.calledAeTitle = text.left(at);
    QString hostAndPort = text.mid(at + 1);
    const qsizetype colon = hostAndPort.lastIndexOf(QLatin1Char(':'));
    if (colon >= 0) {
        bool ok = false;
        const uint port = hostAndPort.mid(colon + 1).toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return FileError{text, concord::tr("\"%1\" is not a port number (1 to 65535)")
                                       .arg(hostAndPort.mid(colon + 1))};
        node.port = quint16(port);
        hostAndPort.truncate(colon);
    }
    node.host = hostAndPort;
    node.name = nameForAddress(node.address());
    if (MaybeError problem = checkPacsNode(node))
        return FileError{text, problem->message};
    return node;
}

} // namespace concord
