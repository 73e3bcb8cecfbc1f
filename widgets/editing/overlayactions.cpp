// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/editing/overlayactions.h"

#include "widgets/canvas/imageoverlay.h"
#include "widgets/editing/actionsupport.h"

#include <QAction>
#include <QMenu>
#include <QSettings>

namespace concord {

OverlayActions::OverlayActions(ImageOverlay *overlay, QObject *parent)
    : QObject(parent)
    , m_overlay(overlay)
    , m_menu(std::make_unique<QMenu>(tr("Image &overlays")))
    , m_showAll(addToggle(tr("Show overlays"), QStringLiteral("overlay/shown"), true))
    , m_windowAndZoom(
          addToggle(tr("Window/level and zoom"), QStringLiteral("overlay/windowAndZoom"), true))
    , m_frame(addToggle(tr("Frame number"), QStringLiteral("overlay/frame"), true))
    , m_orientation(
          addToggle(tr("Orientation markers"), QStringLiteral("overlay/orientation"), true))
    , m_itemAndReader(
          addToggle(tr("Item and reader"), QStringLiteral("overlay/itemAndReader"), true))
    , m_patientDetails(addToggle(tr("Patient details"), QString(), false))
{
    setActionShortcuts(m_showAll, tr("Show or hide the text over the image"),
                       {QKeySequence(Qt::SHIFT | Qt::Key_O)});
    m_patientDetails->setToolTip(
        tr("Patient name, ID and study date on the image. They can identify the patient, so "
           "they start hidden in every window"));
    m_menu->addAction(m_showAll);
    m_menu->addSeparator();
    m_menu->addActions({m_windowAndZoom, m_frame, m_orientation, m_itemAndReader});
    m_menu->addSeparator();
    m_menu->addAction(m_patientDetails);
    m_menu->setToolTipsVisible(true);
    apply();
}

OverlayActions::~OverlayActions() = default;

QList<QAction *> OverlayActions::actions() const
{
    return {m_showAll, m_windowAndZoom, m_frame, m_orientation, m_itemAndReader, m_patientDetails};
}

QAction *OverlayActions::addToggle(const QString &text, const QString &settingsKey, bool byDefault)
{
    auto *action = new QAction(text, this);
    action->setCheckable(true);
    action->setChecked(settingsKey.isEmpty() ? byDefault
                                             : QSettings().value(settingsKey, byDefault).toBool());
    connect(action, &QAction::toggled, this, [this, settingsKey](bool checked) {
        if (!settingsKey.isEmpty())
            QSettings().setValue(settingsKey, checked);
        apply();
    });
    return action;
}

void OverlayActions::apply()
{
    OverlayOptions options;
    options.shown = m_showAll->isChecked();
    options.windowAndZoom = m_windowAndZoom->isChecked();
    options.frame = m_frame->isChecked();
    options.orientation = m_orientation->isChecked();
    options.itemAndReader = m_itemAndReader->isChecked();
    options.patientDetails = m_patientDetails->isChecked();
    for (QAction *part :
         {m_windowAndZoom, m_frame, m_orientation, m_itemAndReader, m_patientDetails})
        part->setEnabled(options.shown);
    m_overlay->setOptions(options);
}

} // namespace concord
