// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pacs/pacsnode.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace concord {

// The TLS side of a DIMSE node in File ▸ PACS nodes…: DICOM TLS on or off, the CA certificate
// file that signs the node's certificate, and Concord's own certificate and private key for a
// node that asks for one (and for the storage SCP of a C-MOVE over TLS). The node keeps the
// paths, never the files' contents; they are read when the node is used (docs/pacs.md, "TLS").
// Shows core's problem with them under the fields. GUI thread.
class DimseTlsForm : public QWidget
{
    Q_OBJECT

public:
    explicit DimseTlsForm(QWidget *parent = nullptr);

    // Fills the fields from `node`'s TLS side; not an edit.
    void showNode(const PacsNode &node);
    // Writes the fields into `node`'s TLS side; with TLS off, or for a DICOMweb node, the
    // paths are left out (kept in the fields), so that core checks what will be saved.
    void takeInto(PacsNode &node) const;
    // Shows under the fields what core finds wrong with `node`'s TLS side.
    void showProblems(const PacsNode &node);

Q_SIGNALS:
    void edited();

private:
    void choose(QLineEdit *edit, const QString &title);
    void updateFields();

    QCheckBox *m_tls;
    QLineEdit *m_caFile;
    QPushButton *m_chooseCaFile;
    QLineEdit *m_certificateFile;
    QPushButton *m_chooseCertificateFile;
    QLineEdit *m_keyFile;
    QPushButton *m_chooseKeyFile;
    QLabel *m_problem;
    bool m_filling = false;
};

} // namespace concord
