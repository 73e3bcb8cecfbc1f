// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <array>

namespace concord {

// Which way the patient lies along an image's two axes, as the letters PACS viewers draw at the
// edges of the image (docs/viewer.md "Orientation markers"): L(eft), R(ight), A(nterior),
// P(osterior), H(ead), F(oot), up to three for an oblique axis, strongest first ("LP").
struct ImageDirections
{
    QString towardRight;  // along a row, toward its last column ("L" for a chest PA radiograph)
    QString towardBottom; // along a column, toward its last row ("F" when the head is at the top)

    bool isKnown() const { return !towardRight.isEmpty() && !towardBottom.isEmpty(); }
    bool operator==(const ImageDirections &) const = default;
};

// The letters for a unit direction in the patient coordinate system of PS3.3 C.7.6.2.1.1
// (+x toward the patient's left, +y posterior, +z head). Components below 0.2 in magnitude (an
// axis tilted less than about 12 degrees toward them) are left out, so a slightly tilted axial
// slice still reads "L", not "LPH". Empty for a zero or non-finite vector.
QString directionLetters(double x, double y, double z);

// From Image Orientation (Patient) (0020,0037): the row then the column direction cosines.
ImageDirections directionsFromCosines(const std::array<double, 6> &cosines);

// From Patient Orientation (0020,0020), which projection radiographs carry instead: two values
// such as "P" and "FR" (PS3.3 C.7.6.1.1.1). Unknown when a value is missing or uses letters
// other than the six above (the quadruped terms of veterinary images are not drawn).
ImageDirections directionsFromPatientOrientation(const QStringList &values);

// Each letter replaced by its opposite: "LP" -> "RA".
QString oppositeDirection(const QString &letters);

// The directions at the right and bottom edges of the screen once the view is turned
// `quarterTurnsClockwise` and then, if `mirrored`, flipped left to right (CanvasView's order).
ImageDirections directionsOnScreen(const ImageDirections &image, int quarterTurnsClockwise,
                                   bool mirrored);

} // namespace concord
