// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/project/annotationstore.h"
#include "core/project/projectratings.h"

#include <QWidget>

class QComboBox;
class QDateEdit;

namespace concord {

class CheckListButton;

// The controls that choose what an agreement report measures: taxonomy level, label set,
// guideline version, sessions, a time window (like the CLI's --since and --until), readers and
// an optional gold reader. It offers only what the
// project has (its taxonomy depths, guideline versions, annotators and sessions) and turns the
// choice into the core's ProjectRatingSelection. GUI thread.
class AgreementSelectionBar : public QWidget
{
    Q_OBJECT

public:
    explicit AgreementSelectionBar(QWidget *parent = nullptr);

    // Fills the controls from a project; every control starts at "no restriction".
    void setProject(const Project &project, const AnnotationStore &store);

    ProjectRatingSelection selection() const;
    QString goldAnnotatorId() const;

    QComboBox *levelBox() const { return m_level; }
    QComboBox *labelBox() const { return m_labels; }
    QComboBox *guidelineBox() const { return m_guideline; }
    QComboBox *goldBox() const { return m_gold; }
    CheckListButton *readerButton() const { return m_readers; }
    CheckListButton *sessionButton() const { return m_sessions; }
    // First and last day (local time, both included) of the labels' last change; each shows
    // "any" at its minimum date, which means no bound.
    QDateEdit *sinceEdit() const { return m_since; }
    QDateEdit *untilEdit() const { return m_until; }

Q_SIGNALS:
    void selectionChanged();

private:
    QComboBox *m_level;
    QComboBox *m_labels;
    QComboBox *m_guideline;
    QComboBox *m_gold;
    CheckListButton *m_readers;
    CheckListButton *m_sessions;
    QDateEdit *m_since;
    QDateEdit *m_until;
};

} // namespace concord
