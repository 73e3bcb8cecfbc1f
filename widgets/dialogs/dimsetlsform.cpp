// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/dialogs/dimsetlsform.h"

#include "widgets/dialogs/fieldproblem.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace concord {

namespace {

QLineEdit *pathField(const QString &objectName, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setMaxLength(4096);
    edit->setPlaceholderText(placeholder);
    return edit;
}

} // namespace

DimseTlsForm::DimseTlsForm(QWidget *parent)
    : QWidget(parent)
    , m_tls(new QCheckBox(tr("Use DICOM TLS"), this))
    , m_caFile(pathField(QStringLiteral("pacsTlsCaFile"), tr("PEM file, required"), this))
    , m_chooseCaFile(new QPushButton(tr("Choose…"), this))
    , m_certificateFile(pathField(QStringLiteral("pacsTlsCertificateFile"),
                                  tr("PEM file, if the node asks for one"), this))
    , m_chooseCertificateFile(new QPushButton(tr("Choose…"), this))
    , m_keyFile(pathField(QStringLiteral("pacsTlsKeyFile"),
                          tr("PEM file, unencrypted, readable only by you"), this))
    , m_chooseKeyFile(new QPushButton(tr("Choose…"), this))
    , m_problem(problemLabel(QStringLiteral("pacsTlsProblem"), this))
{
    m_tls->setObjectName(QStringLiteral("pacsTls"));
    m_tls->setToolTip(tr("Every association with the node, and the deliveries of a C-MOVE, over "
                         "TLS 1.2 or newer (BCP 195)"));
    m_caFile->setToolTip(tr("The CA certificates that sign the node's certificate; the "
                            "certificate must also name the host"));
    m_certificateFile->setToolTip(tr("Concord's own certificate, for a node that asks for one "
                                     "and for receiving a C-MOVE over TLS"));
    m_keyFile->setToolTip(tr("The private key of Concord's certificate; a key that others may "
                             "read is refused (chmod 600)"));
    m_chooseCaFile->setObjectName(QStringLiteral("pacsChooseTlsCaFile"));
    m_chooseCertificateFile->setObjectName(QStringLiteral("pacsChooseTlsCertificateFile"));
    m_chooseKeyFile->setObjectName(QStringLiteral("pacsChooseTlsKeyFile"));
    auto *note = new QLabel(tr("Concord keeps the paths of these files, not their contents, and "
                               "reads them each time it connects."),
                            this);
    note->setWordWrap(true);

    const auto row = [this](QLineEdit *edit, QPushButton *button) {
        auto *layout = new QHBoxLayout;
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(edit, 1);
        layout->addWidget(button);
        return layout;
    };
    // A box of its own: its label column differs from the node form's, and the frame says the
    // fields belong together and to the check box.
    auto *box = new QGroupBox(tr("Security"), this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(box);
    auto *form = new QFormLayout(box);
    form->addRow(QString(), m_tls);
    form->addRow(tr("CA certificate:"), row(m_caFile, m_chooseCaFile));
    form->addRow(tr("Concord's certificate:"), row(m_certificateFile, m_chooseCertificateFile));
    form->addRow(tr("Concord's private key:"), row(m_keyFile, m_chooseKeyFile));
    form->addRow(QString(), m_problem);
    form->addRow(QString(), note);

    for (QLineEdit *edit : {m_caFile, m_certificateFile, m_keyFile})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            if (!m_filling)
                Q_EMIT edited();
        });
    connect(m_tls, &QCheckBox::toggled, this, [this] {
        updateFields();
        if (!m_filling)
            Q_EMIT edited();
    });
    connect(m_chooseCaFile, &QPushButton::clicked, this,
            [this] { choose(m_caFile, tr("The CA certificate that signs the node's")); });
    connect(m_chooseCertificateFile, &QPushButton::clicked, this,
            [this] { choose(m_certificateFile, tr("Concord's certificate")); });
    connect(m_chooseKeyFile, &QPushButton::clicked, this,
            [this] { choose(m_keyFile, tr("The private key of Concord's certificate")); });
    updateFields();
}

void DimseTlsForm::showNode(const PacsNode &node)
{
    m_filling = true;
    m_tls->setChecked(node.tls);
    m_caFile->setText(node.tlsCaFile);
    m_certificateFile->setText(node.tlsCertificateFile);
    m_keyFile->setText(node.tlsKeyFile);
    m_filling = false;
    updateFields();
}

void DimseTlsForm::takeInto(PacsNode &node) const
{
    node.tls = node.protocol == PacsProtocol::Dimse && m_tls->isChecked();
    node.tlsCaFile = node.tls ? m_caFile->text().trimmed() : QString();
    node.tlsCertificateFile = node.tls ? m_certificateFile->text().trimmed() : QString();
    node.tlsKeyFile = node.tls ? m_keyFile->text().trimmed() : QString();
}

void DimseTlsForm::showProblems(const PacsNode &node)
{
    showProblem(m_problem,
                node.protocol == PacsProtocol::Dimse ? tlsSettingsProblem(node) : QString());
}

void DimseTlsForm::choose(QLineEdit *edit, const QString &title)
{
    const QString file = QFileDialog::getOpenFileName(
        this, title, edit->text(), tr("PEM files (*.pem *.crt *.cer *.key);;All files (*)"));
    if (!file.isEmpty())
        edit->setText(file);
}

void DimseTlsForm::updateFields()
{
    const bool on = m_tls->isChecked();
    for (QWidget *input :
         std::initializer_list<QWidget *>{m_caFile, m_chooseCaFile, m_certificateFile,
                                          m_chooseCertificateFile, m_keyFile, m_chooseKeyFile})
        input->setEnabled(on);
}

} // namespace concord
