// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace concord {

class BrushSettings;

// The options of a brush-like tool: size in pixels (slider and spin box), and for tools that
// compare intensities, the tolerance and the range it gives for the last seed.
class BrushOptionsWidget : public QWidget
{
    Q_OBJECT

public:
    enum Field { Size = 1, Tolerance = 2 };
    BrushOptionsWidget(BrushSettings *settings, int fields, const QString &hint,
                       QWidget *parent = nullptr);

    // Shows the grey-level range taken from the last seed (threshold brush), or hides it.
    void showRange(int low, int high);

private:
    QLabel *m_range = nullptr;
};

} // namespace concord
