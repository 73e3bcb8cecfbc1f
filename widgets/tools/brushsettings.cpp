// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/tools/brushsettings.h"

#include <algorithm>
#include <cmath>

namespace concord {

void BrushSettings::setDiameter(int diameter)
{
    diameter = std::clamp(diameter, MinimumDiameter, MaximumDiameter);
    if (diameter == m_diameter)
        return;
    m_diameter = diameter;
    Q_EMIT diameterChanged(diameter);
}

void BrushSettings::stepDiameter(int steps)
{
    // Proportional steps feel the same at 3 px and at 300 px.
    int diameter = m_diameter;
    for (int i = 0; i < std::abs(steps); ++i) {
        const int change = std::max(1, int(std::lround(diameter * 0.15)));
        diameter += steps > 0 ? change : -change;
    }
    setDiameter(diameter);
}

void BrushSettings::setTolerance(int tolerance)
{
    tolerance = std::clamp(tolerance, 0, 255);
    if (tolerance == m_tolerance)
        return;
    m_tolerance = tolerance;
    Q_EMIT toleranceChanged(tolerance);
}

} // namespace concord
