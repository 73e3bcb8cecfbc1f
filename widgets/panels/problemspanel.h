// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/error.h"

#include <QWidget>

#include <vector>

class QLabel;
class QTreeWidget;

namespace concord {

// The problems found when the project was opened (damaged lines, a broken hash chain, a
// missing blob), one row each: file · line · what. The workbench shows it in a dock that
// appears by itself when there is anything to list, so damage is never silent. GUI thread.
class ProblemsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(QWidget *parent = nullptr);

    void setProblems(const std::vector<FileError> &problems);
    int problemCount() const;
    // The row's cells as shown: file, line (empty when the problem has none) and what.
    QStringList row(int index) const;

private:
    QLabel *m_summary;
    QTreeWidget *m_list;
};

} // namespace concord
