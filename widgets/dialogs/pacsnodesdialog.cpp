// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/dialogs/pacsnodesdialog.h"

#include "core/pacs/pacsecho.h"
#include "core/pacs/pacsnodebook.h"
#include "widgets/dialogs/dicomwebnodeform.h"
#include "widgets/dialogs/dimsetlsform.h"
#include "widgets/dialogs/fieldproblem.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <vector>

namespace concord {

namespace {

QLineEdit *field(const QString &objectName, int maxLength, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setMaxLength(maxLength);
    return edit;
}

// The node form, the DIMSE side and the DICOMweb side are three forms, one inside the other;
// labels of one width make their fields start in one column.
void alignLabelColumns(std::initializer_list<QFormLayout *> forms)
{
    std::vector<QWidget *> labels;
    int widest = 0;
    for (QFormLayout *form : forms) {
        if (!form)
            continue;
        for (int row = 0; row < form->rowCount(); ++row) {
            if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
                item && item->widget()) {
                labels.push_back(item->widget());
                widest = std::max(widest, item->widget()->sizeHint().width());
            }
        }
    }
    for (QWidget *label : labels)
        label->setMinimumWidth(widest);
}

} // namespace

PacsNodesDialog::PacsNodesDialog(QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    // Longer than core allows, so that core's check, not the field, says what is too long.
    , m_name(field(QStringLiteral("pacsNodeName"), 128, this))
    , m_nameProblem(problemLabel(QStringLiteral("pacsNodeNameProblem"), this))
    , m_protocol(new QComboBox(this))
    , m_sides(new QStackedWidget(this))
    , m_dimseSide(new QWidget(this))
    , m_webForm(new DicomWebNodeForm(this))
    , m_calledAeTitle(field(QStringLiteral("pacsCalledAeTitle"), 32, this))
    , m_calledProblem(problemLabel(QStringLiteral("pacsCalledAeTitleProblem"), this))
    , m_host(field(QStringLiteral("pacsHost"), 255, this))
    , m_hostProblem(problemLabel(QStringLiteral("pacsHostProblem"), this))
    , m_port(new QSpinBox(this))
    , m_callingAeTitle(field(QStringLiteral("pacsCallingAeTitle"), 32, this))
    , m_callingProblem(problemLabel(QStringLiteral("pacsCallingAeTitleProblem"), this))
    , m_tlsForm(new DimseTlsForm(this))
    , m_test(new QPushButton(tr("Test"), this))
    , m_testOutcome(new QLabel(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("PACS nodes"));
    m_list->setObjectName(QStringLiteral("pacsNodeList"));
    m_add->setObjectName(QStringLiteral("pacsAddNode"));
    m_remove->setObjectName(QStringLiteral("pacsRemoveNode"));
    m_protocol->setObjectName(QStringLiteral("pacsProtocol"));
    m_protocol->addItem(tr("DIMSE (C-ECHO, C-FIND, C-GET, C-MOVE, C-STORE)"),
                        int(PacsProtocol::Dimse));
    m_protocol->addItem(tr("DICOMweb (QIDO-RS, WADO-RS, STOW-RS)"), int(PacsProtocol::DicomWeb));
    m_protocol->setToolTip(tr("How Concord talks to the node: DICOM's own network protocol, or "
                              "HTTP"));
    m_webForm->setObjectName(QStringLiteral("pacsDicomWebForm"));
    m_port->setObjectName(QStringLiteral("pacsPort"));
    m_port->setRange(1, 65535);
    m_tlsForm->setObjectName(QStringLiteral("pacsTlsForm"));
    m_test->setObjectName(QStringLiteral("pacsTestNode"));
    m_testOutcome->setObjectName(QStringLiteral("pacsTestOutcome"));
    m_testOutcome->setWordWrap(true);
    m_testOutcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);

    m_name->setToolTip(tr("Your name for the node; it also names the node's folder in a "
                          "project's pacs/ folder"));
    m_calledAeTitle->setToolTip(tr("The node's own AE title, as its administrator gave it"));
    m_callingAeTitle->setToolTip(tr("Concord's AE title towards this node; the node must know "
                                    "it for C-MOVE"));

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    listButtons->addStretch();
    // Wide enough for a name and its address (AET@host:port), which the list shows together.
    m_list->setMinimumWidth(m_list->fontMetrics().averageCharWidth() * 44);
    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_list, 1);
    listColumn->addLayout(listButtons);

    auto withProblem = [this](QWidget *input, QLabel *problem) {
        auto *column = new QVBoxLayout;
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        column->addWidget(input);
        column->addWidget(problem);
        return column;
    };
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), withProblem(m_name, m_nameProblem));
    form->addRow(tr("Type:"), m_protocol);
    auto *dimseForm = new QFormLayout(m_dimseSide);
    dimseForm->setContentsMargins(0, 0, 0, 0);
    dimseForm->addRow(tr("Called AE title:"), withProblem(m_calledAeTitle, m_calledProblem));
    dimseForm->addRow(tr("Host:"), withProblem(m_host, m_hostProblem));
    dimseForm->addRow(tr("Port:"), m_port);
    dimseForm->addRow(tr("Calling AE title:"), withProblem(m_callingAeTitle, m_callingProblem));
    dimseForm->addRow(m_tlsForm);
    m_sides->addWidget(m_dimseSide);
    m_sides->addWidget(m_webForm);
    form->addRow(m_sides);
    alignLabelColumns({form, dimseForm, qobject_cast<QFormLayout *>(m_webForm->layout())});
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testOutcome, 1);
    auto *formColumn = new QVBoxLayout;
    formColumn->addLayout(form);
    formColumn->addLayout(testRow);
    formColumn->addStretch();

    auto *columns = new QHBoxLayout;
    columns->addLayout(listColumn, 2);
    columns->addLayout(formColumn, 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("pacsSaveNodes"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PacsNodesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, &PacsNodesDialog::addNode);
    connect(m_remove, &QPushButton::clicked, this, &PacsNodesDialog::removeNode);
    connect(m_list, &QListWidget::currentRowChanged, this, &PacsNodesDialog::showNode);
    for (QLineEdit *edit : {m_name, m_calledAeTitle, m_host, m_callingAeTitle})
        connect(edit, &QLineEdit::textChanged, this, &PacsNodesDialog::takeFields);
    connect(m_port, &QSpinBox::valueChanged, this, &PacsNodesDialog::takeFields);
    connect(m_tlsForm, &DimseTlsForm::edited, this, &PacsNodesDialog::takeFields);
    connect(m_protocol, &QComboBox::currentIndexChanged, this, &PacsNodesDialog::takeFields);
    connect(m_webForm, &DicomWebNodeForm::edited, this, &PacsNodesDialog::takeFields);
    connect(m_test, &QPushButton::clicked, this, &PacsNodesDialog::testNode);
    connect(&m_echo, &QFutureWatcher<EchoOutcome>::finished, this,
            &PacsNodesDialog::onTestFinished);

    QSettings settings;
    std::vector<FileError> problems;
    m_nodes = PacsNodeBook::load(settings, &problems).nodes();
    for (const PacsNode &node : m_nodes)
        m_list->addItem(listText(node));
    if (!problems.empty()) {
        QStringList lines;
        for (const FileError &problem : problems)
            lines << problem.toString();
        m_status->setText(tr("Left out, saved nodes that no longer check out:\n%1")
                              .arg(lines.join(QLatin1Char('\n'))));
    }
    if (!m_nodes.empty())
        m_list->setCurrentRow(0);
    resize(820, 480);
    showNode(m_list->currentRow());
}

