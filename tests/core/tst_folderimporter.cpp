// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/folderimporter.h"
#include "core/imaging/dicomloader.h"
#include "core/project/workspace.h"
#include "core/storage/atomicfile.h"
#include "core/storage/itemlistfile.h"
#include "core/storage/sha256.h"
#include "tests/core/dicomtestfixtures.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>

#include <map>

using namespace concord;
using namespace concord::test;
using namespace Qt::StringLiterals;

// Importing a folder of DICOM files: items group by patient, study and series wherever the files
// lie, keep their identifiers, files without an image are counted and skipped, files that cannot
// be read are reported by name, and a DICOMDIR stands for its folder.
class TestFolderImporter : public DicomTestCase
{
    Q_OBJECT

private:
    QString writeRadiograph(const QString &name, const QString &series, quint64 seed,
                            std::optional<PixelSpacing> spacing = std::nullopt)
    {
        Image image = makeGreyImage(6, 5, CV_16U, 12, 1, seed);
        image.metadata.pixelSpacing = spacing;
        image.metadata.patientId = u"P1"_s;
        image.metadata.studyInstanceUid = u"1.2.826.0.1.3680043.10.1"_s;
        image.metadata.seriesInstanceUid = series;
        return write(image, name);
    }

private Q_SLOTS:
    void dicomFolderGroupsBySeriesAndReportsTheRest()
    {
        QVERIFY(QDir(m_dir.path()).mkpath(u"in/scan1"_s) &&
                QDir(m_dir.path()).mkpath(u"in/scan2"_s));
        const QString seriesA = u"1.2.826.0.1.3680043.10.1.1"_s;
        const QString seriesB = u"1.2.826.0.1.3680043.10.1.2"_s;
        // Row and column spacing differ, and each file names a different attribute.
        const PixelSpacing patientPlane{0.15, 0.1, u"PixelSpacing"_s};
        const PixelSpacing detector{0.2, 0.25, u"ImagerPixelSpacing"_s};
        const QString first = writeRadiograph(u"in/scan1/a.dcm"_s, seriesA, 1, patientPlane);
        const QString other = writeRadiograph(u"in/scan2/b.dcm"_s, seriesB, 2, detector);
        const QString sameSeries = writeRadiograph(u"in/scan2/c.dcm"_s, seriesA, 3);
        // A DICOM object with no image module, as a structured report or presentation state is.
        const QString noImage = writeRadiograph(u"in/report.dcm"_s, seriesB, 4);
        QVERIFY(editDicom(noImage, [](DcmDataset &dataset) {
            for (const DcmTagKey &tag : {DCM_PixelData, DCM_Rows, DCM_Columns})
                dataset.findAndDeleteElement(tag);
        }));
        QFile garbage(path(u"in/scan1/garbage.dcm"_s));
        QVERIFY(garbage.open(QIODevice::WriteOnly) && garbage.write("not a DICOM file at all") > 0);
        garbage.close();
        QFile dicomdir(path(u"in/DICOMDIR"_s)); // contents do not matter: it stands for its folder
        QVERIFY(dicomdir.open(QIODevice::WriteOnly));
        dicomdir.close();

        auto workspace = Workspace::create(path(u"project.concord"_s), Project::create(u"t"_s, {}));
        QVERIFY(workspace);
        const Expected<ImportReport> report = importFolder(**workspace, path(u"in/DICOMDIR"_s));
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(report->added, 3);
        QCOMPARE(report->notImages, 1);
        QCOMPARE(report->unreadable.size(), size_t(1));
        QVERIFY(report->unreadable.front().toString().contains(u"garbage.dcm"_s));

        std::map<QString, const Item *> byFile;
        for (const Item &item : (*workspace)->items().items())
            byFile[QFileInfo(item.path).fileName()] = &item;
        QCOMPARE(byFile.size(), size_t(3));
        const QString groupA = u"P1/1.2.826.0.1.3680043.10.1/"_s + seriesA;
        QCOMPARE(byFile[u"a.dcm"_s]->group, groupA);
        QCOMPARE(byFile[u"c.dcm"_s]->group, groupA); // same series, other folder
        QCOMPARE(byFile[u"b.dcm"_s]->group, u"P1/1.2.826.0.1.3680043.10.1/"_s + seriesB);
        for (const auto &[file, written] :
             {std::pair{u"a.dcm"_s, first}, {u"b.dcm"_s, other}, {u"c.dcm"_s, sameSeries}}) {
            const Expected<ImageMetadata> header = readDicomMetadata(written);
            QVERIFY(header);
            const Item *item = byFile[file];
            QCOMPARE(item->patientId, u"P1"_s);
            QCOMPARE(item->seriesInstanceUid, header->seriesInstanceUid);
            QCOMPARE(item->sopInstanceUid, header->sopInstanceUid);
            QVERIFY(!item->sopInstanceUid.isEmpty());
            QCOMPARE(item->width, 5);
            QCOMPARE(item->height, 6);
        }
        // Pixel spacing is recorded with its source, so agreement can give distances in mm.
        QCOMPARE(byFile[u"a.dcm"_s]->pixelSpacing, std::optional(patientPlane));
        QCOMPARE(byFile[u"b.dcm"_s]->pixelSpacing, std::optional(detector));
        QVERIFY(!byFile[u"c.dcm"_s]->pixelSpacing); // none in the header: distances in px
    }

