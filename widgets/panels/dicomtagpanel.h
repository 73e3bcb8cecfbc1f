// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imaging/dicomtags.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace concord {

// All header attributes of the current DICOM item, searchable by tag, keyword or value.
// Attributes that can identify a person are listed, but their values stay masked until
// "Show PHI" is ticked; it is off for every new item, so a screen share never leaks a name.
class DicomTagPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DicomTagPanel(QWidget *parent = nullptr);

    // Shows the tags of `path`, or a note when it is not DICOM or cannot be read.
    void showFile(const QString &path);
    void setShowIdentifying(bool show);
    int visibleRowCount() const;

private:
    void rebuild();

    QLineEdit *m_search;
    QCheckBox *m_showIdentifying;
    QTreeWidget *m_tree;
    QLabel *m_note;
    std::vector<DicomTag> m_tags;
};

} // namespace concord
