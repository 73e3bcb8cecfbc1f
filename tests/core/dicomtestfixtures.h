// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imaging/dicomwriter.h"
#include "core/imaging/image.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>

class DcmDataset;

namespace concord::test {

// A greyscale image of known, pseudo-random stored values that use every bit of `bitsStored`
// (signed when depth is CV_16S), so any decoding slip shows up as a pixel mismatch.
Image makeGreyImage(int rows, int columns, int depth, int bitsStored, int frames = 1,
                    quint64 seed = 1);

// A known 8-bit RGB image. With `pairedChroma`, horizontally adjacent pixels share their colour
// difference, so 4:2:2 subsampling loses nothing beyond rounding.
Image makeRgbImage(int rows, int columns, bool pairedChroma = false);

// Loads `path` with DCMTK, lets `edit` change the data set, and saves it again with the
// same transfer syntax. Fails the current test on error.
bool editDicom(const QString &path, const std::function<void(DcmDataset &)> &edit);

// Runs a DCMTK command-line tool; returns false (after a QSKIP-worthy message in `why`) when
// the tool is not installed, and fails the test if it exits with an error.
enum class ToolResult { Ok, Missing, Failed };
ToolResult runTool(const QString &tool, const QStringList &arguments, QString *output = nullptr);

// Largest absolute difference between two images of the same type, over all frames.
double maxDifference(const Image &a, const Image &b);

// Base of the DICOM test classes: a temporary folder for fixtures and helpers that write and
// read them, logging any error so a failing comparison shows its cause.
class DicomTestCase : public QObject
{
protected:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString write(const Image &image, const QString &name,
                  DicomTransferSyntax syntax = DicomTransferSyntax::ExplicitLittleEndian);
    static Image load(const QString &file);

    // Writes an 8 x 8 image of `bitsStored` bits as `name` and lets `edit` change its data set,
    // for a file with one odd header; returns the file, or an empty string when either failed.
    QString writeEdited(const QString &name, int bitsStored,
                        const std::function<void(DcmDataset &)> &edit);
    // Why loading `file` failed, or "(it loaded)" when it did not fail.
    static QString loadFailure(const QString &file);
    // Replaces the first `before` in the file's bytes (not at its very start) by `after`, as
    // damage in one place; returns whether it was found and written.
    static bool replaceInFile(const QString &file, const QByteArray &before,
                              const QByteArray &after);
};

} // namespace concord::test

Q_DECLARE_METATYPE(concord::DicomTransferSyntax)
