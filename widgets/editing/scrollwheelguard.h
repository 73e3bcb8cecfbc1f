// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace concord {

// Inside a scroll area (the tool options, the attribute forms, the dialogs' long lists) the
// wheel scrolls the area, and a combo box or spin box under the pointer changes its value only
// once the reader has clicked into it. Without this, scrolling the tool options past a
// "laterality" combo silently rewrote the selected box's attribute. Installed once on the
// application by MainWindow; the wheel event a guarded field refuses goes on to the scroll area.
class ScrollWheelGuard : public QObject
{
    Q_OBJECT

public:
    explicit ScrollWheelGuard(QObject *parent = nullptr);

    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace concord
