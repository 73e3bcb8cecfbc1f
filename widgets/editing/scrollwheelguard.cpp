// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/editing/scrollwheelguard.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>

namespace concord {

namespace {

bool isInScrollArea(const QWidget *widget)
{
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<const QAbstractScrollArea *>(parent))
            return true;
        if (parent->isWindow())
            return false;
    }
    return false;
}

} // namespace

ScrollWheelGuard::ScrollWheelGuard(QObject *parent)
    : QObject(parent)
{}

bool ScrollWheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Wheel && event->type() != QEvent::Polish)
        return false;
    auto *field = qobject_cast<QWidget *>(watched);
    if (!field || !(qobject_cast<QComboBox *>(field) || qobject_cast<QAbstractSpinBox *>(field)))
        return false;
    // Some styles give combo boxes wheel focus, which a passing wheel would take.
    if (event->type() == QEvent::Polish) {
        if ((field->focusPolicy() & Qt::WheelFocus) == Qt::WheelFocus)
            field->setFocusPolicy(Qt::StrongFocus);
        return false;
    }
    if (field->hasFocus() || !isInScrollArea(field))
        return false;
    // Handled here but not accepted: QApplication hands an ignored wheel event to the parent,
    // and so on up to the scroll area.
    event->ignore();
    return true;
}

} // namespace concord
