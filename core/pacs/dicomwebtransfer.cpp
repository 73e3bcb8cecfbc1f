// SPDX-License-Identifier: GPL-3.0-or-later
// WADO-RS (PS3.18 10.4) into the cache and STOW-RS (PS3.18 10.5) for retrieveToCache and
// sendToPacs.
#include "core/pacs/dicomweb.h"

#include "core/pacs/dicomwebclient.h"
#include "core/pacs/multipartrelated.h"
#include "core/pacs/pacsreceiver.h"
#include "core/pacs/pacsstatus.h"
#include "core/util/translation.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcistrmb.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>
#include <memory>

namespace concord::pacsdetail {

namespace {

const QByteArray DicomMediaType = "application/dicom";
// Instances as the node keeps them (transfer-syntax=*): Concord decodes the usual syntaxes and
// keeps what arrives, as it does for C-GET.
const QByteArray WadoAccept = "multipart/related; type=\"application/dicom\"; transfer-syntax=*";

QByteArray mediaTypeOf(const QByteArray &contentType)
{
    return contentType.split(';').value(0).trimmed().toLower();
}

// A data set from the bytes of one part (a DICOM file: preamble, meta header, data set), or
// why it is not one. A part cut short fails here.
Expected<std::unique_ptr<DcmFileFormat>> datasetFrom(const QByteArray &bytes)
{
    auto file = std::make_unique<DcmFileFormat>();
    DcmInputBufferStream stream;
    stream.setBuffer(bytes.constData(), offile_off_t(bytes.size()));
    stream.setEos();
    file->transferInit();
    const OFCondition read = file->read(stream, EXS_Unknown, EGL_noChange, DCM_MaxReadLength);
    file->transferEnd();
    if (read.bad())
        return FileError{
            QString(),
            concord::tr("not a complete DICOM object (%1)").arg(QString::fromLatin1(read.text()))};
    return file;
}

QString uidIn(DcmDataset &dataset, const DcmTagKey &tag)
{
    OFString value;
    dataset.findAndGetOFStringArray(tag, value);
    return toQString(value);
}

} // namespace

MaybeError fetchByWado(const PacsCache &cache, const PacsNode &node, const QString &studyUid,
                       const std::vector<WadoInstance> &missing, const PacsOptions &options,
                       const RetrieveProgress &progress, const std::atomic<bool> *cancel,
                       RetrieveReport &report)
{
    DicomWebClient client(node, options, cancel);
    if (MaybeError problem = client.prepare())
        return problem;
    InstanceWriter writer(cache, studyUid);
    const int total = int(missing.size());
    for (int i = 0; i < total; ++i) {
        if (cancel && cancel->load()) {
            report.cancelled = true;
            break;
        }
        const auto &[seriesUid, sopUid] = missing[size_t(i)];
        const QString path =
            QStringLiteral("/studies/%1/series/%2/instances/%3").arg(studyUid, seriesUid, sopUid);
        Expected<WebAnswer> answer = client.get(path, {}, WadoAccept);
        if (!answer) {
            if (client.wasCancelled()) {
                report.cancelled = true;
                break;
            }
            report.problems.push_back(answer.error());
            if (client.lastStatus() == 0)
                break; // the node cannot be reached: every further request would wait as long
            continue;
        }
        const QString where = node.description();
        Expected<QByteArray> boundary = multipartBoundary(answer->contentType);
        Expected<MultipartMessage> message = boundary
                                                 ? parseMultipart(answer->body, *boundary)
                                                 : Expected<MultipartMessage>(boundary.error());
        if (!message) {
            report.problems.push_back(
                {where,
                 concord::tr("WADO-RS of instance %1: %2").arg(sopUid, message.error().message)});
            continue;
        }
        for (const MultipartPart &part : message->parts) {
            if (mediaTypeOf(part.contentType) != DicomMediaType) {
                report.problems.push_back(
                    {where, concord::tr("refused a part of the answer for instance %1 that is not "
                                        "application/dicom (\"%2\")")
                                .arg(sopUid, QString::fromLatin1(part.contentType.left(80)))});
                continue;
            }
            if (part.declaredLength != -1 && part.declaredLength != part.content.size()) {
                report.problems.push_back(
                    {where, concord::tr("refused a part of the answer for instance %1: %2 bytes "
                                        "instead of the %3 announced")
                                .arg(sopUid)
                                .arg(part.content.size())
                                .arg(part.declaredLength)});
                continue;
            }
            Expected<std::unique_ptr<DcmFileFormat>> file = datasetFrom(part.content);
            if (!file) {
                report.problems.push_back(
                    {where, concord::tr("refused the answer for instance %1: %2")
                                .arg(sopUid, file.error().message)});
                continue;
            }
            DcmDataset &dataset = *(*file)->getDataset();
            // The part must be the instance asked for; the writer then checks the study and
            // that every UID is a UID before it names a file.
            const QString arrivedUid = uidIn(dataset, DCM_SOPInstanceUID);
            if (arrivedUid != sopUid || uidIn(dataset, DCM_SeriesInstanceUID) != seriesUid) {
                report.problems.push_back(
                    {where, concord::tr("refused an instance (\"%1\") sent for instance %2")
                                .arg(arrivedUid.left(80), sopUid)});
                continue;
            }
            writer.write(dataset);
        }
        if (cache.holds(studyUid, seriesUid, sopUid))
            ++report.fetched;
        else
            report.problems.push_back(
                {sopUid, concord::tr("not received from %1").arg(node.description())});
        if (progress)
            progress(i + 1, total);
    }
    for (FileError &problem : writer.problems())
        report.problems.push_back(std::move(problem));
    return std::nullopt;
}

namespace {

struct StowResult
{
    bool stored = false;
    int status = -1;
};

// The per-instance results of a STOW-RS answer (PS3.18 10.5.3): Referenced SOP Sequence
// (stored, maybe with a Warning Reason) and Failed SOP Sequence (with a Failure Reason).
std::map<QString, StowResult> stowResults(const QByteArray &json)
{
    std::map<QString, StowResult> results;
    const QJsonObject answer = QJsonDocument::fromJson(json).object();
    const auto items = [&](const char *tag) {
        return answer.value(QLatin1String(tag)).toObject().value(QLatin1String("Value")).toArray();
    };
    const auto text = [](const QJsonObject &item, const char *tag) {
        return item.value(QLatin1String(tag))
            .toObject()
            .value(QLatin1String("Value"))
            .toArray()
            .at(0);
    };
    for (const QJsonValue value : items("00081199")) {
        const QJsonObject item = value.toObject();
        const QJsonValue warning = text(item, "00081196");
        results[text(item, "00081155").toString()] = {true,
                                                      warning.isDouble() ? warning.toInt() : 0};
    }
    for (const QJsonValue value : items("00081198")) {
        const QJsonObject item = value.toObject();
        const QJsonValue reason = text(item, "00081197");
        results[text(item, "00081155").toString()] = {false,
                                                      reason.isDouble() ? reason.toInt() : -1};
    }
    return results;
}

// The SOP Instance UID of a DICOM file held in memory, or why it is not one.
Expected<QString> sopInstanceOf(const QByteArray &bytes)
{
    Expected<std::unique_ptr<DcmFileFormat>> file = datasetFrom(bytes);
    if (!file)
        return file.error();
    const QString uid = uidIn(*(*file)->getDataset(), DCM_SOPInstanceUID);
    if (uid.isEmpty())
        return FileError{QString(), concord::tr("has no SOP Instance UID")};
    return uid;
}

} // namespace

Expected<std::vector<StoreReceipt>> sendToDicomWeb(const PacsNode &node, const QStringList &files,
                                                   const PacsOptions &options,
                                                   const std::function<void(int, int)> &progress,
                                                   const std::atomic<bool> *cancel)
{
    DicomWebClient client(node, options, cancel);
    if (MaybeError problem = client.prepare())
        return *problem;
    std::vector<StoreReceipt> receipts(size_t(files.size()));
    const int total = int(files.size());
    bool stopped = false;
    for (int i = 0; i < total; ++i) {
        StoreReceipt &receipt = receipts[size_t(i)];
        receipt.file = files[i];
        if (stopped || (cancel && cancel->load())) {
            stopped = true;
            receipt.message = concord::tr("not sent: stopped before this file");
            continue;
        }
        QFile input(files[i]);
        if (!input.open(QIODevice::ReadOnly)) {
            receipt.message = concord::tr("cannot read the file");
            continue;
        }
        const QByteArray bytes = input.readAll();
        Expected<QString> sopUid = sopInstanceOf(bytes);
        if (!sopUid) {
            receipt.message =
                concord::tr("not a readable DICOM file: %1").arg(sopUid.error().message);
            continue;
        }
        receipt.sopInstanceUid = *sopUid;
        const std::vector<QByteArray> parts{bytes};
        const QByteArray boundary = multipartBoundaryFor(parts);
        const QByteArray contentType =
            "multipart/related; type=\"application/dicom\"; boundary=" + boundary;
        Expected<WebAnswer> answer =
            client.post(QStringLiteral("/studies"), contentType,
                        buildMultipart(parts, DicomMediaType, boundary), "application/dicom+json",
                        {409}); // 409: some instances failed; the body says which
        if (!answer) {
            receipt.message = concord::tr("not sent: %1").arg(answer.error().message);
            stopped = client.wasCancelled() || client.lastStatus() == 0;
        } else {
            const std::map<QString, StowResult> results = stowResults(answer->body);
            const auto found = results.find(*sopUid);
            if (found == results.end()) {
                receipt.message = concord::tr("the node's answer (HTTP %1) does not mention this "
                                              "instance")
                                      .arg(answer->status);
            } else {
                receipt.stored = found->second.stored;
                receipt.status = found->second.status;
                receipt.message = receipt.status >= 0 ? storeStatusInWords(quint16(receipt.status))
                                                      : concord::tr("refused, without a reason");
            }
        }
        if (progress)
            progress(i + 1, total);
    }
    return receipts;
}

} // namespace concord::pacsdetail
