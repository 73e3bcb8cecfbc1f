// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/dicomexportsupport.h"

#include "core/exchange/exportstaging.h"
#include "core/exchange/pseudonymkey.h"
#include "core/model/itemlist.h"
#include "core/model/project.h"
#include "core/project/annotationstore.h"
#include "core/storage/projectfolder.h"
#include "core/storage/safepath.h"
#include "core/util/translation.h"

#include <dcmtk/oflog/oflog.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <mutex>

namespace concord::dicomexport {

namespace {

// Large elements (the pixel data) stay on disk: only the header is needed.
constexpr Uint32 LargeElementBytes = 4096;

QString itemMessage(const Item &item, const QString &why)
{
    return concord::tr("item %1 (%2): %3").arg(item.id, item.path, why);
}

} // namespace

QString conditionText(const OFCondition &condition)
{
    return QString::fromLocal8Bit(condition.text());
}

Expected<QString> saveStagedFile(DcmFileFormat &file, OFCondition made, const QString &stagedPath,
                                 const QString &cannotWrite)
{
    if (made.good())
        made = file.saveFile(QFile::encodeName(stagedPath).constData(), EXS_LittleEndianExplicit);
    if (made.bad())
        return FileError{stagedPath, cannotWrite.arg(conditionText(made))};
    return QString();
}

void quietDicomObjectLoggers()
{
    static std::once_flag once;
    std::call_once(once, [] {
        for (const char *logger :
             {"dcmtk.dcmseg", "dcmtk.dcmfg", "dcmtk.dcmiod", "dcmtk.dcmsr", "dcmtk.dcmsr.cmr"})
            OFLog::getLogger(logger).setLogLevel(OFLogger::FATAL_LOG_LEVEL);
    });
}

Expected<SourceImage> loadSourceImage(const ProjectFolder &folder, const Item &item)
{
    if (item.sopInstanceUid.isEmpty())
        return FileError{folder.absoluteItemPath(item.path),
                         itemMessage(item, concord::tr("not a DICOM image; a DICOM segmentation "
                                                       "or report needs a DICOM source"))};
    SourceImage source;
    source.path = folder.absoluteItemPath(item.path);
    source.file = std::make_unique<DcmFileFormat>();
    const OFCondition loaded =
        source.file->loadFile(OFFilename(QFile::encodeName(source.path).constData()), EXS_Unknown,
                              EGL_noChange, LargeElementBytes);
    if (loaded.bad())
        return FileError{
            source.path,
            itemMessage(item,
                        concord::tr("cannot read the DICOM file: %1").arg(conditionText(loaded)))};
    source.dataset = source.file->getDataset();
    OFString sopInstanceUid;
    source.dataset->findAndGetOFString(DCM_SOPInstanceUID, sopInstanceUid);
    if (QString::fromLatin1(sopInstanceUid.c_str()) != item.sopInstanceUid)
        return FileError{source.path,
                         itemMessage(item, concord::tr("the file's SOP Instance UID %1 is not the "
                                                       "item's %2 (was the file replaced?)")
                                               .arg(QString::fromLatin1(sopInstanceUid.c_str()),
                                                    item.sopInstanceUid))};
    source.dataset->findAndGetUint16(DCM_Rows, source.rows);
    source.dataset->findAndGetUint16(DCM_Columns, source.columns);
    if (source.rows != item.height || source.columns != item.width)
        return FileError{source.path,
                         itemMessage(item, concord::tr("the image is %1 x %2 pixels, but the item "
                                                       "is %3 x %4 (columns x rows)")
                                               .arg(source.columns)
                                               .arg(source.rows)
                                               .arg(item.width)
                                               .arg(item.height))};
    // Our text (label and reader names) is UTF-8; the objects written take the source's
    // Patient and Study attributes, so those must be UTF-8 too.
    if (const OFCondition converted = source.dataset->convertToUTF8(); converted.bad())
        return FileError{source.path,
                         itemMessage(item, concord::tr("cannot convert its text to UTF-8: %1")
                                               .arg(conditionText(converted)))};
    return source;
}

Expected<DicomExportResult> runExport(const ProjectFolder &folder, const ItemList &items,
                                      const AnnotationStore &store, const QString &destination,
                                      const DicomExportOptions &options, const QString &kind,
                                      const QString &suffix,
                                      const std::function<bool(const ItemWork &)> &hasContent,
                                      const QString &noContentMessage, const WriteUnit &write)
{
    quietDicomObjectLoggers();
    const bool destinationIsNew = !QFileInfo::exists(destination);
    if (!QDir().mkpath(destination))
        return FileError{destination, concord::tr("cannot create folder")};
    ExportStaging staging(destination, kind, destinationIsNew);
    if (!QDir().mkdir(staging.path()))
        return FileError{staging.path(), concord::tr("cannot create folder")};
    DicomExportResult result;
    std::vector<StagedFile> files;
    for (int index = 0; index < items.size(); ++index) {
        if (options.control.stopRequested()) {
            result.cancelled = true;
            return result; // the staging folder goes, and with it every file
        }
        options.control.report(index, int(items.size()));
        const Item &item = items.at(index);
        std::optional<SourceImage> source;
        for (const auto &[annotatorId, work] : store.allWork()) {
            if (!options.annotatorIds.isEmpty() && !options.annotatorIds.contains(annotatorId))
                continue;
            const ItemWork *itemWork = work.item(item.id);
            if (!itemWork || (itemWork->isEmpty() && itemWork->rulers.empty()))
                continue;
            // One sentence per message, so that a translation can order its parts.
            // (A copy of the name: clang before 16 cannot capture a structured binding.)
            const auto aboutReader = [reader = annotatorId](const QString &what) {
                return concord::tr("reader %1: %2").arg(reader, what);
            };
            if (!hasContent(*itemWork)) {
                result.skipped.append(itemMessage(item, aboutReader(noContentMessage)));
                continue;
            }
            if (!source) {
                Expected<SourceImage> loaded = loadSourceImage(folder, item);
                if (!loaded) {
                    result.skipped.append(loaded.error().message);
                    break; // the same for every reader of the item
                }
                source = std::move(*loaded);
            }
            // Ids come from files (items.jsonl, journals): one that is not a safe file name is
            // written under a name derived from its hash, so no id can place a file outside.
            const QString directory =
                destination + QLatin1Char('/') + SafePath::fileNameFor(annotatorId);
            const QString target =
                directory + QLatin1Char('/') + SafePath::fileNameFor(item.id) + suffix;
            if (MaybeError link = SafePath::refuseLinksBelow(destination, target))
                return *link;
            const QString staged =
                staging.path() + QStringLiteral("/%1.dcm").arg(qsizetype(files.size()));
            Expected<QString> skipped = write({item, annotatorId, *itemWork, *source}, staged);
            if (!skipped)
                return skipped.error();
            if (!skipped->isEmpty()) {
                result.skipped.append(itemMessage(item, aboutReader(*skipped)));
                QFile::remove(staged);
                continue;
            }
            files.push_back({staged, directory, target});
        }
    }
    if (options.control.stopRequested()) {
        result.cancelled = true;
        return result;
    }
    options.control.report(int(items.size()), int(items.size()));
    if (!files.empty()) // a destination made for an export that wrote nothing goes again
        staging.keepDestination();
    if (MaybeError error = moveStagedFilesIntoPlace(destination, files))
        return *error;
    result.written = int(files.size());
    return result;
}

OFString dicomText(const QString &text, int maxCharacters)
{
    QString cleaned;
    for (const QChar c : text)
        cleaned.append(
            c == QLatin1Char('\\') || c.category() == QChar::Other_Control ? QLatin1Char(' ') : c);
    cleaned = cleaned.trimmed().left(maxCharacters);
    return OFString(cleaned.toUtf8().constData());
}

OFString readerPersonName(const Project &project, const QString &annotatorId,
                          const PseudonymKey *pseudonymsFrom)
{
    if (pseudonymsFrom)
        return dicomText(pseudonymsFrom->pseudonym(QLatin1String(PersonPseudonymKind), annotatorId),
                         64);
    const Annotator *annotator = project.findAnnotator(annotatorId);
    QString name = annotator && !annotator->displayName.trimmed().isEmpty() ? annotator->displayName
                                                                            : annotatorId;
    name.replace(QLatin1Char('^'), QLatin1Char(' ')).replace(QLatin1Char('='), QLatin1Char(' '));
    return dicomText(name, 64);
}

QString sessionName(const QString &sessionId, const PseudonymKey *pseudonymsFrom)
{
    return pseudonymsFrom
               ? pseudonymsFrom->pseudonym(QLatin1String(SessionPseudonymKind), sessionId)
               : sessionId;
}

} // namespace concord::dicomexport
