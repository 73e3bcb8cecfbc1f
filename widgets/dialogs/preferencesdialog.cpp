// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/dialogs/preferencesdialog.h"

#include "core/pacs/pacssearchlimits.h"
#include "core/util/interfacelanguage.h"
#include "widgets/dialogs/modeldescriptionrow.h"
#include "widgets/panels/learnerqueue.h"
#include "widgets/tools/promptsegmenttool.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QSpinBox>
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
    , m_segmentationModel(nullptr)
    , m_embeddingModel(nullptr)
    , m_pacsPageSize(new QSpinBox(this))
    , m_pacsMaxMatches(new QSpinBox(this))
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
    // The models are JSON descriptions beside their ONNX files, which the user supplies;
    // nothing is downloaded.
    m_segmentationModel =
        addModelRow(form, tr("Segmentation &model:"), tr("Segmentation model description"),
                    tr("None: GrabCut and region growing only"), SegmentationModelSetting,
                    QStringLiteral("segmentationModel"));
    m_embeddingModel =
        addModelRow(form, tr("Learner &features:"), tr("Embedding model description"),
                    tr("None: the built-in image descriptors"), LearnerEmbeddingModelSetting,
                    QStringLiteral("embeddingModel"));
    // PACS searches: read by File ▸ Retrieve from PACS… at each search and by concord-cli pacs
    // find (docs/pacs.md, "Page size and cap").
    QSettings settings;
    const PacsSearchLimits limits = PacsSearchLimits::load(settings);
    m_pacsPageSize->setObjectName(QStringLiteral("pacsPageSize"));
    m_pacsPageSize->setRange(PacsSearchLimits::MinPageSize, PacsSearchLimits::MaxPageSize);
    m_pacsPageSize->setValue(limits.pageSize);
    m_pacsPageSize->setToolTip(tr("How many matches Concord asks a DICOMweb node for in one "
                                  "QIDO-RS request (\"limit\"); it asks for the next page until "
                                  "it has them all"));
    m_pacsMaxMatches->setObjectName(QStringLiteral("pacsMaxMatches"));
    m_pacsMaxMatches->setRange(0, PacsSearchLimits::MaxCap);
    m_pacsMaxMatches->setSpecialValueText(tr("All"));
    m_pacsMaxMatches->setValue(limits.maxMatches);
    m_pacsMaxMatches->setToolTip(tr("A search stops after this many studies and says that there "
                                    "are more; 0 brings every match"));
    for (QSpinBox *spin : {m_pacsPageSize, m_pacsMaxMatches})
        spin->setSuffix(tr(" matches"));
    form->addRow(tr("PACS &page size:"), m_pacsPageSize);
    form->addRow(tr("PACS search &cap:"), m_pacsMaxMatches);
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

QLineEdit *PreferencesDialog::addModelRow(QFormLayout *form, const QString &label,
                                          const QString &title, const QString &placeholder,
                                          const char *setting, const QString &objectName)
{
    auto *line = new QLineEdit(this);
    line->setObjectName(objectName);
    line->setText(QSettings().value(QLatin1String(setting)).toString());
    line->setPlaceholderText(placeholder);
    line->setClearButtonEnabled(true);
    form->addRow(label, modelDescriptionRow(this, line, title));
    return line;
}

namespace {

void saveModelSetting(const char *setting, const QLineEdit *line)
{
    const QString model = line->text().trimmed();
    if (model.isEmpty())
        QSettings().remove(QLatin1String(setting));
    else
        QSettings().setValue(QLatin1String(setting), model);
}

} // namespace

void PreferencesDialog::accept()
{
    QSettings().setValue(QLatin1String(InterfaceLanguageSetting), m_language->currentData());
    saveModelSetting(SegmentationModelSetting, m_segmentationModel);
    saveModelSetting(LearnerEmbeddingModelSetting, m_embeddingModel);
    QSettings settings;
    PacsSearchLimits limits;
    limits.pageSize = m_pacsPageSize->value();
    limits.maxMatches = m_pacsMaxMatches->value();
    limits.save(settings);
    QDialog::accept();
}

} // namespace concord
