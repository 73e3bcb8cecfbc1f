// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/dialogs/pacsretrievedialog.h"

#include "core/exchange/folderimporter.h"
#include "core/pacs/pacscache.h"
#include "core/pacs/pacsnodebook.h"
#include "core/pacs/pacssearchlimits.h"
#include "core/project/workspace.h"
#include "widgets/dialogs/pacsnodesdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <set>

namespace concord {

namespace {

const char *const MovePortKey = "pacs/movePort";
constexpr int DefaultMovePort = 11112; // the usual non-privileged DICOM port

// A person name as a radiologist reads it: "Doe^Jane^Q" (PS3.5 6.2, PN) as "Doe, Jane Q".
QString readableName(const QString &dicomName)
{
    // Only the alphabetic group; ideographic and phonetic groups follow '='.
    QStringList parts = dicomName.section(QLatin1Char('='), 0, 0).split(QLatin1Char('^'));
    while (!parts.isEmpty() && parts.last().trimmed().isEmpty())
        parts.removeLast();
    if (parts.size() <= 1)
        return parts.value(0).trimmed();
    const QString family = parts.takeFirst().trimmed();
    parts.removeAll(QString());
    return family + QStringLiteral(", ") + parts.join(QLatin1Char(' ')).simplified();
}

QTableWidgetItem *cell(const QVariant &value)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, value);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

} // namespace

