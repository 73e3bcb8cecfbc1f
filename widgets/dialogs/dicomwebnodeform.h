// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pacs/pacsnode.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace concord {

// The DICOMweb side of a node in File ▸ PACS nodes…: its base URL and how Concord
// authenticates (none, Basic with a user, a bearer token). The password or token is never
// typed here: the form takes the name of the environment variable or of the file, readable
// only by its owner, that holds it, as concord-cli does (docs/pacs.md, "Authentication and
// secrets"). Shows core's problems with the URL and the authentication under the fields.
// GUI thread.
class DicomWebNodeForm : public QWidget
{
    Q_OBJECT

public:
    explicit DicomWebNodeForm(QWidget *parent = nullptr);

    // Fills the fields from `node`'s DICOMweb side; not an edit.
    void showNode(const PacsNode &node);
    // Writes the fields into `node`'s DICOMweb side, leaving out what the chosen
    // authentication does not use, so that core checks what will be saved.
    void takeInto(PacsNode &node) const;
    // Shows under the fields what core finds wrong with `node`'s DICOMweb side; nothing for a
    // DIMSE node.
    void showProblems(const PacsNode &node);

    // The secret field's placeholders, for a variable's name and for a file.
    static QString environmentPlaceholder();
    static QString filePlaceholder();

Q_SIGNALS:
    void edited();

private:
    void chooseSecretFile();
    void updateFields();

    QLineEdit *m_url;
    QLabel *m_urlProblem;
    QComboBox *m_authentication;
    QLineEdit *m_user;
    QComboBox *m_secretSource;
    QLineEdit *m_secret;
    QPushButton *m_chooseFile;
    QLabel *m_authenticationProblem;
    bool m_filling = false;
};

} // namespace concord
