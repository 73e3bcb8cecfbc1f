// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pacs/pacsnode.h"

#include <QDialog>
#include <QFutureWatcher>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace concord {

class DicomWebNodeForm;
class DimseTlsForm;

// File ▸ PACS nodes…: the user's DICOM nodes (docs/pacs.md, "Nodes"), listed on the left and
// edited in a form on the right, each field checked as core checks it (core/pacs/pacsnode.h)
// with the problem shown under it. A node is DIMSE (AE titles, host, port) or DICOMweb (a base
// URL and its authentication, DicomWebNodeForm). Test sends a C-ECHO, or for a DICOMweb node a
// QIDO-RS search with limit=1, to the node in the form on a worker thread and says what came
// back in words. OK saves the nodes to QSettings through
// PacsNodeBook, where concord-cli finds them too. GUI thread; the echo runs on the global
// thread pool with a copy of the node and is left to finish on its own if the dialog closes.
class PacsNodesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PacsNodesDialog(QWidget *parent = nullptr);

    const std::vector<PacsNode> &nodes() const { return m_nodes; }
    // What the last Test said, as shown beside the button.
    QString testOutcome() const;
    // From Test until its outcome is shown.
    bool isTesting() const { return m_testing; }

    // Saves the nodes (PacsNodeBook) and closes; stays open and says why when one is invalid.
    void accept() override;

Q_SIGNALS:
    void testFinished(bool answered);

private:
    struct EchoOutcome
    {
        bool answered = false;
        QString text;
    };

    void addNode();
    void removeNode();
    void showNode(int row);
    void takeFields();
    void showProblems();
    void updateState();
    void testNode();
    void onTestFinished();
    // Why the node in row `row` cannot be saved, or an empty string.
    QString problemOf(int row) const;
    QString listText(const PacsNode &node) const;

    std::vector<PacsNode> m_nodes;
    int m_row = -1;
    bool m_filling = false; // showNode() is writing the fields, which are not edits
    bool m_testing = false;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLineEdit *m_name;
    QLabel *m_nameProblem;
    QComboBox *m_protocol;
    QStackedWidget *m_sides; // the DIMSE fields or the DICOMweb form, as the protocol says
    QWidget *m_dimseSide;
    DicomWebNodeForm *m_webForm;
    QLineEdit *m_calledAeTitle;
    QLabel *m_calledProblem;
    QLineEdit *m_host;
    QLabel *m_hostProblem;
    QSpinBox *m_port;
    QLineEdit *m_callingAeTitle;
    QLabel *m_callingProblem;
    DimseTlsForm *m_tlsForm; // TLS on or off and its files
    QPushButton *m_test;
    QLabel *m_testOutcome;
    QLabel *m_status;
    QPushButton *m_ok;
    QFutureWatcher<EchoOutcome> m_echo;
};

} // namespace concord
