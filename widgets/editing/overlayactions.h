// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

#include <memory>

class QAction;
class QMenu;

namespace concord {

class ImageOverlay;

// View ▸ Image overlays: one checkable action per part of the on-image text, and Shift+O for
// all of them at once. Every choice but patient details is remembered per user (QSettings
// "overlay/..."); patient details start hidden in every window, like "Show PHI" in the tag
// panel, so a screen share never shows a name unless the reader just asked for it.
class OverlayActions : public QObject
{
    Q_OBJECT

public:
    OverlayActions(ImageOverlay *overlay, QObject *parent = nullptr);
    ~OverlayActions() override;

    QMenu *menu() const { return m_menu.get(); }
    // Every action, for the window to hold so that shortcuts work while the menu is closed.
    QList<QAction *> actions() const;
    QAction *showAllAction() const { return m_showAll; }
    QAction *patientDetailsAction() const { return m_patientDetails; }

private:
    QAction *addToggle(const QString &text, const QString &settingsKey, bool byDefault);
    void apply();

    ImageOverlay *m_overlay;
    std::unique_ptr<QMenu> m_menu;
    QAction *m_showAll;
    QAction *m_windowAndZoom;
    QAction *m_frame;
    QAction *m_orientation;
    QAction *m_itemAndReader;
    QAction *m_patientDetails;
};

} // namespace concord
