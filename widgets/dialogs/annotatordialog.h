// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/annotator.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace concord {

// Asks who is labeling: pick an existing profile or create one. Every label made afterwards
// records this choice, so the dialog comes before anything else.
class AnnotatorDialog : public QDialog
{
    Q_OBJECT

public:
    AnnotatorDialog(const std::vector<Annotator> &annotators, const QString &lastUsedId,
                    QWidget *parent = nullptr);

    // The chosen profile; isNew() when it must be added to the project first.
    Annotator annotator() const;
    bool isNew() const;

private:
    void updateAcceptable();

    QRadioButton *m_existing;
    QRadioButton *m_create;
    QListWidget *m_list;
    QLineEdit *m_id;
    QLineEdit *m_name;
    QComboBox *m_role;
    QPushButton *m_okButton = nullptr;
    std::vector<Annotator> m_annotators;
};

} // namespace concord
