// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/windowlayout.h"

#include "widgets/editing/actionicons.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

namespace concord {

namespace {
const QString StateKey = QStringLiteral("layout/state");
constexpr int HintMs = 2500;
} // namespace

WindowLayout::WindowLayout(QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_readingMode(new QAction(tr("&Reading mode"), this))
    , m_hint(new QLabel(tr("Reading mode · F11 or Tab to leave"), window))
{
    m_readingMode->setCheckable(true);
    m_readingMode->setShortcut(QKeySequence(Qt::Key_F11));
    m_readingMode->setIcon(actionIcon(QStringLiteral("reading-mode")));
    m_readingMode->setToolTip(
        tr("Only the image and its overlays, full screen; the panels come back as they were "
           "(F11, or Tab on the image)"));
    // On the window itself, so F11 works while the menu bar is hidden.
    m_window->addAction(m_readingMode);
    connect(m_readingMode, &QAction::toggled, this, &WindowLayout::setReading);
    m_hint->setObjectName(QStringLiteral("readingModeHint"));
    m_hint->setStyleSheet(QStringLiteral(
        "background: rgba(0,0,0,170); color: white; padding: 6px 12px; border-radius: 4px;"));
    m_hint->hide();
}

void WindowLayout::setReading(bool reading)
{
    if (reading == isReading())
        return;
    if (reading) {
        m_beforeReading = m_window->saveState(LayoutVersion);
        for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
            dock->hide();
        for (QToolBar *toolBar : m_window->findChildren<QToolBar *>())
            toolBar->hide();
        m_window->menuBar()->hide();
        m_window->statusBar()->hide();
        m_window->showFullScreen();
        m_hint->adjustSize();
        m_hint->move((m_window->width() - m_hint->width()) / 2, 48); // below the top marker
        m_hint->raise();
        m_hint->show();
        QTimer::singleShot(HintMs, m_hint, &QWidget::hide);
    } else {
        m_window->showNormal();
        m_window->menuBar()->show();
        m_window->statusBar()->show();
        for (QToolBar *toolBar : m_window->findChildren<QToolBar *>())
            toolBar->show();
        m_window->restoreState(m_beforeReading, LayoutVersion);
        m_beforeReading.clear();
        m_hint->hide();
    }
    const QSignalBlocker quiet(m_readingMode);
    m_readingMode->setChecked(reading);
}

bool WindowLayout::restore()
{
    const QByteArray state = QSettings().value(StateKey).toByteArray();
    return !state.isEmpty() && m_window->restoreState(state, LayoutVersion);
}

void WindowLayout::save()
{
    QSettings().setValue(StateKey,
                         isReading() ? m_beforeReading : m_window->saveState(LayoutVersion));
}

} // namespace concord
