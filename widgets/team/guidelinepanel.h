// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace concord {

class GuidelineCompareDialog;
class Workspace;

// The labeling guideline beside the canvas: any published version (the current one by
// default) with its number, author, date and change summary, and its Markdown text. Links to
// items ("concord-item:" URLs) are not followed as web links but reported, so the window can
// open the item. Follows project changes (a newly published version is shown at once).
class GuidelinePanel : public QWidget
{
    Q_OBJECT

public:
    explicit GuidelinePanel(Workspace *workspace, QWidget *parent = nullptr);

    int shownVersion() const;
    void showVersion(int version);
    QString shownMarkdown() const;
    // Shows, above the full text, what the shown version says about this label: its definition
    // and attributes from the taxonomy and its sections (examples, edge cases). 0 hides it.
    void showLabelGuidance(int labelId);
    QString labelGuidanceMarkdown() const { return m_labelGuidanceMarkdown; }
    // Opens the comparison of two versions (the shown one against its predecessor).
    GuidelineCompareDialog *openComparison();

Q_SIGNALS:
    void itemLinkActivated(const QString &itemId);

private:
    void reloadVersions();
    void showSelected();

    Workspace *m_workspace;
    QComboBox *m_versions;
    QPushButton *m_compare;
    QLabel *m_header;
    QTextBrowser *m_text;
    QTextBrowser *m_labelGuidance;
    int m_guidanceLabelId = 0;
    QString m_labelGuidanceMarkdown;
};

} // namespace concord
