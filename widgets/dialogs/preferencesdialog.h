// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;

namespace concord {

// The QSettings key of the interface language: an ISO 639-1 code from interfaceLanguages()
// (core/util/translation.h), or empty for the system's language. Read once at start-up.
inline constexpr char InterfaceLanguageSetting[] = "interface/language";

// Preferences that belong to the user on this workstation rather than to a project: the
// interface language, the models the window runs (the smart-mask tool's, and the learner's
// features), and how PACS searches page and where they stop (PacsSearchLimits, which
// concord-cli pacs find reads too). Saved in QSettings when accepted.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // Saves the choices; the language takes effect at the next start, since every window and
    // menu would otherwise have to be rebuilt with its state.
    void accept() override;

private:
    // A line for a model description file with a Browse… button, read from and saved to the
    // QSettings key `setting`.
    QLineEdit *addModelRow(QFormLayout *form, const QString &label, const QString &title,
                           const QString &placeholder, const char *setting,
                           const QString &objectName);

    QComboBox *m_language;
    QLineEdit *m_segmentationModel; // the description file (docs/model-assisted-masks.md)
    QLineEdit *m_embeddingModel;    // the learner's features (docs/active-learning.md)
    QSpinBox *m_pacsPageSize;       // QIDO-RS page size (docs/pacs.md, "Page size and cap")
    QSpinBox *m_pacsMaxMatches;     // the cap of a search, 0 for none
};

} // namespace concord
