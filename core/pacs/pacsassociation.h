// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/pacs: what every DIMSE operation shares on DCMTK's side. Keeps DCMTK's
// headers out of the public headers of the folder.

#include "core/pacs/pacsnode.h"
#include "core/pacs/pacsoptions.h"
#include "core/pacs/pacstls.h"
#include "core/util/error.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmnet/assoc.h>
#include <dcmtk/dcmnet/scu.h>

#include <optional>
#include <vector>

namespace concord::pacsdetail {

inline QString toQString(const OFString &text)
{
    return QString::fromLatin1(text.c_str(), qsizetype(text.length())).trimmed();
}

// DCMTK's network log would print association details (and with them AE titles and, in debug,
// data sets) to stderr; Concord reports failures in its own words instead.
void quietenNetworkLog();

// The image storage SOP classes Concord receives (radiographs first) and the transfer syntaxes
// it can decode, offered for C-GET's storage sub-operations and by the C-MOVE storage SCP.
const std::vector<const char *> &imageStorageClasses();
OFList<OFString> receivableTransferSyntaxes();

// Sets the node's address, titles and the time-outs on `scu`. Not DCMTK's process-wide socket
// time-outs: a TLS transport sets its sockets' own (docs/pacs.md, "Time-outs").
void configure(DcmSCU &scu, const PacsNode &node, const PacsOptions &options);

// Initialises the network and negotiates the association that `scu`'s presentation contexts
// ask for, over TLS through `tls` when the node says so (`tls` is prepared here and must
// outlive `scu`: declare it first); on failure says what failed in plain words (docs/pacs.md,
// "Failures", "TLS").
MaybeError openAssociation(DcmSCU &scu, const PacsNode &node, const PacsOptions &options,
                           TlsTransport &tls);

// The failure of an association request in words: refused, timed out, rejected (with
// `rejection`'s result, source and reason), or DCMTK's own text.
QString connectionFailure(const OFCondition &condition, const PacsNode &node,
                          const PacsOptions &options,
                          const std::optional<T_ASC_RejectParameters> &rejection);
QString rejectionInWords(const T_ASC_RejectParameters &rejection);

// Requests an association for verification only, to learn why the node rejects Concord; the
// DcmSCU operations do not hand out the rejection's parameters. Over `transport` (TLS) when
// it is given.
std::optional<T_ASC_RejectParameters> rejectionOf(const PacsNode &node, const PacsOptions &options,
                                                  DcmTransportLayer *transport = nullptr);

// A DIMSE failure during an operation on an open association, in words.
QString dimseFailure(const OFCondition &condition, const PacsOptions &options);

} // namespace concord::pacsdetail
