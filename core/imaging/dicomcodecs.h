// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace concord {

// Registers DCMTK's JPEG, JPEG-LS and RLE decoders and its JPEG-LS and RLE encoders with the
// global DCMTK codec list. Safe to call from any thread, any number of times: the work is done
// once. The codecs stay registered until the process exits, because DCMTK forbids
// deregistering while another thread may be decoding. Also lowers DCMTK's parse logging to
// fatal messages only, since the loader reports problems through FileError.
void registerDicomCodecs();

} // namespace concord
