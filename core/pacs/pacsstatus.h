// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace concord {

// DIMSE status codes in words, with the code in hexadecimal for a support call (PS3.4 Annexes
// B and C, PS3.7 C): "success (0x0000)", "refused: out of resources (0xA700)".
QString storeStatusInWords(quint16 status);
QString queryStatusInWords(quint16 status);
QString retrieveStatusInWords(quint16 status);

// Whether a C-STORE status means the node keeps the object (success or a warning).
bool storeStatusStored(quint16 status);

} // namespace concord
