// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QListWidget;
class QLabel;

namespace concord {

class LabelingContext;

// Image-level labels of the current item for the current annotator, as check boxes. In
// single-label projects checking one unchecks the others. Each change is one undoable edit.
class ClassificationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ClassificationPanel(LabelingContext *context, QWidget *parent = nullptr);

    // Toggles one label for the current item (Ctrl+hotkey).
    void toggleLabel(int labelId);
    void rebuild();

private:
    void syncChecks();

    LabelingContext *m_context;
    QListWidget *m_list;
    QLabel *m_hint;
    bool m_syncing = false;
};

} // namespace concord
