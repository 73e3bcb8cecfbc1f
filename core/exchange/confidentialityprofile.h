// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace concord {

// DICOM PS3.15 Annex E, Table E.1-1: what the Basic Application Level Confidentiality Profile
// does to each attribute that may identify a patient or others (docs/deidentification.md).
enum class ProfileAction : quint8 {
    Remove,               // X
    Empty,                // Z: a zero-length value
    Dummy,                // D: a non-zero value consistent with the VR
    NewUid,               // U: a new UID, the same for the same original in one project
    RemoveOrEmpty,        // X/Z: whichever the IOD allows
    RemoveOrDummy,        // X/D
    EmptyOrDummy,         // Z/D
    RemoveEmptyOrDummy,   // X/Z/D
    RemoveEmptyOrNewUids, // X/Z/U*: a sequence of references whose UIDs are replaced
};

// Which profile options change what the basic profile does to an attribute (the table's
// option columns), as bits.
enum ProfileOptionColumn : quint8 {
    // "Retain Longitudinal Temporal Information with Modified Dates": C, the date is shifted.
    ShiftDates = 1,
    // "Clean Descriptors": C, the text is kept without what identifies.
    CleanDescriptor = 2,
};

struct ProfileRule
{
    quint16 group;
    quint16 element;
    ProfileAction action;
    quint8 options; // ProfileOptionColumn bits
};

// The rule for (group,element), or null when the profile keeps the attribute. Repeating groups
// (curves 50xx, overlays 60xx) and private attributes are the de-identifier's own business.
const ProfileRule *findProfileRule(quint16 group, quint16 element);

// How many attributes the table lists, for tests that check it was transcribed whole.
int profileRuleCount();

} // namespace concord
