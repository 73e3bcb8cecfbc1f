// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/tools/labelingtool.h"

#include <QPointer>

namespace concord {

class BrushOptionsWidget;
class BrushSettings;

// Region growing from a click: the connected pixels whose displayed grey level lies within the
// tolerance of the clicked pixel, searched within the part of the image on screen (zoom in to
// confine it). The region is added to the selected mask, or becomes a new one with the active
// label. The tolerance is shared with the threshold brush.
class RegionGrowTool : public LabelingTool
{
    Q_OBJECT

public:
    RegionGrowTool(LabelingContext *context, BrushSettings *settings, QObject *parent = nullptr);

    QString name() const override;
    bool needsWholeImage() const override { return true; }
    void press(const ToolEvent &event) override;
    bool keyPress(QKeyEvent *event) override;
    QCursor cursor() const override { return Qt::PointingHandCursor; }
    QWidget *optionsWidget() override;

private:
    BrushSettings *m_settings;
    QPointer<BrushOptionsWidget> m_options;
};

} // namespace concord