QString PacsNodesDialog::testOutcome() const
{
    return m_testOutcome->text();
}

QString PacsNodesDialog::listText(const PacsNode &node) const
{
    return node.name.isEmpty() ? tr("(unnamed)") : node.description();
}

void PacsNodesDialog::addNode()
{
    // A free name to start from; the user names it properly in the form.
    QString name = QStringLiteral("pacs");
    for (int suffix = 2; std::any_of(m_nodes.begin(), m_nodes.end(),
                                     [&](const PacsNode &n) { return n.name == name; });
         ++suffix)
        name = QStringLiteral("pacs-%1").arg(suffix);
    PacsNode node;
    node.name = name;
    m_nodes.push_back(node);
    m_list->addItem(listText(node));
    m_list->setCurrentRow(int(m_nodes.size()) - 1);
    m_calledAeTitle->setFocus();
}

void PacsNodesDialog::removeNode()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    m_nodes.erase(m_nodes.begin() + row);
    m_row = -1; // the fields no longer belong to a node until showNode() says which
    delete m_list->takeItem(row);
    showNode(m_list->currentRow());
}

void PacsNodesDialog::showNode(int row)
{
    m_row = row >= 0 && row < int(m_nodes.size()) ? row : -1;
    const PacsNode shown = m_row >= 0 ? m_nodes[size_t(m_row)] : PacsNode{};
    m_filling = true;
    m_name->setText(m_row >= 0 ? shown.name : QString());
    m_calledAeTitle->setText(shown.calledAeTitle);
    m_host->setText(shown.host);
    m_port->setValue(shown.port);
    m_callingAeTitle->setText(m_row >= 0 ? shown.callingAeTitle : QString());
    m_tlsForm->showNode(shown);
    m_protocol->setCurrentIndex(m_protocol->findData(int(shown.protocol)));
    m_sides->setCurrentWidget(
        shown.protocol == PacsProtocol::DicomWeb ? static_cast<QWidget *>(m_webForm) : m_dimseSide);
    m_webForm->showNode(shown);
    m_filling = false;
    m_testOutcome->clear();
    showProblems();
    updateState();
}

