// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/error.h"

#include <QByteArray>

#include <vector>

namespace concord {

// One body part of a multipart/related message (RFC 2387, RFC 2046 5.1).
struct MultipartPart
{
    QByteArray contentType;     // as given, empty when the part has none
    qint64 declaredLength = -1; // its Content-Length header, -1 when none
    QByteArray content;
};

struct MultipartMessage
{
    std::vector<MultipartPart> parts;
    // Whether the close delimiter ("--boundary--") was seen. When it was not, the last part
    // runs to the end of the body (without the line break before it, if any): a server that
    // leaves out the final boundary is tolerated, and a truncated last part is caught by
    // whoever parses its content (docs/pacs.md, "Multipart").
    bool closed = false;
};

// The boundary of a multipart Content-Type header ("multipart/related; type=...;
// boundary=XYZ", quoted or not), or why there is none.
Expected<QByteArray> multipartBoundary(const QByteArray &contentType);

// Splits a multipart body at `boundary`. Tolerates CRLF or bare LF line breaks, transport
// padding after a delimiter, a preamble and an epilogue, and a missing close delimiter; fails
// only when no part starts at all.
Expected<MultipartMessage> parseMultipart(const QByteArray &body, const QByteArray &boundary);

// A multipart/related body of `parts`, all of `partType`, with CRLF line breaks and the close
// delimiter; `boundary` must not occur in any part (multipartBoundaryFor).
QByteArray buildMultipart(const std::vector<QByteArray> &parts, const QByteArray &partType,
                          const QByteArray &boundary);

// A random boundary that occurs in none of `parts`.
QByteArray multipartBoundaryFor(const std::vector<QByteArray> &parts);

} // namespace concord
