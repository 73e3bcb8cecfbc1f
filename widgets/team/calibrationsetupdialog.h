// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/calibrationplan.h"
#include "core/project/calibrationsampler.h"
#include "widgets/team/plansetupdialog.h"

class QButtonGroup;
class QComboBox;
class QListWidget;
class QSpinBox;

namespace concord {

// The lead sets up a calibration session: a name, how many items and how they are picked
// (random, stratified by current label, or by hand from the item list), the participants and
// the guideline version they read under. plan() draws the items
// (core/project/calibrationsampler.h); the caller stores it with Workspace::addCalibrationPlan,
// which checks the role.
class CalibrationSetupDialog : public PlanSetupDialog
{
    Q_OBJECT

public:
    explicit CalibrationSetupDialog(const Workspace &workspace, QWidget *parent = nullptr);

    void setSampling(CalibrationSampling sampling);
    void setItemCount(int count);
    void setParticipants(const QStringList &annotatorIds);
    void setHandPicked(const QStringList &itemIds);
    CalibrationPlan plan() const override;

private:
    CalibrationSampling sampling() const;

    QButtonGroup *m_sampling;
    QSpinBox *m_count;
    QListWidget *m_items;
    QListWidget *m_participants;
    QComboBox *m_guideline;
};

} // namespace concord
