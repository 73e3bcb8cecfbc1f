// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pacs/pacsnodebook.h"

#include "core/util/translation.h"

#include <QSettings>

#include <algorithm>
#include <utility>

namespace concord {

namespace {
const QString NodesKey = QStringLiteral("pacs/nodes");
const QString NameKey = QStringLiteral("name");
const QString CalledKey = QStringLiteral("calledAeTitle");
const QString HostKey = QStringLiteral("host");
const QString PortKey = QStringLiteral("port");
const QString CallingKey = QStringLiteral("callingAeTitle");
const QString TlsKey = QStringLiteral("tls");
const QString TlsCaFileKey = QStringLiteral("tlsCaFile");
const QString TlsCertificateFileKey = QStringLiteral("tlsCertificateFile");
const QString TlsKeyFileKey = QStringLiteral("tlsKeyFile");
const QString ProtocolKey = QStringLiteral("protocol");
const QString UrlKey = QStringLiteral("url");
const QString AuthenticationKey = QStringLiteral("authentication");
const QString UserKey = QStringLiteral("user");
const QString SecretEnvironmentKey = QStringLiteral("secretEnvironment");
const QString SecretFileKey = QStringLiteral("secretFile");

const QString DicomWebName = QStringLiteral("dicomweb");
const QString BasicName = QStringLiteral("basic");
const QString BearerName = QStringLiteral("bearer");

// The DICOMweb side of a saved node; only names of where secrets are, never secrets. Returns
// what cannot be read as a node (an authentication this version does not know), or nothing.
QString loadWebSide(QSettings &settings, PacsNode &node)
{
    node.protocol = PacsProtocol::DicomWeb;
    node.url = settings.value(UrlKey).toString();
    const QString authentication = settings.value(AuthenticationKey).toString();
    node.authentication = authentication == BasicName    ? WebAuthentication::Basic
                          : authentication == BearerName ? WebAuthentication::Bearer
                                                         : WebAuthentication::None;
    node.user = settings.value(UserKey).toString();
    node.secretEnvironment = settings.value(SecretEnvironmentKey).toString();
    node.secretFile = settings.value(SecretFileKey).toString();
    if (node.authentication == WebAuthentication::None && !authentication.isEmpty())
        return concord::tr("an unknown authentication \"%1\"").arg(authentication.left(40));
    return {};
}

void saveWebSide(QSettings &settings, const PacsNode &node)
{
    settings.setValue(ProtocolKey, DicomWebName);
    settings.setValue(UrlKey, node.url);
    if (node.authentication != WebAuthentication::None)
        settings.setValue(AuthenticationKey,
                          node.authentication == WebAuthentication::Basic ? BasicName : BearerName);
    if (!node.user.isEmpty())
        settings.setValue(UserKey, node.user);
    if (!node.secretEnvironment.isEmpty())
        settings.setValue(SecretEnvironmentKey, node.secretEnvironment);
    if (!node.secretFile.isEmpty())
        settings.setValue(SecretFileKey, node.secretFile);
}
} // namespace

PacsNodeBook PacsNodeBook::load(QSettings &settings, std::vector<FileError> *problems)
{
    PacsNodeBook book;
    const int count = settings.beginReadArray(NodesKey);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        PacsNode node;
        node.name = settings.value(NameKey).toString();
        QString unreadable;
        if (settings.value(ProtocolKey).toString() == DicomWebName) {
            unreadable = loadWebSide(settings, node);
        } else {
            node.calledAeTitle = settings.value(CalledKey).toString();
            node.host = settings.value(HostKey).toString();
            const uint port = settings.value(PortKey).toUInt();
            node.port = port <= 65535 ? quint16(port) : 0;
            node.callingAeTitle = settings.value(CallingKey, node.callingAeTitle).toString();
            node.tls = settings.value(TlsKey, false).toBool();
            // Paths only: the files are read when the node is used (docs/pacs.md, "TLS").
            node.tlsCaFile = settings.value(TlsCaFileKey).toString();
            node.tlsCertificateFile = settings.value(TlsCertificateFileKey).toString();
            node.tlsKeyFile = settings.value(TlsKeyFileKey).toString();
        }
        MaybeError problem = checkPacsNode(node);
        if (!problem && !unreadable.isEmpty())
            problem = FileError{node.name, unreadable};
        if (!problem && book.find(node.name))
            problem = FileError{node.name, concord::tr("a second node of this name")};
        if (problem) {
            if (problems)
                problems->push_back(
                    {settings.fileName(),
                     concord::tr("PACS node %1 left out: %2").arg(i + 1).arg(problem->toString())});
            continue;
        }
        book.m_nodes.push_back(std::move(node));
    }
    settings.endArray();
    return book;
}

void PacsNodeBook::save(QSettings &settings) const
{
    settings.remove(NodesKey);
    settings.beginWriteArray(NodesKey, int(m_nodes.size()));
    for (int i = 0; i < int(m_nodes.size()); ++i) {
        const PacsNode &node = m_nodes[size_t(i)];
        settings.setArrayIndex(i);
        settings.setValue(NameKey, node.name);
        if (node.protocol == PacsProtocol::DicomWeb) {
            saveWebSide(settings, node);
            continue;
        }
        settings.setValue(CalledKey, node.calledAeTitle);
        settings.setValue(HostKey, node.host);
        settings.setValue(PortKey, uint(node.port));
        settings.setValue(CallingKey, node.callingAeTitle);
        settings.setValue(TlsKey, node.tls);
        const std::pair<const QString *, const QString *> tlsFiles[] = {
            {&TlsCaFileKey, &node.tlsCaFile},
            {&TlsCertificateFileKey, &node.tlsCertificateFile},
            {&TlsKeyFileKey, &node.tlsKeyFile}};
        for (const auto &[key, file] : tlsFiles) {
            if (!file->isEmpty())
                settings.setValue(*key, *file);
        }
    }
    settings.endArray();
    settings.sync();
}

const PacsNode *PacsNodeBook::find(const QString &name) const
{
    const auto it = std::find_if(m_nodes.begin(), m_nodes.end(),
                                 [&](const PacsNode &node) { return node.name == name; });
    return it == m_nodes.end() ? nullptr : &*it;
}

MaybeError PacsNodeBook::add(const PacsNode &node)
{
    if (MaybeError problem = checkPacsNode(node))
        return problem;
    if (find(node.name))
        return FileError{node.name, concord::tr("a node of this name exists already")};
    m_nodes.push_back(node);
    return std::nullopt;
}

bool PacsNodeBook::remove(const QString &name)
{
    const auto it = std::find_if(m_nodes.begin(), m_nodes.end(),
                                 [&](const PacsNode &node) { return node.name == name; });
    if (it == m_nodes.end())
        return false;
    m_nodes.erase(it);
    return true;
}

} // namespace concord
