// SPDX-License-Identifier: GPL-3.0-or-later
// QIDO-RS paging with "limit" and "offset" (PS3.18 8.3.4.4; docs/pacs.md, "Paging").
#include "core/pacs/dicomweb.h"
#include "core/pacs/dicomwebclient.h"
#include "core/util/translation.h"

#include <QSet>

#include <algorithm>

namespace concord::pacsdetail {

namespace {

const QByteArray DicomJson = "application/dicom+json";
// However a server answers, a search ends after this many requests: each page must bring new
// matches, so only a server inventing matches without end would get here.
constexpr int MaxPages = 10000;

// What makes a match the same match on two pages: its UID at the level asked, or, when the
// server left that out, everything it said.
QString identityOf(const PacsMatch &match)
{
    switch (match.level) {
    case QueryLevel::Patient: break;
    case QueryLevel::Study:
        if (!match.studyInstanceUid.isEmpty())
            return match.studyInstanceUid;
        break;
    case QueryLevel::Series:
        if (!match.seriesInstanceUid.isEmpty())
            return match.seriesInstanceUid;
        break;
    case QueryLevel::Image:
        if (!match.sopInstanceUid.isEmpty())
            return match.sopInstanceUid;
        break;
    }
    return QStringList{match.patientId,        match.patientName,       match.studyInstanceUid,
                       match.studyDate,        match.accessionNumber,   match.seriesInstanceUid,
                       match.seriesNumber,     match.sopInstanceUid,    match.modality,
                       match.studyDescription, match.seriesDescription, match.modalitiesInStudy}
        .join(QChar(0x1f));
}

// Whether the server says it holds more matches than it sent (PS3.18 8.3.4.3: Warning 299
// "There are additional results that can be requested").
bool announcesMore(const QByteArray &warning)
{
    return warning.toLower().contains("additional results");
}

} // namespace

Expected<std::vector<PacsMatch>> pagedQido(DicomWebClient &client, const QString &path,
                                           const QList<QPair<QString, QString>> &keys,
                                           QueryLevel level, const PacsOptions &options,
                                           const std::atomic<bool> *cancel)
{
    const int pageSize = std::max(1, options.queryPageSize);
    const int cap = std::max(0, options.maxMatches);
    std::vector<PacsMatch> matches;
    QSet<QString> seen;
    int offset = 0;
    for (int page = 0; page < MaxPages; ++page) {
        if (cancel && cancel->load())
            return FileError{client.node().description(),
                             concord::tr("QIDO-RS %1: cancelled after %n match(es)", nullptr,
                                         int(matches.size()))
                                 .arg(path)};
        const int wanted = cap > 0 ? std::min(pageSize, cap - int(matches.size())) : pageSize;
        DicomWebClient::Query query = keys;
        query.append({QStringLiteral("limit"), QString::number(wanted)});
        if (offset > 0)
            query.append({QStringLiteral("offset"), QString::number(offset)});
        Expected<WebAnswer> answer = client.get(path, query, DicomJson);
        if (!answer)
            return answer.error();
        Expected<std::vector<PacsMatch>> found = matchesFromDicomJson(answer->body, level);
        if (!found)
            return FileError{client.node().description(),
                             concord::tr("QIDO-RS %1: %2").arg(path, found.error().message)};
        const int received = int(found->size());
        int added = 0;
        for (PacsMatch &match : *found) {
            if (cap > 0 && int(matches.size()) >= cap)
                break;
            const QString identity = identityOf(match);
            if (seen.contains(identity))
                continue; // the server's matches moved between pages (one was added before)
            seen.insert(identity);
            matches.push_back(std::move(match));
            ++added;
        }
        if (offset > 0 && received > 0 && added == 0)
            return FileError{
                client.node().description(),
                concord::tr("QIDO-RS %1: asked for the matches from number %2 on, the node sent "
                            "again matches it had sent before: it does not page with "
                            "\"offset\". Stopped after %n match(es); narrow the search so that "
                            "one page of %3 holds them all",
                            nullptr, int(matches.size()))
                    .arg(path)
                    .arg(offset + 1)
                    .arg(pageSize)};
        // More than asked for: the server ignores "limit" and sent what it has in one answer.
        const bool lastPage = received > wanted || received == 0 ||
                              (received < wanted && !announcesMore(answer->warning)) ||
                              (cap > 0 && int(matches.size()) >= cap);
        if (lastPage)
            return matches;
        offset += received;
    }
    return FileError{
        client.node().description(),
        concord::tr("QIDO-RS %1: stopped after %2 pages of matches").arg(path).arg(MaxPages)};
}

} // namespace concord::pacsdetail
