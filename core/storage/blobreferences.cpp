// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/blobreferences.h"

#include "core/storage/jsonsupport.h"
#include "core/util/translation.h"

#include <QCoreApplication>

namespace concord {

void BlobReferences::addJournal(const QByteArray &journal, const QString &journalFile)
{
    static const QByteArray key = QByteArrayLiteral("\"blob\"");
    qsizetype hit = journal.indexOf(key);
    while (hit >= 0) {
        const qsizetype lineStart = journal.lastIndexOf('\n', hit) + 1;
        qsizetype lineEnd = journal.indexOf('\n', hit);
        if (lineEnd < 0)
            lineEnd = journal.size();
        const Json line =
            Json::parse(journal.constData() + lineStart, journal.constData() + lineEnd, nullptr,
                        /*allow_exceptions=*/false);
        const Json *data = line.is_object() && line.contains("data") ? &line["data"] : nullptr;
        if (data && data->is_object() && data->contains("blob") && (*data)["blob"].is_string()) {
            const QString name = fromStd((*data)["blob"].get<std::string>());
            if (!m_names.contains(name)) {
                m_names.insert(name);
                m_references.push_back({name, journalFile});
            }
        }
        hit = journal.indexOf(key, lineEnd);
    }
}

Expected<std::vector<NamedBlob>> BlobReferences::loadMissingFrom(const BlobStore &source,
                                                                 const BlobStore *target) const
{
    std::vector<NamedBlob> blobs;
    for (const BlobReference &reference : m_references) {
        if (target && target->contains(reference.blobName))
            continue;
        Expected<QByteArray> contents = source.load(reference.blobName);
        if (!contents) {
            return FileError{contents.error().path,
                             concord::tr("%1; %2 needs it for mask pixels")
                                 .arg(contents.error().message, reference.journal)};
        }
        blobs.push_back({reference.blobName, std::move(*contents)});
    }
    return blobs;
}

} // namespace concord
