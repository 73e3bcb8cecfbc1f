// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pacs/pacsecho.h"

#include "core/pacs/dicomweb.h"
#include "core/pacs/pacsassociation.h"
#include "core/util/translation.h"

#include <dcmtk/dcmdata/dcuid.h>

#include <QElapsedTimer>

namespace concord {

using namespace pacsdetail;

Expected<EchoReply> echoPacsNode(const PacsNode &node, const PacsOptions &options)
{
    if (node.protocol == PacsProtocol::DicomWeb)
        return echoDicomWeb(node, options);
    QElapsedTimer total;
    total.start();
    TlsTransport tls; // outlives the association (pacstls.h)
    DcmSCU scu;
    configure(scu, node, options);
    OFList<OFString> syntaxes;
    syntaxes.push_back(UID_LittleEndianExplicitTransferSyntax);
    syntaxes.push_back(UID_LittleEndianImplicitTransferSyntax);
    scu.addPresentationContext(UID_VerificationSOPClass, syntaxes);
    if (MaybeError failed = openAssociation(scu, node, options, tls))
        return *failed;
    QElapsedTimer roundTrip;
    roundTrip.start();
    const OFCondition condition = scu.sendECHORequest(0);
    const qint64 roundTripMilliseconds = roundTrip.elapsed();
    if (condition.bad()) {
        scu.abortAssociation();
        return FileError{node.description(),
                         concord::tr("C-ECHO failed: %1").arg(dimseFailure(condition, options))};
    }
    scu.releaseAssociation();
    return EchoReply{roundTripMilliseconds, total.elapsed()};
}

} // namespace concord
