// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>
#include <QString>

#include <array>
#include <optional>
#include <string>

namespace concord {

// SHA-256 through OpenSSL's libcrypto, which uses the CPU's SHA extensions where present: the
// journal hash chain hashes every line on every open, and Qt's portable implementation was the
// largest single cost of replaying a million events.
std::string sha256Hex(const char *data, size_t size);

// The same digest as 32 bytes, for callers that use its bits rather than print it.
using Sha256Digest = std::array<unsigned char, 32>;
Sha256Digest sha256Digest(const char *data, size_t size);

// Hashes everything `device` yields; nothing when reading fails.
std::optional<std::string> sha256Hex(QIODevice &device);

// Whether the file at `path` can be read and its SHA-256 is `expectedHex` (hex in either case).
bool fileHasSha256(const QString &path, const QString &expectedHex);

} // namespace concord
