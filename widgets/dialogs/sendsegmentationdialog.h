// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pacs/pacsnode.h"
#include "core/pacs/segmentationsend.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace concord {

struct Item;
class Workspace;

// File ▸ Send segmentation to PACS…: writes the DICOM SEG of the reader's own masks and
// polygons on one item and sends it to a node the user picks, C-STORE for a DIMSE node and
// STOW-RS for a DICOMweb one (core/pacs/segmentationsend.h; docs/pacs.md, "Sending a
// segmentation"), then lists what became of each object in words. "De-identify before sending"
// (remembered in QSettings, off at first) puts each SEG through the project's de-identification
// as concord-cli export --deidentify does. GUI thread; the writing and
// sending run on the global thread pool with copies of the project's facts, the item and the
// reader's work, so the Workspace is only read here. Closing during a send cancels what is not
// sent yet and waits for the object being sent.
class SendSegmentationDialog : public QDialog
{
    Q_OBJECT

public:
    SendSegmentationDialog(const Workspace *workspace, const QString &itemId,
                           QWidget *parent = nullptr);
    ~SendSegmentationDialog() override;

    // Why the reader cannot send a segmentation of the item: not a DICOM image, or no mask or
    // polygon of theirs on it. Empty when they can. Also the window's action's tooltip.
    static QString unavailableReason(const Workspace &workspace, const Item *item);

    // Picks the node of that name; false when there is none.
    bool chooseNode(const QString &name);
    bool isSending() const { return m_sending; }
    // What the last send said, one line per object, and the status line.
    QString outcome() const;
    QString status() const;

    void reject() override;

Q_SIGNALS:
    void sendFinished(bool allStored);

private:
    struct SendOutcome
    {
        QString failure; // the whole send failed: why
        SegmentationSendReport report;
    };

    void send();
    void onSendFinished();
    void updateState();

    const Workspace *m_workspace;
    QString m_itemId;
    std::vector<PacsNode> m_nodes;
    bool m_sending = false;
    bool m_closeWhenDone = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QComboBox *m_node;
    QLabel *m_transport;
    QCheckBox *m_deidentify;
    QPushButton *m_send;
    QPushButton *m_close;
    QPlainTextEdit *m_outcome;
    QLabel *m_status;
    QFutureWatcher<SendOutcome> m_watcher;
};

} // namespace concord
