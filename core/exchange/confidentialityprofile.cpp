// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/confidentialityprofile.h"

#include <algorithm>
#include <iterator>

namespace concord {

namespace {

// Table E.1-1 of DICOM PS3.15 (2025a), the columns Concord implements: the Basic Profile's
// action and whether the Retain Longitudinal Temporal Information with Modified Dates and the
// Clean Descriptors options change it. Transcribed from the standard's machine-readable form,
// sorted by tag for binary search; the repeating-group and private rows are handled in code
// (core/exchange/dicomdeidentifier.cpp). docs/deidentification.md
// clang-format off
using enum ProfileAction;
constexpr ProfileRule Rules[] = {
    {0x0000, 0x1000, Remove, 0}, // Affected SOP Instance UID
    {0x0000, 0x1001, NewUid, 0}, // Requested SOP Instance UID
    {0x0002, 0x0003, NewUid, 0}, // Media Storage SOP Instance UID
    {0x0004, 0x1511, NewUid, 0}, // Referenced SOP Instance UID in File
    {0x0008, 0x0012, RemoveOrDummy, ShiftDates}, // Instance Creation Date
    {0x0008, 0x0013, RemoveEmptyOrDummy, ShiftDates}, // Instance Creation Time
    {0x0008, 0x0014, NewUid, 0}, // Instance Creator UID
    {0x0008, 0x0015, Remove, ShiftDates}, // Instance Coercion DateTime
    {0x0008, 0x0017, NewUid, 0}, // Acquisition UID
    {0x0008, 0x0018, NewUid, 0}, // SOP Instance UID
    {0x0008, 0x0019, NewUid, 0}, // Pyramid UID
    {0x0008, 0x0020, Empty, ShiftDates}, // Study Date
    {0x0008, 0x0021, RemoveOrDummy, ShiftDates}, // Series Date
    {0x0008, 0x0022, RemoveOrEmpty, ShiftDates}, // Acquisition Date
    {0x0008, 0x0023, EmptyOrDummy, ShiftDates}, // Content Date
    {0x0008, 0x0024, Remove, ShiftDates}, // Overlay Date
    {0x0008, 0x0025, Remove, ShiftDates}, // Curve Date
    {0x0008, 0x002A, RemoveEmptyOrDummy, ShiftDates}, // Acquisition DateTime
    {0x0008, 0x0030, Empty, ShiftDates}, // Study Time
    {0x0008, 0x0031, RemoveOrDummy, ShiftDates}, // Series Time
    {0x0008, 0x0032, RemoveOrEmpty, ShiftDates}, // Acquisition Time
    {0x0008, 0x0033, EmptyOrDummy, ShiftDates}, // Content Time
    {0x0008, 0x0034, Remove, ShiftDates}, // Overlay Time
    {0x0008, 0x0035, Remove, ShiftDates}, // Curve Time
    {0x0008, 0x0050, Empty, 0}, // Accession Number
    {0x0008, 0x0054, Remove, 0}, // Retrieve AE Title
    {0x0008, 0x0055, Remove, 0}, // Station AE Title
    {0x0008, 0x0058, NewUid, 0}, // Failed SOP Instance UID List
    {0x0008, 0x0080, RemoveEmptyOrDummy, 0}, // Institution Name
    {0x0008, 0x0081, Remove, 0}, // Institution Address
    {0x0008, 0x0082, RemoveEmptyOrDummy, 0}, // Institution Code Sequence
    {0x0008, 0x0090, Empty, 0}, // Referring Physician's Name
    {0x0008, 0x0092, Remove, 0}, // Referring Physician's Address
    {0x0008, 0x0094, Remove, 0}, // Referring Physician's Telephone Numbers
    {0x0008, 0x0096, Remove, 0}, // Referring Physician Identification Sequence
    {0x0008, 0x009C, Empty, 0}, // Consulting Physician's Name
    {0x0008, 0x009D, Remove, 0}, // Consulting Physician Identification Sequence
    {0x0008, 0x0106, Dummy, ShiftDates}, // Context Group Version
    {0x0008, 0x0107, Dummy, ShiftDates}, // Context Group Local Version
    {0x0008, 0x0201, Remove, ShiftDates}, // Timezone Offset From UTC
    {0x0008, 0x1000, Remove, 0}, // Network ID
    {0x0008, 0x1010, RemoveEmptyOrDummy, 0}, // Station Name
    {0x0008, 0x1030, Remove, CleanDescriptor}, // Study Description
    {0x0008, 0x103E, Remove, CleanDescriptor}, // Series Description
    {0x0008, 0x1040, Remove, 0}, // Institutional Department Name
    {0x0008, 0x1041, Remove, 0}, // Institutional Department Type Code Sequence
    {0x0008, 0x1048, Remove, 0}, // Physician(s) of Record
    {0x0008, 0x1049, Remove, 0}, // Physician(s) of Record Identification Sequence
    {0x0008, 0x1050, Remove, 0}, // Performing Physician's Name
    {0x0008, 0x1052, Remove, 0}, // Performing Physician Identification Sequence
    {0x0008, 0x1060, Remove, 0}, // Name of Physician(s) Reading Study
    {0x0008, 0x1062, Remove, 0}, // Physician(s) Reading Study Identification Sequence
    {0x0008, 0x1070, RemoveEmptyOrDummy, 0}, // Operators' Name
    {0x0008, 0x1072, RemoveOrDummy, 0}, // Operator Identification Sequence
    {0x0008, 0x1080, Remove, CleanDescriptor}, // Admitting Diagnoses Description
    {0x0008, 0x1084, Remove, CleanDescriptor}, // Admitting Diagnoses Code Sequence
    {0x0008, 0x1088, Remove, CleanDescriptor}, // Pyramid Description
    {0x0008, 0x1110, RemoveOrEmpty, 0}, // Referenced Study Sequence
    {0x0008, 0x1111, RemoveEmptyOrDummy, 0}, // Referenced Performed Procedure Step Sequence
    {0x0008, 0x1120, Remove, 0}, // Referenced Patient Sequence
    {0x0008, 0x1140, RemoveEmptyOrNewUids, 0}, // Referenced Image Sequence
    {0x0008, 0x1155, NewUid, 0}, // Referenced SOP Instance UID
    {0x0008, 0x1195, NewUid, 0}, // Transaction UID
    {0x0008, 0x2111, Remove, CleanDescriptor}, // Derivation Description
    {0x0008, 0x2112, RemoveEmptyOrNewUids, 0}, // Source Image Sequence
    {0x0008, 0x3010, NewUid, 0}, // Irradiation Event UID
    {0x0008, 0x4000, Remove, CleanDescriptor}, // Identifying Comments
    {0x0010, 0x0010, Empty, 0}, // Patient's Name
    {0x0010, 0x0020, EmptyOrDummy, 0}, // Patient ID
    {0x0010, 0x0021, Remove, 0}, // Issuer of Patient ID
    {0x0010, 0x0030, Empty, 0}, // Patient's Birth Date
    {0x0010, 0x0032, Remove, 0}, // Patient's Birth Time
    {0x0010, 0x0040, Empty, 0}, // Patient's Sex
    {0x0010, 0x0050, Remove, 0}, // Patient's Insurance Plan Code Sequence
    {0x0010, 0x0101, Remove, 0}, // Patient's Primary Language Code Sequence
    {0x0010, 0x0102, Remove, 0}, // Patient's Primary Language Modifier Code Sequence
    {0x0010, 0x1000, Remove, 0}, // Other Patient IDs
    {0x0010, 0x1001, Remove, 0}, // Other Patient Names
    {0x0010, 0x1002, Remove, 0}, // Other Patient IDs Sequence
    {0x0010, 0x1005, Remove, 0}, // Patient's Birth Name
    {0x0010, 0x1010, Remove, 0}, // Patient's Age
    {0x0010, 0x1020, Remove, 0}, // Patient's Size
    {0x0010, 0x1030, Remove, 0}, // Patient's Weight
    {0x0010, 0x1040, Remove, 0}, // Patient's Address
    {0x0010, 0x1050, Remove, 0}, // Insurance Plan Identification
    {0x0010, 0x1060, Remove, 0}, // Patient's Mother's Birth Name
    {0x0010, 0x1080, Remove, 0}, // Military Rank
    {0x0010, 0x1081, Remove, 0}, // Branch of Service
    {0x0010, 0x1090, Remove, 0}, // Medical Record Locator
    {0x0010, 0x1100, Remove, 0}, // Referenced Patient Photo Sequence
    {0x0010, 0x2000, Remove, CleanDescriptor}, // Medical Alerts
    {0x0010, 0x2110, Remove, CleanDescriptor}, // Allergies
    {0x0010, 0x2150, Remove, 0}, // Country of Residence
    {0x0010, 0x2152, Remove, 0}, // Region of Residence
    {0x0010, 0x2154, Remove, 0}, // Patient's Telephone Numbers
    {0x0010, 0x2155, Remove, 0}, // Patient's Telecom Information
    {0x0010, 0x2160, Remove, 0}, // Ethnic Group
    {0x0010, 0x2180, Remove, CleanDescriptor}, // Occupation
    {0x0010, 0x21A0, Remove, 0}, // Smoking Status
    {0x0010, 0x21B0, Remove, CleanDescriptor}, // Additional Patient History
    {0x0010, 0x21C0, Remove, 0}, // Pregnancy Status
    {0x0010, 0x21D0, Remove, ShiftDates}, // Last Menstrual Date
    {0x0010, 0x21F0, Remove, 0}, // Patient's Religious Preference
    {0x0010, 0x2203, RemoveOrEmpty, 0}, // Patient's Sex Neutered
    {0x0010, 0x2297, Remove, 0}, // Responsible Person
    {0x0010, 0x2299, Remove, 0}, // Responsible Organization
    {0x0010, 0x4000, Remove, CleanDescriptor}, // Patient Comments
    {0x0012, 0x0010, Dummy, 0}, // Clinical Trial Sponsor Name
    {0x0012, 0x0020, Dummy, 0}, // Clinical Trial Protocol ID
    {0x0012, 0x0021, Empty, 0}, // Clinical Trial Protocol Name
    {0x0012, 0x0022, Remove, 0}, // Issuer of Clinical Trial Protocol ID
    {0x0012, 0x0023, Remove, 0}, // Other Clinical Trial Protocol IDs Sequence
    {0x0012, 0x0030, Empty, 0}, // Clinical Trial Site ID
    {0x0012, 0x0031, Empty, 0}, // Clinical Trial Site Name
    {0x0012, 0x0032, Remove, 0}, // Issuer of Clinical Trial Site ID
    {0x0012, 0x0040, Dummy, 0}, // Clinical Trial Subject ID
    {0x0012, 0x0041, Remove, 0}, // Issuer of Clinical Trial Subject ID
    {0x0012, 0x0042, Dummy, 0}, // Clinical Trial Subject Reading ID
    {0x0012, 0x0043, Remove, 0}, // Issuer of Clinical Trial Subject Reading ID
    {0x0012, 0x0050, Empty, 0}, // Clinical Trial Time Point ID
    {0x0012, 0x0051, Remove, CleanDescriptor}, // Clinical Trial Time Point Description
    {0x0012, 0x0055, Remove, 0}, // Issuer of Clinical Trial Time Point ID
    {0x0012, 0x0060, Empty, 0}, // Clinical Trial Coordinating Center Name
    {0x0012, 0x0071, Remove, 0}, // Clinical Trial Series ID
    {0x0012, 0x0072, Remove, CleanDescriptor}, // Clinical Trial Series Description
    {0x0012, 0x0073, Remove, 0}, // Issuer of Clinical Trial Series ID
    {0x0012, 0x0081, Dummy, 0}, // Clinical Trial Protocol Ethics Committee Name
    {0x0012, 0x0082, Remove, 0}, // Clinical Trial Protocol Ethics Committee Approval Number
    {0x0012, 0x0086, Remove, ShiftDates}, // Ethics Committee Approval Effectiveness Start Date
    {0x0012, 0x0087, Remove, ShiftDates}, // Ethics Committee Approval Effectiveness End Date
    {0x0014, 0x407C, Remove, ShiftDates}, // Calibration Time
    {0x0014, 0x407E, Remove, ShiftDates}, // Calibration Date
    {0x0016, 0x002B, Remove, CleanDescriptor}, // Maker Note
    {0x0016, 0x004B, Remove, CleanDescriptor}, // Device Setting Description
    {0x0016, 0x004D, Remove, 0}, // Camera Owner Name
    {0x0016, 0x004E, Remove, 0}, // Lens Specification
    {0x0016, 0x004F, Remove, 0}, // Lens Make
    {0x0016, 0x0050, Remove, 0}, // Lens Model
    {0x0016, 0x0051, Remove, 0}, // Lens Serial Number
    {0x0016, 0x0070, Remove, 0}, // GPS Version ID
    {0x0016, 0x0071, Remove, 0}, // GPS Latitude Ref
    {0x0016, 0x0072, Remove, 0}, // GPS Latitude
    {0x0016, 0x0073, Remove, 0}, // GPS Longitude Ref
    {0x0016, 0x0074, Remove, 0}, // GPS Longitude
    {0x0016, 0x0075, Remove, 0}, // GPS Altitude Ref
    {0x0016, 0x0076, Remove, 0}, // GPS Altitude
    {0x0016, 0x0077, Remove, 0}, // GPS Time Stamp
    {0x0016, 0x0078, Remove, 0}, // GPS Satellites
    {0x0016, 0x0079, Remove, 0}, // GPS Status
    {0x0016, 0x007A, Remove, 0}, // GPS Measure Mode
    {0x0016, 0x007B, Remove, 0}, // GPS DOP
    {0x0016, 0x007C, Remove, 0}, // GPS Speed Ref
    {0x0016, 0x007D, Remove, 0}, // GPS Speed
    {0x0016, 0x007E, Remove, 0}, // GPS Track Ref
    {0x0016, 0x007F, Remove, 0}, // GPS Track
    {0x0016, 0x0080, Remove, 0}, // GPS Img Direction Ref
    {0x0016, 0x0081, Remove, 0}, // GPS Img Direction
    {0x0016, 0x0082, Remove, 0}, // GPS Map Datum
    {0x0016, 0x0083, Remove, 0}, // GPS Dest Latitude Ref
    {0x0016, 0x0084, Remove, 0}, // GPS Dest Latitude
    {0x0016, 0x0085, Remove, 0}, // GPS Dest Longitude Ref
    {0x0016, 0x0086, Remove, 0}, // GPS Dest Longitude
    {0x0016, 0x0087, Remove, 0}, // GPS Dest Bearing Ref
    {0x0016, 0x0088, Remove, 0}, // GPS Dest Bearing
    {0x0016, 0x0089, Remove, 0}, // GPS Dest Distance Ref
    {0x0016, 0x008A, Remove, 0}, // GPS Dest Distance
    {0x0016, 0x008B, Remove, 0}, // GPS Processing Method
    {0x0016, 0x008C, Remove, 0}, // GPS Area Information
    {0x0016, 0x008D, Remove, ShiftDates}, // GPS Date Stamp
    {0x0016, 0x008E, Remove, 0}, // GPS Differential
    {0x0018, 0x0010, EmptyOrDummy, CleanDescriptor}, // Contrast/Bolus Agent
    {0x0018, 0x0027, Remove, ShiftDates}, // Intervention Drug Stop Time
    {0x0018, 0x0035, Remove, ShiftDates}, // Intervention Drug Start Time
    {0x0018, 0x1000, RemoveEmptyOrDummy, 0}, // Device Serial Number
    {0x0018, 0x1002, NewUid, 0}, // Device UID
    {0x0018, 0x1004, Remove, 0}, // Plate ID
    {0x0018, 0x1005, Remove, 0}, // Generator ID
    {0x0018, 0x1007, Remove, 0}, // Cassette ID
    {0x0018, 0x1008, Remove, 0}, // Gantry ID
    {0x0018, 0x1009, Remove, 0}, // Unique Device Identifier
    {0x0018, 0x100A, Remove, 0}, // UDI Sequence
    {0x0018, 0x100B, NewUid, 0}, // Manufacturer's Device Class UID
    {0x0018, 0x1012, Remove, ShiftDates}, // Date of Secondary Capture
    {0x0018, 0x1014, Remove, ShiftDates}, // Time of Secondary Capture
    {0x0018, 0x1030, RemoveOrDummy, CleanDescriptor}, // Protocol Name
    {0x0018, 0x1042, Remove, ShiftDates}, // Contrast/Bolus Start Time
    {0x0018, 0x1043, Remove, ShiftDates}, // Contrast/Bolus Stop Time
    {0x0018, 0x1072, Remove, ShiftDates}, // Radiopharmaceutical Start Time
    {0x0018, 0x1073, Remove, ShiftDates}, // Radiopharmaceutical Stop Time
    {0x0018, 0x1078, Remove, ShiftDates}, // Radiopharmaceutical Start DateTime
    {0x0018, 0x1079, Remove, ShiftDates}, // Radiopharmaceutical Stop DateTime
    {0x0018, 0x11BB, Dummy, CleanDescriptor}, // Acquisition Field Of View Label
    {0x0018, 0x1200, Remove, ShiftDates}, // Date of Last Calibration
    {0x0018, 0x1201, Remove, ShiftDates}, // Time of Last Calibration
    {0x0018, 0x1202, Remove, ShiftDates}, // DateTime of Last Calibration
    {0x0018, 0x1203, Empty, ShiftDates}, // Calibration DateTime
    {0x0018, 0x1204, Remove, ShiftDates}, // Date of Manufacture
    {0x0018, 0x1205, Remove, ShiftDates}, // Date of Installation
    {0x0018, 0x1400, RemoveOrDummy, CleanDescriptor}, // Acquisition Device Processing Description
    {0x0018, 0x2042, NewUid, 0}, // Target UID
    {0x0018, 0x4000, Remove, CleanDescriptor}, // Acquisition Comments
    {0x0018, 0x5011, Remove, 0}, // Transducer Identification Sequence
    {0x0018, 0x700A, RemoveOrDummy, 0}, // Detector ID
    {0x0018, 0x700C, RemoveOrDummy, ShiftDates}, // Date of Last Detector Calibration
    {0x0018, 0x700E, RemoveOrDummy, ShiftDates}, // Time of Last Detector Calibration
    {0x0018, 0x9074, Dummy, ShiftDates}, // Frame Acquisition DateTime
    {0x0018, 0x9151, Dummy, ShiftDates}, // Frame Reference DateTime
    {0x0018, 0x9185, Remove, CleanDescriptor}, // Respiratory Motion Compensation Technique Descr...
    {0x0018, 0x9367, Dummy, 0}, // X-Ray Source ID
    {0x0018, 0x9369, Dummy, ShiftDates}, // Source Start DateTime
    {0x0018, 0x936A, Dummy, ShiftDates}, // Source End DateTime
    {0x0018, 0x9371, Dummy, 0}, // X-Ray Detector ID
    {0x0018, 0x9373, Remove, 0}, // X-Ray Detector Label
    {0x0018, 0x937B, Remove, CleanDescriptor}, // Multi-energy Acquisition Description
    {0x0018, 0x937F, Remove, CleanDescriptor}, // Decomposition Description
    {0x0018, 0x9424, Remove, CleanDescriptor}, // Acquisition Protocol Description
    {0x0018, 0x9516, RemoveOrDummy, ShiftDates}, // Start Acquisition DateTime
    {0x0018, 0x9517, RemoveOrDummy, ShiftDates}, // End Acquisition DateTime
    {0x0018, 0x9623, Dummy, ShiftDates}, // Functional Sync Pulse
    {0x0018, 0x9701, Dummy, ShiftDates}, // Decay Correction DateTime
    {0x0018, 0x9804, Dummy, ShiftDates}, // Exclusion Start DateTime
    {0x0018, 0x9919, EmptyOrDummy, ShiftDates}, // Instruction Performed DateTime
    {0x0018, 0x9937, Remove, CleanDescriptor}, // Requested Series Description
    {0x0018, 0xA002, Remove, ShiftDates}, // Contribution DateTime
    {0x0018, 0xA003, Remove, CleanDescriptor}, // Contribution Description
    {0x0020, 0x000D, NewUid, 0}, // Study Instance UID
    {0x0020, 0x000E, NewUid, 0}, // Series Instance UID
    {0x0020, 0x0010, Empty, 0}, // Study ID
    {0x0020, 0x0027, Remove, CleanDescriptor}, // Pyramid Label
    {0x0020, 0x0052, NewUid, 0}, // Frame of Reference UID
    {0x0020, 0x0200, NewUid, 0}, // Synchronization Frame of Reference UID
    {0x0020, 0x3401, Remove, 0}, // Modifying Device ID
    {0x0020, 0x3403, Remove, ShiftDates}, // Modified Image Date
    {0x0020, 0x3405, Remove, ShiftDates}, // Modified Image Time
    {0x0020, 0x3406, Remove, 0}, // Modified Image Description
    {0x0020, 0x4000, Remove, CleanDescriptor}, // Image Comments
    {0x0020, 0x9158, Remove, CleanDescriptor}, // Frame Comments
    {0x0020, 0x9161, NewUid, 0}, // Concatenation UID
    {0x0020, 0x9164, NewUid, 0}, // Dimension Organization UID
    {0x0028, 0x1199, NewUid, 0}, // Palette Color Lookup Table UID
    {0x0028, 0x1214, NewUid, 0}, // Large Palette Color Lookup Table UID
    {0x0028, 0x4000, Remove, 0}, // Image Presentation Comments
    {0x0032, 0x0012, Remove, 0}, // Study ID Issuer
    {0x0032, 0x0032, Remove, ShiftDates}, // Study Verified Date
    {0x0032, 0x0033, Remove, ShiftDates}, // Study Verified Time
    {0x0032, 0x0034, Remove, ShiftDates}, // Study Read Date
    {0x0032, 0x0035, Remove, ShiftDates}, // Study Read Time
    {0x0032, 0x1000, Remove, ShiftDates}, // Scheduled Study Start Date
    {0x0032, 0x1001, Remove, ShiftDates}, // Scheduled Study Start Time
    {0x0032, 0x1010, Remove, ShiftDates}, // Scheduled Study Stop Date
    {0x0032, 0x1011, Remove, ShiftDates}, // Scheduled Study Stop Time
    {0x0032, 0x1020, Remove, 0}, // Scheduled Study Location
    {0x0032, 0x1021, Remove, 0}, // Scheduled Study Location AE Title
    {0x0032, 0x1030, Remove, CleanDescriptor}, // Reason for Study
    {0x0032, 0x1032, Remove, 0}, // Requesting Physician
    {0x0032, 0x1033, Remove, 0}, // Requesting Service
    {0x0032, 0x1040, Remove, ShiftDates}, // Study Arrival Date
    {0x0032, 0x1041, Remove, ShiftDates}, // Study Arrival Time
    {0x0032, 0x1050, Remove, ShiftDates}, // Study Completion Date
    {0x0032, 0x1051, Remove, ShiftDates}, // Study Completion Time
    {0x0032, 0x1060, RemoveOrEmpty, CleanDescriptor}, // Requested Procedure Description
    {0x0032, 0x1066, Remove, CleanDescriptor}, // Reason for Visit
    {0x0032, 0x1067, Remove, CleanDescriptor}, // Reason for Visit Code Sequence
    {0x0032, 0x1070, Remove, CleanDescriptor}, // Requested Contrast Agent
    {0x0032, 0x4000, Remove, CleanDescriptor}, // Study Comments
    {0x0034, 0x0001, Dummy, 0}, // Flow Identifier Sequence
    {0x0034, 0x0002, Dummy, 0}, // Flow Identifier
    {0x0034, 0x0005, Dummy, 0}, // Source Identifier
    {0x0034, 0x0007, Dummy, ShiftDates}, // Frame Origin Timestamp
    {0x0038, 0x0004, Remove, 0}, // Referenced Patient Alias Sequence
    {0x0038, 0x0010, Remove, 0}, // Admission ID
    {0x0038, 0x0011, Remove, 0}, // Issuer of Admission ID
    {0x0038, 0x0014, Remove, 0}, // Issuer of Admission ID Sequence
    {0x0038, 0x001A, Remove, ShiftDates}, // Scheduled Admission Date
    {0x0038, 0x001B, Remove, ShiftDates}, // Scheduled Admission Time
    {0x0038, 0x001C, Remove, ShiftDates}, // Scheduled Discharge Date
    {0x0038, 0x001D, Remove, ShiftDates}, // Scheduled Discharge Time
    {0x0038, 0x001E, Remove, 0}, // Scheduled Patient Institution Residence
    {0x0038, 0x0020, Remove, ShiftDates}, // Admitting Date
    {0x0038, 0x0021, Remove, ShiftDates}, // Admitting Time
    {0x0038, 0x0030, Remove, ShiftDates}, // Discharge Date
    {0x0038, 0x0032, Remove, ShiftDates}, // Discharge Time
    {0x0038, 0x0040, Remove, CleanDescriptor}, // Discharge Diagnosis Description
    {0x0038, 0x0050, Remove, 0}, // Special Needs
    {0x0038, 0x0060, Remove, 0}, // Service Episode ID
    {0x0038, 0x0061, Remove, 0}, // Issuer of Service Episode ID
    {0x0038, 0x0062, Remove, CleanDescriptor}, // Service Episode Description
    {0x0038, 0x0064, Remove, 0}, // Issuer of Service Episode ID Sequence
    {0x0038, 0x0300, Remove, 0}, // Current Patient Location
    {0x0038, 0x0400, Remove, 0}, // Patient's Institution Residence
    {0x0038, 0x0500, Remove, CleanDescriptor}, // Patient State
    {0x0038, 0x4000, Remove, CleanDescriptor}, // Visit Comments
    {0x003A, 0x0310, NewUid, 0}, // Multiplex Group UID
    {0x003A, 0x0314, Dummy, ShiftDates}, // Impedance Measurement DateTime
    {0x003A, 0x0329, Remove, CleanDescriptor}, // Waveform Filter Description
    {0x003A, 0x032B, Remove, CleanDescriptor}, // Filter Lookup Table Description
    {0x0040, 0x0001, Remove, 0}, // Scheduled Station AE Title
    {0x0040, 0x0002, Remove, ShiftDates}, // Scheduled Procedure Step Start Date
    {0x0040, 0x0003, Remove, ShiftDates}, // Scheduled Procedure Step Start Time
    {0x0040, 0x0004, Remove, ShiftDates}, // Scheduled Procedure Step End Date
    {0x0040, 0x0005, Remove, ShiftDates}, // Scheduled Procedure Step End Time
    {0x0040, 0x0006, Remove, 0}, // Scheduled Performing Physician's Name
    {0x0040, 0x0007, Remove, CleanDescriptor}, // Scheduled Procedure Step Description
    {0x0040, 0x0009, Remove, 0}, // Scheduled Procedure Step ID
    {0x0040, 0x000B, Remove, 0}, // Scheduled Performing Physician Identification Sequence
    {0x0040, 0x0010, Remove, 0}, // Scheduled Station Name
    {0x0040, 0x0011, Remove, 0}, // Scheduled Procedure Step Location
    {0x0040, 0x0012, Remove, 0}, // Pre-Medication
    {0x0040, 0x0241, Remove, 0}, // Performed Station AE Title
    {0x0040, 0x0242, Remove, 0}, // Performed Station Name
    {0x0040, 0x0243, Remove, 0}, // Performed Location
    {0x0040, 0x0244, Remove, ShiftDates}, // Performed Procedure Step Start Date
    {0x0040, 0x0245, Remove, ShiftDates}, // Performed Procedure Step Start Time
    {0x0040, 0x0250, Remove, ShiftDates}, // Performed Procedure Step End Date
    {0x0040, 0x0251, Remove, ShiftDates}, // Performed Procedure Step End Time
    {0x0040, 0x0253, Remove, 0}, // Performed Procedure Step ID
    {0x0040, 0x0254, Remove, CleanDescriptor}, // Performed Procedure Step Description
    {0x0040, 0x0275, Remove, CleanDescriptor}, // Request Attributes Sequence
    {0x0040, 0x0280, Remove, CleanDescriptor}, // Comments on the Performed Procedure Step
    {0x0040, 0x0310, Remove, CleanDescriptor}, // Comments on Radiation Dose
    {0x0040, 0x050A, Remove, 0}, // Specimen Accession Number
    {0x0040, 0x0512, Dummy, 0}, // Container Identifier
    {0x0040, 0x0513, Empty, 0}, // Issuer of the Container Identifier Sequence
    {0x0040, 0x051A, Remove, CleanDescriptor}, // Container Description
    {0x0040, 0x0551, Dummy, 0}, // Specimen Identifier
    {0x0040, 0x0554, NewUid, 0}, // Specimen UID
    {0x0040, 0x0555, RemoveOrEmpty, 0}, // Acquisition Context Sequence
    {0x0040, 0x0562, Empty, 0}, // Issuer of the Specimen Identifier Sequence
    {0x0040, 0x0600, Remove, CleanDescriptor}, // Specimen Short Description
    {0x0040, 0x0602, Remove, CleanDescriptor}, // Specimen Detailed Description
    {0x0040, 0x0610, Empty, 0}, // Specimen Preparation Sequence
    {0x0040, 0x06FA, Remove, 0}, // Slide Identifier
    {0x0040, 0x1001, Remove, 0}, // Requested Procedure ID
    {0x0040, 0x1002, Remove, CleanDescriptor}, // Reason for the Requested Procedure
    {0x0040, 0x1004, Remove, 0}, // Patient Transport Arrangements
    {0x0040, 0x1005, Remove, 0}, // Requested Procedure Location
    {0x0040, 0x100A, Remove, CleanDescriptor}, // Reason for Requested Procedure Code Sequence
    {0x0040, 0x1010, Remove, 0}, // Names of Intended Recipients of Results
    {0x0040, 0x1011, Remove, 0}, // Intended Recipients of Results Identification Sequence
    {0x0040, 0x1101, Dummy, 0}, // Person Identification Code Sequence
    {0x0040, 0x1102, Remove, 0}, // Person's Address
    {0x0040, 0x1103, Remove, 0}, // Person's Telephone Numbers
    {0x0040, 0x1104, Remove, 0}, // Person's Telecom Information
    {0x0040, 0x1400, Remove, CleanDescriptor}, // Requested Procedure Comments
    {0x0040, 0x2001, Remove, CleanDescriptor}, // Reason for the Imaging Service Request
    {0x0040, 0x2004, Remove, ShiftDates}, // Issue Date of Imaging Service Request
    {0x0040, 0x2005, Remove, ShiftDates}, // Issue Time of Imaging Service Request
    {0x0040, 0x2008, Remove, 0}, // Order Entered By
    {0x0040, 0x2009, Remove, 0}, // Order Enterer's Location
    {0x0040, 0x2010, Remove, 0}, // Order Callback Phone Number
    {0x0040, 0x2011, Remove, 0}, // Order Callback Telecom Information
    {0x0040, 0x2016, Empty, 0}, // Placer Order Number / Imaging Service Request
    {0x0040, 0x2017, Empty, 0}, // Filler Order Number / Imaging Service Request
    {0x0040, 0x2400, Remove, CleanDescriptor}, // Imaging Service Request Comments
    {0x0040, 0x3001, Remove, 0}, // Confidentiality Constraint on Patient Data Description
    {0x0040, 0x4005, Remove, ShiftDates}, // Scheduled Procedure Step Start DateTime
    {0x0040, 0x4008, Remove, ShiftDates}, // Scheduled Procedure Step Expiration DateTime
    {0x0040, 0x4010, Remove, ShiftDates}, // Scheduled Procedure Step Modification DateTime
    {0x0040, 0x4011, Remove, ShiftDates}, // Expected Completion DateTime
    {0x0040, 0x4023, NewUid, 0}, // Referenced General Purpose Scheduled Procedure Step Transacti...
    {0x0040, 0x4025, Remove, 0}, // Scheduled Station Name Code Sequence
    {0x0040, 0x4027, Remove, 0}, // Scheduled Station Geographic Location Code Sequence
    {0x0040, 0x4028, Remove, 0}, // Performed Station Name Code Sequence
    {0x0040, 0x4030, Remove, 0}, // Performed Station Geographic Location Code Sequence
    {0x0040, 0x4034, Remove, 0}, // Scheduled Human Performers Sequence
    {0x0040, 0x4035, Remove, 0}, // Actual Human Performers Sequence
    {0x0040, 0x4036, Remove, 0}, // Human Performer's Organization
    {0x0040, 0x4037, Remove, 0}, // Human Performer's Name
    {0x0040, 0x4050, Remove, ShiftDates}, // Performed Procedure Step Start DateTime
    {0x0040, 0x4051, Remove, ShiftDates}, // Performed Procedure Step End DateTime
    {0x0040, 0x4052, Remove, ShiftDates}, // Procedure Step Cancellation DateTime
    {0x0040, 0xA023, Remove, ShiftDates}, // Findings Group Recording Date (Trial)
    {0x0040, 0xA024, Remove, ShiftDates}, // Findings Group Recording Time (Trial)
    {0x0040, 0xA027, Dummy, 0}, // Verifying Organization
    {0x0040, 0xA030, Dummy, ShiftDates}, // Verification DateTime
    {0x0040, 0xA032, RemoveOrDummy, ShiftDates}, // Observation DateTime
    {0x0040, 0xA033, Remove, ShiftDates}, // Observation Start DateTime
    {0x0040, 0xA073, Dummy, 0}, // Verifying Observer Sequence
    {0x0040, 0xA075, Dummy, 0}, // Verifying Observer Name
    {0x0040, 0xA078, Remove, 0}, // Author Observer Sequence
    {0x0040, 0xA07A, Remove, 0}, // Participant Sequence
    {0x0040, 0xA07C, Remove, 0}, // Custodial Organization Sequence
    {0x0040, 0xA082, Empty, ShiftDates}, // Participation DateTime
    {0x0040, 0xA088, Empty, 0}, // Verifying Observer Identification Code Sequence
    {0x0040, 0xA110, Remove, ShiftDates}, // Date of Document or Verbal Transaction (Trial)
    {0x0040, 0xA112, Remove, ShiftDates}, // Time of Document Creation or Verbal Transaction (Trial)
    {0x0040, 0xA120, Dummy, ShiftDates}, // DateTime
    {0x0040, 0xA121, Dummy, ShiftDates}, // Date
    {0x0040, 0xA122, Dummy, ShiftDates}, // Time
    {0x0040, 0xA123, Dummy, 0}, // Person Name
    {0x0040, 0xA124, NewUid, 0}, // UID
    {0x0040, 0xA13A, Dummy, ShiftDates}, // Referenced DateTime
    {0x0040, 0xA171, NewUid, 0}, // Observation UID
    {0x0040, 0xA172, NewUid, 0}, // Referenced Observation UID (Trial)
    {0x0040, 0xA192, Remove, ShiftDates}, // Observation Date (Trial)
    {0x0040, 0xA193, Remove, ShiftDates}, // Observation Time (Trial)
    {0x0040, 0xA307, Remove, 0}, // Current Observer (Trial)
    {0x0040, 0xA352, Remove, 0}, // Verbal Source (Trial)
    {0x0040, 0xA353, Remove, 0}, // Address (Trial)
    {0x0040, 0xA354, Remove, 0}, // Telephone Number (Trial)
    {0x0040, 0xA358, Remove, 0}, // Verbal Source Identifier Code Sequence (Trial)
    {0x0040, 0xA402, NewUid, 0}, // Observation Subject UID (Trial)
    {0x0040, 0xA730, Dummy, 0}, // Content Sequence
    {0x0040, 0xDB06, Remove, ShiftDates}, // Template Version
    {0x0040, 0xDB07, Remove, ShiftDates}, // Template Local Version
    {0x0040, 0xDB0C, NewUid, 0}, // Template Extension Organization UID
    {0x0040, 0xDB0D, NewUid, 0}, // Template Extension Creator UID
    {0x0040, 0xE004, Remove, ShiftDates}, // HL7 Document Effective Time
    {0x0042, 0x0011, Dummy, 0}, // Encapsulated Document
    {0x0044, 0x0004, Remove, ShiftDates}, // Approval Status DateTime
    {0x0044, 0x000B, Remove, ShiftDates}, // Product Expiration DateTime
    {0x0044, 0x0010, Remove, ShiftDates}, // Substance Administration DateTime
    {0x0044, 0x0104, Dummy, ShiftDates}, // Assertion DateTime
    {0x0044, 0x0105, Remove, ShiftDates}, // Assertion Expiration DateTime
    {0x0050, 0x001B, Remove, 0}, // Container Component ID
    {0x0050, 0x0020, Remove, 0}, // Device Description
    {0x0050, 0x0021, Remove, CleanDescriptor}, // Long Device Description
    {0x0062, 0x0021, NewUid, 0}, // Tracking UID
    {0x0064, 0x0003, NewUid, 0}, // Source Frame of Reference UID
    {0x0068, 0x6226, Dummy, ShiftDates}, // Effective DateTime
    {0x0068, 0x6270, Dummy, ShiftDates}, // Information Issue DateTime
    {0x006A, 0x0003, Dummy, 0}, // Annotation Group UID
    {0x006A, 0x0005, Dummy, CleanDescriptor}, // Annotation Group Label
    {0x006A, 0x0006, Remove, CleanDescriptor}, // Annotation Group Description
    {0x0070, 0x0001, Dummy, 0}, // Graphic Annotation Sequence
    {0x0070, 0x0082, Remove, ShiftDates}, // Presentation Creation Date
    {0x0070, 0x0083, Remove, ShiftDates}, // Presentation Creation Time
    {0x0070, 0x0084, EmptyOrDummy, 0}, // Content Creator's Name
    {0x0070, 0x0086, Remove, 0}, // Content Creator's Identification Code Sequence
    {0x0070, 0x031A, NewUid, 0}, // Fiducial UID
    {0x0070, 0x1101, NewUid, 0}, // Presentation Display Collection UID
    {0x0070, 0x1102, NewUid, 0}, // Presentation Sequence Collection UID
    {0x0072, 0x000A, Dummy, ShiftDates}, // Hanging Protocol Creation DateTime
    {0x0072, 0x005E, Dummy, 0}, // Selector AE Value
    {0x0072, 0x005F, Dummy, 0}, // Selector AS Value
    {0x0072, 0x0061, Dummy, ShiftDates}, // Selector DA Value
    {0x0072, 0x0063, Dummy, ShiftDates}, // Selector DT Value
    {0x0072, 0x0065, Dummy, 0}, // Selector OB Value
    {0x0072, 0x0066, Dummy, CleanDescriptor}, // Selector LO Value
    {0x0072, 0x0068, Dummy, CleanDescriptor}, // Selector LT Value
    {0x0072, 0x006A, Dummy, 0}, // Selector PN Value
    {0x0072, 0x006B, Dummy, ShiftDates}, // Selector TM Value
    {0x0072, 0x006C, Dummy, CleanDescriptor}, // Selector SH Value
    {0x0072, 0x006D, Dummy, 0}, // Selector UN Value
    {0x0072, 0x006E, Dummy, CleanDescriptor}, // Selector ST Value
    {0x0072, 0x0070, Dummy, CleanDescriptor}, // Selector UT Value
    {0x0072, 0x0071, Dummy, 0}, // Selector UR Value
    {0x0074, 0x1234, Remove, 0}, // Receiving AE
    {0x0074, 0x1236, Remove, 0}, // Requesting AE
    {0x0088, 0x0140, NewUid, 0}, // Storage Media File-set UID
    {0x0088, 0x0200, Remove, 0}, // Icon Image Sequence (see Note 11)
    {0x0088, 0x0904, Remove, 0}, // Topic Title
    {0x0088, 0x0906, Remove, 0}, // Topic Subject
    {0x0088, 0x0910, Remove, 0}, // Topic Author
    {0x0088, 0x0912, Remove, 0}, // Topic Keywords
    {0x0100, 0x0420, Remove, ShiftDates}, // SOP Authorization DateTime
    {0x0400, 0x0100, NewUid, 0}, // Digital Signature UID
    {0x0400, 0x0105, Dummy, ShiftDates}, // Digital Signature DateTime
    {0x0400, 0x0115, Dummy, 0}, // Certificate of Signer
    {0x0400, 0x0310, Remove, ShiftDates}, // Certified Timestamp
    {0x0400, 0x0402, Remove, 0}, // Referenced Digital Signature Sequence
    {0x0400, 0x0403, Remove, 0}, // Referenced SOP Instance MAC Sequence
    {0x0400, 0x0404, Remove, 0}, // MAC
    {0x0400, 0x0550, Remove, 0}, // Modified Attributes Sequence
    {0x0400, 0x0551, Remove, 0}, // Nonconforming Modified Attributes Sequence
    {0x0400, 0x0552, Remove, 0}, // Nonconforming Data Element Value
    {0x0400, 0x0561, Remove, 0}, // Original Attributes Sequence
    {0x0400, 0x0562, Dummy, ShiftDates}, // Attribute Modification DateTime
    {0x0400, 0x0563, Dummy, 0}, // Modifying System
    {0x0400, 0x0564, Empty, 0}, // Source of Previous Values
    {0x0400, 0x0565, Dummy, CleanDescriptor}, // Reason for the Attribute Modification
    {0x0400, 0x0600, Remove, 0}, // Instance Origin Status
    {0x2030, 0x0020, Remove, 0}, // Text String
    {0x2100, 0x0040, Remove, ShiftDates}, // Creation Date
    {0x2100, 0x0050, Remove, ShiftDates}, // Creation Time
    {0x2100, 0x0070, Remove, 0}, // Originator
    {0x2100, 0x0140, Dummy, 0}, // Destination AE
    {0x2200, 0x0002, RemoveOrEmpty, CleanDescriptor}, // Label Text
    {0x2200, 0x0005, RemoveOrEmpty, 0}, // Barcode Value
    {0x3002, 0x0121, Remove, CleanDescriptor}, // Position Acquisition Template Name
    {0x3002, 0x0123, Remove, CleanDescriptor}, // Position Acquisition Template Description
    {0x3006, 0x0002, Dummy, CleanDescriptor}, // Structure Set Label
    {0x3006, 0x0004, Remove, CleanDescriptor}, // Structure Set Name
    {0x3006, 0x0006, Remove, CleanDescriptor}, // Structure Set Description
    {0x3006, 0x0008, Empty, ShiftDates}, // Structure Set Date
    {0x3006, 0x0009, Empty, ShiftDates}, // Structure Set Time
    {0x3006, 0x0024, NewUid, 0}, // Referenced Frame of Reference UID
    {0x3006, 0x0026, Empty, CleanDescriptor}, // ROI Name
    {0x3006, 0x0028, Remove, CleanDescriptor}, // ROI Description
    {0x3006, 0x002D, Remove, ShiftDates}, // ROI DateTime
    {0x3006, 0x002E, Remove, ShiftDates}, // ROI Observation DateTime
    {0x3006, 0x0038, Remove, CleanDescriptor}, // ROI Generation Description
    {0x3006, 0x004D, Remove, 0}, // ROI Creator Sequence
    {0x3006, 0x004E, Remove, 0}, // ROI Interpreter Sequence
    {0x3006, 0x0085, Remove, CleanDescriptor}, // ROI Observation Label
    {0x3006, 0x0088, Remove, CleanDescriptor}, // ROI Observation Description
    {0x3006, 0x00A6, Empty, 0}, // ROI Interpreter
    {0x3006, 0x00C2, NewUid, 0}, // Related Frame of Reference UID
    {0x3008, 0x0024, Dummy, ShiftDates}, // Treatment Control Point Date
    {0x3008, 0x0025, Dummy, ShiftDates}, // Treatment Control Point Time
    {0x3008, 0x0054, RemoveOrDummy, ShiftDates}, // First Treatment Date
    {0x3008, 0x0056, RemoveOrDummy, ShiftDates}, // Most Recent Treatment Date
    {0x3008, 0x0105, RemoveOrEmpty, 0}, // Source Serial Number
    {0x3008, 0x0162, Dummy, ShiftDates}, // Safe Position Exit Date
    {0x3008, 0x0164, Dummy, ShiftDates}, // Safe Position Exit Time
    {0x3008, 0x0166, Dummy, ShiftDates}, // Safe Position Return Date
    {0x3008, 0x0168, Dummy, ShiftDates}, // Safe Position Return Time
    {0x3008, 0x0250, RemoveOrDummy, ShiftDates}, // Treatment Date
    {0x3008, 0x0251, RemoveOrDummy, ShiftDates}, // Treatment Time
    {0x300A, 0x0002, Dummy, CleanDescriptor}, // RT Plan Label
    {0x300A, 0x0003, Remove, CleanDescriptor}, // RT Plan Name
    {0x300A, 0x0004, Remove, CleanDescriptor}, // RT Plan Description
    {0x300A, 0x0006, RemoveOrDummy, ShiftDates}, // RT Plan Date
    {0x300A, 0x0007, RemoveOrDummy, ShiftDates}, // RT Plan Time
    {0x300A, 0x000B, Remove, CleanDescriptor}, // Treatment Sites
    {0x300A, 0x000E, Remove, CleanDescriptor}, // Prescription Description
    {0x300A, 0x0013, NewUid, 0}, // Dose Reference UID
    {0x300A, 0x0016, Remove, CleanDescriptor}, // Dose Reference Description
    {0x300A, 0x0072, Remove, CleanDescriptor}, // Fraction Group Description
    {0x300A, 0x0083, NewUid, 0}, // Referenced Dose Reference UID
    {0x300A, 0x00B2, RemoveOrEmpty, 0}, // Treatment Machine Name
    {0x300A, 0x00C3, Remove, CleanDescriptor}, // Beam Description
    {0x300A, 0x00DD, Remove, CleanDescriptor}, // Bolus Description
    {0x300A, 0x0196, Remove, CleanDescriptor}, // Fixation Device Description
    {0x300A, 0x01A6, Remove, CleanDescriptor}, // Shielding Device Description
    {0x300A, 0x01B2, Remove, CleanDescriptor}, // Setup Technique Description
    {0x300A, 0x0216, Remove, 0}, // Source Manufacturer
    {0x300A, 0x022C, Dummy, ShiftDates}, // Source Strength Reference Date
    {0x300A, 0x022E, Dummy, ShiftDates}, // Source Strength Reference Time
    {0x300A, 0x02EB, Remove, CleanDescriptor}, // Compensator Description
    {0x300A, 0x0608, Dummy, CleanDescriptor}, // Treatment Position Group Label
    {0x300A, 0x0609, NewUid, 0}, // Treatment Position Group UID
    {0x300A, 0x0611, Empty, 0}, // RT Accessory Holder Slot ID
    {0x300A, 0x0615, Empty, 0}, // RT Accessory Device Slot ID
    {0x300A, 0x0619, Dummy, CleanDescriptor}, // Radiation Dose Identification Label
    {0x300A, 0x0623, Dummy, CleanDescriptor}, // Radiation Dose In-Vivo Measurement Label
    {0x300A, 0x062A, Dummy, CleanDescriptor}, // RT Tolerance Set Label
    {0x300A, 0x0650, NewUid, 0}, // Patient Setup UID
    {0x300A, 0x0676, Remove, CleanDescriptor}, // Equipment Frame of Reference Description
    {0x300A, 0x067C, Dummy, CleanDescriptor}, // Radiation Generation Mode Label
    {0x300A, 0x067D, Empty, CleanDescriptor}, // Radiation Generation Mode Description
    {0x300A, 0x0700, NewUid, 0}, // Treatment Session UID
    {0x300A, 0x0734, Dummy, CleanDescriptor}, // Treatment Tolerance Violation Description
    {0x300A, 0x0736, Dummy, ShiftDates}, // Treatment Tolerance Violation DateTime
    {0x300A, 0x073A, Dummy, ShiftDates}, // Recorded RT Control Point DateTime
    {0x300A, 0x0741, Dummy, ShiftDates}, // Interlock DateTime
    {0x300A, 0x0742, Dummy, CleanDescriptor}, // Interlock Description
    {0x300A, 0x0760, Dummy, ShiftDates}, // Override DateTime
    {0x300A, 0x0783, Dummy, CleanDescriptor}, // Interlock Origin Description
    {0x300A, 0x0785, NewUid, 0}, // Referenced Treatment Position Group UID
    {0x300A, 0x078E, Remove, CleanDescriptor}, // Patient Treatment Preparation Procedure Paramet...
    {0x300A, 0x0792, Remove, CleanDescriptor}, // Patient Treatment Preparation Method Description
    {0x300A, 0x0794, Remove, CleanDescriptor}, // Patient Setup Photo Description
    {0x300A, 0x079A, Remove, CleanDescriptor}, // Displacement Reference Label
    {0x300C, 0x0113, Remove, CleanDescriptor}, // Reason for Omission Description
    {0x300C, 0x0127, Dummy, ShiftDates}, // Beam Hold Transition DateTime
    {0x300E, 0x0004, Empty, ShiftDates}, // Review Date
    {0x300E, 0x0005, Empty, ShiftDates}, // Review Time
    {0x300E, 0x0008, RemoveOrEmpty, 0}, // Reviewer Name
    {0x3010, 0x0006, NewUid, 0}, // Conceptual Volume UID
    {0x3010, 0x000B, NewUid, 0}, // Referenced Conceptual Volume UID
    {0x3010, 0x000F, Empty, CleanDescriptor}, // Conceptual Volume Combination Description
    {0x3010, 0x0013, NewUid, 0}, // Constituent Conceptual Volume UID
    {0x3010, 0x0015, NewUid, 0}, // Source Conceptual Volume UID
    {0x3010, 0x0017, Empty, CleanDescriptor}, // Conceptual Volume Description
    {0x3010, 0x001B, Empty, 0}, // Device Alternate Identifier
    {0x3010, 0x002D, Dummy, 0}, // Device Label
    {0x3010, 0x0031, NewUid, 0}, // Referenced Fiducials UID
    {0x3010, 0x0033, Dummy, CleanDescriptor}, // User Content Label
    {0x3010, 0x0034, Dummy, CleanDescriptor}, // User Content Long Label
    {0x3010, 0x0035, Dummy, CleanDescriptor}, // Entity Label
    {0x3010, 0x0036, Remove, CleanDescriptor}, // Entity Name
    {0x3010, 0x0037, Remove, CleanDescriptor}, // Entity Description
    {0x3010, 0x0038, Dummy, CleanDescriptor}, // Entity Long Label
    {0x3010, 0x003B, NewUid, 0}, // RT Treatment Phase UID
    {0x3010, 0x0043, Empty, 0}, // Manufacturer's Device Identifier
    {0x3010, 0x004C, RemoveOrDummy, ShiftDates}, // Intended Phase Start Date
    {0x3010, 0x004D, RemoveOrDummy, ShiftDates}, // Intended Phase End Date
    {0x3010, 0x0054, Dummy, CleanDescriptor}, // RT Prescription Label
    {0x3010, 0x0056, RemoveOrDummy, CleanDescriptor}, // RT Treatment Approach Label
    {0x3010, 0x005A, Empty, CleanDescriptor}, // RT Physician Intent Narrative
    {0x3010, 0x005C, Empty, CleanDescriptor}, // Reason for Superseding
    {0x3010, 0x0061, Remove, CleanDescriptor}, // Prior Treatment Dose Description
    {0x3010, 0x006E, NewUid, 0}, // Dosimetric Objective UID
    {0x3010, 0x006F, NewUid, 0}, // Referenced Dosimetric Objective UID
    {0x3010, 0x0077, RemoveOrDummy, CleanDescriptor}, // Treatment Site
    {0x3010, 0x007A, Empty, CleanDescriptor}, // Treatment Technique Notes
    {0x3010, 0x007B, Empty, CleanDescriptor}, // Prescription Notes
    {0x3010, 0x007F, Empty, CleanDescriptor}, // Fractionation Notes
    {0x3010, 0x0081, Empty, CleanDescriptor}, // Prescription Notes Sequence
    {0x3010, 0x0085, Remove, ShiftDates}, // Intended Fraction Start Time
    {0x4000, 0x0010, Remove, 0}, // Arbitrary
    {0x4000, 0x4000, Remove, 0}, // Text Comments
    {0x4008, 0x0040, Remove, 0}, // Results ID
    {0x4008, 0x0042, Remove, 0}, // Results ID Issuer
    {0x4008, 0x0100, Remove, ShiftDates}, // Interpretation Recorded Date
    {0x4008, 0x0101, Remove, ShiftDates}, // Interpretation Recorded Time
    {0x4008, 0x0102, Remove, 0}, // Interpretation Recorder
    {0x4008, 0x0108, Remove, ShiftDates}, // Interpretation Transcription Date
    {0x4008, 0x0109, Remove, ShiftDates}, // Interpretation Transcription Time
    {0x4008, 0x010A, Remove, 0}, // Interpretation Transcriber
    {0x4008, 0x010B, Remove, CleanDescriptor}, // Interpretation Text
    {0x4008, 0x010C, Remove, 0}, // Interpretation Author
    {0x4008, 0x0111, Remove, 0}, // Interpretation Approver Sequence
    {0x4008, 0x0112, Remove, ShiftDates}, // Interpretation Approval Date
    {0x4008, 0x0113, Remove, ShiftDates}, // Interpretation Approval Time
    {0x4008, 0x0114, Remove, 0}, // Physician Approving Interpretation
    {0x4008, 0x0115, Remove, CleanDescriptor}, // Interpretation Diagnosis Description
    {0x4008, 0x0118, Remove, 0}, // Results Distribution List Sequence
    {0x4008, 0x0119, Remove, 0}, // Distribution Name
    {0x4008, 0x011A, Remove, 0}, // Distribution Address
    {0x4008, 0x0200, Remove, 0}, // Interpretation ID
    {0x4008, 0x0202, Remove, 0}, // Interpretation ID Issuer
    {0x4008, 0x0300, Remove, CleanDescriptor}, // Impressions
    {0x4008, 0x4000, Remove, CleanDescriptor}, // Results Comments
    {0xFFFA, 0xFFFA, Remove, 0}, // Digital Signatures Sequence
    {0xFFFC, 0xFFFC, Remove, 0}, // Data Set Trailing Padding
};
// clang-format on

constexpr bool sortedByTag()
{
    for (std::size_t i = 1; i < std::size(Rules); ++i) {
        if ((quint32(Rules[i - 1].group) << 16 | Rules[i - 1].element) >=
            (quint32(Rules[i].group) << 16 | Rules[i].element))
            return false;
    }
    return true;
}
static_assert(sortedByTag(), "findProfileRule searches the table by tag");

} // namespace

const ProfileRule *findProfileRule(quint16 group, quint16 element)
{
    const quint32 key = quint32(group) << 16 | element;
    const auto *found = std::lower_bound(
        std::begin(Rules), std::end(Rules), key, [](const ProfileRule &rule, quint32 wanted) {
            return (quint32(rule.group) << 16 | rule.element) < wanted;
        });
    if (found == std::end(Rules) || (quint32(found->group) << 16 | found->element) != key)
        return nullptr;
    return found;
}

int profileRuleCount()
{
    return int(std::size(Rules));
}

} // namespace concord
