// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/agreement/agreementselectionbar.h"

#include "widgets/agreement/checklistbutton.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

#include <optional>

namespace concord {

namespace {

// A label and its control, side by side, so the bar reads as one line of choices.
QWidget *labelled(const QString &text, QWidget *control)
{
    auto *box = new QWidget;
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *label = new QLabel(text);
    label->setBuddy(control);
    layout->addWidget(label);
    layout->addWidget(control);
    return box;
}

// The date a day edit shows as "any": its minimum, so "no bound" is one step below any real day.
const QDate NoBound(2000, 1, 1);

QDateEdit *dayEdit(const QString &toolTip)
{
    auto *edit = new QDateEdit;
    edit->setCalendarPopup(true);
    edit->setMinimumDate(NoBound);
    edit->setSpecialValueText(AgreementSelectionBar::tr("any"));
    edit->setDate(NoBound);
    edit->setToolTip(toolTip);
    return edit;
}

// Milliseconds since the epoch at the start of a local day, or nothing for "any".
std::optional<qint64> startOfDayMs(const QDate &day)
{
    if (day <= NoBound)
        return std::nullopt;
    return day.startOfDay().toMSecsSinceEpoch();
}

} // namespace

AgreementSelectionBar::AgreementSelectionBar(QWidget *parent)
    : QWidget(parent)
    , m_level(new QComboBox)
    , m_labels(new QComboBox)
    , m_guideline(new QComboBox)
    , m_gold(new QComboBox)
    , m_readers(new CheckListButton(tr("readers")))
    , m_sessions(new CheckListButton(tr("sessions")))
    , m_since(dayEdit(tr("Only labels last changed on or after this day.")))
    , m_until(dayEdit(tr("Only labels last changed on or before this day.")))
{
    m_level->setToolTip(tr("Compare labels at a parent level of the taxonomy: readers who chose "
                           "different kinds of one finding agree at that finding's level."));
    m_labels->setToolTip(tr("Measure only these labels (a label includes its children)."));
    m_guideline->setToolTip(tr("Only labels made under this guideline version."));
    m_gold->setToolTip(tr("A reference reader: compared with every other reader and left out "
                          "of the inter-reader coefficients."));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(labelled(tr("&Level"), m_level));
    layout->addWidget(labelled(tr("La&bels"), m_labels));
    layout->addWidget(labelled(tr("&Guideline"), m_guideline));
    layout->addWidget(labelled(tr("&Sessions"), m_sessions));
    layout->addWidget(labelled(tr("S&ince"), m_since));
    layout->addWidget(labelled(tr("&Until"), m_until));
    layout->addWidget(labelled(tr("&Readers"), m_readers));
    layout->addWidget(labelled(tr("G&old"), m_gold));
    layout->addStretch();

    for (QComboBox *box : {m_level, m_labels, m_guideline, m_gold})
        connect(box, &QComboBox::currentIndexChanged, this,
                &AgreementSelectionBar::selectionChanged);
    connect(m_readers, &CheckListButton::changed, this, &AgreementSelectionBar::selectionChanged);
    connect(m_sessions, &CheckListButton::changed, this, &AgreementSelectionBar::selectionChanged);
    for (QDateEdit *edit : {m_since, m_until})
        connect(edit, &QDateEdit::dateChanged, this, &AgreementSelectionBar::selectionChanged);
}

void AgreementSelectionBar::setProject(const Project &project, const AnnotationStore &store)
{
    // Refilling is not a choice: the panel computes once, after this. What was chosen before
    // (the window is refreshed each time it is opened) stays chosen where it still exists.
    const QSignalBlocker blockThis(this);
    const QVariant level = m_level->currentData(), label = m_labels->currentData(),
                   guideline = m_guideline->currentData(), gold = m_gold->currentData();
    const QStringList uncheckedReaders = m_readers->unchecked();
    const QStringList uncheckedSessions = m_sessions->unchecked();
    const QSignalBlocker blockLevel(m_level), blockLabels(m_labels), blockGuideline(m_guideline),
        blockGold(m_gold), blockReaders(m_readers), blockSessions(m_sessions);
    const Taxonomy &taxonomy = project.taxonomy;
    int maxDepth = 0;
    for (const Label &label : taxonomy.labels())
        maxDepth = std::max(maxDepth, taxonomy.depthOf(label.id));
    m_level->clear();
    m_level->addItem(tr("Labels as chosen"));
    for (int depth = 0; depth < maxDepth; ++depth)
        m_level->addItem(depth == 0 ? tr("Top level") : tr("Level %1").arg(depth + 1), depth);

    m_labels->clear();
    m_labels->addItem(tr("All labels"));
    for (const Label &label : taxonomy.labels())
        m_labels->addItem(QString(qsizetype(taxonomy.depthOf(label.id)) * 3, QLatin1Char(' ')) +
                              label.name,
                          label.id);

    m_guideline->clear();
    m_guideline->addItem(tr("All versions"));
    for (const GuidelineVersion &g : project.guidelines)
        m_guideline->addItem(tr("v%1").arg(g.version), g.version);

    QList<std::pair<QString, QString>> readers;
    QStringList known;
    for (const Annotator &a : project.annotators) {
        readers.append({a.id, a.displayName.isEmpty() ? a.id : a.displayName});
        known.append(a.id);
    }
    for (const QString &id : store.annotatorIds())
        if (!known.contains(id))
            readers.append({id, id});
    m_readers->setEntries(readers);

    m_gold->clear();
    m_gold->addItem(tr("None"));
    for (const auto &[id, name] : std::as_const(readers))
        m_gold->addItem(name, id);

    QList<std::pair<QString, QString>> sessions;
    const QLocale locale;
    for (const auto &[annotatorId, work] : store.allWork()) {
        for (const Session &s : work.sessions()) {
            sessions.append(
                {s.id,
                 tr("%1, %2 (%3)")
                     .arg(annotatorId, locale.toString(s.start.toLocalTime(), QLocale::ShortFormat),
                          sessionModeKey(s.mode))});
        }
    }
    m_sessions->setEntries(sessions);

    for (const auto &[box, data] : {std::pair{m_level, level}, std::pair{m_labels, label},
                                    std::pair{m_guideline, guideline}, std::pair{m_gold, gold}})
        box->setCurrentIndex(std::max(0, box->findData(data)));
    for (const QString &id : uncheckedReaders)
        m_readers->setChecked(id, false);
    for (const QString &id : uncheckedSessions)
        m_sessions->setChecked(id, false);
}

ProjectRatingSelection AgreementSelectionBar::selection() const
{
    ProjectRatingSelection selection;
    if (m_level->currentData().isValid())
        selection.taxonomyDepth = m_level->currentData().toInt();
    if (m_labels->currentData().isValid())
        selection.labelIds = {m_labels->currentData().toInt()};
    if (m_guideline->currentData().isValid())
        selection.guidelineVersion = m_guideline->currentData().toInt();
    selection.sessionIds = m_sessions->restriction();
    selection.fromMs = startOfDayMs(m_since->date());
    // The last day is included: the window ends where the next day starts.
    if (m_until->date() > NoBound)
        selection.toMs = startOfDayMs(m_until->date().addDays(1));
    selection.annotatorIds = m_readers->restriction();
    return selection;
}

QString AgreementSelectionBar::goldAnnotatorId() const
{
    return m_gold->currentData().toString();
}

} // namespace concord
