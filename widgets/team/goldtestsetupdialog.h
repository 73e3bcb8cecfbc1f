// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/calibrationplan.h"
#include "widgets/team/plansetupdialog.h"

class QCheckBox;
class QListWidget;
class QSpinBox;

namespace concord {

// The lead sets up a gold test: a name, the readers, and the items, all that qualify
// (core/project/goldtest.h: a reference label, not read by these readers before, not a
// published guideline example) or a random sample of them drawn with a fixed seed. plan() is
// stored with Workspace::addGoldTest, which checks the role and the references again.
class GoldTestSetupDialog : public PlanSetupDialog
{
    Q_OBJECT

public:
    explicit GoldTestSetupDialog(const Workspace &workspace, QWidget *parent = nullptr);

    void setReaders(const QStringList &annotatorIds);
    // 0 takes every item that qualifies.
    void setSampleSize(int count);
    CalibrationPlan plan() const override;

private:
    void update();

    QListWidget *m_readers;
    QCheckBox *m_sample;
    QSpinBox *m_count;
};

} // namespace concord
