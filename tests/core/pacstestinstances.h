// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The small DICOM instances the PACS tests upload to their Orthanc, and what they check a
// retrieval by: shared by tst_pacs, tst_dicomweb and tst_pacsdialogs (docs/pacs.md, "Tests").
#include "core/imaging/dicomwriter.h"
#include "core/project/workspace.h"
#include "tests/core/dicomtestfixtures.h"

#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>

#include <QDebug>
#include <QDir>
#include <QString>

#include <set>

namespace concord::test {

struct Instance
{
    QString study;
    QString series;
    QString sop;
    QString modality;
    QString patientId;
    QString patientName;
    QString studyDate;
    QString accession;
};

// Writes `instance` into `folder` as a 16 x 12 image whose pixels follow from its SOP UID;
// the file, or an empty string (after a warning saying why) when writing failed.
inline QString writeInstance(const Instance &instance, const QString &folder)
{
    Image image = makeGreyImage(16, 12, CV_16U, 12, 1, qHash(instance.sop));
    image.metadata.studyInstanceUid = instance.study;
    image.metadata.seriesInstanceUid = instance.series;
    image.metadata.sopInstanceUid = instance.sop;
    image.metadata.patientId = instance.patientId;
    image.metadata.patientName = instance.patientName;
    image.metadata.studyDate = instance.studyDate;
    DicomWriteOptions options;
    options.modality = instance.modality;
    const QString file = QDir(folder).filePath(instance.sop.right(12) + QStringLiteral(".dcm"));
    if (MaybeError failed = writeDicom(image, file, options)) {
        qWarning().noquote() << failed->toString();
        return {};
    }
    const bool edited = editDicom(file, [&](DcmDataset &dataset) {
        dataset.putAndInsertString(DCM_AccessionNumber, instance.accession.toLatin1());
    });
    return edited ? file : QString();
}

// The SOP Instance UIDs of a project's items: what a retrieval brought in.
inline std::set<QString> sopUidsOf(const Workspace &workspace)
{
    std::set<QString> uids;
    for (const Item &item : workspace.items().items())
        uids.insert(item.sopInstanceUid);
    return uids;
}

} // namespace concord::test