void PacsNodesDialog::takeFields()
{
    if (m_filling || m_row < 0)
        return;
    PacsNode &node = m_nodes[size_t(m_row)];
    node.name = m_name->text().trimmed();
    node.calledAeTitle = m_calledAeTitle->text();
    node.host = m_host->text().trimmed();
    node.port = quint16(m_port->value());
    node.callingAeTitle = m_callingAeTitle->text();
    node.protocol = PacsProtocol(m_protocol->currentData().toInt());
    m_tlsForm->takeInto(node);
    m_webForm->takeInto(node);
    m_sides->setCurrentWidget(
        node.protocol == PacsProtocol::DicomWeb ? static_cast<QWidget *>(m_webForm) : m_dimseSide);
    m_list->item(m_row)->setText(listText(node));
    m_testOutcome->clear();
    showProblems();
    updateState();
}

void PacsNodesDialog::showProblems()
{
    if (m_row < 0) {
        for (QLabel *label : {m_nameProblem, m_calledProblem, m_hostProblem, m_callingProblem})
            showProblem(label, {});
        m_webForm->showProblems(PacsNode{});
        m_tlsForm->showProblems(PacsNode{});
        return;
    }
    const PacsNode &node = m_nodes[size_t(m_row)];
    QString nameProblem = nodeNameProblem(node.name);
    for (size_t i = 0; nameProblem.isEmpty() && i < m_nodes.size(); ++i) {
        if (int(i) != m_row && m_nodes[i].name == node.name)
            nameProblem = tr("another node has this name");
    }
    // A node core accepts as it is (a DICOMweb node has no AE titles) shows no field problems.
    const bool accepted = !checkPacsNode(node);
    const QString calledProblem = accepted ? QString() : aeTitleProblem(node.calledAeTitle);
    const QString callingProblem = accepted ? QString() : aeTitleProblem(node.callingAeTitle);
    showProblem(m_nameProblem, nameProblem);
    m_webForm->showProblems(node);
    m_tlsForm->showProblems(node);
    if (node.protocol == PacsProtocol::DicomWeb) {
        for (QLabel *label : {m_calledProblem, m_hostProblem, m_callingProblem})
            showProblem(label, {});
        return;
    }
    showProblem(m_calledProblem, calledProblem);
    showProblem(m_callingProblem, callingProblem);
    // With the name and titles in order, what core still finds is the host's, unless it is
    // the TLS files', shown under them.
    QString hostProblem;
    if (nodeNameProblem(node.name).isEmpty() && calledProblem.isEmpty() &&
        callingProblem.isEmpty()) {
        if (MaybeError problem = checkPacsNode(node);
            problem && problem->message != tlsSettingsProblem(node))
            hostProblem = problem->message;
    }
    showProblem(m_hostProblem, hostProblem);
}

