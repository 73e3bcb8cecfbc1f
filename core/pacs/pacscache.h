// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/item.h"
#include "core/pacs/pacsnode.h"
#include "core/util/error.h"

#include <QString>

#include <optional>

namespace concord {

// Whether `text` is a DICOM UID: 1 to 64 characters, digits and dots, no empty component
// (PS3.5 9.1). Only such a UID ever becomes part of a path (docs/pacs.md, "The cache").
bool isDicomUid(const QString &text);

// Where a PACS node's retrieved instances lie inside a project:
// <project>/pacs/<node name>/<Study UID>/<Series UID>/<SOP Instance UID>.dcm, with node.json
// beside the studies saying which node that was (name, AE titles, host, port; no patient
// data). Items refer to these files, so the images open without the node.
class PacsCache
{
public:
    static constexpr const char *FolderName = "pacs";

    PacsCache(const QString &projectRoot, const QString &nodeName);

    const QString &projectRoot() const { return m_projectRoot; }
    QString nodeFolder() const;
    // The folder of one study; empty when the UID is not one.
    QString studyFolder(const QString &studyUid) const;
    // The file of one instance, or why the UIDs cannot name one.
    Expected<QString> instancePath(const QString &studyUid, const QString &seriesUid,
                                   const QString &sopInstanceUid) const;
    // Whether that instance is in the cache already (a complete file: partial files carry
    // another name until they are complete).
    bool holds(const QString &studyUid, const QString &seriesUid,
               const QString &sopInstanceUid) const;
    // Writes node.json, creating the node's folder; refuses a link planted on the way.
    MaybeError recordNode(const PacsNode &node) const;
    // Creates the folder of `path` (inside the node folder) and refuses links on the way.
    MaybeError prepareFolderFor(const QString &path) const;

private:
    QString m_projectRoot;
    QString m_nodeName;
};

// Where an item came from on a PACS: the node's name (its folder in the cache) and the UIDs.
struct PacsReference
{
    QString nodeName;
    QString studyInstanceUid;
    QString seriesInstanceUid;
    QString sopInstanceUid;
};

// The PACS reference of an item retrieved into the cache, read from its path and UIDs; nothing
// for an item imported otherwise.
std::optional<PacsReference> pacsReferenceOf(const Item &item);

} // namespace concord
