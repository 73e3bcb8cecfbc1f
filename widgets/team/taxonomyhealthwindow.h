// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/taxonomywarnings.h"
#include "core/quality/taxonomyhealth.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;

namespace concord {

class AsyncImageLoader;
class CanvasView;
class LabelingContext;
class Workspace;

// Taxonomy health for the lead (docs/quality.md, "Taxonomy health"): the label pairs readers
// confuse most, against chance; for the selected pair the items where they were confused, one
// reader of each label side by side on the image; the gaps (skipped and unlabeled items,
// catch-all labels, recurring note terms) and the structure warnings. From a pair, "Start
// guideline draft" and "Add edge-case example" open a guideline draft in one step. Reached from
// the taxonomy editor, the Quality window and Team ▸ Taxonomy health. The figures come from
// QualityWorkflow::taxonomyHealth, which refuses readers. GUI thread.
class TaxonomyHealthWindow : public QDialog
{
    Q_OBJECT

public:
    TaxonomyHealthWindow(Workspace *workspace, ReservedShortcuts reserved,
                         QWidget *parent = nullptr);
    ~TaxonomyHealthWindow() override;

    // Recomputes from the journals as they are now.
    void refresh();
    const TaxonomyHealth &health() const { return m_health; }
    QString summaryText() const;
    // The pair and the item on screen (rows of the two lists).
    void selectPair(int row);
    void selectItem(int row);
    int pairCount() const;
    QStringList itemsOnScreen() const;   // the selected pair's items, as listed (file names)
    QStringList readersOnScreen() const; // the two readers drawn side by side, left then right
    QString gapsHtml() const;
    QStringList warningTexts() const;
    // The draft texts the two buttons send (empty without a selected pair or item).
    QString draftForPair() const;
    QString draftForItem() const;

Q_SIGNALS:
    void guidelineDraftRequested(const QString &draftText, const QString &summary);

private:
    void showPair();
    void showItem();
    QString labelName(int labelId) const;
    QString readerName(const QString &readerId) const;
    QString itemTitle(const QString &itemId) const;
    QString currentGuidelineText() const;
    QString readerLabelsHtml(const QString &readerId, const QString &itemId, int highlighted) const;
    const ConfusablePair *selectedPair() const;
    int selectedInstance() const;

    Workspace *m_workspace;
    ReservedShortcuts m_reserved;
    TaxonomyHealth m_health;
    QString m_itemOnScreen; // the item both canvases show, empty when none
    LabelingContext *m_contexts[2] = {};
    CanvasView *m_canvases[2] = {};
    QLabel *m_readerHeaders[2] = {};
    AsyncImageLoader *m_loader;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QTreeWidget *m_pairs;
    QListWidget *m_items;
    QTextBrowser *m_gaps;
    QListWidget *m_warnings;
    QPushButton *m_draft;
    QPushButton *m_example;
};

} // namespace concord
