// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/editing/scrollwheelguard.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QTest>
#include <QVBoxLayout>
#include <QWheelEvent>

using namespace concord;

// The wheel over a panel (widgets/editing/scrollwheelguard.h): a combo box or spin box inside a
// scroll area keeps its value until clicked into, and leaves the event to the scroll area.
class TestScrollWheelGuard : public QObject
{
    Q_OBJECT

private:
    // One notch down over `field`; returns whether the field took the event.
    static bool wheelDown(QWidget *field)
    {
        const QPointF centre = QRectF(field->rect()).center();
        QWheelEvent wheel(centre, field->mapToGlobal(centre), QPoint(), QPoint(0, -120),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(field, &wheel);
        return wheel.isAccepted();
    }

private Q_SLOTS:
    void fieldsInAScrollAreaChangeOnlyOnceClickedInto()
    {
        ScrollWheelGuard guard;
        qApp->installEventFilter(&guard);
        QScrollArea area;
        auto *panel = new QWidget;
        auto *layout = new QVBoxLayout(panel);
        auto *laterality = new QComboBox;
        laterality->addItems(
            {QStringLiteral("not set"), QStringLiteral("left"), QStringLiteral("right")});
        auto *radius = new QSpinBox;
        radius->setValue(5);
        auto *note = new QLineEdit; // where the keyboard is while the reader scrolls
        layout->addWidget(note);
        layout->addWidget(laterality);
        layout->addWidget(radius);
        layout->addSpacing(2000);
        area.setWidget(panel);
        area.resize(200, 300);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QVERIFY((laterality->focusPolicy() & Qt::WheelFocus) != Qt::WheelFocus);
        area.activateWindow();
        note->setFocus();
        QVERIFY(QTest::qWaitFor([&] { return note->hasFocus(); }));

        const bool taken = wheelDown(laterality);
        QCOMPARE(laterality->currentIndex(), 0);
        QVERIFY(!taken); // left for the scroll area
        QVERIFY(!wheelDown(radius));
        QCOMPARE(radius->value(), 5);

        laterality->setFocus();
        QVERIFY(QTest::qWaitFor([&] { return laterality->hasFocus(); }));
        wheelDown(laterality);
        QCOMPARE(laterality->currentIndex(), 1);
        qApp->removeEventFilter(&guard);
    }

    void fieldsOutsideAScrollAreaKeepTheirWheel()
    {
        ScrollWheelGuard guard;
        qApp->installEventFilter(&guard);
        QComboBox alone;
        alone.addItems({QStringLiteral("a"), QStringLiteral("b")});
        alone.show();
        QVERIFY(QTest::qWaitForWindowExposed(&alone));
        wheelDown(&alone);
        QCOMPARE(alone.currentIndex(), 1);
        qApp->removeEventFilter(&guard);
    }
};

QTEST_MAIN(TestScrollWheelGuard)
#include "tst_scrollwheelguard.moc"
