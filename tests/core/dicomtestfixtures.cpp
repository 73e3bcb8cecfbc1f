// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/dicomtestfixtures.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include "core/imaging/dicomloader.h"

#include <dcmtk/dcmdata/dcfilefo.h>

#include <opencv2/core.hpp>

namespace concord::test {

Image makeGreyImage(int rows, int columns, int depth, int bitsStored, int frames, quint64 seed)
{
    Image image;
    cv::RNG rng(seed);
    const bool isSigned = depth == CV_16S;
    const int lo = isSigned ? -(1 << (bitsStored - 1)) : 0;
    const int hi = isSigned ? (1 << (bitsStored - 1)) : (1 << bitsStored); // exclusive
    for (int f = 0; f < frames; ++f) {
        cv::Mat frame(rows, columns, depth);
        rng.fill(frame, cv::RNG::UNIFORM, lo, hi);
        // Pin the extremes so the full range is always exercised.
        if (depth == CV_8U) {
            frame.at<quint8>(0, 0) = quint8(lo);
            frame.at<quint8>(rows - 1, columns - 1) = quint8(hi - 1);
        } else if (depth == CV_16U) {
            frame.at<quint16>(0, 0) = quint16(lo);
            frame.at<quint16>(rows - 1, columns - 1) = quint16(hi - 1);
        } else {
            frame.at<qint16>(0, 0) = qint16(lo);
            frame.at<qint16>(rows - 1, columns - 1) = qint16(hi - 1);
        }
        image.frames.push_back(frame);
    }
    image.metadata.bitsStored = bitsStored;
    image.metadata.isSigned = isSigned;
    image.metadata.bitsAllocated = depth == CV_8U ? 8 : 16;
    return image;
}

Image makeRgbImage(int rows, int columns, bool pairedChroma)
{
    Image image;
    cv::Mat frame(rows, columns, CV_8UC3);
    for (int y = 0; y < rows; ++y) {
        for (int x = 0; x < columns; ++x) {
            const int cx = pairedChroma ? x / 2 * 2 : x;
            // Smooth, mid-range colours: YBR round trips of saturated extremes clip.
            frame.at<cv::Vec3b>(y, x) =
                cv::Vec3b(quint8(40 + (cx * 7 + y * 3) % 170), quint8(40 + (cx * 3 + y * 5) % 170),
                          quint8(40 + (cx * 11 + y) % 170));
        }
    }
    image.frames.push_back(frame);
    image.metadata.photometric = Photometric::Rgb;
    image.metadata.samplesPerPixel = 3;
    return image;
}

bool editDicom(const QString &path, const std::function<void(DcmDataset &)> &edit)
{
    DcmFileFormat file;
    const QByteArray name = QFile::encodeName(path);
    if (file.loadFile(name.constData()).bad())
        return false;
    file.loadAllDataIntoMemory();
    const E_TransferSyntax syntax = file.getDataset()->getOriginalXfer();
    edit(*file.getDataset());
    return file.saveFile(name.constData(), syntax).good();
}

ToolResult runTool(const QString &tool, const QStringList &arguments, QString *output)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        return ToolResult::Missing;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return ToolResult::Failed;
    const QString text = QString::fromLocal8Bit(process.readAll());
    if (output)
        *output = text;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning().noquote() << tool << arguments.join(QLatin1Char(' ')) << "failed:" << text;
        return ToolResult::Failed;
    }
    return ToolResult::Ok;
}

double maxDifference(const Image &a, const Image &b)
{
    if (a.frames.size() != b.frames.size())
        return std::numeric_limits<double>::infinity();
    double worst = 0;
    for (size_t i = 0; i < a.frames.size(); ++i) {
        if (a.frames[i].type() != b.frames[i].type() || a.frames[i].size() != b.frames[i].size())
            return std::numeric_limits<double>::infinity();
        worst = std::max(worst, cv::norm(a.frames[i], b.frames[i], cv::NORM_INF));
    }
    return worst;
}

QString DicomTestCase::write(const Image &image, const QString &name, DicomTransferSyntax syntax)
{
    DicomWriteOptions options;
    options.transferSyntax = syntax;
    const QString file = path(name);
    const MaybeError error = writeDicom(image, file, options);
    if (error)
        qWarning().noquote() << error->toString();
    return error ? QString() : file;
}

Image DicomTestCase::load(const QString &file)
{
    Expected<Image> image = loadDicom(file);
    if (!image) {
        qWarning().noquote() << image.error().toString();
        return {};
    }
    return *image;
}

QString DicomTestCase::writeEdited(const QString &name, int bitsStored,
                                   const std::function<void(DcmDataset &)> &edit)
{
    const QString file = write(makeGreyImage(8, 8, CV_16U, bitsStored), name);
    return !file.isEmpty() && editDicom(file, edit) ? file : QString();
}

QString DicomTestCase::loadFailure(const QString &file)
{
    const Expected<Image> image = loadDicom(file);
    return image ? QStringLiteral("(it loaded)") : image.error().message;
}

bool DicomTestCase::replaceInFile(const QString &file, const QByteArray &before,
                                  const QByteArray &after)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadWrite))
        return false;
    QByteArray bytes = f.readAll();
    const qsizetype at = bytes.indexOf(before);
    if (at <= 0)
        return false;
    bytes.replace(at, before.size(), after);
    return f.seek(0) && f.write(bytes) == bytes.size();
}

} // namespace concord::test
