// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The small projects the core and widget tests open for real: created in a folder with their
// people and items, reopened, read and submitted by a reader, and what their sessions wrote.
//
// createProject() reports what went wrong through QTest and returns nullptr, so a test writes
// QVERIFY(workspace) and stops there. The *OrDie builders are for set-up helpers that cannot
// return a failure to a test function: a test cannot go on without the project, so they abort.
#include "core/project/edit.h"
#include "core/project/workspace.h"
#include "tests/core/filebytes.h"

#include <QString>
#include <QStringList>
#include <QTest>

#include <initializer_list>
#include <memory>
#include <utility>
#include <vector>

namespace concord::testing {

// A project whose labels are given as indented text (Taxonomy::fromIndentedText).
inline Project projectWithLabels(const QString &name, const QString &indentedLabels)
{
    return Project::create(name, Taxonomy::fromIndentedText(indentedLabels));
}

// People whose display name is their id, all in `role`, as the quality tests name their
// readers.
inline std::vector<Annotator> peopleNamedById(std::initializer_list<const char *> ids,
                                              Role role = Role::Annotator)
{
    std::vector<Annotator> people;
    for (const char *id : ids)
        people.push_back({QLatin1String(id), QLatin1String(id), role});
    return people;
}

// People whose display name is their id, each in the role beside it.
inline std::vector<Annotator>
peopleNamedById(std::initializer_list<std::pair<const char *, Role>> idsAndRoles)
{
    std::vector<Annotator> people;
    for (const auto &[id, role] : idsAndRoles)
        people.push_back({QLatin1String(id), QLatin1String(id), role});
    return people;
}

// Items i<first>, i<first + 1>, ... at <n>.png, for tests that never read the pixels.
inline std::vector<Item> numberedItems(int count, int first = 1)
{
    std::vector<Item> items;
    for (int n = first; n < first + count; ++n)
        items.push_back(Item{QStringLiteral("i%1").arg(n), QStringLiteral("%1.png").arg(n)});
    return items;
}

// The same items as an ItemList, for the functions that take one.
inline ItemList itemListOf(const std::vector<Item> &items)
{
    ItemList list;
    for (const Item &item : items)
        list.add(item);
    return list;
}

// A box for tests where only who drew it matters, not where: label 1, at (1, 2), 3 x 4.
inline BoxAnnotation placeholderBox(quint64 id)
{
    BoxAnnotation box;
    box.id = id;
    box.labelId = 1;
    box.rect = {1, 2, 3, 4};
    return box;
}

// Creates `project` in `dir` with `people` and every one of `items`, and returns it open for
// further set-up; on failure, fails the running test saying why and returns nullptr.
inline std::unique_ptr<Workspace> createProject(const QString &dir, const Project &project,
                                                const std::vector<Annotator> &people,
                                                const std::vector<Item> &items = {})
{
    const auto fail = [](const QString &why) {
        QTest::qFail(qPrintable(why), __FILE__, __LINE__);
        return std::unique_ptr<Workspace>();
    };
    auto created = Workspace::create(dir, project);
    if (!created)
        return fail(created.error().toString());
    for (const Annotator &person : people) {
        if (const MaybeError error = (*created)->addAnnotator(person))
            return fail(error->toString());
    }
    if (!items.empty()) {
        const Expected<int> added = (*created)->addItems(items);
        if (!added)
            return fail(added.error().toString());
        if (*added != int(items.size()))
            return fail(QStringLiteral("%1 of %2 items were added").arg(*added).arg(items.size()));
    }
    return std::move(*created);
}

// Opens the project in `dir`; a test cannot go on without it.
inline std::unique_ptr<Workspace> openOrDie(const QString &dir)
{
    auto workspace = Workspace::open(dir);
    if (!workspace)
        qFatal("%s", qPrintable(workspace.error().toString()));
    return std::move(*workspace);
}

// Creates a project with `items` in `dir`; a test cannot go on without it.
inline std::unique_ptr<Workspace> createOrDie(const QString &dir, const Project &project,
                                              const std::vector<Item> &items)
{
    auto workspace = Workspace::create(dir, project);
    if (!workspace)
        qFatal("%s", qPrintable(workspace.error().toString()));
    (*workspace)->addItems(items);
    return std::move(*workspace);
}

// Closes `workspace`, opens its project in `dir` again (replaying every journal) and starts a
// session of `annotatorId` there; a test cannot go on without it.
inline std::unique_ptr<Workspace> reopenInSession(std::unique_ptr<Workspace> &workspace,
                                                  const QString &dir, const QString &annotatorId)
{
    workspace.reset();
    std::unique_ptr<Workspace> reopened = openOrDie(dir);
    reopened->startSession(annotatorId);
    return reopened;
}

// The problems found on opening, one a line, for the message of a failed check.
inline QString problemsOf(const Workspace &workspace)
{
    QStringList lines;
    for (const FileError &problem : workspace.openProblems())
        lines.append(problem.toString());
    return lines.join(QLatin1Char('\n'));
}

// What the current session has journaled so far.
inline QByteArray sessionJournalText(const Workspace &workspace)
{
    return readAll(workspace.folder().sessionJournalFile(workspace.session().annotatorId,
                                                         workspace.session().id));
}

// Labels `itemId` with `labelIds` and submits it, in the current session: what a reader does
// with each item they read. Returns the first error.
inline MaybeError labelAndSubmit(Workspace &workspace, const QString &itemId,
                                 const std::vector<int> &labelIds)
{
    if (MaybeError error = workspace.commit(edits::setClassLabels(itemId, {}, labelIds).forward))
        return error;
    return workspace.commit(
        edits::setItemStatus(itemId, ItemStatus::InProgress, ItemStatus::Done).forward);
}

} // namespace concord::testing
