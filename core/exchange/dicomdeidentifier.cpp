// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/dicomdeidentifier.h"

#include "core/exchange/confidentialityprofile.h"
#include "core/storage/atomicfile.h"
#include "core/util/translation.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcelem.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcsequen.h>

#include <QDate>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <cstdio>
#include <vector>

#include <unistd.h>

namespace concord {

namespace {

// What a "D" action writes, by VR: valid for the VR and plainly not a real value.
QString dummyValue(DcmEVR vr)
{
    switch (vr) {
    case EVR_DA: return QStringLiteral("19000101");
    case EVR_DT: return QStringLiteral("19000101000000");
    case EVR_TM: return QStringLiteral("000000");
    case EVR_AS: return QStringLiteral("000Y");
    case EVR_DS:
    case EVR_IS: return QStringLiteral("0");
    case EVR_AE:
    case EVR_CS:
    case EVR_LO:
    case EVR_LT:
    case EVR_PN:
    case EVR_SH:
    case EVR_ST:
    case EVR_UC:
    case EVR_UT: return QStringLiteral("ANONYMIZED");
    default: return QString(); // binary and URI values: a zero-length value
    }
}

bool holdsText(DcmEVR vr)
{
    return !dummyValue(vr).isEmpty() && vr != EVR_DA && vr != EVR_DT && vr != EVR_TM &&
           vr != EVR_AS && vr != EVR_DS && vr != EVR_IS;
}

QString stringOf(DcmElement &element)
{
    OFString value;
    element.getOFStringArray(value);
    return QString::fromUtf8(value.c_str());
}

void setString(DcmElement &element, const QString &value)
{
    element.putOFStringArray(OFString(value.toUtf8().constData()));
}

// "YYYYMMDD" moved by `days`; empty when it is not a date, which is then removed rather than
// kept as it was.
QString shiftedDate(const QString &date, int days)
{
    const QDate parsed = QDate::fromString(date.left(8), QStringLiteral("yyyyMMdd"));
    if (!parsed.isValid())
        return QString();
    return parsed.addDays(days).toString(QStringLiteral("yyyyMMdd")) + date.mid(8);
}

class DatasetDeidentifier
{
public:
    DatasetDeidentifier(const PseudonymKey &key, const DeidentificationOptions &options)
        : m_key(key)
        , m_options(options)
    {}

    // The identifiers a cleaned descriptor must not repeat: the patient's name parts and ids,
    // read before anything is changed.
    void collectIdentifiers(DcmItem &dataset)
    {
        for (const DcmTagKey &tag :
             {DCM_PatientName, DCM_PatientID, DCM_RETIRED_OtherPatientIDs, DCM_OtherPatientNames,
              DCM_AccessionNumber, DCM_PatientBirthName, DCM_PatientMotherBirthName,
              DCM_ReferringPhysicianName, DCM_PerformingPhysicianName, DCM_OperatorsName,
              DCM_InstitutionName, DCM_StudyID}) {
            OFString value;
            if (dataset.findAndGetOFStringArray(tag, value).bad())
                continue;
            static const QRegularExpression separators(QStringLiteral("[\\^\\\\=,\\s]+"));
            for (const QString &part :
                 QString::fromUtf8(value.c_str()).split(separators, Qt::SkipEmptyParts)) {
                if (part.size() >= 2)
                    m_identifiers << part;
            }
        }
        OFString patientId;
        dataset.findAndGetOFString(DCM_PatientID, patientId);
        m_patientPseudonym =
            m_key.pseudonym(QStringLiteral("patient"), QString::fromUtf8(patientId.c_str()));
    }

    void apply(DcmItem &item)
    {
        std::vector<DcmTagKey> removals;
        for (unsigned long i = 0; i < item.card(); ++i) {
            DcmElement *element = item.getElement(i);
            const DcmTagKey tag = element->getTag();
            const quint16 group = tag.getGroup();
            // Private attributes can hold anything, and the profile removes them all; so do
            // curves (50xx) and overlays (60xx), which can carry text drawn over the image.
            if (tag.isPrivate() || (group & 0xFF00) == 0x5000 || (group & 0xFF00) == 0x6000) {
                removals.push_back(tag);
                continue;
            }
            // One pseudonym for both, so a patient's files still group (patient-wise splits
            // stay possible); the name as a family name with its delimiter, the PN form
            // validators expect.
            if (tag == DCM_PatientID) {
                setString(*element, m_patientPseudonym);
                continue;
            }
            if (tag == DCM_PatientName) {
                setString(*element, m_patientPseudonym + QLatin1Char('^'));
                continue;
            }
            if (const ProfileRule *rule = findProfileRule(group, tag.getElement()))
                applyRule(*element, *rule, removals);
            else
                recurse(*element);
        }
        for (const DcmTagKey &tag : removals)
            item.findAndDeleteElement(tag);
    }

