// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/annotation.h"
#include "core/model/taxonomy.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QFormLayout;
class QLabel;

namespace concord {

// Records the attribute values of one annotation or image label: one combo box per attribute
// its label declares, listing "not set" and then the declared values in order. The combo boxes
// never take keyboard focus, so number keys keep choosing labels on the canvas. Only reports
// the user's choice (valueChosen); the owner turns it into an undoable edit. GUI thread only.
class AttributeForm : public QWidget
{
    Q_OBJECT

public:
    explicit AttributeForm(QWidget *parent = nullptr);

    // Shows `attributes` with the recorded `values`; hidden when there are none. Called again
    // with the same attributes it only updates the choices (safe while one of them signals).
    void showAttributes(const std::vector<LabelAttribute> &attributes,
                        const AnnotationAttributes &values);

    // A bold line above the choices (the image label they belong to); none by default.
    void setHeading(const QString &heading);

    // The combo box of an attribute, or null (for tests).
    QComboBox *comboFor(const QString &attribute) const;

Q_SIGNALS:
    // The user chose `value` for `attribute`; an empty value means "not set".
    void valueChosen(const QString &attribute, const QString &value);

private:
    void rebuild(const std::vector<LabelAttribute> &attributes);

    QFormLayout *m_layout;
    QLabel *m_heading;
    std::vector<LabelAttribute> m_attributes;
    std::vector<QComboBox *> m_combos; // one per attribute, in the same order
};

} // namespace concord
