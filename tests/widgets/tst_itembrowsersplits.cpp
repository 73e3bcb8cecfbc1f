// SPDX-License-Identifier: GPL-3.0-or-later
// The item list's Split column and split filter (docs/curation.md, "In the window"): a project
// with a recorded split shows each item's split in the newest version, the filter leaves only
// one split's items, hovering the header or a cell names the version, who made it and when; a
// project without one shows neither column nor filter until a split is recorded while the
// window is open; a damaged splits.json is named.
#include "tests/core/projectfixtures.h"

#include "core/curation/splitrecords.h"
#include "widgets/editing/labelingcontext.h"
#include "widgets/models/itemlistmodel.h"
#include "widgets/panels/itembrowser.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QTreeView>

#include <map>

using namespace concord;

namespace {

using SplitOfItem = std::map<QString, QString>;

SplitOfItem splitsOf(std::initializer_list<std::pair<const char *, const char *>> pairs)
{
    SplitOfItem splits;
    for (const auto &[item, split] : pairs)
        splits[QLatin1String(item)] = QLatin1String(split);
    return splits;
}

RecordedSplit splitWith(const SplitOfItem &splitOfItem)
{
    RecordedSplit split;
    split.createdBy = QStringLiteral("lea");
    split.names = {QStringLiteral("train"), QStringLiteral("val"), QStringLiteral("test")};
    split.ratios = {0.5, 0.25, 0.25};
    split.stratifiedBy = QStringLiteral("label");
    split.seed = 3;
    split.splitOfItem = splitOfItem;
    return split;
}

// What the list shows, row by row: item id -> the Split column's text.
SplitOfItem shownSplits(const QTreeView &list)
{
    SplitOfItem shown;
    const QAbstractItemModel *model = list.model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString id =
            model->index(row, ItemListModel::ItemColumn).data(ItemListModel::ItemIdRole).toString();
        shown[id] = model->index(row, ItemListModel::SplitColumn).data().toString();
    }
    return shown;
}

QStringList listedItems(const QTreeView &list)
{
    QStringList ids;
    for (const auto &[id, split] : shownSplits(list))
        ids << id;
    return ids;
}

QStringList choices(const QComboBox &box)
{
    QStringList texts;
    for (int i = 0; i < box.count(); ++i)
        texts << box.itemText(i);
    return texts;
}

void choose(QComboBox &box, const QString &text)
{
    const int index = box.findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    box.setCurrentIndex(index);
}

// The tooltip a hover at `at` in `viewport` shows.
QString hoverText(QWidget *viewport, const QPoint &at)
{
    QToolTip::hideText();
    QHelpEvent hover(QEvent::ToolTip, at, viewport->mapToGlobal(at));
    QApplication::sendEvent(viewport, &hover);
    return QToolTip::isVisible() ? QToolTip::text() : QString();
}

} // namespace

