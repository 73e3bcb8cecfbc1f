// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pacs/multipartrelated.h"

#include "core/util/translation.h"

#include <QRandomGenerator>

namespace concord {

namespace {

bool isLinearSpace(char c)
{
    return c == ' ' || c == '\t';
}

// The index just past the line break at `at` (CRLF or LF), or -1 when there is none.
qsizetype afterLineBreak(const QByteArray &body, qsizetype at)
{
    if (at < body.size() && body[at] == '\n')
        return at + 1;
    if (at + 1 < body.size() && body[at] == '\r' && body[at + 1] == '\n')
        return at + 2;
    return -1;
}

// The next delimiter line "--boundary" at or after `from` that begins a line (or the body),
// or -1. `contentEnd` gets where the content before it ends: before the line break ahead of it.
qsizetype findDelimiter(const QByteArray &body, const QByteArray &dashBoundary, qsizetype from,
                        qsizetype *contentEnd)
{
    for (qsizetype at = body.indexOf(dashBoundary, from); at >= 0;
         at = body.indexOf(dashBoundary, at + 1)) {
        // "--boundary" must end there: a longer word that starts with it is content.
        const qsizetype after = at + dashBoundary.size();
        if (after < body.size() && body[after] != '-' && body[after] != '\r' &&
            body[after] != '\n' && !isLinearSpace(body[after]))
            continue;
        if (at == 0) {
            *contentEnd = 0;
            return at;
        }
        if (body[at - 1] == '\n') {
            *contentEnd = (at >= 2 && body[at - 2] == '\r') ? at - 2 : at - 1;
            return at;
        }
    }
    return -1;
}

// The header lines of a part, from `from` to the empty line; `contentStart` gets the index after
// it. False when the headers never end.
bool readHeaders(const QByteArray &body, qsizetype from, MultipartPart &part,
                 qsizetype *contentStart)
{
    qsizetype at = from;
    while (at < body.size()) {
        if (const qsizetype next = afterLineBreak(body, at); next >= 0) {
            *contentStart = next; // the empty line ends the headers
            return true;
        }
        qsizetype end = body.indexOf('\n', at);
        if (end < 0)
            return false;
        QByteArray line = body.mid(at, end - at);
        if (line.endsWith('\r'))
            line.chop(1);
        at = end + 1;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue; // not a header; folded lines are not used by DICOMweb
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-type") {
            part.contentType = value;
        } else if (name == "content-length") {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            part.declaredLength = ok && length >= 0 ? length : -2; // -2: present but unreadable
        }
    }
    return false;
}

} // namespace

Expected<QByteArray> multipartBoundary(const QByteArray &contentType)
{
    const FileError none{QString::fromLatin1(contentType.left(200)),
                         concord::tr("the multipart answer names no usable boundary")};
    const qsizetype firstSemicolon = contentType.indexOf(';');
    if (!contentType.left(firstSemicolon).trimmed().toLower().startsWith("multipart/"))
        return FileError{none.path, concord::tr("the answer is not multipart")};
    // Parameters are name=value or name="value"; a quoted value may hold ';' (RFC 2045 5.1).
    qsizetype at = firstSemicolon < 0 ? contentType.size() : firstSemicolon + 1;
    while (at < contentType.size()) {
        const qsizetype equals = contentType.indexOf('=', at);
        if (equals < 0)
            break;
        const QByteArray name = contentType.mid(at, equals - at).trimmed().toLower();
        qsizetype valueStart = equals + 1;
        while (valueStart < contentType.size() && isLinearSpace(contentType[valueStart]))
            ++valueStart;
        QByteArray value;
        if (valueStart < contentType.size() && contentType[valueStart] == '"') {
            const qsizetype closing = contentType.indexOf('"', valueStart + 1);
            if (closing < 0)
                return none;
            value = contentType.mid(valueStart + 1, closing - valueStart - 1);
            at = contentType.indexOf(';', closing);
        } else {
            at = contentType.indexOf(';', valueStart);
            value = contentType.mid(valueStart, at < 0 ? -1 : at - valueStart).trimmed();
        }
        at = at < 0 ? contentType.size() : at + 1;
        if (name != "boundary")
            continue;
        constexpr qsizetype MaxBoundaryLength = 70; // RFC 2046 5.1.1
        if (value.isEmpty() || value.size() > MaxBoundaryLength)
            return none;
        return value;
    }
    return none;
}

Expected<MultipartMessage> parseMultipart(const QByteArray &body, const QByteArray &boundary)
{
    const QByteArray dashBoundary = "--" + boundary;
    qsizetype ignored = 0;
    qsizetype delimiter = findDelimiter(body, dashBoundary, 0, &ignored);
    if (delimiter < 0)
        return FileError{QString(), concord::tr("the multipart answer holds no part (its boundary "
                                                "does not occur)")};
    MultipartMessage message;
    while (delimiter >= 0) {
        qsizetype at = delimiter + dashBoundary.size();
        if (body.mid(at, 2) == "--") {
            message.closed = true;
            break;
        }
        while (at < body.size() && isLinearSpace(body[at]))
            ++at;
        const qsizetype headersStart = afterLineBreak(body, at);
        if (headersStart < 0)
            break; // "--boundary" followed by something else, or the end: no further part
        MultipartPart part;
        qsizetype contentStart = 0;
        if (!readHeaders(body, headersStart, part, &contentStart))
            break; // headers cut off: the part is incomplete and left out
        qsizetype contentEnd = 0;
        delimiter = findDelimiter(body, dashBoundary, contentStart, &contentEnd);
        if (delimiter < 0) {
            contentEnd = body.size();
            if (body.endsWith("\r\n"))
                contentEnd -= 2;
            else if (body.endsWith('\n'))
                contentEnd -= 1;
            contentEnd = std::max(contentEnd, contentStart);
        }
        part.content = body.mid(contentStart, contentEnd - contentStart);
        message.parts.push_back(std::move(part));
    }
    return message;
}

QByteArray buildMultipart(const std::vector<QByteArray> &parts, const QByteArray &partType,
                          const QByteArray &boundary)
{
    QByteArray body;
    for (const QByteArray &part : parts) {
        body += "--" + boundary + "\r\nContent-Type: " + partType +
                "\r\nContent-Length: " + QByteArray::number(part.size()) + "\r\n\r\n";
        body += part;
        body += "\r\n";
    }
    body += "--" + boundary + "--\r\n";
    return body;
}

QByteArray multipartBoundaryFor(const std::vector<QByteArray> &parts)
{
    for (;;) {
        QByteArray boundary = "concord-" +
                              QByteArray::number(QRandomGenerator::system()->generate64(), 16) +
                              QByteArray::number(QRandomGenerator::system()->generate64(), 16);
        bool unique = true;
        for (const QByteArray &part : parts)
            unique = unique && !part.contains(boundary);
        if (unique)
            return boundary;
    }
}

} // namespace concord
