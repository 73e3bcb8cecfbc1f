// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pacs/pacsstatus.h"

#include "core/util/translation.h"

namespace concord {

static QString withCode(const QString &words, quint16 status)
{
    const QString code = QStringLiteral("%1").arg(status, 4, 16, QLatin1Char('0')).toUpper();
    return QStringLiteral("%1 (0x%2)").arg(words, code);
}

// Codes every DIMSE service shares (PS3.7 C).
static QString commonStatus(quint16 status)
{
    switch (status) {
    case 0x0000: return concord::tr("success");
    case 0xFE00: return concord::tr("cancelled");
    case 0x0122: return concord::tr("refused: SOP class not supported");
    case 0x0124: return concord::tr("refused: not authorized");
    case 0x0210: return concord::tr("failed: duplicate invocation");
    case 0x0211: return concord::tr("failed: unrecognized operation");
    case 0x0212: return concord::tr("failed: mistyped argument");
    case 0x0213: return concord::tr("failed: resource limitation");
    default: return {};
    }
}

QString storeStatusInWords(quint16 status)
{
    QString words = commonStatus(status);
    if (words.isEmpty()) {
        if (status == 0xB000)
            words = concord::tr("stored with a warning: elements coerced");
        else if (status == 0xB007)
            words = concord::tr("stored with a warning: data set does not match its SOP class");
        else if (status == 0xB006)
            words = concord::tr("stored with a warning: elements discarded");
        else if ((status & 0xFF00) == 0xA700)
            words = concord::tr("refused: out of resources");
        else if ((status & 0xFF00) == 0xA900)
            words = concord::tr("error: data set does not match its SOP class");
        else if ((status & 0xF000) == 0xC000)
            words = concord::tr("error: cannot understand");
        else if ((status & 0xF000) == 0xB000)
            words = concord::tr("stored with a warning");
        else
            words = concord::tr("failed");
    }
    return withCode(words, status);
}

QString queryStatusInWords(quint16 status)
{
    QString words = commonStatus(status);
    if (words.isEmpty()) {
        if (status == 0xA700)
            words = concord::tr("refused: out of resources");
        else if (status == 0xA900)
            words = concord::tr("the query does not match the information model");
        else if ((status & 0xF000) == 0xC000)
            words = concord::tr("the node cannot process the query");
        else if (status == 0xFF00 || status == 0xFF01)
            words = concord::tr("pending");
        else
            words = concord::tr("failed");
    }
    return withCode(words, status);
}

QString retrieveStatusInWords(quint16 status)
{
    QString words = commonStatus(status);
    if (words.isEmpty()) {
        if (status == 0xA701 || status == 0xA702)
            words = concord::tr("refused: out of resources");
        else if (status == 0xA801)
            words = concord::tr("refused: the move destination is unknown to the node");
        else if (status == 0xA900)
            words = concord::tr("the request does not match the information model");
        else if (status == 0xB000)
            words = concord::tr("some objects failed");
        else if ((status & 0xF000) == 0xC000)
            words = concord::tr("the node cannot process the request");
        else if (status == 0xFF00)
            words = concord::tr("pending");
        else
            words = concord::tr("failed");
    }
    return withCode(words, status);
}

bool storeStatusStored(quint16 status)
{
    return status == 0x0000 || (status & 0xF000) == 0xB000;
}

} // namespace concord
