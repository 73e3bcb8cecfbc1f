// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/taxonomy.h"
#include "core/model/taxonomywarnings.h"

#include <QDialog>

class QCheckBox;
class QListWidget;
class QPushButton;
class QTreeView;

namespace concord {

class LabelDetailsForm;
class TaxonomyModel;
class Workspace;

// The lead's taxonomy editor: the label tree (drag to re-parent or reorder, rename and set keys
// in place), the selected label's details, the "only leaf labels" option, and the warnings of
// core/model/taxonomywarnings.h, recomputed on every edit. It edits a copy: "Continue to
// guideline draft" hands the edited taxonomy to the next guideline version, because taxonomy
// changes are published as part of a version (Workspace::publishGuidelineVersion checks the
// role). GUI thread.
class TaxonomyEditorDialog : public QDialog
{
    Q_OBJECT

public:
    TaxonomyEditorDialog(const Workspace &workspace, QWidget *parent = nullptr);

    TaxonomyModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    LabelDetailsForm *details() const { return m_details; }
    QStringList warnings() const;
    // The application's own shortcuts (widgets/editing/reservedshortcuts.h), so a label hotkey that
    // collides with one is reported.
    void setReservedShortcuts(ReservedShortcuts reserved);
    void selectLabel(int labelId);
    // Cancel, Esc or the close button: with edits not yet drafted, asks before discarding them.
    void reject() override;

Q_SIGNALS:
    // The lead wants to publish this taxonomy: open a guideline draft that carries it.
    void draftRequested(const Taxonomy &taxonomy, const QString &summary);
    // The lead wants to see how readers use the labels (taxonomy health).
    void healthRequested();

private:
    void showSelectedLabel();
    void refreshWarnings();
    int selectedLabelId() const;
    QString changeSummary() const;

    const Workspace &m_workspace;
    TaxonomyModel *m_model;
    QTreeView *m_tree;
    LabelDetailsForm *m_details;
    QCheckBox *m_leafOnly;
    QListWidget *m_warnings;
    QPushButton *m_remove;
    QPushButton *m_draft;
    bool m_formEditing = false;
    ReservedShortcuts m_reserved;
};

} // namespace concord
