// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace concord {

class LabelingContext;

// The taxonomy as a tree with colours and hotkeys. The selected label is the active one: new
// boxes get it, and choosing a label while a box is selected relabels that box. Typing in the
// search field narrows the tree; Enter picks the first match, so labels past the nine hotkeys
// are a few keystrokes away.
class LabelPalette : public QWidget
{
    Q_OBJECT

public:
    explicit LabelPalette(LabelingContext *context, QWidget *parent = nullptr);

    void focusSearch();
    void rebuild();

Q_SIGNALS:
    // The user chose a label (click, Enter in search): the window applies it.
    void labelChosen(int labelId);

private:
    void applyFilter(const QString &text);
    void syncSelection();

    LabelingContext *m_context;
    QLineEdit *m_search;
    QTreeWidget *m_tree;
};

} // namespace concord
