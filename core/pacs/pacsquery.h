// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pacs/pacsnode.h"
#include "core/pacs/pacsoptions.h"
#include "core/util/error.h"

#include <QString>

#include <atomic>
#include <vector>

namespace concord {

// The levels of the DICOM query/retrieve information model (PS3.4 C.6). Image is used by
// retrieval, to learn which instances a study holds.
enum class QueryLevel { Patient, Study, Series, Image };

QString queryLevelName(QueryLevel level); // "PATIENT", "STUDY", ...

// What to look for (docs/pacs.md, "Find"). Empty keys match everything. Patient name and ID
// may hold the wildcards '*' and '?'; the study date is a date (YYYYMMDD) or a range
// (FROM-TO, FROM-, -TO). Modality matches Modalities in Study at the study level and Modality
// at the series level.
struct PacsQuery
{
    QueryLevel level = QueryLevel::Study;
    QString patientId;
    QString patientName;
    QString accessionNumber;
    QString studyDate;
    QString modality;
    QString studyInstanceUid;
    QString seriesInstanceUid;
};

// Why `query` cannot be sent, or nothing: keys too long, control characters or backslashes
// (which would make one key several values), a malformed date range, a malformed UID, or a
// series key below the series level's study.
MaybeError checkPacsQuery(const PacsQuery &query);

// One answer to a C-FIND, at the level asked. Attributes the node did not return stay empty.
struct PacsMatch
{
    QueryLevel level = QueryLevel::Study;
    QString patientId;
    QString patientName;
    QString patientBirthDate;
    QString studyInstanceUid;
    QString studyDate;
    QString studyDescription;
    QString accessionNumber;
    QString modalitiesInStudy;
    QString seriesInstanceUid;
    QString seriesNumber;
    QString seriesDescription;
    QString modality;
    QString sopInstanceUid;
    QString sopClassUid;
    int relatedInstances = -1; // Number of ... Related Instances, -1 when not given
    int relatedSeries = -1;    // Number of Study Related Series (study level), -1 when not given
};

// Sends a C-FIND (Patient Root at the patient level, Study Root otherwise), or QIDO-RS page
// by page, and returns the matches in the order the node sent them, at most
// `options.maxMatches`. `cancel` is checked before each request, and for a C-FIND after each
// response; a C-FIND stops reading at the cap or the cancel and aborts its association
// (docs/pacs.md, "Paging"). Blocks the calling thread.
Expected<std::vector<PacsMatch>> findOnPacs(const PacsNode &node, const PacsQuery &query,
                                            const PacsOptions &options = {},
                                            const std::atomic<bool> *cancel = nullptr);

} // namespace concord
