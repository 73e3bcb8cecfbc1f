// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/pacs: HTTP requests to a DICOMweb node, synchronous for the caller
// (docs/pacs.md, "DICOMweb").

#include "core/pacs/pacsnode.h"
#include "core/pacs/pacsoptions.h"
#include "core/util/error.h"

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>

#include <atomic>

class QNetworkReply;
class QUrl;

namespace concord::pacsdetail {

struct WebAnswer
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    // The Warning header, by which a QIDO-RS server says it has more matches than it sent
    // (PS3.18 8.3.4.3; docs/pacs.md, "Paging").
    QByteArray warning;
};

// Sends requests to one DICOMweb node, one at a time, each waited for in a local QEventLoop on
// the calling thread, bounded by the time-out (QNetworkRequest::setTransferTimeout) and
// aborted when `cancel` is set. Adds the node's authentication; follows no redirect, so the
// credentials never travel to another server. Failures are FileErrors naming the node and the
// URL (without its query, which may hold patient names) in plain words. Lives on one thread.
class DicomWebClient
{
public:
    using Query = QList<QPair<QString, QString>>;

    DicomWebClient(const PacsNode &node, const PacsOptions &options,
                   const std::atomic<bool> *cancel = nullptr);

    // Checks the node and reads its secret (password or token) from where the node says; call
    // before the first request.
    MaybeError prepare();

    // GET `path` below the base URL, with `query` (percent-encoded here).
    Expected<WebAnswer> get(const QString &path, const Query &query, const QByteArray &accept);
    // POST `body` to `path`. `acceptedStatuses` lists the non-2xx statuses whose body is an
    // answer rather than a failure (STOW-RS's 409 carries the per-instance results).
    Expected<WebAnswer> post(const QString &path, const QByteArray &contentType,
                             const QByteArray &body, const QByteArray &accept,
                             const QList<int> &acceptedStatuses = {});

    // Whether the last request ended because `cancel` was set.
    bool wasCancelled() const { return m_cancelled; }
    // The HTTP status of the last request, 0 when no answer came (refused, time-out, TLS).
    int lastStatus() const { return m_lastStatus; }
    const PacsNode &node() const { return m_node; }

private:
    QUrl urlFor(const QString &path, const Query &query) const;
    Expected<WebAnswer> run(bool post, const QUrl &url, const QByteArray &contentType,
                            const QByteArray &body, const QByteArray &accept,
                            const QList<int> &acceptedStatuses);
    FileError failure(const QUrl &url, const QString &what) const;

    PacsNode m_node;
    PacsOptions m_options;
    const std::atomic<bool> *m_cancel;
    QByteArray m_authorization; // the Authorization header's value, empty for none
    QNetworkAccessManager m_manager;
    bool m_cancelled = false;
    int m_lastStatus = 0;
};

} // namespace concord::pacsdetail
