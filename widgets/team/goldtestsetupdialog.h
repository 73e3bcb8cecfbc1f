// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/calibrationplan.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace concord {

class Workspace;

// The lead sets up a gold test: a name, the readers, and the items, all that qualify
// (core/project/goldtest.h: a reference label, not read by these readers before, not a
// published guideline example) or a random sample of them drawn with a fixed seed. plan() is
// stored with Workspace::addGoldTest, which checks the role and the references again.
class GoldTestSetupDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GoldTestSetupDialog(const Workspace &workspace, QWidget *parent = nullptr);

    void setReaders(const QStringList &annotatorIds);
    // 0 takes every item that qualifies.
    void setSampleSize(int count);
    CalibrationPlan plan() const;

private:
    void update();

    const Workspace &m_workspace;
    quint64 m_seed;
    QLineEdit *m_name;
    QListWidget *m_readers;
    QCheckBox *m_sample;
    QSpinBox *m_count;
    QLabel *m_summary;
    QPushButton *m_start;
};

} // namespace concord
