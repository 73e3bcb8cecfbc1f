// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QLabel;

namespace concord {

// Creates a project: where it lives, which images it starts with and its taxonomy typed as an
// indented list. Validates as the user types; the project is created by the caller.
class NewProjectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewProjectDialog(QWidget *parent = nullptr);

    QString projectDirectory() const;
    QString imageFolder() const;
    bool copyImagesIntoProject() const;
    QString projectName() const;
    QString taxonomyText() const;
    bool singleLabel() const;

private:
    void validate();

    QLineEdit *m_directory;
    QLineEdit *m_images;
    QCheckBox *m_copyImages;
    QLineEdit *m_name;
    QComboBox *m_mode;
    QPlainTextEdit *m_taxonomy;
    QLabel *m_problem;
    QPushButton *m_okButton;
};

} // namespace concord