    // Every UID anywhere below `item` replaced: what X/Z/U* asks of a sequence of references.
    void replaceUidsBelow(DcmItem &item)
    {
        for (unsigned long i = 0; i < item.card(); ++i) {
            DcmElement *element = item.getElement(i);
            if (element->ident() == EVR_UI)
                replaceUids(*element);
            else if (element->ident() == EVR_SQ)
                forEachItem(*element, [this](DcmItem &child) { replaceUidsBelow(child); });
        }
    }

private:
    template <typename Visit> static void forEachItem(DcmElement &element, Visit visit)
    {
        auto &sequence = static_cast<DcmSequenceOfItems &>(element);
        for (unsigned long i = 0; i < sequence.card(); ++i)
            visit(*sequence.getItem(i));
    }

    void recurse(DcmElement &element)
    {
        if (element.ident() == EVR_SQ)
            forEachItem(element, [this](DcmItem &child) { apply(child); });
    }

    void replaceUids(DcmElement &element)
    {
        QStringList uids = stringOf(element).split(QLatin1Char('\\'));
        for (QString &uid : uids) {
            uid = uid.trimmed();
            if (!uid.isEmpty())
                uid = m_key.uid(uid);
        }
        setString(element, uids.join(QLatin1Char('\\')));
    }

    void applyRule(DcmElement &element, const ProfileRule &rule, std::vector<DcmTagKey> &removals)
    {
        const DcmEVR vr = element.ident();
        if (m_options.dateShiftDays && (rule.options & ShiftDates)) {
            if (vr == EVR_DA || vr == EVR_DT) {
                QStringList dates = stringOf(element).split(QLatin1Char('\\'));
                for (QString &date : dates)
                    date = shiftedDate(date, *m_options.dateShiftDays);
                setString(element, dates.join(QLatin1Char('\\')));
                return;
            }
            if (vr == EVR_TM)
                return; // whole days move, so the time of day stays true
        }
        if (m_options.cleanDescriptors && (rule.options & CleanDescriptor)) {
            if (vr == EVR_SQ) {
                recurse(element);
                return;
            }
            if (holdsText(vr)) {
                setString(element, cleaned(stringOf(element)));
                return;
            }
        }
        switch (rule.action) {
        case ProfileAction::Remove: removals.push_back(element.getTag()); return;
        case ProfileAction::Empty:
        case ProfileAction::RemoveOrEmpty:
            // Empty is valid whether the attribute is Type 2 or 3 in the IOD; X/Z attributes
            // are never Type 1.
            element.clear();
            return;
        case ProfileAction::NewUid: replaceUids(element); return;
        case ProfileAction::RemoveEmptyOrNewUids:
            if (vr == EVR_SQ)
                forEachItem(element, [this](DcmItem &child) { replaceUidsBelow(child); });
            else
                element.clear();
            return;
        case ProfileAction::Dummy:
        case ProfileAction::RemoveOrDummy:
        case ProfileAction::EmptyOrDummy:
        case ProfileAction::RemoveEmptyOrDummy:
            // A dummy is valid whatever the attribute's type in the IOD, even Type 1.
            if (vr == EVR_SQ)
                recurse(element); // its items hold attributes the table names
            else if (vr == EVR_UI)
                replaceUids(element);
            else if (const QString dummy = dummyValue(vr); !dummy.isEmpty())
                setString(element, dummy);
            else
                element.clear();
            return;
        }
    }

    // The text without the identifiers of this file and without any run of five or more
    // digits (ids, dates, telephone numbers); what no rule can know (a name typed into a
    // description that appears nowhere else in the file) is why the option is off by default.
    QString cleaned(QString text) const
    {
        // Whole words only: the "St" of "St Elsewhere" must not eat the "st" of "Chest".
        for (const QString &identifier : m_identifiers) {
            const QRegularExpression word(
                QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(identifier)),
                QRegularExpression::CaseInsensitiveOption);
            text.replace(word, QString());
        }
        static const QRegularExpression digitRuns(QStringLiteral("\\d{5,}"));
        text.replace(digitRuns, QString());
        return text.simplified();
    }

    const PseudonymKey &m_key;
    const DeidentificationOptions &m_options;
    QStringList m_identifiers;
    QString m_patientPseudonym;
};

void addMethodCode(DcmItem &dataset, const char *value, const char *meaning)
{
    DcmItem *code = nullptr;
    if (dataset.findOrCreateSequenceItem(DCM_DeidentificationMethodCodeSequence, code, -2).bad())
        return;
    code->putAndInsertString(DCM_CodeValue, value);
    code->putAndInsertString(DCM_CodingSchemeDesignator, "DCM");
    code->putAndInsertString(DCM_CodeMeaning, meaning);
}

} // namespace

