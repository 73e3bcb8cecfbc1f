// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/guidelinelinks.h"
#include "core/project/workspace.h"
#include "tests/core/projectfixtures.h"
#include "tests/widgets/greyimages.h"
#include "tests/widgets/teamwindowfixture.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/editing/labelingcontext.h"
#include "widgets/labelingworkbench.h"
#include "widgets/mainwindow.h"
#include "widgets/team/guidelinepanel.h"
#include "widgets/team/referencebanner.h"
#include "widgets/team/teamactions.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

using namespace concord;
using namespace concord::testing;

// A guideline example links to an item: clicking it in the guideline panel opens the item with
// its reference label over the canvas, for an annotator too (examples are published teaching
// material), while other readers' labels on the item stay hidden by blind reading.
class TestGuidelineExamples : public QObject, private TeamWindowFixture
{
    Q_OBJECT

private:
    TeamActions *team() const { return m_window->teamActions(); }

    // Where a link is drawn in a text browser, in viewport coordinates (scrolled into view).
    static QPoint linkPosition(QTextBrowser *browser, const QString &href)
    {
        QTextDocument *document = browser->document();
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                if (fragment.charFormat().anchorHref() != href)
                    continue;
                QTextCursor cursor(document);
                cursor.setPosition(fragment.position() + fragment.length() / 2);
                browser->setTextCursor(cursor);
                browser->ensureCursorVisible();
                return browser->cursorRect(cursor).center();
            }
        }
        return {-1, -1};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_root = m_dir.filePath(QStringLiteral("examples.concord"));
        const std::vector<Item> items = greyImageItems(2, {200, 100});
        QVERIFY(writeGreyImages(m_root, items, 60));
        auto created = createProject(
            m_root, projectWithLabels(QStringLiteral("Chest"), QStringLiteral("Nodule\nNormal")),
            {{QStringLiteral("alice"), QStringLiteral("Alice"), Role::Annotator},
             {QStringLiteral("carol"), QStringLiteral("Carol"), Role::Annotator},
             {QStringLiteral("bob"), QStringLiteral("Bob"), Role::Lead}},
            items);
        QVERIFY(created);
        Workspace &setup = *created;
        const int nodule = setup.project().taxonomy.findByName(QStringLiteral("Nodule"))->id;
        const int normal = setup.project().taxonomy.findByName(QStringLiteral("Normal"))->id;
        // Carol read item1 (a box and a label); the lead settled it as a nodule and made it an
        // example.
        QVERIFY(!setup.startSession(QStringLiteral("carol")));
        BoxAnnotation box;
        box.id = newAnnotationId();
        box.labelId = normal;
        box.rect = {20, 20, 40, 30};
        QVERIFY(!setup.commit(edits::addBox(QStringLiteral("item1"), box).forward));
        QVERIFY(!setup.startSession(QStringLiteral("bob")));
        QVERIFY(!setup.recordReferenceLabel(QStringLiteral("item1"), {nodule},
                                            QStringLiteral("8 mm, spiculated")));
        QVERIFY(setup.publishGuidelineVersion(
            QStringLiteral("Nodule example"),
            withGuidelineExample(QStringLiteral("# Guideline\n"), GuidelineExampleKind::Positive,
                                 QStringLiteral("item1"), QStringLiteral("Nodule"),
                                 QStringLiteral("Small but solid."), QStringLiteral("img1.png"))));
        created.reset();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    void clickingAnExampleShowsTheItemWithItsReference()
    {
        // An annotator who has not read item1.
        QVERIFY(m_window->openProject(m_root, QStringLiteral("alice")));
        context()->showItem(QStringLiteral("item0"));
        ReferenceBanner *banner = team()->referenceBanner();
        QVERIFY(!banner->isVisible());

        auto *text =
            team()->guidelinePanel()->findChild<QTextBrowser *>(QStringLiteral("guidelineText"));
        QVERIFY(text);
        QTRY_VERIFY(text->isVisible());
        const QPoint link = linkPosition(text, itemLinkUrl(QStringLiteral("item1")));
        QVERIFY(link.x() >= 0);
        QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, link);

        QCOMPARE(context()->currentItemId(), QStringLiteral("item1"));
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->shownItemId(), QStringLiteral("item1"));
        QVERIFY2(banner->text().contains(QStringLiteral("<b>Reference</b>")),
                 qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(QStringLiteral("<b>Nodule</b>")),
                 qPrintable(banner->text()));
        QVERIFY(banner->text().contains(QStringLiteral("8 mm, spiculated")));
        QVERIFY(banner->text().contains(ReferenceBanner::referenceColor().name()));
        // Carol's reading stays hidden from Alice, who has not submitted the item.
        CanvasView *canvas = m_window->workbench()->canvas();
        canvas->setOtherReadersVisible(true);
        QVERIFY(canvas->otherReadersOnScreen().isEmpty());

        // Another item: the banner goes.
        context()->showItem(QStringLiteral("item0"));
        QVERIFY(!banner->isVisible());
    }

    // Issue 14 finding 9: version 1 said "unknown author"; it comes with the project.
    void theFirstVersionSaysItCameWithTheProject()
    {
        QVERIFY(m_window->openProject(m_root, QStringLiteral("alice")));
        GuidelinePanel *panel = team()->guidelinePanel();
        panel->showVersion(1);
        auto *header = panel->findChild<QLabel *>(QStringLiteral("guidelineHeader"));
        QVERIFY(header);
        QVERIFY2(header->text().contains(QStringLiteral("created with the project")),
                 qPrintable(header->text()));
        QVERIFY(!header->text().contains(QStringLiteral("unknown")));
    }
};

QTEST_MAIN(TestGuidelineExamples)
#include "tst_guidelineexamples.moc"
