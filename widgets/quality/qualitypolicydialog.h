// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/project.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace concord {

// The lead edits the quality policy (core/model/qualitypolicy.h, docs/quality.md): readers per
// item, the two thresholds and what each tier does, the panel, how boxes and masks are
// compared, gold and QC rates. It starts from the policy in force; what it shows is checked as
// it changes (policyProblem against the project), and Publish stays off while the policy
// cannot work, with the reason shown. policy() is published by the caller with
// publishQualityPolicy, which checks the role and the policy again. GUI thread.
class QualityPolicyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit QualityPolicyDialog(const Project &project, QWidget *parent = nullptr);

    QualityPolicy policy() const;
    void setPolicy(const QualityPolicy &policy);
    // The reason the policy cannot be published, or empty when it can.
    QString problem() const;

private:
    void update();

    const Project &m_project;
    QSpinBox *m_readers;
    QDoubleSpinBox *m_high;
    QDoubleSpinBox *m_low;
    QComboBox *m_highAction;
    QComboBox *m_mediumAction;
    QComboBox *m_lowAction;
    QSpinBox *m_panel;
    QSpinBox *m_reReaders;
    QDoubleSpinBox *m_boxIoU;
    QComboBox *m_maskMeasure;
    QDoubleSpinBox *m_goldRate;
    QDoubleSpinBox *m_qcRate;
    QDoubleSpinBox *m_scoreThreshold;
    QCheckBox *m_pause;
    QLineEdit *m_summary;
    QLabel *m_problem;
    QPushButton *m_publish = nullptr;
};

} // namespace concord