QString PacsNodesDialog::problemOf(int row) const
{
    const PacsNode &node = m_nodes[size_t(row)];
    if (MaybeError problem = checkPacsNode(node))
        return problem->toString();
    for (int other = 0; other < row; ++other) {
        if (m_nodes[size_t(other)].name == node.name)
            return tr("%1: two nodes have this name").arg(node.name);
    }
    return {};
}

void PacsNodesDialog::updateState()
{
    const bool editing = m_row >= 0;
    for (QWidget *input :
         std::initializer_list<QWidget *>{m_name, m_protocol, m_calledAeTitle, m_host, m_port,
                                          m_callingAeTitle, m_tlsForm, m_webForm})
        input->setEnabled(editing);
    m_remove->setEnabled(editing);
    m_test->setEnabled(editing && !isTesting() && problemOf(m_row).isEmpty());
    QString firstProblem;
    for (int row = 0; firstProblem.isEmpty() && row < int(m_nodes.size()); ++row)
        firstProblem = problemOf(row);
    m_ok->setEnabled(firstProblem.isEmpty());
    if (!firstProblem.isEmpty())
        m_status->setText(tr("Not saved until every node checks out. %1").arg(firstProblem));
    else if (m_status->text().startsWith(tr("Not saved")))
        m_status->clear();
}

void PacsNodesDialog::testNode()
{
    if (m_row < 0 || isTesting() || !problemOf(m_row).isEmpty())
        return;
    const PacsNode node = m_nodes[size_t(m_row)];
    m_testOutcome->setText(tr("Testing %1…").arg(node.description()));
    m_testing = true;
    m_echo.setFuture(QtConcurrent::run([node]() -> EchoOutcome {
        Expected<EchoReply> reply = echoPacsNode(node);
        if (!reply)
            return {false, reply.error().toString()};
        if (node.protocol == PacsProtocol::DicomWeb)
            return {true, tr("OK: %1 answered a QIDO-RS search for studies (limit=1) in %2 ms.")
                              .arg(node.description())
                              .arg(reply->roundTripMilliseconds)};
        return {true, tr("OK: %1 answered the C-ECHO in %2 ms (%3 ms with connecting and "
                         "releasing).")
                          .arg(node.description())
                          .arg(reply->roundTripMilliseconds)
                          .arg(reply->totalMilliseconds)};
    }));
    updateState();
}

void PacsNodesDialog::onTestFinished()
{
    const EchoOutcome outcome = m_echo.result();
    m_testing = false;
    m_testOutcome->setText(outcome.answered ? outcome.text : tr("Failed: %1").arg(outcome.text));
    updateState();
    Q_EMIT testFinished(outcome.answered);
}

void PacsNodesDialog::accept()
{
    PacsNodeBook book;
    for (const PacsNode &node : m_nodes) {
        if (MaybeError problem = book.add(node)) {
            m_status->setText(tr("Not saved: %1").arg(problem->toString()));
            return;
        }
    }
    QSettings settings;
    book.save(settings);
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        m_status->setText(
            tr("Not saved: the settings file %1 cannot be written.").arg(settings.fileName()));
        return;
    }
    QDialog::accept();
}

} // namespace concord
