// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The small DICOM instances the PACS tests upload to their Orthanc, and what they check a
// retrieval by: shared by the tests that start an Orthanc (docs/pacs.md, "Tests").
#include "core/imaging/dicomwriter.h"
#include "core/pacs/pacsretrieve.h"
#include "core/project/workspace.h"
#include "tests/core/dicomtestfixtures.h"
#include "tests/core/orthancfixture.h"

#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>

#include <QDebug>
#include <QDir>
#include <QString>
#include <QStringList>

#include <memory>
#include <set>
#include <vector>

namespace concord::test {

// The UIDs of the studies the PACS tests upload, below a root of the tests' own. Each test's
// Orthanc is its own, so the tests share these; a test's further studies go below Root from
// ".3" on.
inline const QString Root = QStringLiteral("1.2.826.0.1.3680043.10.1043.8");
// Study A: patient PAT-ALPHA, 2024, two series (DX with three images, CR with two).
inline const QString StudyA = Root + QStringLiteral(".1");
inline const QString SeriesA1 = StudyA + QStringLiteral(".1");
inline const QString SeriesA2 = StudyA + QStringLiteral(".2");
// Study B: patient PAT-BETA, 2023, one DX image.
inline const QString StudyB = Root + QStringLiteral(".2");
inline const QString SeriesB1 = StudyB + QStringLiteral(".1");

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

// Studies A and B image by image: Doe^Jane's (accession ACC-1) and Roe^Rick's (ACC-2); the
// images of a series are numbered from 1 below its UID.
inline std::vector<Instance> studiesAAndB()
{
    using namespace Qt::StringLiterals;
    std::vector<Instance> instances;
    for (int i = 1; i <= 3; ++i)
        instances.push_back({StudyA, SeriesA1, SeriesA1 + u".%1"_s.arg(i), u"DX"_s, u"PAT-ALPHA"_s,
                             u"Doe^Jane"_s, u"20240105"_s, u"ACC-1"_s});
    for (int i = 1; i <= 2; ++i)
        instances.push_back({StudyA, SeriesA2, SeriesA2 + u".%1"_s.arg(i), u"CR"_s, u"PAT-ALPHA"_s,
                             u"Doe^Jane"_s, u"20240105"_s, u"ACC-1"_s});
    instances.push_back({StudyB, SeriesB1, SeriesB1 + u".1"_s, u"DX"_s, u"PAT-BETA"_s,
                         u"Roe^Rick"_s, u"20230710"_s, u"ACC-2"_s});
    return instances;
}

// Writes each of `instances` into `folder` and uploads it to `orthanc`; why the first that
// failed did, or an empty string.
inline QString uploadAll(const OrthancServer &orthanc, const std::vector<Instance> &instances,
                         const QString &folder)
{
    for (const Instance &instance : instances) {
        const QString file = writeInstance(instance, folder);
        if (file.isEmpty())
            return QStringLiteral("cannot write the instance %1").arg(instance.sop);
        if (const QString failure = orthanc.upload(file); !failure.isEmpty())
            return failure;
    }
    return {};
}

// A new project named `name` without labels or items in `folder`, or null after a warning
// saying why it could not be created.
inline std::unique_ptr<Workspace> createEmptyProject(const QString &folder, const QString &name)
{
    auto workspace = Workspace::create(folder, Project::create(name, {}));
    if (!workspace) {
        qWarning().noquote() << workspace.error().toString();
        return {};
    }
    return std::move(*workspace);
}

// A retrieval's problems one to a line, for a failing test's message.
inline QString problemsOf(const RetrieveReport &report)
{
    QStringList lines;
    for (const FileError &problem : report.problems)
        lines << problem.toString();
    return lines.join(QLatin1Char('\n'));
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
