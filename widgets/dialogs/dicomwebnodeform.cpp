// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/dialogs/dicomwebnodeform.h"

#include "widgets/dialogs/fieldproblem.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QVBoxLayout>

#include <algorithm>

namespace concord {

namespace {

enum SecretSource { FromEnvironment, FromFile };

} // namespace

QString DicomWebNodeForm::environmentPlaceholder()
{
    return tr("the variable's name, e.g. PACS_PASSWORD");
}

QString DicomWebNodeForm::filePlaceholder()
{
    return tr("the file's path");
}

DicomWebNodeForm::DicomWebNodeForm(QWidget *parent)
    : QWidget(parent)
    , m_url(new QLineEdit(this))
    , m_urlProblem(problemLabel(QStringLiteral("pacsUrlProblem"), this))
    , m_authentication(new QComboBox(this))
    , m_user(new QLineEdit(this))
    , m_secretSource(new QComboBox(this))
    , m_secret(new QLineEdit(this))
    , m_chooseFile(new QPushButton(tr("Choose…"), this))
    , m_authenticationProblem(problemLabel(QStringLiteral("pacsAuthenticationProblem"), this))
{
    m_url->setObjectName(QStringLiteral("pacsUrl"));
    m_url->setMaxLength(2048);
    m_url->setPlaceholderText(QStringLiteral("http://127.0.0.1:8042/dicom-web"));
    m_url->setToolTip(tr("The base URL of the node's DICOMweb services (http or https); Concord "
                         "appends /studies… to it"));
    m_authentication->setObjectName(QStringLiteral("pacsAuthentication"));
    m_authentication->addItem(tr("None"), int(WebAuthentication::None));
    m_authentication->addItem(tr("User and password (Basic)"), int(WebAuthentication::Basic));
    m_authentication->addItem(tr("Bearer token"), int(WebAuthentication::Bearer));
    m_user->setObjectName(QStringLiteral("pacsUser"));
    m_user->setMaxLength(256);
    m_secretSource->setObjectName(QStringLiteral("pacsSecretSource"));
    m_secretSource->addItem(tr("Environment variable"), FromEnvironment);
    m_secretSource->addItem(tr("File readable only by you"), FromFile);
    m_secret->setObjectName(QStringLiteral("pacsSecret"));
    m_secret->setMaxLength(1024);
    // Wide enough for the longer of its placeholders (updateFields), which say what to type.
    {
        const QFontMetrics metrics = m_secret->fontMetrics();
        int textWidth = 0;
        for (const QString &placeholder : {environmentPlaceholder(), filePlaceholder()})
            textWidth = std::max(textWidth, metrics.horizontalAdvance(placeholder));
        QStyleOptionFrame option;
        option.initFrom(m_secret);
        option.lineWidth =
            m_secret->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, m_secret);
        const QMargins margins = m_secret->textMargins() + m_secret->contentsMargins();
        const QSize needed(textWidth + margins.left() + margins.right() +
                               metrics.averageCharWidth(),
                           metrics.height());
        m_secret->setMinimumWidth(
            m_secret->style()
                ->sizeFromContents(QStyle::CT_LineEdit, &option, needed, m_secret)
                .width());
    }
    m_chooseFile->setObjectName(QStringLiteral("pacsChooseSecretFile"));
    auto *secretNote =
        new QLabel(tr("Concord does not store the password or token: only where to read it "
                      "each time, the name of an environment variable or a file that only you "
                      "may read (chmod 600). The settings file is plain text."),
                   this);
    secretNote->setWordWrap(true);

    auto *secretRow = new QHBoxLayout;
    secretRow->setContentsMargins(0, 0, 0, 0);
    secretRow->addWidget(m_secretSource);
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_chooseFile);
    auto *urlColumn = new QVBoxLayout;
    urlColumn->setContentsMargins(0, 0, 0, 0);
    urlColumn->setSpacing(2);
    urlColumn->addWidget(m_url);
    urlColumn->addWidget(m_urlProblem);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Base URL:"), urlColumn);
    form->addRow(tr("Authentication:"), m_authentication);
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("Password or token in:"), secretRow);
    form->addRow(QString(), m_authenticationProblem);
    form->addRow(QString(), secretNote);

    for (QLineEdit *edit : {m_url, m_user, m_secret})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            if (!m_filling)
                Q_EMIT edited();
        });
    for (QComboBox *box : {m_authentication, m_secretSource})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            updateFields();
            if (!m_filling)
                Q_EMIT edited();
        });
    connect(m_chooseFile, &QPushButton::clicked, this, &DicomWebNodeForm::chooseSecretFile);
    updateFields();
}

void DicomWebNodeForm::showNode(const PacsNode &node)
{
    m_filling = true;
    m_url->setText(node.url);
    m_authentication->setCurrentIndex(m_authentication->findData(int(node.authentication)));
    m_user->setText(node.user);
    const bool fromFile = node.secretEnvironment.isEmpty() && !node.secretFile.isEmpty();
    m_secretSource->setCurrentIndex(fromFile ? FromFile : FromEnvironment);
    m_secret->setText(fromFile ? node.secretFile : node.secretEnvironment);
    m_filling = false;
    updateFields();
}

void DicomWebNodeForm::takeInto(PacsNode &node) const
{
    node.url = m_url->text().trimmed();
    node.authentication = WebAuthentication(m_authentication->currentData().toInt());
    const bool authenticated = node.authentication != WebAuthentication::None;
    node.user = node.authentication == WebAuthentication::Basic ? m_user->text() : QString();
    const QString secret = authenticated ? m_secret->text().trimmed() : QString();
    const bool fromFile = m_secretSource->currentData().toInt() == FromFile;
    node.secretEnvironment = fromFile ? QString() : secret;
    node.secretFile = fromFile ? secret : QString();
}

void DicomWebNodeForm::showProblems(const PacsNode &node)
{
    if (node.protocol != PacsProtocol::DicomWeb) {
        showProblem(m_urlProblem, {});
        showProblem(m_authenticationProblem, {});
        return;
    }
    const QString urlProblem = dicomWebUrlProblem(node.url);
    showProblem(m_urlProblem, urlProblem);
    // With the URL in order, what core still finds is the authentication's. A stand-in name,
    // so that a problem of the name (shown under it) does not hide this one.
    QString authenticationProblem;
    if (urlProblem.isEmpty()) {
        PacsNode probe = node;
        probe.name = QStringLiteral("probe");
        if (MaybeError problem = checkPacsNode(probe))
            authenticationProblem = problem->message;
    }
    showProblem(m_authenticationProblem, authenticationProblem);
}

void DicomWebNodeForm::chooseSecretFile()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("The file holding the password or token (readable only by you)"));
    if (file.isEmpty())
        return;
    m_secretSource->setCurrentIndex(FromFile);
    m_secret->setText(file);
}

void DicomWebNodeForm::updateFields()
{
    const auto authentication = WebAuthentication(m_authentication->currentData().toInt());
    m_user->setEnabled(authentication == WebAuthentication::Basic);
    const bool authenticated = authentication != WebAuthentication::None;
    m_secretSource->setEnabled(authenticated);
    m_secret->setEnabled(authenticated);
    const bool fromFile = m_secretSource->currentData().toInt() == FromFile;
    m_chooseFile->setEnabled(authenticated && fromFile);
    m_secret->setPlaceholderText(fromFile ? filePlaceholder() : environmentPlaceholder());
    m_secret->setToolTip(authentication == WebAuthentication::Bearer
                             ? tr("Where the bearer token is read at each request")
                             : tr("Where the password is read at each request"));
}

} // namespace concord
