// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/error.h"

#include <QByteArray>
#include <QString>

namespace concord {

// The key's file in a project folder.
inline constexpr char ProjectKeyFileName[] = "deidentification.key";

// The kinds of pseudonym that name readers and sessions in every export, so a COCO file and a
// de-identified SEG or SR name the same reader and session alike (docs/deidentification.md,
// "Exports").
inline constexpr char PersonPseudonymKind[] = "person";
inline constexpr char SessionPseudonymKind[] = "session";
// Item ids are often made from file names.
inline constexpr char ItemPseudonymKind[] = "item";

struct Item;

// The secret behind every replacement identifier de-identification makes (new UIDs, patient
// pseudonyms, a patient's date shift): each is a keyed hash (HMAC-SHA-256) of the original, so
// the same original always gets the same replacement under one key, and nobody without the key
// can go back or even test a guess. A project keeps its key in the project folder
// (`deidentification.key`, readable by its owner only), which no export, merge or session
// archive carries, so every export of a project stays consistent with the ones before it
// (docs/deidentification.md).
class PseudonymKey
{
public:
    // A fresh random key, for a one-off run outside any project: consistent within the run.
    static PseudonymKey random();
    // The key in `file`, created (atomically, and never replacing one another process made
    // first) when there is none yet. Errors name the file.
    static Expected<PseudonymKey> loadOrCreate(const QString &file);

    // A UID of the form 2.25.<128-bit integer> (PS3.5 B.2) standing for `original`.
    QString uid(const QString &original) const;
    // A pseudonym such as "ANON-3F9A0C61D2E4" standing for `original` of the given `kind`
    // ("patient"), so one patient's files still group together after de-identification.
    QString pseudonym(const QString &kind, const QString &original) const;
    // Whole days in [-range, range], the same for the same `original` (a patient), for shifting
    // dates when the user asks for a per-patient shift.
    int days(const QString &original, int range) const;

private:
    explicit PseudonymKey(QByteArray secret);
    QByteArray mac(const QByteArray &domain, const QString &original) const;

    QByteArray m_secret;
};

// The name `item`'s image has in every de-identified export (COCO's file_name, the images of the
// dataset formats, label maps' item list): a DICOM image its new SOP Instance UID and ".dcm", the
// name `concord-cli deidentify --project` gives the file; any other image a pseudonym of its
// path, with its extension when that is plain (letters and digits, at most 8), so the name is a
// safe file name and never holds the original's (docs/deidentification.md, "Exports").
QString deidentifiedImageName(const PseudonymKey &key, const Item &item);

} // namespace concord
