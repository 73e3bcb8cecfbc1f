// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/dialogs/importdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace concord {

static const char *const CopySettingKey = "import/copyIntoProject";

ImportDialog::ImportDialog(QWidget *parent)
    : QDialog(parent)
    , m_sources(new QListWidget(this))
    , m_copy(createCopyCheckBox(this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    setWindowTitle(tr("Import images"));
    auto *intro = new QLabel(tr("Add DICOM files, DICOMDIRs, images (PNG, JPEG, TIFF, BMP) or "
                                "folders; folders are searched with their subfolders, and DICOM "
                                "is grouped by patient, study and series."),
                             this);
    intro->setWordWrap(true);
    m_sources->setObjectName(QStringLiteral("importSources"));
    m_sources->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto *addFiles = new QPushButton(tr("Add files…"), this);
    auto *addFolder = new QPushButton(tr("Add folder…"), this);
    connect(addFiles, &QPushButton::clicked, this, &ImportDialog::chooseFiles);
    connect(addFolder, &QPushButton::clicked, this, &ImportDialog::chooseFolder);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_sources->selectedItems());
        updateState();
    });
    connect(m_sources, &QListWidget::itemSelectionChanged, this, &ImportDialog::updateState);
    auto *sourceButtons = new QVBoxLayout;
    sourceButtons->addWidget(addFiles);
    sourceButtons->addWidget(addFolder);
    sourceButtons->addWidget(m_remove);
    sourceButtons->addStretch();
    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_sources, 1);
    sourceRow->addLayout(sourceButtons);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        rememberCopyChoice(m_copy->isChecked());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(sourceRow, 1);
    layout->addWidget(m_copy);
    layout->addWidget(buttons);
    resize(620, 380);
    updateState();
}

QStringList ImportDialog::sources() const
{
    QStringList paths;
    for (int row = 0; row < m_sources->count(); ++row)
        paths << m_sources->item(row)->text();
    return paths;
}

void ImportDialog::addSources(const QStringList &paths)
{
    QStringList present = sources();
    for (const QString &path : paths) {
        if (!path.isEmpty() && !present.contains(path)) {
            m_sources->addItem(path);
            present.append(path);
        }
    }
    updateState();
}

bool ImportDialog::copyIntoProject() const
{
    return m_copy->isChecked();
}

QCheckBox *ImportDialog::createCopyCheckBox(QWidget *parent)
{
    auto *box = new QCheckBox(tr("Copy the images into the project folder"), parent);
    box->setObjectName(QStringLiteral("copyIntoProject"));
    box->setToolTip(tr("The project folder then holds everything it needs: copy it, back it up or "
                       "take it into the field as one folder. Untick to refer to the images "
                       "where they lie (a large archive you do not want twice)."));
    box->setChecked(QSettings().value(QLatin1String(CopySettingKey), true).toBool());
    return box;
}

void ImportDialog::rememberCopyChoice(bool copy)
{
    QSettings().setValue(QLatin1String(CopySettingKey), copy);
}

void ImportDialog::chooseFiles()
{
    addSources(QFileDialog::getOpenFileNames(
        this, tr("Add images"), QString(),
        tr("DICOM and images (*.dcm *.dicom DICOMDIR *.png *.jpg *.jpeg *.tif *.tiff *.bmp);;"
           "All files (*)")));
}

void ImportDialog::chooseFolder()
{
    addSources({QFileDialog::getExistingDirectory(this, tr("Add a folder of images"))});
}

void ImportDialog::updateState()
{
    m_remove->setEnabled(!m_sources->selectedItems().isEmpty());
    m_import->setEnabled(m_sources->count() > 0);
}

} // namespace concord
