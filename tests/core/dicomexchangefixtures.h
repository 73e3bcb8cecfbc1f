// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The labelled project the DICOM SEG and SR tests export (docs/dicom-exchange.md): two DICOM
// radiographs written by the test, one with Pixel Spacing and one without, and a raster item
// that is no DICOM image, read by one reader; and dciodvfy (Debian dicom3tools) to check what
// is written against the standard's IODs (tests/core/dciodvfy.h).
#include "core/exchange/folderimporter.h"
#include "core/project/edit.h"
#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"
#include "tests/core/dciodvfy.h"
#include "tests/core/dicomtestfixtures.h"
#include "tests/core/projectfixtures.h"

#include <QDir>
#include <QTest>

#include <opencv2/core.hpp>

#include <algorithm>
#include <memory>

namespace concord::test {

class DicomExchangeTestCase : public DicomTestCase
{
protected:
    static constexpr int Columns = 40;
    static constexpr int Rows = 30;
    const PixelSpacing m_spacing{0.2, 0.1, QStringLiteral("PixelSpacing")};
    const QString m_reader = QStringLiteral("ann");

    std::unique_ptr<Workspace> m_workspace;
    QString m_measured; // the item with spacing, masks, a polygon and a box
    QString m_boxOnly;  // no spacing, only a box
    QString m_raster;   // not a DICOM image, with a mask
    int m_nodule = 0;
    int m_effusion = 0;
    int m_device = 0;

    QString projectPath() const { return path(QStringLiteral("project")); }

    // A mask of pseudo-random pixels inside `bounds`.
    static BinaryMask randomMask(cv::Rect bounds, quint64 seed)
    {
        cv::Mat1b pixels(bounds.size());
        cv::RNG(seed).fill(pixels, cv::RNG::UNIFORM, 0, 2);
        return BinaryMask{bounds, pixels};
    }

    MaybeError commit(const ReversibleEdit &edit) { return m_workspace->commit(edit.forward); }

    // Writes the radiographs, creates the project, imports them and labels them as m_reader.
    // Fails the running test and leaves m_workspace empty on any error.
    void makeLabeledProject()
    {
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("in")));
        Image measured = makeGreyImage(Rows, Columns, CV_16U, 12, 1, 7);
        measured.metadata.pixelSpacing = m_spacing;
        measured.metadata.patientId = QStringLiteral("P-7");
        // Not ASCII: the SEG and SR take the Patient module over, in UTF-8.
        measured.metadata.patientName = QStringLiteral("Müller^Anna");
        measured.metadata.directions = {QStringLiteral("L"), QStringLiteral("F")};
        QVERIFY(!write(measured, QStringLiteral("in/measured.dcm")).isEmpty());
        Image boxOnly = makeGreyImage(Rows, Columns, CV_16U, 12, 1, 8);
        boxOnly.metadata.patientId = QStringLiteral("P-8");
        QVERIFY(!write(boxOnly, QStringLiteral("in/boxonly.dcm")).isEmpty());

        m_workspace = testing::createProject(
            projectPath(),
            testing::projectWithLabels(QStringLiteral("dicom"),
                                       QStringLiteral("Nodule\nEffusion\nDevice\n")),
            {{m_reader, QStringLiteral("Ann Reader"), Role::Annotator}});
        QVERIFY(m_workspace);
        const Expected<ImportReport> imported =
            importFolder(*m_workspace, path(QStringLiteral("in")));
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().toString()));
        QCOMPARE(imported->added, 2);
        Item raster{QStringLiteral("raster1"), QStringLiteral("raster1.png")};
        raster.width = Columns;
        raster.height = Rows;
        QVERIFY(m_workspace->addItems({raster}));
        for (const Item &item : m_workspace->items().items()) {
            if (item.path.endsWith(QLatin1String("measured.dcm")))
                m_measured = item.id;
            else if (item.path.endsWith(QLatin1String("boxonly.dcm")))
                m_boxOnly = item.id;
        }
        m_raster = raster.id;
        QVERIFY(!m_measured.isEmpty() && !m_boxOnly.isEmpty());
        const Taxonomy &taxonomy = m_workspace->project().taxonomy;
        m_nodule = taxonomy.findByName(QStringLiteral("Nodule"))->id;
        m_effusion = taxonomy.findByName(QStringLiteral("Effusion"))->id;
        m_device = taxonomy.findByName(QStringLiteral("Device"))->id;

        QVERIFY(!m_workspace->startSession(m_reader));
        // Two Nodule shapes that overlap (their union is the Nodule segment), an Effusion mask
        // and a Device box on the measured image.
        QVERIFY(!commit(edits::addMask(
            m_measured, {newAnnotationId(), m_nodule, randomMask({3, 4, 12, 9}, 1), {}, {}})));
        QVERIFY(!commit(edits::addPolygon(
            m_measured,
            {newAnnotationId(), m_nodule, {{10.0, 6.0}, {24.0, 8.5}, {15.5, 20.0}}, {}, {}})));
        QVERIFY(!commit(edits::addMask(
            m_measured, {newAnnotationId(), m_effusion, randomMask({20, 15, 20, 15}, 2), {}, {}})));
        QVERIFY(!commit(edits::addBox(
            m_measured, {newAnnotationId(), m_device, {2.5, 3.0, 10.0, 4.5}, {}, {}})));
        QVERIFY(!commit(
            edits::addBox(m_boxOnly, {newAnnotationId(), m_device, {1.0, 1.0, 5.0, 5.0}, {}, {}})));
        QVERIFY(!commit(edits::addMask(
            m_raster, {newAnnotationId(), m_nodule, randomMask({1, 1, 5, 5}, 3), {}, {}})));
    }

    // Closes the project and empties the temporary folder, for the next test function.
    void removeLabeledProject()
    {
        m_workspace.reset();
        QVERIFY(QDir(m_dir.path()).removeRecursively() && QDir().mkpath(m_dir.path()));
    }

    const AnnotationStore &store() const { return WorkspaceInternals::store(*m_workspace); }
    const ItemWork &work(const QString &itemId) const
    {
        return *store().work(m_reader)->item(itemId);
    }

    // Whether one of `lines` names `itemId` and says `why`.
    static bool hasLine(const QStringList &lines, const QString &itemId, const QString &why)
    {
        return std::any_of(lines.begin(), lines.end(), [&](const QString &line) {
            return line.contains(itemId) && line.contains(why);
        });
    }
};

} // namespace concord::test