    // A project imported before items recorded pixel spacing: importing the same folder again
    // adds nothing but records the spacing, once, in items.jsonl.
    void importingAgainRecordsSpacingOnOlderItems()
    {
        QVERIFY(QDir(m_dir.path()).mkpath(u"again"_s));
        const PixelSpacing spacing{0.143, 0.139, u"ImagerPixelSpacing"_s};
        writeRadiograph(u"again/a.dcm"_s, u"1.2.826.0.1.3680043.10.1.9"_s, 9, spacing);
        const QString project = path(u"older.concord"_s);
        {
            auto workspace = Workspace::create(project, Project::create(u"t"_s, {}));
            QVERIFY(workspace);
            QVERIFY(importFolder(**workspace, path(u"again"_s)));
            // Write items.jsonl as the older version did: no spacing.
            ItemList older;
            for (Item item : (*workspace)->items().items()) {
                item.pixelSpacing.reset();
                older.add(item);
            }
            QVERIFY(!writeItemListFile((*workspace)->folder().itemsFile(), older));
        }
        auto reopened = Workspace::open(project);
        QVERIFY(reopened);
        QVERIFY(!(*reopened)->items().at(0).pixelSpacing);
        const Expected<ImportReport> again = importFolder(**reopened, path(u"again"_s));
        QVERIFY(again);
        QCOMPARE(again->added, 0);
        QCOMPARE(again->alreadyPresent, 1);
        QCOMPARE(again->spacingRecorded, 1);
        QCOMPARE((*reopened)->items().at(0).pixelSpacing, std::optional(spacing));
        QCOMPARE(importFolder(**reopened, path(u"again"_s))->spacingRecorded, 0);
        reopened->reset();
        auto saved = Workspace::open(project);
        QVERIFY(saved);
        QCOMPARE((*saved)->items().at(0).pixelSpacing, std::optional(spacing));
    }

    // Issue 14 finding 7: imported files stayed outside the project as "../x.dcm", so copying
    // the project folder lost its images.
    void copiedImagesMakeTheProjectSelfContained()
    {
        QVERIFY(QDir(m_dir.path()).mkpath(u"scans/day1"_s));
        const QString series = u"1.2.826.0.1.3680043.10.1.7"_s;
        writeRadiograph(u"scans/day1/a.dcm"_s, series, 11);
        writeRadiograph(u"scans/b.dcm"_s, series, 12);
        const QString single = writeRadiograph(u"loose.dcm"_s, series, 13);
        const QString projectPath = path(u"copied.concord"_s);
        {
            auto workspace = Workspace::create(projectPath, Project::create(u"t"_s, {}));
            QVERIFY(workspace);
            ImportOptions options;
            options.copyIntoProject = true;
            const Expected<ImportReport> report =
                importImages(**workspace, {path(u"scans"_s), single}, options);
            QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
            QCOMPARE(report->added, 3);
            QCOMPARE(report->copied, 3);
            QStringList paths;
            for (const Item &item : (*workspace)->items().items())
                paths << item.path;
            paths.sort();
            QCOMPARE(paths, (QStringList{u"images/loose.dcm"_s, u"images/scans/b.dcm"_s,
                                         u"images/scans/day1/a.dcm"_s}));
        }
        // Move the sources away and the project elsewhere: every image still opens.
        QVERIFY(QDir(path(u"scans"_s)).removeRecursively() && QFile::remove(single));
        QVERIFY(QDir().rename(projectPath, path(u"moved.concord"_s)));
        auto moved = Workspace::open(path(u"moved.concord"_s));
        QVERIFY(moved);
        QCOMPARE((*moved)->items().size(), 3);
        for (const Item &item : (*moved)->items().items())
            QVERIFY2(loadDicom((*moved)->folder().absoluteItemPath(item.path)),
                     qPrintable(item.path));
    }

