// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/annotator.h"
#include "core/model/calibrationplan.h"
#include "core/util/error.h"

#include <QDialog>

#include <functional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace concord {

class Workspace;

// The frame the lead's plan setup dialogs share (CalibrationSetupDialog, GoldTestSetupDialog):
// the plan's name, a list of the project's readers to tick, a summary line, and the start and
// cancel buttons under the subclass's form. The subclass fills the form and keeps the summary
// and the start button current. GUI thread.
class PlanSetupDialog : public QDialog
{
    Q_OBJECT

public:
    // The plan as the dialog now describes it.
    virtual CalibrationPlan plan() const = 0;

    // Runs the dialog; when the lead starts the plan, stores it with `store` and says what the
    // readers do next (`storedText`: %1 the plan's name, %2 its item count), or why it was not
    // stored.
    void
    execAndStore(const std::function<Expected<CalibrationPlan>(const CalibrationPlan &)> &store,
                 const QString &notStoredTitle, const QString &storedTitle,
                 const QString &storedText);

protected:
    PlanSetupDialog(const Workspace &workspace, QWidget *parent);

    // A checkable list of every annotator of the project ("name (role)", the id as
    // Qt::UserRole), ticked where `ticked` says so. Made by the subclass where its form needs
    // it, so the keyboard visits the fields in the order they were made.
    QListWidget *newReaderList(const std::function<bool(const Annotator &)> &ticked);
    // Lays the dialog out: `form` above the summary and the buttons; the OK button, m_start,
    // reads `startText`.
    void layOut(QFormLayout *form, const QString &startText);

    const Workspace &m_workspace;
    const quint64 m_seed; // one per dialog: the same sample while the lead changes other fields
    QLineEdit *const m_name;
    QLabel *const m_summary;
    QPushButton *m_start = nullptr;
};

} // namespace concord
