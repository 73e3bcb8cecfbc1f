// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/dialogs/newprojectdialog.h"

#include "widgets/dialogs/importdialog.h"

#include "core/model/taxonomy.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>

namespace concord {

static QWidget *withBrowseButton(QLineEdit *edit, QWidget *parent, const QString &caption)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *browse = new QToolButton(row);
    browse->setText(QStringLiteral("…"));
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    QObject::connect(browse, &QToolButton::clicked, row, [edit, row, caption] {
        const QString chosen = QFileDialog::getExistingDirectory(row, caption, edit->text());
        if (!chosen.isEmpty())
            edit->setText(chosen);
    });
    return row;
}

NewProjectDialog::NewProjectDialog(QWidget *parent)
    : QDialog(parent)
    , m_directory(new QLineEdit(this))
    , m_images(new QLineEdit(this))
    , m_copyImages(ImportDialog::createCopyCheckBox(this))
    , m_name(new QLineEdit(this))
    , m_mode(new QComboBox(this))
    , m_taxonomy(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("New project"));
    m_directory->setPlaceholderText(tr("A new, empty folder, e.g. ~/chest-xr.concord"));
    m_images->setPlaceholderText(tr("Folder of DICOM, PNG, JPEG, TIFF or BMP images (optional)"));
    m_mode->addItem(tr("Several image labels per image"), false);
    m_mode->addItem(tr("Exactly one image label per image"), true);
    m_taxonomy->setPlaceholderText(tr("One label per line; indent two spaces for a sub-label:\n"
                                      "Finding\n  Opacity\n    Nodule\nNormal"));
    m_taxonomy->setTabChangesFocus(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Project folder"), withBrowseButton(m_directory, this, tr("Project folder")));
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Images"), withBrowseButton(m_images, this, tr("Folder of images")));
    form->addRow(QString(), m_copyImages);
    form->addRow(tr("Image labels"), m_mode);
    form->addRow(tr("Taxonomy"), m_taxonomy);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setText(tr("Create"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!imageFolder().isEmpty())
            ImportDialog::rememberCopyChoice(m_copyImages->isChecked());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_directory, m_images, m_name})
        connect(edit, &QLineEdit::textChanged, this, &NewProjectDialog::validate);
    connect(m_taxonomy, &QPlainTextEdit::textChanged, this, &NewProjectDialog::validate);
    resize(560, 480);
    validate();
}

QString NewProjectDialog::projectDirectory() const
{
    return m_directory->text().trimmed();
}
QString NewProjectDialog::imageFolder() const
{
    return m_images->text().trimmed();
}
bool NewProjectDialog::copyImagesIntoProject() const
{
    return m_copyImages->isChecked();
}
QString NewProjectDialog::taxonomyText() const
{
    return m_taxonomy->toPlainText();
}
bool NewProjectDialog::singleLabel() const
{
    return m_mode->currentData().toBool();
}

QString NewProjectDialog::projectName() const
{
    const QString name = m_name->text().trimmed();
    return name.isEmpty() ? QFileInfo(projectDirectory()).completeBaseName() : name;
}

void NewProjectDialog::validate()
{
    QString problem;
    const QString directory = projectDirectory();
    if (directory.isEmpty())
        problem = tr("Choose a folder for the project.");
    else if (QFileInfo::exists(directory + QStringLiteral("/project.json")))
        problem = tr("%1 already holds a project.").arg(directory);
    else if (QFileInfo(directory).isDir() && !QDir(directory).isEmpty())
        problem = tr("%1 is not empty; choose a new folder.").arg(directory);
    else if (!imageFolder().isEmpty() && !QFileInfo(imageFolder()).isDir())
        problem = tr("%1 is not a folder.").arg(imageFolder());
    else if (taxonomyText().trimmed().isEmpty())
        problem = tr("Enter at least one label.");
    else
        Taxonomy::fromIndentedText(taxonomyText(), &problem);
    m_problem->setText(problem);
    m_okButton->setEnabled(problem.isEmpty());
}

} // namespace concord
