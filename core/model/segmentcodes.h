// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Codes a lead can give a label for its segments in a DICOM SEG (docs/dicom-exchange.md,
// "Codes"), offered in the taxonomy editor. Taken from the DICOM standard's context groups so a
// receiving viewer (3D Slicer, OHIF) shows the segment as what it is.
#include "core/model/taxonomy.h"

#include <QString>

#include <optional>
#include <vector>

namespace concord {

// PS3.16 CID 7150 "Segmentation Property Category", all SNOMED CT.
const std::vector<CodedConcept> &segmentCategoryPresets();
// PS3.16 CID 7159 "Lesion Segmentation Type", all SNOMED CT; with the category "Morphologically
// Abnormal Structure".
const std::vector<CodedConcept> &lesionTypePresets();

// "SCT:52988006:Lesion", the form the command line and the editor take.
QString codeToText(const CodedConcept &code);
// Reads SCHEME:VALUE:MEANING (the meaning may hold colons; spaces around parts are dropped);
// none when a part is missing. Whether the code fits DICOM is codedConceptProblem's to say.
std::optional<CodedConcept> codeFromText(const QString &text);

} // namespace concord
