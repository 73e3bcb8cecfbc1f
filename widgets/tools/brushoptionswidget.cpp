// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/tools/brushoptionswidget.h"

#include "widgets/tools/brushsettings.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>

namespace concord {

// A slider and a spin box kept in step with one setting.
static QWidget *sliderWithSpinBox(int minimum, int maximum, int value, const QString &suffix,
                                  const std::function<void(int)> &set, QWidget *parent,
                                  QSpinBox **spinOut)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *slider = new QSlider(Qt::Horizontal, row);
    auto *spin = new QSpinBox(row);
    slider->setRange(minimum, maximum);
    spin->setRange(minimum, maximum);
    spin->setSuffix(suffix);
    slider->setValue(value);
    spin->setValue(value);
    // Neither takes the keyboard from the canvas: the reader keeps labeling with keys.
    slider->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(slider, 1);
    layout->addWidget(spin);
    QObject::connect(slider, &QSlider::valueChanged, spin, &QSpinBox::setValue);
    QObject::connect(spin, &QSpinBox::valueChanged, slider, &QSlider::setValue);
    QObject::connect(spin, &QSpinBox::valueChanged, row, set);
    *spinOut = spin;
    return row;
}

BrushOptionsWidget::BrushOptionsWidget(BrushSettings *settings, int fields, const QString &hint,
                                       QWidget *parent)
    : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows); // narrow column: labels above
    if (fields & Size) {
        QSpinBox *spin = nullptr;
        QWidget *row = sliderWithSpinBox(
            BrushSettings::MinimumDiameter, 120, settings->diameter(), tr(" px"),
            [settings](int v) { settings->setDiameter(v); }, this, &spin);
        spin->setMaximum(
            BrushSettings::MaximumDiameter); // the slider covers usual sizes, typing goes further
        row->setToolTip(tr("Brush diameter in image pixels ( [ and ] or Ctrl+wheel )"));
        form->addRow(tr("Size"), row);
        connect(settings, &BrushSettings::diameterChanged, spin, &QSpinBox::setValue);
    }
    if (fields & Tolerance) {
        QSpinBox *spin = nullptr;
        QWidget *row = sliderWithSpinBox(
            0, 128, settings->tolerance(), QString(),
            [settings](int v) { settings->setTolerance(v); }, this, &spin);
        row->setToolTip(tr(
            "Grey levels either side of the value under the click that count as the same tissue"));
        form->addRow(tr("Tolerance ±"), row);
        connect(settings, &BrushSettings::toleranceChanged, spin, &QSpinBox::setValue);
        m_range = new QLabel(tr("Range: set by the first click"), this);
        m_range->setWordWrap(true); // a narrower dock or a longer translation
        m_range->setToolTip(tr("The displayed grey levels the tool takes, from the first click"));
        form->addRow(m_range);
    }
    if (!hint.isEmpty()) {
        auto *label = new QLabel(hint, this);
        label->setWordWrap(true);
        form->addRow(label);
    }
}

void BrushOptionsWidget::showRange(int low, int high)
{
    if (m_range)
        m_range->setText(tr("Range: %1 – %2").arg(low).arg(high)); // one line in the dock
}

} // namespace concord
