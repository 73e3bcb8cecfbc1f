// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/dialogs/annotatordialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace concord {

AnnotatorDialog::AnnotatorDialog(const std::vector<Annotator> &annotators,
                                 const QString &lastUsedId, QWidget *parent)
    : QDialog(parent)
    , m_existing(new QRadioButton(tr("I am:"), this))
    , m_create(new QRadioButton(tr("New profile:"), this))
    , m_list(new QListWidget(this))
    , m_id(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_annotators(annotators)
{
    setWindowTitle(tr("Who is labeling?"));
    auto *intro =
        new QLabel(tr("Every label you make records who made it. Choose your profile."), this);
    intro->setWordWrap(true);
    for (const Annotator &a : m_annotators) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1  (%2, %3)").arg(a.displayName, a.id, roleDisplayName(a.role)),
            m_list);
        if (a.id == lastUsedId)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_id->setPlaceholderText(tr("e.g. jdoe (letters, digits, . _ -)"));
    m_name->setPlaceholderText(tr("e.g. Dr. Jane Doe"));
    for (Role role : {Role::Annotator, Role::Reviewer, Role::Adjudicator, Role::Lead})
        m_role->addItem(roleDisplayName(role), int(role));

    auto *form = new QFormLayout;
    form->addRow(tr("Id"), m_id);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Role"), m_role);
    // Concord has no accounts: say so where the role is chosen, and what keeps it honest.
    auto *trust = new QLabel(tr("Roles are taken on trust on this machine. Every session records "
                                "who worked and in which role, so the journals show it."),
                             this);
    trust->setObjectName(QStringLiteral("roleTrustNote"));
    trust->setWordWrap(true);
    form->addRow(QString(), trust);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start labeling"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_existing);
    layout->addWidget(m_list);
    layout->addWidget(m_create);
    layout->addLayout(form);
    layout->addWidget(buttons);

    const bool haveProfiles = !m_annotators.empty();
    m_existing->setEnabled(haveProfiles);
    (haveProfiles ? m_existing : m_create)->setChecked(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] {
        if (m_existing->isChecked())
            accept();
    });
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this] { m_existing->setChecked(true); });
    for (QLineEdit *edit : {m_id, m_name})
        connect(edit, &QLineEdit::textEdited, this, [this] { m_create->setChecked(true); });
    connect(m_id, &QLineEdit::textChanged, this, &AnnotatorDialog::updateAcceptable);
    connect(m_existing, &QRadioButton::toggled, this, &AnnotatorDialog::updateAcceptable);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    updateAcceptable();
}

bool AnnotatorDialog::isNew() const
{
    return m_create->isChecked();
}

Annotator AnnotatorDialog::annotator() const
{
    if (!isNew()) {
        const int row = m_list->currentRow();
        return row >= 0 ? m_annotators[size_t(row)] : Annotator{};
    }
    const QString id = m_id->text().trimmed();
    return Annotator{id, m_name->text().trimmed().isEmpty() ? id : m_name->text().trimmed(),
                     Role(m_role->currentData().toInt())};
}

void AnnotatorDialog::updateAcceptable()
{
    bool ok = false;
    if (isNew()) {
        const QString id = m_id->text().trimmed();
        ok = isValidAnnotatorId(id) && std::none_of(m_annotators.begin(), m_annotators.end(),
                                                    [&](const Annotator &a) { return a.id == id; });
    } else {
        ok = m_list->currentRow() >= 0;
    }
    m_okButton->setEnabled(ok);
}

} // namespace concord
