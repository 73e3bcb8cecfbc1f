// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pacs/pacsnode.h"
#include "core/pacs/pacsquery.h"
#include "core/pacs/pacsretrieve.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace concord {

class Workspace;

// File ▸ Retrieve from PACS…, laid out like a PACS query screen: the node and the search keys
// on top, the matching studies in a table, a status line, the buttons bottom right. Search
// sends a C-FIND at the study level; Retrieve brings the selected studies into the open
// project (docs/pacs.md, "Retrieve"), by C-GET or, when the PACS pushes, by C-MOVE to a port.
// A search asks for the page size and at most the matches File ▸ Preferences… sets
// (PacsSearchLimits); while it runs, Search becomes Cancel, which drops the search at once: its
// worker stops before the next page or C-FIND response and its answer is ignored.
// Both run on a worker thread with copies of the node and the keys: the worker fills the
// project's PACS cache only, and each study's cached instances are imported on the GUI thread
// as it completes, so the open Workspace is touched on its own thread and its itemsAdded()
// refreshes the item list as after an import. Cancel stops after the instance in flight; what
// arrived is imported, and retrieving again fetches only what is missing. Closing the dialog
// while it runs stops the retrieval first.
class PacsRetrieveDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column {
        PatientColumn,
        PatientIdColumn,
        DateColumn,
        AccessionColumn,
        ModalitiesColumn,
        DescriptionColumn,
        SeriesColumn,
        InstancesColumn,
        RetrievedColumn,
        ColumnCount
    };

    PacsRetrieveDialog(Workspace *workspace, QWidget *parent = nullptr);
    ~PacsRetrieveDialog() override;

    // Chooses the node of that name; false when the user has none of that name.
    bool chooseNode(const QString &name);
    void search();
    // Stops the running search: the dialog is free again at once, and whatever the worker
    // still brings is dropped (docs/pacs.md, "In the window").
    void cancelSearch();
    void retrieveSelected();
    void cancelRetrieval();
    // From search() until searchFinished() has been emitted.
    bool isSearching() const { return m_searching; }
    // From retrieveSelected() until retrievalFinished() has been emitted.
    bool isRetrieving() const { return m_retrieving; }
    QTableWidget *results() const { return m_results; }
    QString status() const;

    void reject() override;

Q_SIGNALS:
    void searchFinished(int matches); // -1 when the search failed or was cancelled
    void retrievalFinished();

private:
    struct SearchOutcome
    {
        QString failure;
        std::vector<PacsMatch> matches;
        bool more = false; // the cap cut the search short
    };
    // One study's retrieval, sent from the worker when it is over.
    struct StudyOutcome
    {
        int row = -1;
        QString failure;
        RetrieveReport report;
    };

    void reloadNodes();
    void editNodes();
    std::optional<PacsNode> chosenNode() const;
    void onSearchFinished();
    void showStudyProgress(int row, int done, int total);
    void takeStudy(const StudyOutcome &outcome);
    void onRetrievalFinished();
    void updateState();

    Workspace *m_workspace;
    std::vector<PacsNode> m_nodes;
    std::vector<PacsMatch> m_matches; // by row of m_results
    QComboBox *m_node;
    QLineEdit *m_patientId;
    QLineEdit *m_patientName;
    QLineEdit *m_accession;
    QCheckBox *m_dateRange;
    QDateEdit *m_dateFrom;
    QDateEdit *m_dateTo;
    QComboBox *m_modality;
    QPushButton *m_searchButton;
    QTableWidget *m_results;
    QRadioButton *m_byGet;
    QRadioButton *m_byMove;
    QSpinBox *m_movePort;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_retrieve;
    QPushButton *m_close;

    QFutureWatcher<SearchOutcome> m_search;
    QFutureWatcher<void> m_retrieval;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<std::atomic<bool>> m_cancelSearch; // the running search's
    bool m_searching = false;
    bool m_retrieving = false;
    // Totals of the running retrieval, for the status line at its end.
    int m_fetched = 0;
    int m_alreadyCached = 0;
    int m_itemsAdded = 0;
    bool m_cancelled = false;
    QStringList m_failures;
};

} // namespace concord
