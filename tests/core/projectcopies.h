// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Copies of a project folder, as a field laptop holds one, and whole-folder snapshots, to show
// that a refused merge or import changed nothing. For the tests of work travelling between
// copies (tst_sessionarchive, tst_blobtravel).
#include "core/project/workspace.h"
#include "tests/core/projectfixtures.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>
#include <vector>

namespace concord::testing {

// Copies every file of `from` into `to`; returns false when one cannot be copied.
inline bool copyProjectFolder(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(file);
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(file, target))
            return false;
    }
    return QDir().mkpath(to + QStringLiteral("/journal"));
}

// Every file and folder under `dir` with its bytes: "the project is as it was" made checkable.
// project.lock is left out: it names who took the lock last, also for a refused command, and
// is not project state (docs/storage.md, "Shared state and the project lock").
inline std::map<QString, QByteArray> folderSnapshot(const QString &dir)
{
    std::map<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::Dirs | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (it.fileName() == QLatin1String("project.lock"))
            continue;
        files[QDir(dir).relativeFilePath(path)] =
            QFileInfo(path).isFile() ? readAll(path) : QByteArrayLiteral("<dir>");
    }
    return files;
}

// The team's copy of a project and a laptop's copy of it where carol works, fresh for each test
// and each data row, and the path her session archive is exported to.
class LeadAndFieldCopies
{
protected:
    QTemporaryDir m_dir;
    QString m_lead;  // the team's copy
    QString m_field; // a laptop's copy of the same project, where carol works
    QString m_archive;
    int m_run = 0; // counts the copies made, for fresh folder names

    // Creates the lead's copy of `project` with `items`, copies it to the field and opens carol's
    // session there in `field`. Failures are reported through QTest: callers check
    // QTest::currentTestFailed().
    void makeCopies(const Project &project, const std::vector<Item> &items,
                    std::unique_ptr<Workspace> &field)
    {
        QVERIFY(m_dir.isValid());
        ++m_run;
        m_lead = m_dir.filePath(QStringLiteral("lead-%1.concord").arg(m_run));
        m_field = m_dir.filePath(QStringLiteral("field-%1.concord").arg(m_run));
        m_archive = m_dir.filePath(QStringLiteral("carol-%1.csa").arg(m_run));
        createOrDie(m_lead, project, items);
        QVERIFY(copyProjectFolder(m_lead, m_field));
        field = openOrDie(m_field);
        QVERIFY(!field->addAnnotator(
            {QStringLiteral("carol"), QStringLiteral("Carol"), Role::Annotator}));
        QVERIFY(!field->startSession(QStringLiteral("carol")));
    }
};

} // namespace concord::testing