void deidentifyDataset(DcmItem &dataset, const PseudonymKey &key,
                       const DeidentificationOptions &options, QStringList *warnings)
{
    OFString burnedIn;
    dataset.findAndGetOFString(DCM_BurnedInAnnotation, burnedIn);
    if (warnings && burnedIn != "NO") {
        *warnings << (burnedIn == "YES"
                          ? concord::tr("Burned In Annotation is YES: text drawn into the pixels "
                                        "may identify the patient and is not removed")
                          : concord::tr("Burned In Annotation is not stated: check the pixels "
                                        "for text that identifies the patient"));
    }

    DatasetDeidentifier deidentifier(key, options);
    deidentifier.collectIdentifiers(dataset);
    deidentifier.apply(dataset);

    // Whatever an earlier de-identification said is replaced by what this one did.
    dataset.findAndDeleteElement(DCM_DeidentificationMethodCodeSequence);
    dataset.putAndInsertString(DCM_PatientIdentityRemoved, "YES");
    QString method = QStringLiteral("Concord: DICOM PS3.15 Basic Application Confidentiality "
                                    "Profile");
    addMethodCode(dataset, "113100", "Basic Application Confidentiality Profile");
    if (options.cleanDescriptors) {
        method += QStringLiteral("; Clean Descriptors Option");
        addMethodCode(dataset, "113105", "Clean Descriptors Option");
    }
    if (options.dateShiftDays) {
        method += QStringLiteral("; Retain Longitudinal Temporal Information Modified Dates "
                                 "Option");
        addMethodCode(dataset, "113107",
                      "Retain Longitudinal Temporal Information Modified Dates Option");
    }
    dataset.putAndInsertString(DCM_DeidentificationMethod, method.toUtf8().constData());
    dataset.putAndInsertString(DCM_LongitudinalTemporalInformationModified,
                               options.dateShiftDays ? "MODIFIED" : "REMOVED");
}

Expected<DeidentifiedFile> deidentifyDicomFile(const QString &source, const QString &outputFolder,
                                               const PseudonymKey &key,
                                               const DeidentificationOptions &options)
{
    DcmFileFormat file;
    const OFCondition loaded = file.loadFile(QFile::encodeName(source).constData());
    if (loaded.bad())
        return FileError{source, concord::tr("cannot be read as DICOM (%1); nothing was written")
                                     .arg(QString::fromLatin1(loaded.text()))};
    DcmDataset &dataset = *file.getDataset();
    OFString originalSop;
    if (dataset.findAndGetOFString(DCM_SOPInstanceUID, originalSop).bad() || originalSop.empty())
        return FileError{source, concord::tr("has no SOP Instance UID, so it is not a DICOM "
                                             "instance; nothing was written")};

    DeidentifiedFile result;
    deidentifyDataset(dataset, key, options, &result.warnings);
    OFString study, series, sop;
    dataset.findAndGetOFString(DCM_StudyInstanceUID, study);
    dataset.findAndGetOFString(DCM_SeriesInstanceUID, series);
    dataset.findAndGetOFString(DCM_SOPInstanceUID, sop);
    result.studyInstanceUid = QString::fromLatin1(study.c_str());
    result.seriesInstanceUid = QString::fromLatin1(series.c_str());
    result.sopInstanceUid = QString::fromLatin1(sop.c_str());

    // The file meta header names the instance and may name the sending site.
    DcmMetaInfo &meta = *file.getMetaInfo();
    meta.putAndInsertString(DCM_MediaStorageSOPInstanceUID, sop.c_str());
    meta.findAndDeleteElement(DCM_SourceApplicationEntityTitle);
    meta.findAndDeleteElement(DCM_PrivateInformationCreatorUID);
    meta.findAndDeleteElement(DCM_PrivateInformation);

    result.outputFile = QDir(outputFolder).filePath(result.sopInstanceUid + QStringLiteral(".dcm"));
    const QString partial = QDir(outputFolder)
                                .filePath(QStringLiteral(".deidentifying-%1.partial")
                                              .arg(QRandomGenerator::global()->generate()));
    const OFCondition saved = file.saveFile(QFile::encodeName(partial).constData());
    const auto failWriting = [&](const QString &why) {
        QFile::remove(partial);
        return FileError{result.outputFile, why};
    };
    if (saved.bad())
        return failWriting(QString::fromLatin1(saved.text()));
    {
        QFile written(partial);
        if (!written.open(QIODevice::ReadOnly) || ::fsync(written.handle()) != 0)
            return failWriting(written.errorString());
    }
    if (std::rename(QFile::encodeName(partial).constData(),
                    QFile::encodeName(result.outputFile).constData()) != 0)
        return failWriting(qt_error_string(errno));
    if (MaybeError error = syncDirectory(outputFolder))
        return *error;
    return result;
}

} // namespace concord
