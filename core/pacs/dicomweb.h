// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/pacs: echo, find, retrieve and send over DICOMweb (QIDO-RS, WADO-RS,
// STOW-RS; PS3.18). The public functions (echoPacsNode, findOnPacs, retrieveToCache,
// sendToPacs) call these for a node whose protocol is DICOMweb (docs/pacs.md, "DICOMweb").

#include "core/pacs/pacscache.h"
#include "core/pacs/pacsecho.h"
#include "core/pacs/pacsquery.h"
#include "core/pacs/pacsretrieve.h"
#include "core/pacs/pacssend.h"

#include <QByteArray>
#include <QList>
#include <QPair>

#include <utility>
#include <vector>

namespace concord::pacsdetail {

// A QIDO-RS search for studies with limit=1: the node answers and accepts Concord.
Expected<EchoReply> echoDicomWeb(const PacsNode &node, const PacsOptions &options);

// QIDO-RS at the study, series or instance level (the patient level gathers the studies'
// patients), page by page. Returns the matches in the order the node sent them.
Expected<std::vector<PacsMatch>> findOnDicomWeb(const PacsNode &node, const PacsQuery &query,
                                                const PacsOptions &options,
                                                const std::atomic<bool> *cancel = nullptr);

// Matches from a QIDO-RS answer in the DICOM JSON model (PS3.18 F.2), or why it is not one.
Expected<std::vector<PacsMatch>> matchesFromDicomJson(const QByteArray &json, QueryLevel level);

class DicomWebClient;

// Asks `path` with `keys` for pages of `options.queryPageSize` matches ("limit", "offset")
// until a page comes back shorter without the server's Warning of more, or
// `options.maxMatches` are in, checking `cancel` between pages. A match seen on an earlier
// page is not taken twice; a page of nothing but such matches means the server ignores
// "offset", and the search stops with a message saying so (docs/pacs.md, "Paging").
Expected<std::vector<PacsMatch>> pagedQido(DicomWebClient &client, const QString &path,
                                           const QList<QPair<QString, QString>> &keys,
                                           QueryLevel level, const PacsOptions &options,
                                           const std::atomic<bool> *cancel);

// One instance to fetch: its Series and SOP Instance UIDs (both shown to be UIDs).
using WadoInstance = std::pair<QString, QString>;

// Fetches `missing` one by one with WADO-RS into the cache through the same writer as C-GET,
// checking `cancel` between and during instances; stops at the first failure to reach the
// node. What went wrong with single instances is added to `report.problems`.
MaybeError fetchByWado(const PacsCache &cache, const PacsNode &node, const QString &studyUid,
                       const std::vector<WadoInstance> &missing, const PacsOptions &options,
                       const RetrieveProgress &progress, const std::atomic<bool> *cancel,
                       RetrieveReport &report);

// STOW-RS: one POST of a multipart/related body per file, a receipt per file from the node's
// ReferencedSOPSequence and FailedSOPSequence.
Expected<std::vector<StoreReceipt>> sendToDicomWeb(const PacsNode &node, const QStringList &files,
                                                   const PacsOptions &options,
                                                   const std::function<void(int, int)> &progress,
                                                   const std::atomic<bool> *cancel);

} // namespace concord::pacsdetail