    void withoutCopyingImagesStayWhereTheyLie()
    {
        const QString file = writeRadiograph(u"outside.dcm"_s, u"1.2.826.0.1.3680043.10.1.8"_s, 21);
        auto workspace =
            Workspace::create(path(u"referenced.concord"_s), Project::create(u"t"_s, {}));
        QVERIFY(workspace);
        const Expected<ImportReport> report = importImages(**workspace, {file});
        QVERIFY(report);
        QCOMPARE(report->copied, 0);
        QCOMPARE((*workspace)->items().at(0).path, u"../outside.dcm"_s);
        QVERIFY(!QDir(path(u"referenced.concord/images"_s)).exists());
    }

    void copiesNeverOverwriteOtherContentAndAreReused()
    {
        const QString series = u"1.2.826.0.1.3680043.10.1.9"_s;
        QVERIFY(QDir(m_dir.path()).mkpath(u"first/in"_s) &&
                QDir(m_dir.path()).mkpath(u"second/in"_s));
        writeRadiograph(u"first/in/x.dcm"_s, series, 31);
        writeRadiograph(u"second/in/x.dcm"_s, series, 32); // same name, other pixels
        auto workspace = Workspace::create(path(u"names.concord"_s), Project::create(u"t"_s, {}));
        QVERIFY(workspace);
        ImportOptions copy;
        copy.copyIntoProject = true;
        QVERIFY(importImages(**workspace, {path(u"first/in"_s)}, copy));
        const QByteArray firstCopy = *readWholeFile(path(u"names.concord/images/in/x.dcm"_s));
        QVERIFY(importImages(**workspace, {path(u"second/in"_s)}, copy));
        QCOMPARE((*workspace)->items().size(), 2);
        // The first copy is untouched; the second content got a name of its own.
        QCOMPARE(*readWholeFile(path(u"names.concord/images/in/x.dcm"_s)), firstCopy);
        QVERIFY(QFileInfo::exists(path(u"names.concord/images/in/x-2.dcm"_s)));

        // An import stopped after copying (the copy is there, the item is not) reuses the copy.
        QVERIFY(QDir(m_dir.path()).mkpath(u"third/in"_s));
        const QString third = writeRadiograph(u"third/in/y.dcm"_s, series, 33);
        QVERIFY(QDir().mkpath(path(u"names.concord/images/in"_s)));
        QVERIFY(QFile::copy(third, path(u"names.concord/images/in/y.dcm"_s)));
        const Expected<ImportReport> report =
            importImages(**workspace, {path(u"third/in"_s)}, copy);
        QVERIFY(report);
        QCOMPARE(report->added, 1);
        QVERIFY(!QFileInfo::exists(path(u"names.concord/images/in/y-2.dcm"_s)));
        // Sources inside the project are never copied again.
        const Expected<ImportReport> again =
            importImages(**workspace, {path(u"names.concord/images"_s)}, copy);
        QVERIFY(again);
        QCOMPARE(again->added, 0);
        QCOMPARE(again->copied, 0);
    }

