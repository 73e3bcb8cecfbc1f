// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace concord {

// The brush size and intensity tolerance that the brush, eraser and threshold brush share, so
// switching between painting and erasing keeps the size the reader chose. GUI thread only.
class BrushSettings : public QObject
{
    Q_OBJECT

public:
    static constexpr int MinimumDiameter = 1;
    static constexpr int MaximumDiameter = 400;

    using QObject::QObject;

    // Diameter in image pixels (what the options show); the dab radius is half of it.
    int diameter() const { return m_diameter; }
    double radius() const { return m_diameter / 2.0; }
    void setDiameter(int diameter);
    // One step of [ ] or Ctrl+wheel: about 15 % of the size, at least one pixel.
    void stepDiameter(int steps);

    // Grey levels either side of the seed's displayed value that the threshold brush and
    // region growing accept.
    int tolerance() const { return m_tolerance; }
    void setTolerance(int tolerance);

Q_SIGNALS:
    void diameterChanged(int diameter);
    void toleranceChanged(int tolerance);

private:
    int m_diameter = 20;
    int m_tolerance = 20;
};

} // namespace concord
