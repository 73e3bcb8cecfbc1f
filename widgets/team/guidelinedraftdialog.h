// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/taxonomy.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTextBrowser;

namespace concord {

class Workspace;

// The lead's editor for the next guideline version: the Markdown text (starting from the
// current version, or from a text prepared by the calibration review), a live preview and the
// change summary. Publishing goes through Workspace::publishGuidelineVersion, which checks the
// role; a refusal is shown and the dialog stays open with the draft intact. A draft may carry
// an edited taxonomy, published with the text as one version.
class GuidelineDraftDialog : public QDialog
{
    Q_OBJECT

public:
    GuidelineDraftDialog(Workspace *workspace, const QString &draftText, QWidget *parent = nullptr);

    void setSummary(const QString &summary);
    // The version will also publish this taxonomy (from the taxonomy editor).
    void setTaxonomy(const Taxonomy &taxonomy);
    QString draftText() const;
    // Publishes; returns the new version, or 0 after telling the user why not.
    int publish();

private:
    Workspace *m_workspace;
    QLineEdit *m_summary;
    QPlainTextEdit *m_editor;
    QTextBrowser *m_preview;
    QLabel *m_taxonomyNote;
    std::optional<Taxonomy> m_taxonomy;
};

} // namespace concord
