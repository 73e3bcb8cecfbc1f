// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imaging/imagecodecs.h"
#include "core/imaging/codecs/imagecodecstable.h"
#include "core/util/runtimemodule.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QFile>

namespace concord {

namespace {

// Loaded once, by whichever thread asks first (a function-local static is initialised once).
const Expected<const ImageCodecsTable *> &imageCodecs()
{
    static const Expected<const ImageCodecsTable *> codecs =
        loadRuntimeModuleTable<ImageCodecsTable>(CONCORD_IMAGECODECS_MODULE, ImageCodecsEntryPoint);
    return codecs;
}

FileError codecsMissing(const QString &file)
{
    return FileError{
        file,
        concord::tr("cannot load the image codecs: %1").arg(imageCodecs().error().toString())};
}

FileError codecFailed(const QString &file, const std::string &error)
{
    return FileError{file, QString::fromStdString(error)};
}

} // namespace

Expected<cv::Mat> decodeImage(const QByteArray &bytes, const QString &file)
{
    if (!imageCodecs())
        return codecsMissing(file);
    cv::Mat image;
    std::string error;
    if ((*imageCodecs())
            ->decode(reinterpret_cast<const unsigned char *>(bytes.constData()),
                     size_t(bytes.size()), image, error) == ImageCodecsTable::Failed)
        return codecFailed(file, error);
    return image;
}

Expected<QByteArray> encodeImage(const cv::Mat &image, const QString &extension,
                                 const QString &file)
{
    if (!imageCodecs())
        return codecsMissing(file);
    std::vector<unsigned char> bytes;
    std::string error;
    switch ((*imageCodecs())->encode(extension.toUtf8().constData(), image, bytes, error)) {
    case ImageCodecsTable::Done:
        return QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
    case ImageCodecsTable::Refused: return QByteArray();
    case ImageCodecsTable::Failed: break;
    }
    return codecFailed(file, error);
}

Expected<bool> writeImageFile(const QString &path, const cv::Mat &image)
{
    if (!imageCodecs())
        return codecsMissing(path);
    std::string error;
    switch ((*imageCodecs())->write(QFile::encodeName(path).constData(), image, error)) {
    case ImageCodecsTable::Done: return true;
    case ImageCodecsTable::Refused: return false;
    case ImageCodecsTable::Failed: break;
    }
    return codecFailed(path, error);
}

} // namespace concord
