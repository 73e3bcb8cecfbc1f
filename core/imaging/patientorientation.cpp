// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imaging/patientorientation.h"

#include <algorithm>
#include <cmath>

namespace concord {

namespace {

// Below this, a direction cosine is treated as noise from a slight tilt (docs/viewer.md).
constexpr double ObliqueComponentThreshold = 0.2;

bool isPatientLetter(QChar letter)
{
    return QStringLiteral("LRAPHF").contains(letter);
}

} // namespace

QString directionLetters(double x, double y, double z)
{
    if (!std::isfinite(x) || !std::isfinite(y) || !std::isfinite(z))
        return {};
    struct Component
    {
        double magnitude;
        QChar letter;
    };
    std::array<Component, 3> components{{
        {std::abs(x), x > 0 ? QLatin1Char('L') : QLatin1Char('R')},
        {std::abs(y), y > 0 ? QLatin1Char('P') : QLatin1Char('A')},
        {std::abs(z), z > 0 ? QLatin1Char('H') : QLatin1Char('F')},
    }};
    std::stable_sort(
        components.begin(), components.end(),
        [](const Component &a, const Component &b) { return a.magnitude > b.magnitude; });
    QString letters;
    for (const Component &component : components) {
        if (component.magnitude >= ObliqueComponentThreshold)
            letters.append(component.letter);
    }
    return letters;
}

ImageDirections directionsFromCosines(const std::array<double, 6> &cosines)
{
    ImageDirections directions{directionLetters(cosines[0], cosines[1], cosines[2]),
                               directionLetters(cosines[3], cosines[4], cosines[5])};
    return directions.isKnown() ? directions : ImageDirections{};
}

ImageDirections directionsFromPatientOrientation(const QStringList &values)
{
    if (values.size() != 2)
        return {};
    for (const QString &value : values) {
        if (value.isEmpty() || value.size() > 3 ||
            !std::all_of(value.begin(), value.end(), isPatientLetter))
            return {};
    }
    return {values[0], values[1]};
}

QString oppositeDirection(const QString &letters)
{
    static const QString from = QStringLiteral("LRAPHF");
    static const QString to = QStringLiteral("RLPAFH");
    QString opposite;
    for (QChar letter : letters) {
        const qsizetype index = from.indexOf(letter);
        opposite.append(index < 0 ? letter : to[index]);
    }
    return opposite;
}

ImageDirections directionsOnScreen(const ImageDirections &image, int quarterTurnsClockwise,
                                   bool mirrored)
{
    if (!image.isKnown())
        return {};
    // Follow the image's right and down axes onto the screen as unit steps (x right, y down).
    // A clockwise quarter turn takes (x, y) to (-y, x); a mirror takes x to -x.
    struct Axis
    {
        int x;
        int y;
        QString letters;
    };
    std::array<Axis, 2> axes{{{1, 0, image.towardRight}, {0, 1, image.towardBottom}}};
    for (Axis &axis : axes) {
        for (int turn = 0; turn < ((quarterTurnsClockwise % 4) + 4) % 4; ++turn)
            axis = {-axis.y, axis.x, axis.letters};
        if (mirrored)
            axis.x = -axis.x;
    }
    ImageDirections screen;
    for (const Axis &axis : axes) {
        const QString forward = axis.letters;
        const QString backward = oppositeDirection(axis.letters);
        if (axis.x != 0)
            screen.towardRight = axis.x > 0 ? forward : backward;
        else
            screen.towardBottom = axis.y > 0 ? forward : backward;
    }
    return screen;
}

} // namespace concord