class TestItemBrowserSplits : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_projects = 0;

    std::unique_ptr<Workspace> makeProject(int items)
    {
        return testing::createProject(
            m_dir.filePath(QStringLiteral("project%1").arg(++m_projects)),
            testing::projectWithLabels(QStringLiteral("S"), QStringLiteral("Nodule")),
            testing::peopleNamedById({{"lea", Role::Lead}}), testing::numberedItems(items));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void theNewestSplitShowsPerItemAndFilters()
    {
        std::unique_ptr<Workspace> workspace = makeProject(6);
        QVERIFY(workspace);
        // Version 1 is history: the column shows version 2. i6 came after both.
        QVERIFY(recordSplit(workspace->folder(), splitWith(splitsOf({{"i1", "test"},
                                                                     {"i2", "train"},
                                                                     {"i3", "train"},
                                                                     {"i4", "train"},
                                                                     {"i5", "val"}}))));
        const SplitOfItem newest = splitsOf(
            {{"i1", "train"}, {"i2", "train"}, {"i3", "train"}, {"i4", "val"}, {"i5", "test"}});
        const Expected<RecordedSplit> recorded =
            recordSplit(workspace->folder(), splitWith(newest));
        QVERIFY(recorded);
        QCOMPARE(recorded->version, 2);

        LabelingContext context(workspace.get());
        ItemBrowser browser(&context);
        browser.resize(360, 480);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        auto *list = browser.findChild<QTreeView *>();
        auto *filter = browser.findChild<QComboBox *>(QStringLiteral("splitFilter"));
        QVERIFY(list && filter);
        QVERIFY(!list->isColumnHidden(ItemListModel::SplitColumn));
        QVERIFY(!list->header()->isHidden());
        QVERIFY(!filter->isHidden());
        SplitOfItem expected = newest;
        expected[QStringLiteral("i6")] = QString();
        QCOMPARE(shownSplits(*list), expected);

        QCOMPARE(choices(*filter),
                 QStringList({QStringLiteral("All splits"), QStringLiteral("train"),
                              QStringLiteral("val"), QStringLiteral("test"),
                              QStringLiteral("In no split")}));
        choose(*filter, QStringLiteral("train"));
        QCOMPARE(listedItems(*list),
                 QStringList({QStringLiteral("i1"), QStringLiteral("i2"), QStringLiteral("i3")}));
        choose(*filter, QStringLiteral("val"));
        QCOMPARE(listedItems(*list), QStringList{QStringLiteral("i4")});
        choose(*filter, QStringLiteral("In no split"));
        QCOMPARE(listedItems(*list), QStringList{QStringLiteral("i6")});
        choose(*filter, QStringLiteral("All splits"));
        QCOMPARE(listedItems(*list).size(), 6);

        // Hovering the header, or a cell, names the version, who made it and when.
        const QString when = recorded->created.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        QHeaderView *header = list->header();
        const QString onHeader = hoverText(
            header->viewport(), {header->sectionViewportPosition(ItemListModel::SplitColumn) + 4,
                                 header->height() / 2});
        QVERIFY2(
            onHeader.contains(QStringLiteral("split version 2, made by lea on %1 UTC").arg(when)),
            qPrintable(onHeader));
        const QModelIndex i4 = list->model()->index(3, ItemListModel::SplitColumn);
        const QString onCell = hoverText(list->viewport(), list->visualRect(i4).center());
        QVERIFY2(onCell.contains(QStringLiteral("In \"val\" of split version 2")) &&
                     onCell.contains(QStringLiteral("lea")) && onCell.contains(when),
                 qPrintable(onCell));
        const QModelIndex i6 = list->model()->index(5, ItemListModel::SplitColumn);
        QVERIFY2(i6.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("In no split")),
                 qPrintable(i6.data(Qt::ToolTipRole).toString()));
        QToolTip::hideText();
    }

    // Without a recorded split every cell would be empty: the column and the filter stay away
    // until a split is recorded, then follow splits.json while the window is open.
    void aSplitRecordedWhileOpenShowsUp()
    {
        std::unique_ptr<Workspace> workspace = makeProject(4);
        QVERIFY(workspace);
        LabelingContext context(workspace.get());
        ItemBrowser browser(&context);
        auto *list = browser.findChild<QTreeView *>();
        auto *filter = browser.findChild<QComboBox *>(QStringLiteral("splitFilter"));
        QVERIFY(list && filter);
        QVERIFY(list->isColumnHidden(ItemListModel::SplitColumn));
        QVERIFY(list->header()->isHidden());
        QVERIFY(filter->isHidden());
        QCOMPARE(listedItems(*list).size(), 4);

        const SplitOfItem first =
            splitsOf({{"i1", "train"}, {"i2", "train"}, {"i3", "val"}, {"i4", "test"}});
        QVERIFY(recordSplit(workspace->folder(), splitWith(first)));
        QTRY_VERIFY_WITH_TIMEOUT(!list->isColumnHidden(ItemListModel::SplitColumn), 10000);
        QVERIFY(!filter->isHidden());
        QCOMPARE(shownSplits(*list), first);
        // No item is outside the split, so there is no "In no split" choice.
        QCOMPARE(filter->count(), 4);

        // A newer version replaces what is shown; the chosen split stays chosen.
        choose(*filter, QStringLiteral("val"));
        QCOMPARE(listedItems(*list), QStringList{QStringLiteral("i3")});
        const SplitOfItem second =
            splitsOf({{"i1", "val"}, {"i2", "train"}, {"i3", "train"}, {"i4", "val"}});
        QVERIFY(recordSplit(workspace->folder(), splitWith(second)));
        QTRY_COMPARE_WITH_TIMEOUT(listedItems(*list),
                                  QStringList({QStringLiteral("i1"), QStringLiteral("i4")}), 10000);
        QCOMPARE(filter->currentText(), QStringLiteral("val"));
        QVERIFY(list->model()
                    ->headerData(ItemListModel::SplitColumn, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("split version 2")));
    }

    void aDamagedSplitsFileIsNamed()
    {
        std::unique_ptr<Workspace> workspace = makeProject(2);
        QVERIFY(workspace);
        QFile file(splitsFile(workspace->folder()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"concord-splits\", \"version\": 1, \"splits\": [7]}");
        file.close();
        LabelingContext context(workspace.get());
        ItemBrowser browser(&context);
        auto *problem = browser.findChild<QLabel *>(QStringLiteral("splitProblem"));
        QVERIFY(problem);
        QVERIFY(!problem->isHidden());
        QVERIFY2(problem->text().contains(QStringLiteral("splits.json")),
                 qPrintable(problem->text()));
        QVERIFY(browser.findChild<QTreeView *>()->isColumnHidden(ItemListModel::SplitColumn));
    }
};

QTEST_MAIN(TestItemBrowserSplits)
#include "tst_itembrowsersplits.moc"
