// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace concord {

class Workspace;

// Marks a calibration or gold-test read above the image: which session, how far the reader has
// got (k of n submitted), and that the read is blind and started blank, so nobody mistakes it
// for ordinary labeling. "Finish reading" asks to go back to ordinary labeling. Hidden outside
// such a session (Workspace::readingPlan). GUI thread.
class PlanReadingBar : public QFrame
{
    Q_OBJECT

public:
    explicit PlanReadingBar(Workspace *workspace, QWidget *parent = nullptr);

    QString text() const; // as shown, for tests

Q_SIGNALS:
    void finishRequested();

private:
    void refresh();

    Workspace *m_workspace;
    QLabel *m_text;
    QPushButton *m_finish;
};

} // namespace concord
