// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/dialogs/sendsegmentationdialog.h"

#include "core/exchange/pseudonymkey.h"
#include "core/pacs/pacsnodebook.h"
#include "core/project/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace concord {

namespace {

// Off until the user ticks it once: a segmentation usually goes back to the PACS its image came
// from, where it must name the patient's real study to be shown with it, and a project of
// images de-identified already would be de-identified twice, breaking the references
// (docs/pacs.md, "Sending a segmentation").
const char *const DeidentifySetting = "pacs/sendDeidentified";

} // namespace

SendSegmentationDialog::SendSegmentationDialog(const Workspace *workspace, const QString &itemId,
                                               QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_itemId(itemId)
    , m_node(new QComboBox(this))
    , m_transport(new QLabel(this))
    , m_deidentify(new QCheckBox(tr("De-identify before sending"), this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_close(new QPushButton(tr("Close"), this))
    , m_outcome(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Send segmentation to PACS"));
    m_node->setObjectName(QStringLiteral("pacsSendNode"));
    m_transport->setObjectName(QStringLiteral("pacsSendTransport"));
    m_transport->setWordWrap(true);
    m_deidentify->setObjectName(QStringLiteral("pacsSendDeidentify"));
    m_deidentify->setToolTip(
        tr("Replaces the patient's name and IDs, dates and UIDs with the project's pseudonyms, "
           "as concord-cli export --deidentify does, so the segmentation refers to the image as "
           "concord-cli deidentify --project writes it. Leave it off to send to the PACS the "
           "image came from, where the segmentation must refer to the patient's real study."));
    m_deidentify->setChecked(QSettings().value(QLatin1String(DeidentifySetting), false).toBool());
    m_send->setObjectName(QStringLiteral("pacsSendSegmentation"));
    m_close->setObjectName(QStringLiteral("pacsSendClose"));
    m_outcome->setObjectName(QStringLiteral("pacsSendOutcome"));
    m_outcome->setReadOnly(true);
    m_status->setObjectName(QStringLiteral("pacsSendStatus"));
    m_status->setWordWrap(true);

    const Item *item = workspace->items().find(itemId);
    auto *about = new QLabel(
        item ? tr("The DICOM Segmentation (SEG) of your masks and polygons on item %1 (%2), one "
                  "segment per label, referring to the image it was drawn on.")
                   .arg(item->id, item->path)
             : tr("Item %1 is not in the project.").arg(itemId),
        this);
    about->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Node:"), m_node);
    form->addRow(QString(), m_transport);
    form->addRow(QString(), m_deidentify);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_send, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(m_outcome, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_send, &QPushButton::clicked, this, &SendSegmentationDialog::send);
    connect(m_close, &QPushButton::clicked, this, &SendSegmentationDialog::reject);
    connect(m_node, &QComboBox::currentIndexChanged, this, &SendSegmentationDialog::updateState);
    connect(&m_watcher, &QFutureWatcher<SendOutcome>::finished, this,
            &SendSegmentationDialog::onSendFinished);

    QSettings settings;
    m_nodes = PacsNodeBook::load(settings).nodes();
    for (const PacsNode &node : m_nodes)
        m_node->addItem(node.description(), node.name);
    if (m_nodes.empty())
        m_status->setText(tr("No PACS nodes yet: add one with File ▸ PACS nodes…"));
    else if (const QString why = item ? unavailableReason(*workspace, item) : QString();
             !why.isEmpty())
        m_status->setText(why);
    resize(620, 360);
    updateState();
}

SendSegmentationDialog::~SendSegmentationDialog()
{
    // The worker holds copies only; it is told to stop and waited for, so that no result
    // arrives at a dialog that is gone.
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

QString SendSegmentationDialog::unavailableReason(const Workspace &workspace, const Item *item)
{
    if (!item)
        return tr("No item is open.");
    if (item->sopInstanceUid.isEmpty())
        return tr("The current item is not a DICOM image: a DICOM segmentation refers to the "
                  "DICOM image it was drawn on.");
    const ItemWork *work = workspace.myWork(item->id);
    if (!work || (work->masks.empty() && work->polygons.empty()))
        return tr("You have drawn no mask or polygon on the current item: there is no "
                  "segmentation to send.");
    return {};
}

bool SendSegmentationDialog::chooseNode(const QString &name)
{
    const int index = m_node->findData(name);
    if (index >= 0)
        m_node->setCurrentIndex(index);
    return index >= 0;
}

QString SendSegmentationDialog::outcome() const
{
    return m_outcome->toPlainText();
}

QString SendSegmentationDialog::status() const
{
    return m_status->text();
}

void SendSegmentationDialog::updateState()
{
    const int index = m_node->currentIndex();
    const PacsNode *node =
        index >= 0 && index < int(m_nodes.size()) ? &m_nodes[size_t(index)] : nullptr;
    if (node)
        m_transport->setText(node->protocol == PacsProtocol::DicomWeb
                                 ? tr("Sent by STOW-RS (HTTP POST to %1/studies).").arg(node->url)
                                 : tr("Sent by C-STORE to %1.").arg(node->address()));
    else
        m_transport->clear();
    const Item *item = m_workspace->items().find(m_itemId);
    const bool sendable = node && item && unavailableReason(*m_workspace, item).isEmpty();
    m_send->setEnabled(sendable && !m_sending);
    m_node->setEnabled(!m_sending);
    m_deidentify->setEnabled(!m_sending);
    m_close->setText(m_sending ? tr("Cancel") : tr("Close"));
}

void SendSegmentationDialog::send()
{
    const int index = m_node->currentIndex();
    const Item *item = m_workspace->items().find(m_itemId);
    if (m_sending || index < 0 || index >= int(m_nodes.size()) || !item ||
        !unavailableReason(*m_workspace, item).isEmpty() || !m_workspace->currentAnnotator())
        return;
    const PacsNode node = m_nodes[size_t(index)];
    const QString reader = m_workspace->currentAnnotator()->id;
    const bool deidentify = m_deidentify->isChecked();
    QSettings().setValue(QLatin1String(DeidentifySetting), deidentify);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_sending = true;
    m_outcome->clear();
    m_status->setText(tr("Writing the segmentation and sending it to %1…").arg(node.description()));
    updateState();
    m_watcher.setFuture(QtConcurrent::run([folder = m_workspace->folder(),
                                           project = m_workspace->project(), item = *item,
                                           store = m_workspace->visibleStore(), reader, node,
                                           deidentify, cancel = m_cancel]() -> SendOutcome {
        // The project's key, as concord-cli export --deidentify loads it, so the node gets
        // the UIDs every de-identified export of the project uses.
        std::optional<PseudonymKey> key;
        if (deidentify) {
            Expected<PseudonymKey> projectKey = PseudonymKey::loadOrCreate(
                QDir(folder.root()).filePath(QLatin1String(ProjectKeyFileName)));
            if (!projectKey)
                return {projectKey.error().toString(), {}};
            key = *projectKey;
        }
        Expected<SegmentationSendReport> sent = sendSegmentationsToPacs(
            folder, project, item, store, {reader}, node, {}, cancel.get(), key ? &*key : nullptr);
        if (!sent)
            return {sent.error().toString(), {}};
        return {QString(), std::move(*sent)};
    }));
}

void SendSegmentationDialog::onSendFinished()
{
    const SendOutcome outcome = m_watcher.result();
    m_sending = false;
    QStringList lines;
    int stored = 0;
    for (const StoreReceipt &receipt : outcome.report.receipts) {
        if (receipt.stored)
            ++stored;
        lines << (receipt.stored ? tr("Stored: %1 (SOP Instance UID %2): %3")
                                 : tr("Not stored: %1 (SOP Instance UID %2): %3"))
                     .arg(receipt.file,
                          receipt.sopInstanceUid.isEmpty() ? tr("unknown") : receipt.sopInstanceUid,
                          receipt.message);
    }
    for (const QString &skipped : outcome.report.skipped)
        lines << tr("Left out: %1").arg(skipped);
    m_outcome->setPlainText(lines.join(QLatin1Char('\n')));
    const int total = int(outcome.report.receipts.size());
    const bool allStored = outcome.failure.isEmpty() && total > 0 && stored == total;
    if (!outcome.failure.isEmpty())
        m_status->setText(tr("Not sent: %1").arg(outcome.failure));
    else if (outcome.report.cancelled)
        m_status->setText(
            tr("Cancelled: %1 of %n segmentation(s) stored.", nullptr, total).arg(stored));
    else if (allStored && outcome.report.deidentified)
        m_status->setText(
            tr("Done: the node stored %n de-identified segmentation(s).", nullptr, total));
    else if (allStored)
        m_status->setText(tr("Done: the node stored %n segmentation(s).", nullptr, total));
    else
        m_status->setText(tr("The node stored %1 of %n segmentation(s); see above why not the "
                             "others.",
                             nullptr, total)
                              .arg(stored));
    updateState();
    Q_EMIT sendFinished(allStored);
    if (m_closeWhenDone)
        QDialog::reject();
}

void SendSegmentationDialog::reject()
{
    if (!m_sending) {
        QDialog::reject();
        return;
    }
    // Stops before the next object; the dialog goes once the one being sent is done.
    m_cancel->store(true);
    m_closeWhenDone = true;
    m_status->setText(tr("Cancelling…"));
}

} // namespace concord
