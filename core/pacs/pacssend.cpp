// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pacs/pacssend.h"

#include "core/pacs/dicomweb.h"
#include "core/pacs/pacsassociation.h"
#include "core/pacs/pacsstatus.h"
#include "core/util/translation.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmdata/dcxfer.h>

#include <QFile>
#include <QSet>

#include <map>

namespace concord {

using namespace pacsdetail;

namespace {

struct OutgoingFile
{
    QString path;
    QString sopClassUid;
    QString sopInstanceUid;
    QString transferSyntaxUid;
};

// The SOP class, instance and transfer syntax of a DICOM file, reading only its header.
Expected<OutgoingFile> describeOutgoing(const QString &path)
{
    DcmFileFormat file;
    const OFCondition loaded = file.loadFile(QFile::encodeName(path).constData(), EXS_Unknown,
                                             EGL_noChange, DCM_MaxReadLength, ERM_autoDetect);
    if (loaded.bad())
        return FileError{
            path,
            concord::tr("not a readable DICOM file: %1").arg(QString::fromLatin1(loaded.text()))};
    OFString sopClass, sopInstance;
    file.getDataset()->findAndGetOFString(DCM_SOPClassUID, sopClass);
    file.getDataset()->findAndGetOFString(DCM_SOPInstanceUID, sopInstance);
    if (sopClass.empty() || sopInstance.empty())
        return FileError{path, concord::tr("has no SOP Class or SOP Instance UID")};
    const DcmXfer transferSyntax(file.getDataset()->getOriginalXfer());
    return OutgoingFile{path, toQString(sopClass), toQString(sopInstance),
                        QString::fromLatin1(transferSyntax.getXferID())};
}

} // namespace

Expected<std::vector<StoreReceipt>> sendToPacs(const PacsNode &node, const QStringList &files,
                                               const PacsOptions &options,
                                               const std::function<void(int, int)> &progress,
                                               const std::atomic<bool> *cancel)
{
    if (node.protocol == PacsProtocol::DicomWeb)
        return sendToDicomWeb(node, files, options, progress, cancel);
    std::vector<StoreReceipt> receipts(size_t(files.size()));
    std::vector<std::optional<OutgoingFile>> outgoing(size_t(files.size()));
    // One presentation context per SOP class and transfer syntax found, so each file goes as
    // it is stored; uncompressed alternatives let the node pick what it takes.
    std::map<std::pair<QString, QString>, bool> contexts;
    for (int i = 0; i < files.size(); ++i) {
        receipts[size_t(i)].file = files[i];
        Expected<OutgoingFile> described = describeOutgoing(files[i]);
        if (!described) {
            receipts[size_t(i)].message = described.error().message;
            continue;
        }
        receipts[size_t(i)].sopInstanceUid = described->sopInstanceUid;
        contexts[{described->sopClassUid, described->transferSyntaxUid}] = true;
        outgoing[size_t(i)] = std::move(*described);
    }
    if (contexts.empty())
        return receipts;

    TlsTransport tls; // outlives the association (pacstls.h)
    DcmSCU scu;
    configure(scu, node, options);
    for (const auto &[key, unused] : contexts) {
        const auto &[sopClass, transferSyntax] = key;
        OFList<OFString> syntaxes;
        syntaxes.push_back(transferSyntax.toLatin1().constData());
        if (transferSyntax != QLatin1String(UID_LittleEndianExplicitTransferSyntax))
            syntaxes.push_back(UID_LittleEndianExplicitTransferSyntax);
        if (transferSyntax != QLatin1String(UID_LittleEndianImplicitTransferSyntax))
            syntaxes.push_back(UID_LittleEndianImplicitTransferSyntax);
        scu.addPresentationContext(sopClass.toLatin1().constData(), syntaxes);
    }
    // Convert a file to the transfer syntax the node accepted when it did not take the file's
    // own (only between uncompressed syntaxes; DCMTK says so otherwise).
    scu.setDatasetConversionMode(OFTrue);
    if (MaybeError failed = openAssociation(scu, node, options, tls))
        return *failed;
    const int total = int(files.size());
    for (int i = 0; i < total; ++i) {
        if (cancel && cancel->load())
            break;
        StoreReceipt &receipt = receipts[size_t(i)];
        const std::optional<OutgoingFile> &file = outgoing[size_t(i)];
        if (file) {
            const T_ASC_PresentationContextID context =
                scu.findAnyPresentationContextID(file->sopClassUid.toLatin1().constData(),
                                                 file->transferSyntaxUid.toLatin1().constData());
            if (context == 0) {
                receipt.message = concord::tr("the node accepts no objects of this SOP class (%1)")
                                      .arg(file->sopClassUid);
            } else {
                Uint16 status = 0;
                const OFCondition sent = scu.sendSTORERequest(
                    context, QFile::encodeName(file->path).constData(), nullptr, status);
                if (sent.bad()) {
                    receipt.message = concord::tr("not sent: %1").arg(dimseFailure(sent, options));
                    if (!scu.isConnected()) {
                        if (progress)
                            progress(i + 1, total);
                        break; // the association is gone: the rest get no receipt
                    }
                } else {
                    receipt.status = status;
                    receipt.stored = storeStatusStored(status);
                    receipt.message = storeStatusInWords(status);
                }
            }
        }
        if (progress)
            progress(i + 1, total);
    }
    if (scu.isConnected())
        scu.releaseAssociation();
    for (StoreReceipt &receipt : receipts) {
        if (receipt.message.isEmpty())
            receipt.message = concord::tr("not sent: stopped before this file");
    }
    return receipts;
}

} // namespace concord