PacsRetrieveDialog::PacsRetrieveDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_node(new QComboBox(this))
    , m_patientId(new QLineEdit(this))
    , m_patientName(new QLineEdit(this))
    , m_accession(new QLineEdit(this))
    , m_dateRange(new QCheckBox(tr("Study date from"), this))
    , m_dateFrom(new QDateEdit(QDate::currentDate().addDays(-7), this))
    , m_dateTo(new QDateEdit(QDate::currentDate(), this))
    , m_modality(new QComboBox(this))
    , m_searchButton(new QPushButton(tr("Search"), this))
    , m_results(new QTableWidget(0, ColumnCount, this))
    , m_byGet(new QRadioButton(tr("Fetch (C-GET)"), this))
    , m_byMove(new QRadioButton(tr("PACS pushes (C-MOVE) to port"), this))
    , m_movePort(new QSpinBox(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Retrieve from PACS"));
    m_node->setObjectName(QStringLiteral("pacsNode"));
    m_patientId->setObjectName(QStringLiteral("pacsPatientId"));
    m_patientName->setObjectName(QStringLiteral("pacsPatientName"));
    m_patientName->setPlaceholderText(tr("e.g. Doe* (* and ? are wildcards)"));
    m_accession->setObjectName(QStringLiteral("pacsAccession"));
    m_dateRange->setObjectName(QStringLiteral("pacsDateRange"));
    for (QDateEdit *date : {m_dateFrom, m_dateTo}) {
        date->setCalendarPopup(true);
        date->setEnabled(false);
    }
    m_dateFrom->setObjectName(QStringLiteral("pacsDateFrom"));
    m_dateTo->setObjectName(QStringLiteral("pacsDateTo"));
    m_modality->setObjectName(QStringLiteral("pacsModality"));
    m_modality->setEditable(true);
    // Radiographs first, as Concord's retrieval proposes them (docs/pacs.md, "Retrieve").
    m_modality->addItems({QString(), QStringLiteral("CR"), QStringLiteral("DX"),
                          QStringLiteral("MG"), QStringLiteral("IO"), QStringLiteral("CT"),
                          QStringLiteral("MR"), QStringLiteral("US"), QStringLiteral("XA"),
                          QStringLiteral("RF")});
    m_searchButton->setObjectName(QStringLiteral("pacsSearch"));
    // Return in any search field searches, as on a PACS query screen.
    m_searchButton->setDefault(true);
    auto *nodes = new QPushButton(tr("Nodes…"), this);
    connect(nodes, &QPushButton::clicked, this, &PacsRetrieveDialog::editNodes);

    auto *keys = new QGridLayout;
    keys->addWidget(new QLabel(tr("PACS:"), this), 0, 0);
    auto *nodeRow = new QHBoxLayout;
    nodeRow->addWidget(m_node, 1);
    nodeRow->addWidget(nodes);
    keys->addLayout(nodeRow, 0, 1, 1, 3);
    keys->addWidget(new QLabel(tr("Patient name:"), this), 1, 0);
    keys->addWidget(m_patientName, 1, 1);
    keys->addWidget(new QLabel(tr("Patient ID:"), this), 1, 2);
    keys->addWidget(m_patientId, 1, 3);
    keys->addWidget(new QLabel(tr("Accession:"), this), 2, 0);
    keys->addWidget(m_accession, 2, 1);
    keys->addWidget(new QLabel(tr("Modality:"), this), 2, 2);
    keys->addWidget(m_modality, 2, 3);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_dateFrom);
    dateRow->addWidget(new QLabel(tr("to"), this));
    dateRow->addWidget(m_dateTo);
    dateRow->addStretch();
    keys->addWidget(m_dateRange, 3, 0);
    keys->addLayout(dateRow, 3, 1);
    keys->addWidget(m_searchButton, 3, 3, Qt::AlignRight);
    keys->setColumnStretch(1, 1);
    keys->setColumnStretch(3, 1);

    m_results->setObjectName(QStringLiteral("pacsResults"));
    m_results->setHorizontalHeaderLabels({tr("Patient"), tr("Patient ID"), tr("Study date"),
                                          tr("Accession"), tr("Modalities"), tr("Description"),
                                          tr("Series"), tr("Images"), tr("Retrieved")});
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->verticalHeader()->setVisible(false);
    m_results->setWordWrap(false);
    m_results->setSortingEnabled(false); // rows are indices into m_matches
    QHeaderView *header = m_results->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    for (auto [column, width] : {std::pair{PatientColumn, 150},
                                 {PatientIdColumn, 100},
                                 {DateColumn, 90},
                                 {AccessionColumn, 100},
                                 {ModalitiesColumn, 80},
                                 {SeriesColumn, 50},
                                 {InstancesColumn, 60},
                                 {RetrievedColumn, 190}})
        header->resizeSection(column, width);

    m_byGet->setObjectName(QStringLiteral("pacsByGet"));
    m_byGet->setToolTip(tr("Concord asks for each image and the PACS sends it back on the same "
                           "connection"));
    m_byMove->setObjectName(QStringLiteral("pacsByMove"));
    m_byMove->setToolTip(tr("The PACS sends the images to Concord on this port; it must know "
                            "Concord's calling AE title with this computer's address and port"));
    m_byGet->setChecked(true);
    m_movePort->setObjectName(QStringLiteral("pacsMovePort"));
    m_movePort->setRange(1, 65535);
    m_movePort->setValue(QSettings().value(QLatin1String(MovePortKey), DefaultMovePort).toInt());
    auto *methodRow = new QHBoxLayout;
    methodRow->addWidget(m_byGet);
    methodRow->addWidget(m_byMove);
    methodRow->addWidget(m_movePort);
    methodRow->addStretch();

    m_progress->setObjectName(QStringLiteral("pacsProgress"));
    m_progress->setVisible(false);
    m_status->setObjectName(QStringLiteral("pacsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(this);
    m_retrieve = buttons->addButton(tr("Retrieve"), QDialogButtonBox::ActionRole);
    m_retrieve->setObjectName(QStringLiteral("pacsRetrieve"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("pacsClose"));
    connect(m_retrieve, &QPushButton::clicked, this, &PacsRetrieveDialog::retrieveSelected);
    connect(m_close, &QPushButton::clicked, this, &PacsRetrieveDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(keys);
    layout->addWidget(m_results, 1);
    layout->addLayout(methodRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    // While a search runs, the same button cancels it.
    connect(m_searchButton, &QPushButton::clicked, this, [this] {
        if (isSearching())
            cancelSearch();
        else
            search();
    });
    connect(m_dateRange, &QCheckBox::toggled, m_dateFrom, &QWidget::setEnabled);
    connect(m_dateRange, &QCheckBox::toggled, m_dateTo, &QWidget::setEnabled);
    connect(m_byMove, &QRadioButton::toggled, this, &PacsRetrieveDialog::updateState);
    connect(m_node, &QComboBox::currentIndexChanged, this, &PacsRetrieveDialog::updateState);
    connect(m_results, &QTableWidget::itemSelectionChanged, this, &PacsRetrieveDialog::updateState);
    connect(&m_search, &QFutureWatcher<SearchOutcome>::finished, this,
            &PacsRetrieveDialog::onSearchFinished);
    connect(&m_retrieval, &QFutureWatcher<void>::finished, this,
            &PacsRetrieveDialog::onRetrievalFinished);

    resize(1000, 560);
    reloadNodes();
    m_patientName->setFocus();
}

PacsRetrieveDialog::~PacsRetrieveDialog()
{
    // A search's worker holds copies only and its answer goes with the watcher: it is told to
    // stop, not waited for.
    if (m_cancelSearch)
        m_cancelSearch->store(true);
    // The worker posts its progress to this dialog: it must stop before the dialog goes. It
    // stops before the next instance, so this waits for one instance at most.
    cancelRetrieval();
    m_retrieval.waitForFinished();
}

bool PacsRetrieveDialog::chooseNode(const QString &name)
{
    const int index = m_node->findData(name);
    if (index >= 0)
        m_node->setCurrentIndex(index);
    return index >= 0;
}

QString PacsRetrieveDialog::status() const
{
    return m_status->text();
}

void PacsRetrieveDialog::reloadNodes()
{
    const QString chosen = m_node->currentData().toString();
    QSettings settings;
    m_nodes = PacsNodeBook::load(settings).nodes();
    m_node->clear();
    for (const PacsNode &node : m_nodes)
        m_node->addItem(node.description(), node.name);
    if (!chooseNode(chosen) && !m_nodes.empty())
        m_node->setCurrentIndex(0);
    m_status->setText(m_nodes.empty() ? tr("No PACS nodes yet: add one with Nodes…") : QString());
    updateState();
}

void PacsRetrieveDialog::editNodes()
{
    PacsNodesDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        reloadNodes();
}

std::optional<PacsNode> PacsRetrieveDialog::chosenNode() const
{
    const QString name = m_node->currentData().toString();
    for (const PacsNode &node : m_nodes) {
        if (node.name == name)
            return node;
    }
    return std::nullopt;
}

void PacsRetrieveDialog::search()
{
    const std::optional<PacsNode> node = chosenNode();
    if (!node || isSearching() || isRetrieving())
        return;
    PacsQuery query;
    query.level = QueryLevel::Study;
    query.patientId = m_patientId->text().trimmed();
    query.patientName = m_patientName->text().trimmed();
    query.accessionNumber = m_accession->text().trimmed();
    query.modality = m_modality->currentText().trimmed().toUpper();
    if (m_dateRange->isChecked()) {
        const QString format = QStringLiteral("yyyyMMdd");
        query.studyDate = m_dateFrom->date().toString(format) + QLatin1Char('-') +
                          m_dateTo->date().toString(format);
    }
    if (MaybeError problem = checkPacsQuery(query)) {
        m_status->setText(problem->toString());
        return;
    }
    // The limits as Preferences has them now (docs/pacs.md, "Page size and cap").
    QSettings settings;
    PacsOptions options;
    PacsSearchLimits::load(settings).applyTo(options);
    // The studies of an earlier search go: a search cancelled or failed must not leave them
    // looking like its own.
    m_matches.clear();
    m_results->clearContents();
    m_results->setRowCount(0);
    m_status->setText(tr("Searching %1…").arg(node->description()));
    m_searching = true;
    m_cancelSearch = std::make_shared<std::atomic<bool>>(false);
    m_search.setFuture(QtConcurrent::run(
        [node = *node, query, options, cancel = m_cancelSearch]() -> SearchOutcome {
            Expected<CappedMatches> found = findOnPacsCapped(node, query, options, cancel.get());
            if (!found)
                return {found.error().toString(), {}, false};
            return {{}, std::move(found->matches), found->more};
        }));
    updateState();
}

void PacsRetrieveDialog::cancelSearch()
{
    if (!isSearching())
        return;
    // The worker stops before its next page (QIDO-RS, within 50 ms during a request) or after
    // the next C-FIND response; setFuture() of a later search drops its answer, and
    // onSearchFinished() ignores it otherwise. The window waits for neither.
    m_cancelSearch->store(true);
    m_searching = false;
    m_status->setText(tr("Search cancelled."));
    updateState();
    Q_EMIT searchFinished(-1);
}

void PacsRetrieveDialog::onSearchFinished()
{
    if (!isSearching())
        return; // a cancelled search's late answer
    SearchOutcome outcome = m_search.result();
    m_searching = false;
    if (!outcome.failure.isEmpty()) {
        m_status->setText(tr("Search failed: %1").arg(outcome.failure));
        updateState();
        Q_EMIT searchFinished(-1);
        return;
    }
    m_matches = std::move(outcome.matches);
    // Newest study first, as a PACS worklist shows them (DA sorts as text; ties keep the
    // node's order).
    std::stable_sort(
        m_matches.begin(), m_matches.end(),
        [](const PacsMatch &a, const PacsMatch &b) { return a.studyDate > b.studyDate; });
    m_results->clearContents();
    m_results->setRowCount(int(m_matches.size()));
    for (int row = 0; row < int(m_matches.size()); ++row) {
        const PacsMatch &match = m_matches[size_t(row)];
        const QDate date = QDate::fromString(match.studyDate, QStringLiteral("yyyyMMdd"));
        // Modalities in Study holds several values, backslash-separated.
        const QString modalities =
            QString(match.modalitiesInStudy).replace(QLatin1Char('\\'), QStringLiteral(", "));
        m_results->setItem(row, PatientColumn, cell(readableName(match.patientName)));
        m_results->setItem(row, PatientIdColumn, cell(match.patientId));
        // A QDate is shown in the user's short date format; a date the node sent malformed
        // is shown as it came.
        m_results->setItem(row, DateColumn,
                           cell(date.isValid() ? QVariant(date) : QVariant(match.studyDate)));
        m_results->setItem(row, AccessionColumn, cell(match.accessionNumber));
        m_results->setItem(row, ModalitiesColumn, cell(modalities));
        m_results->setItem(row, DescriptionColumn, cell(match.studyDescription));
        m_results->setItem(
            row, SeriesColumn,
            cell(match.relatedSeries >= 0 ? QVariant(match.relatedSeries) : QVariant()));
        m_results->setItem(
            row, InstancesColumn,
            cell(match.relatedInstances >= 0 ? QVariant(match.relatedInstances) : QVariant()));
        m_results->setItem(row, RetrievedColumn, cell(QString()));
    }
    if (outcome.more)
        m_status->setText(tr("Showing the first %n study(ies) of more: narrow the search, or "
                             "raise the cap in File ▸ Preferences….",
                             nullptr, int(m_matches.size())));
    else
        m_status->setText(tr("%n study(ies) found.", nullptr, int(m_matches.size())));
    updateState();
    Q_EMIT searchFinished(int(m_matches.size()));
}

void PacsRetrieveDialog::retrieveSelected()
{
    const std::optional<PacsNode> node = chosenNode();
    if (!node || isSearching() || isRetrieving())
        return;
    std::set<int> rows;
    for (const QModelIndex &index : m_results->selectionModel()->selectedRows())
        rows.insert(index.row());
    if (rows.empty())
        return;
    RetrieveRequest request;
    if (m_byMove->isChecked()) {
        request.method = RetrieveMethod::Move;
        request.movePort = quint16(m_movePort->value());
        QSettings().setValue(QLatin1String(MovePortKey), m_movePort->value());
    }
    std::vector<std::pair<int, QString>> studies; // row, Study Instance UID
    for (int row : rows) {
        studies.emplace_back(row, m_matches[size_t(row)].studyInstanceUid);
        m_results->item(row, RetrievedColumn)->setText(tr("waiting"));
    }

    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_retrieving = true;
    m_fetched = m_alreadyCached = m_itemsAdded = 0;
    m_cancelled = false;
    m_failures.clear();
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_status->setText(tr("Retrieving %n study(ies) from %1…", nullptr, int(studies.size()))
                          .arg(node->description()));
    const PacsCache cache(m_workspace->folder().root(), node->name);
    // The worker reaches back only through queued calls to this dialog, whose destructor
    // waits for it; it never touches the Workspace.
    m_retrieval.setFuture(
        QtConcurrent::run([this, cache, node = *node, request, studies, cancel = m_cancel] {
            for (const auto &study : studies) {
                // Named copies: clang before 16 cannot capture structured bindings.
                const int row = study.first;
                const QString &studyUid = study.second;
                StudyOutcome outcome;
                outcome.row = row;
                if (cancel->load()) {
                    outcome.report.cancelled = true;
                } else {
                    RetrieveRequest studyRequest = request;
                    studyRequest.studyInstanceUid = studyUid;
                    auto progress = [this, row](int done, int total) {
                        QMetaObject::invokeMethod(
                            this, [this, row, done, total] { showStudyProgress(row, done, total); },
                            Qt::QueuedConnection);
                    };
                    Expected<RetrieveReport> report =
                        retrieveToCache(cache, node, studyRequest, {}, progress, cancel.get());
                    if (report)
                        outcome.report = std::move(*report);
                    else
                        outcome.failure = report.error().toString();
                }
                QMetaObject::invokeMethod(
                    this, [this, outcome] { takeStudy(outcome); }, Qt::QueuedConnection);
            }
        }));
    updateState();
}

void PacsRetrieveDialog::showStudyProgress(int row, int done, int total)
{
    m_results->item(row, RetrievedColumn)
        ->setText(tr("%1 / %n image(s)", nullptr, total).arg(done));
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
}

void PacsRetrieveDialog::takeStudy(const StudyOutcome &outcome)
{
    QTableWidgetItem *retrieved = m_results->item(outcome.row, RetrievedColumn);
    if (!outcome.failure.isEmpty()) {
        retrieved->setText(tr("failed"));
        retrieved->setToolTip(outcome.failure);
        m_failures << outcome.failure;
        return;
    }
    const RetrieveReport &report = outcome.report;
    m_fetched += report.fetched;
    m_alreadyCached += report.alreadyCached;
    m_cancelled = m_cancelled || report.cancelled;
    for (const FileError &problem : report.problems)
        m_failures << problem.toString();
    // What arrived before a cancel is imported too; importing again adds nothing twice.
    if (!report.files.isEmpty()) {
        Expected<ImportReport> imported = importImages(*m_workspace, report.files);
        if (imported)
            m_itemsAdded += imported->added;
        else
            m_failures << imported.error().toString();
    }
    if (report.cancelled && report.found == 0)
        retrieved->setText(tr("not started"));
    else
        retrieved->setText(
            tr("%1 of %n image(s); already in the project: %2", nullptr, report.found)
                .arg(report.files.size())
                .arg(report.alreadyCached));
}

void PacsRetrieveDialog::onRetrievalFinished()
{
    m_retrieving = false;
    m_progress->setVisible(false);
    QString text = m_cancelled ? tr("Cancelled: retrieve again to fetch the rest; images "
                                    "already in the project are not fetched again.")
                   : m_failures.isEmpty() ? tr("Done.")
                                          : tr("Finished with problems.");
    text += QLatin1Char(' ') + tr("%n image(s) fetched", nullptr, m_fetched) +
            QStringLiteral(", ") + tr("already in the project: %1").arg(m_alreadyCached) +
            QStringLiteral("; ") + tr("%n item(s) added.", nullptr, m_itemsAdded);
    if (!m_failures.isEmpty())
        text += QLatin1Char('\n') + m_failures.join(QLatin1Char('\n'));
    m_status->setText(text);
    updateState();
    Q_EMIT retrievalFinished();
}

void PacsRetrieveDialog::cancelRetrieval()
{
    if (m_cancel)
        m_cancel->store(true);
}

void PacsRetrieveDialog::reject()
{
    cancelSearch();
    if (isRetrieving()) {
        // The dialog stays until the worker has stopped and its last study is imported.
        cancelRetrieval();
        m_status->setText(tr("Stopping after the current image…"));
        return;
    }
    QDialog::reject();
}

void PacsRetrieveDialog::updateState()
{
    const bool busy = isSearching() || isRetrieving();
    const bool haveNode = chosenNode().has_value();
    // Search turns into Cancel while a search runs.
    m_searchButton->setText(isSearching() ? tr("Cancel") : tr("Search"));
    // Return in a field searches, but does not cancel: a second Return while waiting would.
    m_searchButton->setDefault(!isSearching());
    m_searchButton->setEnabled(haveNode && !isRetrieving());
    m_node->setEnabled(!busy);
    m_retrieve->setEnabled(haveNode && !busy &&
                           !m_results->selectionModel()->selectedRows().isEmpty());
    m_movePort->setEnabled(m_byMove->isChecked() && !busy);
    m_byGet->setEnabled(!busy);
    m_byMove->setEnabled(!busy);
    m_close->setText(isRetrieving() ? tr("Cancel") : tr("Close"));
}

} // namespace concord
