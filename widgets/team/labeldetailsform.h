// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/taxonomy.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace concord {

// The fields of one label in the taxonomy editor: name, hotkey, colour (QColorDialog),
// description, the codes its segments get in a DICOM SEG (picked from the standard's lists or
// typed as SCHEME:VALUE:MEANING), and attributes, one per row as name, scale and values in order
// ("mild, moderate, severe"). Every change is reported at once as the whole edited label; the form
// never writes to a taxonomy itself. GUI thread.
class LabelDetailsForm : public QWidget
{
    Q_OBJECT

public:
    explicit LabelDetailsForm(QWidget *parent = nullptr);

    // Shows `label`, or clears and disables the form when null.
    void showLabel(const Label *label);
    Label label() const { return m_label; }
    void setColor(const QString &color); // as if chosen in the colour dialog
    void addAttribute(const LabelAttribute &attribute);

Q_SIGNALS:
    void labelEdited(const Label &label);

private:
    void chooseColor();
    void readFields();
    void readAttributes();
    void readSegmentCodes();
    void showAttributes();
    void updateColorButton();

    Label m_label;
    bool m_loading = false;
    QLineEdit *m_name;
    QLineEdit *m_hotkey;
    QPushButton *m_color;
    QPlainTextEdit *m_description;
    QComboBox *m_segmentCategory;
    QComboBox *m_segmentType;
    QLabel *m_segmentCodeProblem;
    QTableWidget *m_attributes;
    QPushButton *m_addAttribute;
    QPushButton *m_removeAttribute;
};

} // namespace concord
