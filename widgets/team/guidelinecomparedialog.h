// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/guidelinediff.h"

#include <QDialog>

class QComboBox;
class QTextBrowser;

namespace concord {

class Workspace;

// Two guideline versions side by side in time: pick any two, and see what changed in the text
// and in the taxonomy (core/model/guidelinediff.h), added lines on green, removed lines on red
// and struck through, unchanged lines grey. GUI thread.
class GuidelineCompareDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GuidelineCompareDialog(const Workspace &workspace, QWidget *parent = nullptr);

    void compare(int fromVersion, int toVersion);
    QString shownHtml() const;
    const GuidelineDiff &shownDiff() const { return m_diff; }

private:
    void showDiff();

    const Workspace &m_workspace;
    QComboBox *m_from;
    QComboBox *m_to;
    QTextBrowser *m_view;
    GuidelineDiff m_diff;
};

} // namespace concord
