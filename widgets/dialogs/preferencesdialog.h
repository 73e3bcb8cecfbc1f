// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace concord {

// The QSettings key of the interface language: an ISO 639-1 code from interfaceLanguages()
// (core/util/translation.h), or empty for the system's language. Read once at start-up.
inline constexpr char InterfaceLanguageSetting[] = "interface/language";

// Preferences that belong to the user on this workstation rather than to a project: today the
// interface language. Saved in QSettings when accepted.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // Saves the choices; the language takes effect at the next start, since every window and
    // menu would otherwise have to be rebuilt with its state.
    void accept() override;

private:
    QComboBox *m_language;
    QLineEdit *m_segmentationModel; // the description file (docs/model-assisted-masks.md)
};

} // namespace concord
