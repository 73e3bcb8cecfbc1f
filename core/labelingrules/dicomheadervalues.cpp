// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/labelingrules/dicomheadervalues.h"

#include "core/imaging/dicomcodecs.h"
#include "core/util/translation.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcelem.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dctag.h>

namespace concord {

std::optional<DicomTagNumber> dicomTagNumber(const QString &keywordOrTag)
{
    static const QRegularExpression tagPattern(
        QStringLiteral("^\\(?([0-9A-Fa-f]{4}),([0-9A-Fa-f]{4})\\)?$"));
    const QString text = keywordOrTag.trimmed();
    if (const QRegularExpressionMatch tag = tagPattern.match(text); tag.hasMatch())
        return (DicomTagNumber(tag.captured(1).toUInt(nullptr, 16)) << 16) |
               DicomTagNumber(tag.captured(2).toUInt(nullptr, 16));
    // Keywords are letters and digits (PS3.6); anything else is not looked up.
    static const QRegularExpression keywordPattern(QStringLiteral("^[A-Za-z][A-Za-z0-9]{0,63}$"));
    if (!keywordPattern.match(text).hasMatch())
        return std::nullopt;
    DcmTag tag;
    if (DcmTag::findTagFromName(text.toLatin1().constData(), tag).bad())
        return std::nullopt;
    return (DicomTagNumber(tag.getGTag()) << 16) | DicomTagNumber(tag.getETag());
}

Expected<DicomHeaderValues> readDicomHeaderValues(const QString &path,
                                                  const std::set<DicomTagNumber> &tags)
{
    registerDicomCodecs(); // also quiets DCMTK's own logging
    if (!QFileInfo(path).isFile())
        return FileError{path, concord::tr("no such file")};
    DcmFileFormat file;
    // Up to Pixel Data only, and elements longer than 4 KiB stay on disk: a rule needs the
    // header, never the pixels.
    const OFCondition status =
        file.loadFileUntilTag(OFFilename(QFile::encodeName(path).constData()), EXS_Unknown,
                              EGL_noChange, 4096, ERM_autoDetect, DCM_PixelData);
    if (status.bad())
        return FileError{
            path,
            concord::tr("not a readable DICOM file: %1").arg(QString::fromLatin1(status.text()))};
    DicomHeaderValues values;
    DcmDataset *dataset = file.getDataset();
    // Text in the file's Specific Character Set, as Unicode: Latin-1 names, Cyrillic or UTF-8
    // ones alike (docs/labeling-rules.md, "DICOM attributes"). A set DCMTK cannot convert
    // leaves the bytes as they are, read as Latin-1, which never fails.
    const bool utf8 = dataset->convertToUTF8().good();
    for (const DicomTagNumber number : tags) {
        const DcmTagKey key(quint16(number >> 16), quint16(number & 0xFFFF));
        DcmElement *element = nullptr;
        // Meta header attributes (group 0002) are in the meta information, not the data set.
        DcmItem *holder = key.getGroup() == 0x0002 ? static_cast<DcmItem *>(file.getMetaInfo())
                                                   : static_cast<DcmItem *>(dataset);
        if (holder->findAndGetElement(key, element).bad() || !element)
            continue;
        const DcmEVR vr = element->getVR();
        if (vr == EVR_OB || vr == EVR_OW || vr == EVR_UN || vr == EVR_OF || vr == EVR_OD ||
            vr == EVR_OL || vr == EVR_OV || vr == EVR_SQ || vr == EVR_pixelSQ)
            continue;
        OFString text;
        if (element->getOFStringArray(text).bad())
            continue;
        const QByteArray bytes(text.c_str(), qsizetype(text.length()));
        QStringList parts =
            (utf8 ? QString::fromUtf8(bytes) : QString::fromLatin1(bytes)).split(QLatin1Char('\\'));
        for (QString &part : parts)
            part = part.trimmed();
        values[number] = parts;
    }
    return values;
}

DicomHeaderCache::DicomHeaderCache(std::set<DicomTagNumber> tags)
    : m_tags(std::move(tags))
{}

const DicomHeaderValues &DicomHeaderCache::valuesOf(const QString &path)
{
    if (const auto found = m_values.constFind(path); found != m_values.constEnd())
        return *found;
    ++m_filesRead;
    Expected<DicomHeaderValues> read = readDicomHeaderValues(path, m_tags);
    if (!read) {
        m_problems.push_back(read.error());
        return *m_values.insert(path, {});
    }
    return *m_values.insert(path, *read);
}

} // namespace concord
