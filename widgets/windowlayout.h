// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>

class QAction;
class QLabel;
class QMainWindow;

namespace concord {

// The main window's arrangement as a reader wants it: the layout each user left is remembered
// (QSettings "layout/state", per version of the default layout), and a reading mode (F11)
// shows only the image with its overlays and the calibration-read bar, as a PACS viewer's full
// screen does. Docks, toolbar, menu and status bar come back as they were on leaving it.
// GUI thread.
class WindowLayout : public QObject
{
    Q_OBJECT

public:
    // Raise it whenever the default arrangement of docks changes, so layouts saved for the old
    // one are not forced onto the new one.
    static constexpr int LayoutVersion = 2;

    explicit WindowLayout(QMainWindow *window);

    QAction *readingModeAction() const { return m_readingMode; }
    bool isReading() const { return !m_beforeReading.isEmpty(); }
    void setReading(bool reading);

    // Once a project's docks exist: puts back the layout this user saved, if any. False when
    // there was none (the window keeps its default layout).
    bool restore();
    // Before a project's docks go: remembers the layout (in reading mode, the one before it).
    void save();

private:
    QMainWindow *m_window;
    QAction *m_readingMode;
    QByteArray m_beforeReading; // the window state while reading; empty otherwise
    QLabel *m_hint;
};

} // namespace concord
