// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QTextBrowser;

namespace concord {

class Workspace;

// The lead's editor for the next guideline version: the Markdown text (starting from the
// current version, or from a text prepared by the calibration review), a live preview and the
// change summary. Publishing goes through Workspace::publishGuidelineVersion, which checks the
// role; a refusal is shown and the dialog stays open with the draft intact.
class GuidelineDraftDialog : public QDialog
{
    Q_OBJECT

public:
    GuidelineDraftDialog(Workspace *workspace, const QString &draftText, QWidget *parent = nullptr);

    void setSummary(const QString &summary);
    QString draftText() const;
    // Publishes; returns the new version, or 0 after telling the user why not.
    int publish();

private:
    Workspace *m_workspace;
    QLineEdit *m_summary;
    QPlainTextEdit *m_editor;
    QTextBrowser *m_preview;
};

} // namespace concord
