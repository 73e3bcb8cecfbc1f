// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imaging/dicomtags.h"

#include "core/imaging/dicomcodecs.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QFile>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmdata/dcxfer.h>

namespace concord {

bool isIdentifyingAttribute(quint16 group, quint16 element, const QString &vr)
{
    if (group == 0x0010 || vr == QLatin1String("PN"))
        return true;
    struct Key
    {
        quint16 group, element;
    };
    // From PS3.15 Table E.1-1: attributes the Basic Profile removes or replaces.
    static const Key identifying[] = {
        {0x0008, 0x0020}, {0x0008, 0x0021},
        {0x0008, 0x0022}, {0x0008, 0x0023}, // dates
        {0x0008, 0x0030}, {0x0008, 0x0031},
        {0x0008, 0x0032}, {0x0008, 0x0033}, // times
        {0x0008, 0x002A}, {0x0008, 0x0050},
        {0x0008, 0x0080}, {0x0008, 0x0081}, // accession, institution
        {0x0008, 0x0092}, {0x0008, 0x0094},
        {0x0008, 0x1010}, {0x0008, 0x1040}, // addresses, station
        {0x0008, 0x1030}, {0x0008, 0x103E},
        {0x0018, 0x1000}, {0x0018, 0x1030}, // descriptions, serial
        {0x0020, 0x0010}, {0x0020, 0x4000},
        {0x0032, 0x1060}, {0x0038, 0x0010}, // study id, comments
        {0x0038, 0x0300}, {0x0038, 0x0500},
        {0x0040, 0x0244}, {0x0040, 0x0245}, // admission, procedure
        {0x0040, 0x0253}, {0x0040, 0x1001},
        {0x0040, 0x2016}, {0x0040, 0x2017}, // request ids
        {0x0040, 0xA124}, {0x0400, 0x0561}, // UID of a person, original attributes
    };
    for (const Key &key : identifying) {
        if (key.group == group && key.element == element)
            return true;
    }
    return false;
}

QString withUidNames(const QString &uids)
{
    QStringList values = uids.split(QLatin1Char('\\'));
    for (QString &value : values) {
        const QByteArray uid = value.trimmed().toLatin1();
        if (uid.isEmpty())
            continue;
        // DCMTK's transfer syntax names read as words ("Little Endian Explicit"); its UID
        // dictionary names the rest in keyword form ("DigitalXRayImageStorageForPresentation").
        const DcmXfer transferSyntax(uid.constData());
        const char *name = transferSyntax.getXfer() != EXS_Unknown
                               ? transferSyntax.getXferName()
                               : dcmFindNameOfUID(uid.constData(), nullptr);
        if (name && *name)
            value += QStringLiteral(" (%1)").arg(QString::fromLatin1(name));
    }
    return values.join(QLatin1Char('\\'));
}

static QString valueText(DcmObject *object)
{
    if (object->isLeaf()) {
        auto *element = static_cast<DcmElement *>(object);
        const DcmEVR vr = element->getVR();
        if (vr == EVR_OB || vr == EVR_OW || vr == EVR_UN || vr == EVR_OF || vr == EVR_OD ||
            vr == EVR_OL || vr == EVR_pixelSQ || element->getTag() == DCM_PixelData) {
            return concord::tr("(%1 bytes of binary data)").arg(element->getLength());
        }
        OFString text;
        element->getOFStringArray(text);
        QString value = QString::fromLatin1(text.c_str(), qsizetype(text.length()));
        if (vr == EVR_UI)
            value = withUidNames(value);
        if (value.size() > 200)
            value = value.left(200) + QStringLiteral("…");
        return value;
    }
    if (object->ident() == EVR_SQ)
        return concord::tr("(sequence of %1 items)")
            .arg(static_cast<DcmSequenceOfItems *>(object)->card());
    return {};
}

static void collect(DcmItem &container, int depth, std::vector<DicomTag> &tags)
{
    // Walk this level only; descend into sequences ourselves to know the depth.
    for (unsigned long index = 0; index < container.card(); ++index) {
        DcmObject *object = container.getElement(index);
        DcmTag tag = object->getTag(); // getTagName() is not const
        DicomTag entry;
        entry.tag = QStringLiteral("(%1,%2)")
                        .arg(tag.getGTag(), 4, 16, QLatin1Char('0'))
                        .arg(tag.getETag(), 4, 16, QLatin1Char('0'))
                        .toUpper();
        entry.keyword = QString::fromLatin1(tag.getTagName());
        entry.vr = QString::fromLatin1(DcmVR(object->ident()).getVRName());
        entry.value = valueText(object);
        entry.depth = depth;
        entry.identifying = isIdentifyingAttribute(tag.getGTag(), tag.getETag(), entry.vr);
        tags.push_back(entry);
        if (object->ident() == EVR_SQ) {
            auto *sequence = static_cast<DcmSequenceOfItems *>(object);
            for (unsigned long i = 0; i < sequence->card(); ++i) {
                DcmItem *item = sequence->getItem(i);
                // Items of a sequence about the patient are as identifying as the sequence.
                const size_t first = tags.size();
                collect(*item, depth + 1, tags);
                if (entry.identifying) {
                    for (size_t t = first; t < tags.size(); ++t)
                        tags[t].identifying = true;
                }
            }
        }
    }
}

Expected<std::vector<DicomTag>> readDicomTags(const QString &path)
{
    registerDicomCodecs(); // also quiets DCMTK's own logging
    if (!QFile::exists(path))
        return FileError{path, concord::tr("no such file")};
    DcmFileFormat file;
    // Elements longer than 4 KiB (pixel data, overlays) stay on disk.
    const OFCondition status = file.loadFile(OFFilename(QFile::encodeName(path).constData()),
                                             EXS_Unknown, EGL_noChange, 4096);
    if (status.bad())
        return FileError{
            path,
            concord::tr("not a readable DICOM file: %1").arg(QString::fromLatin1(status.text()))};
    std::vector<DicomTag> tags;
    collect(*file.getMetaInfo(), 0, tags);
    collect(*file.getDataset(), 0, tags);
    return tags;
}

} // namespace concord
