// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/quality/decisionpanel.h"

#include "core/quality/answeradoption.h"
#include "core/quality/qualityworkflow.h"
#include "widgets/editing/labelingcontext.h"

#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace concord {

DecisionPanel::DecisionPanel(LabelingContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_summary(new QLabel(this))
    , m_reason(new QLabel(this))
    , m_answers(new QLabel(this))
    , m_takeRow(new QWidget(this))
    , m_takeLayout(new QVBoxLayout(m_takeRow))
    , m_accept(new QPushButton(tr("&Accept"), this))
    , m_reject(new QPushButton(tr("&Reject: read again"), this))
    , m_consensus(new QPushButton(tr("Start from &consensus"), this))
    , m_adjudicate(new QPushButton(tr("Settle with &my answer"), this))
    , m_qcCorrect(new QPushButton(tr("QC: c&orrect"), this))
    , m_qcError(new QPushButton(tr("QC: &error"), this))
    , m_category(new QComboBox(this))
    , m_findingTarget(new QComboBox(this))
    , m_addFinding(new QPushButton(tr("Add &finding"), this))
    , m_findingList(new QListWidget(this))
    , m_note(new QLineEdit(this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_reason->setWordWrap(true);
    m_answers->setWordWrap(true);
    m_answers->setTextFormat(Qt::RichText);
    m_takeLayout->setContentsMargins(0, 0, 0, 0);
    // Shown as words ("Missed finding"), journaled by key ("missed-finding").
    for (const QString &category : defaultErrorCategories()) {
        QString words = category;
        words.replace(QLatin1Char('-'), QLatin1Char(' '));
        words[0] = words[0].toUpper();
        m_category->addItem(words, category);
    }
    m_note->setPlaceholderText(tr("Note (optional)"));
    m_accept->setToolTip(tr("Accept the readers' answer, with your edits if you made any"));
    m_reject->setToolTip(tr("Send the item back to new readers, with the error category"));
    m_consensus->setToolTip(tr("Replace your work on this item with the readers' consensus "
                               "(majority labels, median boxes, majority-vote masks)"));
    m_adjudicate->setToolTip(tr("Your work on this item becomes its answer"));

    m_addFinding->setToolTip(tr("Hold this error against the reader: it goes with your verdict "
                                "and counts in their review findings"));
    m_findingList->setMaximumHeight(80);
    m_findingList->setToolTip(tr("Findings that go with your verdict; Delete removes one"));
    auto *removeFinding = new QAction(m_findingList);
    removeFinding->setShortcut(QKeySequence::Delete);
    removeFinding->setShortcutContext(Qt::WidgetShortcut);
    m_findingList->addAction(removeFinding);
    connect(removeFinding, &QAction::triggered, this, [this] {
        const int row = m_findingList->currentRow();
        if (row >= 0 && size_t(row) < m_pending.size()) {
            m_pending.erase(m_pending.begin() + row);
            showPendingFindings();
        }
    });
    connect(m_addFinding, &QPushButton::clicked, this, &DecisionPanel::addFinding);

    m_form = new QFormLayout;
    m_form->addRow(tr("Error category:"), m_category);
    m_form->addRow(tr("Finding about:"), m_findingTarget);
    m_form->addRow(QString(), m_addFinding);
    m_form->addRow(tr("Findings:"), m_findingList);
    m_form->addRow(tr("Note:"), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_reason);
    layout->addWidget(m_answers);
    layout->addWidget(m_takeRow);
    for (QPushButton *button :
         {m_consensus, m_adjudicate, m_accept, m_reject, m_qcCorrect, m_qcError})
        layout->addWidget(button);
    layout->addLayout(m_form);
    layout->addStretch(1);

    connect(m_accept, &QPushButton::clicked, this,
            [this] { decide(int(DecisionKind::ReviewAccept)); });
    connect(m_reject, &QPushButton::clicked, this,
            [this] { decide(int(DecisionKind::ReviewReject)); });
    connect(m_adjudicate, &QPushButton::clicked, this,
            [this] { decide(int(DecisionKind::Adjudication)); });
    connect(m_qcCorrect, &QPushButton::clicked, this,
            [this] { decide(int(DecisionKind::QcCorrect)); });
    connect(m_qcError, &QPushButton::clicked, this, [this] { decide(int(DecisionKind::QcError)); });
    connect(m_consensus, &QPushButton::clicked, this, [this] { adopt(QString()); });
    connect(context, &LabelingContext::currentItemChanged, this, &DecisionPanel::refresh);
    connect(context->workspace(), &Workspace::itemChanged, this, [this](const QString &itemId) {
        if (itemId == m_context->currentItemId())
            refresh();
    });
    refresh();
}

// What one reader answered, in a line: their image labels by name, then how many shapes.
static QString answerSummary(const ItemWork &work, const Taxonomy &taxonomy)
{
    QStringList parts;
    QStringList labels;
    for (int labelId : work.classLabels.labelIds)
        labels.append(taxonomy.find(labelId) ? taxonomy.pathOf(labelId, QStringLiteral(" › "))
                                             : DecisionPanel::tr("label %1").arg(labelId));
    if (!labels.isEmpty())
        parts.append(labels.join(QStringLiteral(", ")));
    auto count = [&parts](size_t n, const QString &one, const QString &many) {
        if (n > 0)
            parts.append(n == 1 ? one : many.arg(n));
    };
    count(work.boxes.size(), DecisionPanel::tr("1 box"), DecisionPanel::tr("%1 boxes"));
    count(work.polygons.size(), DecisionPanel::tr("1 polygon"), DecisionPanel::tr("%1 polygons"));
    count(work.masks.size(), DecisionPanel::tr("1 mask"), DecisionPanel::tr("%1 masks"));
    return parts.isEmpty() ? DecisionPanel::tr("nothing") : parts.join(QStringLiteral(" · "));
}

QString DecisionPanel::answersText() const
{
    return m_answers->text();
}

void DecisionPanel::refresh()
{
    showDecisionsForCurrentItem();
    // A field shown without its label, or a label without its field, reads as a broken form.
    for (QWidget *field :
         {static_cast<QWidget *>(m_category), static_cast<QWidget *>(m_note),
          static_cast<QWidget *>(m_findingTarget), static_cast<QWidget *>(m_findingList)}) {
        if (QWidget *label = m_form->labelForField(field))
            label->setVisible(!field->isHidden());
    }
}

void DecisionPanel::showDecisionsForCurrentItem()
{
    qDeleteAll(m_takeButtons);
    m_takeButtons.clear();
    for (QWidget *w : {static_cast<QWidget *>(m_accept), static_cast<QWidget *>(m_reject),
                       static_cast<QWidget *>(m_consensus), static_cast<QWidget *>(m_adjudicate),
                       static_cast<QWidget *>(m_qcCorrect), static_cast<QWidget *>(m_qcError),
                       static_cast<QWidget *>(m_category), static_cast<QWidget *>(m_note),
                       static_cast<QWidget *>(m_findingTarget),
                       static_cast<QWidget *>(m_addFinding), static_cast<QWidget *>(m_findingList)})
        w->hide();
    if (m_pendingItemId != m_context->currentItemId()) {
        m_pending.clear();
        m_pendingItemId = m_context->currentItemId();
        showPendingFindings();
    }
    const QString itemId = m_context->currentItemId();
    QualityWorkflow workflow(*m_context->workspace());
    if (itemId.isEmpty() || !workflow.maySeeRouting()) {
        m_summary->setText(tr("Nothing to decide here: read the item blind and submit it."));
        m_reason->clear();
        return;
    }
    Expected<ItemRoute> route = workflow.route(itemId);
    if (!route) {
        m_summary->setText(route.error().message);
        m_reason->clear();
        return;
    }
    // The item's agreement is its lowest kind; naming each kind shows which one disagrees.
    QStringList kinds;
    const ItemAgreement &measured = route->agreement;
    for (const auto &[name, value] :
         {std::pair{tr("labels"), measured.labels}, std::pair{tr("boxes"), measured.boxes},
          std::pair{tr("masks"), measured.masks}}) {
        if (value)
            kinds.append(tr("%1 %2").arg(name).arg(*value, 0, 'f', 3));
    }
    const QString agreement =
        measured.value
            ? tr("agreement %1 (%2%3)")
                  .arg(*measured.value, 0, 'f', 3)
                  .arg(agreementTierKey(route->tier))
                  .arg(kinds.size() > 1 ? tr(": ") + kinds.join(QStringLiteral(", ")) : QString())
            : tr("no agreement yet");
    m_summary->setText(tr("<b>%1</b> · %2 · round %3")
                           .arg(itemStateDisplayName(route->state), agreement)
                           .arg(route->round));
    m_reason->setText(route->reason);
    m_answers->clear();
    const Annotator *me = m_context->workspace()->currentAnnotator();
    if (route->roundReaders.contains(me->id)) {
        m_reason->setText(
            tr("%1 You read this item, so someone else decides on it.").arg(route->reason));
        return;
    }
    // Whoever decides sees what each reader of the round answered, side by side in words; their
    // shapes are on the canvas in each reader's colour.
    if (route->state == ItemState::Review || route->state == ItemState::Adjudication ||
        route->state == ItemState::Qc) {
        QStringList lines;
        const Project &project = m_context->workspace()->project();
        for (const QString &reader : route->roundReaders) {
            const Annotator *who = project.findAnnotator(reader);
            const Expected<ItemWork> answer = workflow.readerAnswer(itemId, *route, reader);
            lines.append(tr("<b>%1</b>: %2")
                             .arg((who ? who->displayName : reader).toHtmlEscaped(),
                                  answer ? answerSummary(*answer, project.taxonomy).toHtmlEscaped()
                                         : answer.error().message.toHtmlEscaped()));
        }
        lines.append(tr("<i>O shows each reader's shapes on the image, in their colour.</i>"));
        m_answers->setText(lines.join(QStringLiteral("<br>")));
    }
    const bool adjudicator = me->role == Role::Adjudicator || me->role == Role::Lead;
    switch (route->state) {
    case ItemState::Review: {
        for (QWidget *w :
             {static_cast<QWidget *>(m_accept), static_cast<QWidget *>(m_reject),
              static_cast<QWidget *>(m_category), static_cast<QWidget *>(m_note),
              static_cast<QWidget *>(m_findingTarget), static_cast<QWidget *>(m_addFinding),
              static_cast<QWidget *>(m_findingList)})
            w->show();
        // What a finding can be about: each round reader's whole answer, their labels, and
        // each of their shapes by label.
        m_findingTarget->clear();
        const Project &project = m_context->workspace()->project();
        for (const QString &reader : route->roundReaders) {
            const Annotator *who = project.findAnnotator(reader);
            const QString name = who ? who->displayName : reader;
            const Expected<ItemWork> answer = workflow.readerAnswer(itemId, *route, reader);
            if (!answer)
                continue;
            const auto add = [&](const QString &what, const QString &target) {
                m_findingTarget->addItem(tr("%1: %2").arg(name, what), QStringList{reader, target});
            };
            const auto labelName = [&](int labelId) {
                const Label *label = project.taxonomy.find(labelId);
                return label ? label->name : tr("label %1").arg(labelId);
            };
            add(tr("whole answer"), QString());
            add(tr("image labels"), QStringLiteral("labels"));
            for (size_t i = 0; i < answer->boxes.size(); ++i)
                add(tr("box %1 (%2)").arg(i + 1).arg(labelName(answer->boxes[i].labelId)),
                    QStringLiteral("box:%1").arg(answer->boxes[i].id));
            for (size_t i = 0; i < answer->polygons.size(); ++i)
                add(tr("polygon %1 (%2)").arg(i + 1).arg(labelName(answer->polygons[i].labelId)),
                    QStringLiteral("polygon:%1").arg(answer->polygons[i].id));
            for (size_t i = 0; i < answer->masks.size(); ++i)
                add(tr("mask %1 (%2)").arg(i + 1).arg(labelName(answer->masks[i].labelId)),
                    QStringLiteral("mask:%1").arg(answer->masks[i].id));
        }
        break;
    }
    case ItemState::Adjudication:
        if (!adjudicator)
            break;
        for (int i = 0; i < route->roundReaders.size(); ++i) {
            const QString reader = route->roundReaders.at(i);
            const Annotator *who = m_context->workspace()->project().findAnnotator(reader);
            auto *take = new QPushButton(
                tr("Take %1's answer").arg(who ? who->displayName : reader), m_takeRow);
            m_takeLayout->addWidget(take);
            m_takeButtons.append(take);
            connect(take, &QPushButton::clicked, this, [this, reader] { adopt(reader); });
        }
        for (QWidget *w : {static_cast<QWidget *>(m_consensus),
                           static_cast<QWidget *>(m_adjudicate), static_cast<QWidget *>(m_note)})
            w->show();
        break;
    case ItemState::Qc:
        for (QWidget *w : {static_cast<QWidget *>(m_qcCorrect), static_cast<QWidget *>(m_qcError),
                           static_cast<QWidget *>(m_category), static_cast<QWidget *>(m_note)})
            w->show();
        break;
    default: break;
    }
}

void DecisionPanel::adopt(const QString &readerId)
{
    const QString itemId = m_context->currentItemId();
    QualityWorkflow workflow(*m_context->workspace());
    ItemWork answer;
    if (readerId.isEmpty()) {
        Expected<Consensus> consensus = workflow.consensus(itemId);
        if (!consensus) {
            Q_EMIT statusMessage(consensus.error().message, 8000);
            return;
        }
        answer = consensus->work;
    } else {
        Expected<ItemWork> work = workflow.readerAnswer(itemId, readerId);
        if (!work) {
            Q_EMIT statusMessage(work.error().message, 8000);
            return;
        }
        answer = *work;
    }
    const std::vector<ReversibleEdit> edits =
        editsToAdopt(itemId, m_context->workspace()->myWork(itemId), answer);
    const QString description =
        readerId.isEmpty() ? tr("Start from the consensus") : tr("Take %1's answer").arg(readerId);
    m_context->undoStack()->beginMacro(description);
    for (const ReversibleEdit &edit : edits) {
        if (!m_context->pushEdit(edit, description))
            break;
    }
    m_context->undoStack()->endMacro();
    Q_EMIT statusMessage(description, 4000);
}

void DecisionPanel::addFinding()
{
    const QStringList target = m_findingTarget->currentData().toStringList();
    if (target.size() != 2)
        return;
    m_pending.push_back({target[0], m_category->currentData().toString(), target[1]});
    showPendingFindings();
}

void DecisionPanel::showPendingFindings()
{
    m_findingList->clear();
    for (const ReviewFinding &finding : m_pending) {
        QString about;
        for (int i = 0; i < m_findingTarget->count(); ++i) {
            if (m_findingTarget->itemData(i).toStringList() ==
                QStringList{finding.readerId, finding.target})
                about = m_findingTarget->itemText(i);
        }
        const int category = m_category->findData(finding.category);
        m_findingList->addItem(tr("%1 — %2").arg(about.isEmpty() ? finding.readerId : about,
                                                 m_category->itemText(category)));
    }
}

void DecisionPanel::decide(int kind)
{
    const QString itemId = m_context->currentItemId();
    const auto decision = DecisionKind(kind);
    const bool needsCategory =
        decision == DecisionKind::ReviewReject || decision == DecisionKind::QcError;
    const bool review =
        decision == DecisionKind::ReviewAccept || decision == DecisionKind::ReviewReject;
    QualityWorkflow workflow(*m_context->workspace());
    if (MaybeError error = workflow.decide(
            decision, itemId, needsCategory ? m_category->currentData().toString() : QString(),
            m_note->text().trimmed(), review ? m_pending : std::vector<ReviewFinding>())) {
        Q_EMIT statusMessage(error->message, 8000);
        return;
    }
    m_note->clear();
    m_pending.clear();
    showPendingFindings();
    // The item as the Items list names it, not by its hash id.
    const Item *item = m_context->workspace()->items().find(itemId);
    const QString itemName = item ? QFileInfo(item->path).fileName() : itemId;
    Q_EMIT statusMessage(tr("Recorded: %1 on %2").arg(decisionKindKey(decision), itemName), 4000);
    Q_EMIT decided(itemId);
}

} // namespace concord
