// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QWidget>

class QGroupBox;
class QListWidget;
class QLabel;
class QVBoxLayout;

namespace concord {

class AttributeForm;
class LabelingContext;

// Image-level labels of the current item for the current annotator, as check boxes. In
// single-label projects checking one unchecks the others. Below them, the attribute values of
// each ticked label that declares attributes (laterality of a finding). Each change is one
// undoable edit.
class ClassificationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ClassificationPanel(LabelingContext *context, QWidget *parent = nullptr);

    // Toggles one label for the current item (Ctrl+hotkey).
    void toggleLabel(int labelId);
    void rebuild();
    // The attribute form of a ticked image label, or null (for tests).
    AttributeForm *attributeFormFor(int labelId) const { return m_attributeForms.value(labelId); }

private:
    void syncChecks();
    void syncAttributeForms();
    void setImageLabelAttribute(int labelId, const QString &attribute, const QString &value);

    LabelingContext *m_context;
    QListWidget *m_list;
    QLabel *m_hint;
    QGroupBox *m_attributeBox;
    QVBoxLayout *m_attributeLayout;
    QMap<int, AttributeForm *> m_attributeForms; // by ticked label id
    bool m_syncing = false;
};

} // namespace concord
