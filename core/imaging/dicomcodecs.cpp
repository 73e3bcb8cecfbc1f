// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imaging/dicomcodecs.h"

#include <dcmtk/dcmdata/dcrledrg.h>
#include <dcmtk/dcmdata/dcrleerg.h>
#include <dcmtk/dcmjpeg/djdecode.h>
#include <dcmtk/dcmjpls/djdecode.h>
#include <dcmtk/dcmjpls/djencode.h>
#include <dcmtk/oflog/oflog.h>

#include <mutex>

namespace concord {

void registerDicomCodecs()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // DCMTK logs every parse problem to stderr. Concord reports them to the user as a
        // FileError instead, so only DCMTK's fatal messages are let through.
        for (const char *logger : {"dcmtk.dcmdata", "dcmtk.dcmjpeg", "dcmtk.dcmjpls"})
            OFLog::getLogger(logger).setLogLevel(OFLogger::FATAL_LOG_LEVEL);

        // EDC_photometricInterpretation: the JPEG decoder converts YBR_FULL(_422) to RGB and
        // rewrites Photometric Interpretation, which the pixel decoder then reads back.
        DJDecoderRegistration::registerCodecs(EDC_photometricInterpretation);
        DJLSDecoderRegistration::registerCodecs();
        DcmRLEDecoderRegistration::registerCodecs();

        // Raw (not "cooked") JPEG-LS encoding compresses the stored values as they are, so a
        // lossless round trip is bit-exact whatever the photometric interpretation.
        DJLSEncoderRegistration::registerCodecs(0, 0, 0, 0, /*preferCookedEncoding*/ false);
        DcmRLEEncoderRegistration::registerCodecs();
    });
}

} // namespace concord
