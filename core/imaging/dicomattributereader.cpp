// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imaging/dicomattributereader.h"
#include "core/util/translation.h"

#include <QCoreApplication>

#include <dcmtk/dcmdata/dcelem.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dctag.h>
#include <dcmtk/dcmdata/dcvr.h>

#include <cmath>
#include <limits>

namespace concord {

DicomAttributeReader::DicomAttributeReader(DcmItem &item, const QString &path)
    : m_item(item)
    , m_path(path)
{}

QString DicomAttributeReader::describe(const DcmTagKey &tag)
{
    DcmTag dictionaryTag(tag);
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(dictionaryTag.getTagName()),
                                       QString::fromLatin1(tag.toString().c_str()));
}

void DicomAttributeReader::fail(const QString &message)
{
    if (!m_error)
        m_error = FileError{m_path, message};
}

void DicomAttributeReader::failWrongVr(DcmElement *element, const char *expected)
{
    fail(concord::tr("%1 has VR %2, expected %3")
             .arg(describe(element->getTag()),
                  QString::fromLatin1(DcmVR(element->getVR()).getVRName()),
                  QString::fromLatin1(expected)));
}

DcmElement *DicomAttributeReader::find(const DcmTagKey &tag) const
{
    DcmElement *element = nullptr;
    if (m_item.findAndGetElement(tag, element).bad() || !element || element->isEmpty())
        return nullptr;
    return element;
}

bool DicomAttributeReader::contains(const DcmTagKey &tag) const
{
    return m_item.tagExists(tag);
}

std::optional<int> DicomAttributeReader::integer(const DcmTagKey &tag, unsigned long position,
                                                 bool treatUsAsSigned)
{
    DcmElement *element = find(tag);
    if (!element || position >= element->getVM())
        return std::nullopt;
    OFCondition status = EC_IllegalCall;
    int value = 0;
    switch (element->getVR()) {
    case EVR_US: {
        Uint16 v = 0;
        status = element->getUint16(v, position);
        value = treatUsAsSigned ? int(Sint16(v)) : int(v);
        break;
    }
    case EVR_SS: {
        Sint16 v = 0;
        status = element->getSint16(v, position);
        value = v;
        break;
    }
    case EVR_UL: {
        Uint32 v = 0;
        status = element->getUint32(v, position);
        if (v > Uint32(std::numeric_limits<int>::max()))
            status = EC_InvalidValue;
        value = int(v);
        break;
    }
    case EVR_SL:
    case EVR_IS: {
        Sint32 v = 0;
        status = element->getSint32(v, position);
        value = v;
        break;
    }
    default: failWrongVr(element, "US, SS, UL, SL or IS"); return std::nullopt;
    }
    if (status.bad()) {
        fail(concord::tr("%1 does not hold a valid integer").arg(describe(tag)));
        return std::nullopt;
    }
    return value;
}

int DicomAttributeReader::requiredInteger(const DcmTagKey &tag)
{
    const bool wasOk = ok();
    const std::optional<int> value = integer(tag);
    if (!value && wasOk && ok())
        fail(concord::tr("%1 is missing").arg(describe(tag)));
    return value.value_or(0);
}

std::optional<double> DicomAttributeReader::decimal(const DcmTagKey &tag, unsigned long position)
{
    DcmElement *element = find(tag);
    if (!element || position >= element->getVM())
        return std::nullopt;
    OFCondition status = EC_IllegalCall;
    double value = 0;
    switch (element->getVR()) {
    case EVR_DS:
    case EVR_FD: status = element->getFloat64(value, position); break;
    case EVR_FL: {
        Float32 v = 0;
        status = element->getFloat32(v, position);
        value = v;
        break;
    }
    default: failWrongVr(element, "DS, FD or FL"); return std::nullopt;
    }
    if (status.bad() || !std::isfinite(value)) {
        OFString text;
        element->getOFString(text, position);
        fail(concord::tr("%1 value '%2' is not a number")
                 .arg(describe(tag), QString::fromLatin1(text.c_str()).trimmed()));
        return std::nullopt;
    }
    return value;
}

std::vector<double> DicomAttributeReader::decimals(const DcmTagKey &tag)
{
    std::vector<double> values;
    DcmElement *element = find(tag);
    const unsigned long count = element ? element->getVM() : 0;
    for (unsigned long i = 0; i < count && ok(); ++i) {
        if (const std::optional<double> value = decimal(tag, i))
            values.push_back(*value);
    }
    return values;
}

QString DicomAttributeReader::string(const DcmTagKey &tag, unsigned long position)
{
    DcmElement *element = find(tag);
    if (!element || position >= element->getVM())
        return {};
    if (!DcmVR(element->getVR()).isaString()) {
        failWrongVr(element, "a string VR");
        return {};
    }
    OFString value;
    if (element->getOFString(value, position, /*normalize*/ true).bad())
        return {};
    return QString::fromUtf8(value.c_str()).trimmed();
}

QStringList DicomAttributeReader::strings(const DcmTagKey &tag)
{
    QStringList values;
    DcmElement *element = find(tag);
    const unsigned long count = element ? element->getVM() : 0;
    for (unsigned long i = 0; i < count && ok(); ++i)
        values.append(string(tag, i));
    return values;
}

std::vector<quint16> DicomAttributeReader::words(const DcmTagKey &tag)
{
    DcmElement *element = find(tag);
    if (!element)
        return {};
    Uint16 *data = nullptr;
    OFCondition status = EC_IllegalCall;
    switch (element->getVR()) {
    case EVR_US:
    case EVR_OW:
    case EVR_lt: // DCMTK's "US, SS or OW" for LUT Data read without an explicit VR
        status = element->getUint16Array(data);
        break;
    case EVR_SS: {
        Sint16 *signedData = nullptr;
        status = element->getSint16Array(signedData);
        data = reinterpret_cast<Uint16 *>(signedData);
        break;
    }
    default: failWrongVr(element, "US, SS or OW"); return {};
    }
    if (status.bad() || !data) {
        fail(concord::tr("%1 cannot be read: %2")
                 .arg(describe(tag), QString::fromLatin1(status.text())));
        return {};
    }
    return std::vector<quint16>(data, data + element->getLength() / sizeof(Uint16));
}

} // namespace concord
