// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/dialogs/preferencesdialog.h"

#include "core/util/interfacelanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
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
    QDialog::accept();
}

} // namespace concord
