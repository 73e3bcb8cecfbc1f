// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pacs/pacscache.h"

#include "core/storage/atomicfile.h"
#include "core/storage/jsonsupport.h"
#include "core/storage/safepath.h"
#include "core/util/translation.h"

#include <QDir>
#include <QFileInfo>

namespace concord {

bool isDicomUid(const QString &text)
{
    constexpr int MaxUidLength = 64;
    if (text.isEmpty() || text.size() > MaxUidLength)
        return false;
    bool componentStarted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('.')) {
            if (!componentStarted)
                return false; // leading dot or an empty component
            componentStarted = false;
        } else if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            componentStarted = true;
        } else {
            return false;
        }
    }
    return componentStarted; // no trailing dot
}

PacsCache::PacsCache(const QString &projectRoot, const QString &nodeName)
    : m_projectRoot(QDir::cleanPath(projectRoot))
    , m_nodeName(nodeName)
{}

QString PacsCache::nodeFolder() const
{
    return QStringLiteral("%1/%2/%3").arg(m_projectRoot, QLatin1String(FolderName), m_nodeName);
}

QString PacsCache::studyFolder(const QString &studyUid) const
{
    if (!isDicomUid(studyUid) || !nodeNameProblem(m_nodeName).isEmpty())
        return {};
    return nodeFolder() + QLatin1Char('/') + studyUid;
}

Expected<QString> PacsCache::instancePath(const QString &studyUid, const QString &seriesUid,
                                          const QString &sopInstanceUid) const
{
    if (QString problem = nodeNameProblem(m_nodeName); !problem.isEmpty())
        return FileError{m_nodeName, problem};
    for (const QString &uid : {studyUid, seriesUid, sopInstanceUid}) {
        if (!isDicomUid(uid))
            return FileError{uid.left(80),
                             concord::tr("not a DICOM UID (digits and dots), so it cannot name "
                                         "a file in the cache")};
    }
    return QStringLiteral("%1/%2/%3/%4.dcm").arg(nodeFolder(), studyUid, seriesUid, sopInstanceUid);
}

bool PacsCache::holds(const QString &studyUid, const QString &seriesUid,
                      const QString &sopInstanceUid) const
{
    const Expected<QString> path = instancePath(studyUid, seriesUid, sopInstanceUid);
    return path && QFileInfo(*path).isFile() && QFileInfo(*path).size() > 0;
}

MaybeError PacsCache::prepareFolderFor(const QString &path) const
{
    const QString folder = QFileInfo(path).absolutePath();
    // A link planted in pacs/ must not carry the files out of the project.
    if (MaybeError linked = SafePath::refuseLinksBelow(m_projectRoot, folder))
        return linked;
    if (!QDir().mkpath(folder))
        return FileError{folder, concord::tr("cannot create folder")};
    return SafePath::refuseLinksBelow(m_projectRoot, path);
}

MaybeError PacsCache::recordNode(const PacsNode &node) const
{
    const QString path = nodeFolder() + QStringLiteral("/node.json");
    if (MaybeError problem = prepareFolderFor(path))
        return problem;
    Json json;
    json["name"] = toStd(node.name);
    if (node.protocol == PacsProtocol::DicomWeb) {
        // The URL only: who logs in, and with what, is the user's, not the project's.
        json["protocol"] = "dicomweb";
        json["url"] = toStd(node.url);
        return writeFileAtomically(path, QByteArray::fromStdString(json.dump(2) + "\n"));
    }
    json["calledAeTitle"] = toStd(node.calledAeTitle);
    json["host"] = toStd(node.host);
    json["port"] = node.port;
    json["callingAeTitle"] = toStd(node.callingAeTitle);
    return writeFileAtomically(path, QByteArray::fromStdString(json.dump(2) + "\n"));
}

std::optional<PacsReference> pacsReferenceOf(const Item &item)
{
    const QStringList parts = item.path.split(QLatin1Char('/'));
    if (parts.size() != 5 || parts[0] != QLatin1String(PacsCache::FolderName) ||
        !nodeNameProblem(parts[1]).isEmpty())
        return std::nullopt;
    if (parts[2] != item.studyInstanceUid || parts[3] != item.seriesInstanceUid ||
        parts[4] != item.sopInstanceUid + QStringLiteral(".dcm"))
        return std::nullopt;
    return PacsReference{parts[1], item.studyInstanceUid, item.seriesInstanceUid,
                         item.sopInstanceUid};
}

} // namespace concord
