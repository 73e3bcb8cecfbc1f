// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace concord {

// File ▸ Import images…: the files, folders and DICOMDIRs to import, and whether the images
// are copied into the project (the default, remembered per user) so that the project folder
// holds everything it needs. The caller runs the import (core/exchange/folderimporter.h).
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(QWidget *parent = nullptr);

    QStringList sources() const;
    void addSources(const QStringList &paths);
    bool copyIntoProject() const;

    // The "copy into the project" box, ticked as the user last chose (QSettings
    // "import/copyIntoProject", on by default); the new-project dialog shows it too.
    static QCheckBox *createCopyCheckBox(QWidget *parent);
    static void rememberCopyChoice(bool copy);

private:
    void chooseFiles();
    void chooseFolder();
    void updateState();

    QListWidget *m_sources;
    QCheckBox *m_copy;
    QPushButton *m_remove;
    QPushButton *m_import;
};

} // namespace concord
