// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/dialogs/preferencesdialog.h"

#include "core/util/interfacelanguage.h"
#include "widgets/tools/promptsegmenttool.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace concord {

namespace {

// Each language by its own name, as language lists do, so that a user who cannot read the
// current language still finds theirs.
QString nativeLanguageName(const QString &code)
{
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    return QStringLiteral("English");
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_segmentationModel(new QLineEdit(this))
{
    setWindowTitle(tr("Preferences"));
    const QString systemLanguage =
        chooseInterfaceLanguage(QString(), QLocale::system().uiLanguages());
    m_language->addItem(tr("System language (%1)").arg(nativeLanguageName(systemLanguage)),
                        QString());
    for (const QString &code : interfaceLanguages())
        m_language->addItem(nativeLanguageName(code), code);
    const QString saved = QSettings().value(QLatin1String(InterfaceLanguageSetting)).toString();
    m_language->setCurrentIndex(std::max(0, m_language->findData(saved)));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    // The smart-mask tool's model: a JSON description beside its ONNX files, which the user
    // supplies; nothing is downloaded.
    m_segmentationModel->setObjectName(QStringLiteral("segmentationModel"));
    m_segmentationModel->setText(
        QSettings().value(QLatin1String(SegmentationModelSetting)).toString());
    m_segmentationModel->setPlaceholderText(tr("None: GrabCut and region growing only"));
    m_segmentationModel->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getOpenFileName(
            this, tr("Segmentation model description"), m_segmentationModel->text(),
            tr("Model descriptions (*.json)"));
        if (!chosen.isEmpty())
            m_segmentationModel->setText(chosen);
    });
    auto *modelRow = new QHBoxLayout;
    modelRow->addWidget(m_segmentationModel, 1);
    modelRow->addWidget(browse);
    form->addRow(tr("Segmentation &model:"), modelRow);
    auto *restartNote = new QLabel(tr("A new language shows when Concord starts again."), this);
    restartNote->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(restartNote);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    QSettings().setValue(QLatin1String(InterfaceLanguageSetting), m_language->currentData());
    const QString model = m_segmentationModel->text().trimmed();
    if (model.isEmpty())
        QSettings().remove(QLatin1String(SegmentationModelSetting));
    else
        QSettings().setValue(QLatin1String(SegmentationModelSetting), model);
    QDialog::accept();
}

} // namespace concord