    void aLinkPlantedInImagesIsRefused()
    {
        const QString file = writeRadiograph(u"victim.dcm"_s, u"1.2.826.0.1.3680043.10.1.10"_s, 41);
        QVERIFY(QDir(m_dir.path()).mkpath(u"elsewhere"_s));
        auto workspace = Workspace::create(path(u"linked.concord"_s), Project::create(u"t"_s, {}));
        QVERIFY(workspace);
        QVERIFY(QFile::link(path(u"elsewhere"_s), path(u"linked.concord/images"_s)));
        ImportOptions copy;
        copy.copyIntoProject = true;
        const Expected<ImportReport> report = importImages(**workspace, {file}, copy);
        QVERIFY(!report);
        QVERIFY2(report.error().toString().contains(u"images"_s),
                 qPrintable(report.error().toString()));
        QVERIFY(QDir(path(u"elsewhere"_s)).isEmpty());
        QCOMPARE((*workspace)->items().size(), 0);
    }

    void missingSourcesAreNamedAndNothingIsImported()
    {
        const QString file =
            writeRadiograph(u"present.dcm"_s, u"1.2.826.0.1.3680043.10.1.11"_s, 51);
        auto workspace = Workspace::create(path(u"missing.concord"_s), Project::create(u"t"_s, {}));
        QVERIFY(workspace);
        const Expected<ImportReport> report =
            importImages(**workspace, {file, path(u"no-such-folder"_s)});
        QVERIFY(!report);
        QVERIFY(report.error().toString().contains(u"no-such-folder"_s));
        QCOMPARE((*workspace)->items().size(), 0);
    }

    // Issue 14 finding 6: a long import can be stopped; what it examined is kept, and running
    // it again goes on from there.
    void anImportStopsWhenCancelledAndGoesOnWhenRunAgain()
    {
        QVERIFY(QDir(m_dir.path()).mkpath(u"many"_s));
        for (int i = 0; i < 5; ++i)
            writeRadiograph(u"many/%1.dcm"_s.arg(i), u"1.2.826.0.1.3680043.10.1.12"_s,
                            quint64(60 + i));
        auto workspace = Workspace::create(path(u"stopped.concord"_s), Project::create(u"t"_s, {}));
        QVERIFY(workspace);
        ImportOptions options;
        int asked = 0;
        options.cancelled = [&asked] { return ++asked > 2; };
        const Expected<ImportReport> stopped =
            importImages(**workspace, {path(u"many"_s)}, options);
        QVERIFY(stopped);
        QVERIFY(stopped->cancelled);
        QCOMPARE(stopped->examined, 2);
        QCOMPARE(stopped->found, 5);
        QCOMPARE(stopped->added, 2);
        QCOMPARE((*workspace)->items().size(), 2);
        const Expected<ImportReport> again = importImages(**workspace, {path(u"many"_s)});
        QVERIFY(again && !again->cancelled);
        QCOMPARE(again->added, 3);
        QCOMPARE(again->alreadyPresent, 2);
    }

    void aDurableCopyRefusesChangedContentAndExistingNames()
    {
        const QString source = path(u"copy-source.bin"_s);
        QVERIFY(!writeFileAtomically(source, "pixels"));
        const QString hash = QString::fromStdString(sha256Hex("pixels", 6));
        const Expected<bool> copied = copyFileDurably(source, path(u"copy-a.bin"_s), hash);
        QVERIFY(copied && *copied);
        QCOMPARE(*readWholeFile(path(u"copy-a.bin"_s)), QByteArray("pixels"));
        // The name is taken: nothing is written.
        QVERIFY(!writeFileAtomically(source, "other"));
        const Expected<bool> again = copyFileDurably(source, path(u"copy-a.bin"_s), hash);
        QVERIFY(again && !*again);
        QCOMPARE(*readWholeFile(path(u"copy-a.bin"_s)), QByteArray("pixels"));
        // Content that is not what was decided on (the file changed after hashing) is refused
        // and leaves neither the copy nor a temporary file.
        const Expected<bool> changed = copyFileDurably(source, path(u"copy-b.bin"_s), hash);
        QVERIFY(!changed);
        QVERIFY(changed.error().toString().contains(u"copy-source.bin"_s));
        QVERIFY(!QFileInfo::exists(path(u"copy-b.bin"_s)));
        QCOMPARE(QDir(m_dir.path()).entryList({u".copy-b*"_s}, QDir::Hidden | QDir::Files).size(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestFolderImporter)
#include "tst_folderimporter.moc"
