// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/quality/qualitypolicydialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace concord;

// The policy dialog starts from the policy in force, refuses what cannot work with the reason
// on screen (Publish stays off), and returns what was typed.
class TestQualityPolicyDialog : public QObject
{
    Q_OBJECT

private:
    // Two readers and a lead, and version 1 of the policy with a high threshold of 0.9.
    static Project project()
    {
        Project p = Project::create(QStringLiteral("P"), Taxonomy());
        p.annotators = {{QStringLiteral("a"), QStringLiteral("A"), Role::Annotator},
                        {QStringLiteral("b"), QStringLiteral("B"), Role::Annotator},
                        {QStringLiteral("l"), QStringLiteral("L"), Role::Lead}};
        QualityPolicy v1;
        v1.version = 1;
        v1.highThreshold = 0.9;
        p.qualityPolicies = {v1};
        return p;
    }

    const Project m_project = project();

    static QPushButton *publishButton(QDialog &dialog)
    {
        for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
            if (button->text().contains(QStringLiteral("Publish")))
                return button;
        }
        return nullptr;
    }

    static QDoubleSpinBox *spinWithValue(QDialog &dialog, double value)
    {
        for (QDoubleSpinBox *spin : dialog.findChildren<QDoubleSpinBox *>()) {
            if (qFuzzyCompare(spin->value(), value))
                return spin;
        }
        return nullptr;
    }

    // Replaces what the spin box shows by `text`, typed as a lead would.
    static void typeInto(QDoubleSpinBox *spin, const QString &text)
    {
        spin->selectAll();
        QTest::keyClicks(spin, text);
    }

private Q_SLOTS:
    void startsFromThePolicyInForce()
    {
        QualityPolicyDialog dialog(m_project);
        QCOMPARE(dialog.policy().highThreshold, 0.9);
        QVERIFY(dialog.windowTitle().contains(QStringLiteral("version 1")));
        QVERIFY(dialog.problem().isEmpty());
        QVERIFY(publishButton(dialog)->isEnabled());
    }

    // Leads speak of rates in percent: the QC rate shows as "5.0 %" and typing 12 means 0.12.
    void ratesAreEditedInPercent()
    {
        QualityPolicyDialog dialog(m_project);
        dialog.show();
        QDoubleSpinBox *qc = spinWithValue(dialog, 5.0);
        QVERIFY(qc);
        QVERIFY(qc->text().endsWith(QStringLiteral("%")));
        typeInto(qc, QStringLiteral("12"));
        QCOMPARE(dialog.policy().qcRate, 0.12);
    }

    void refusesWhatCannotWork()
    {
        QualityPolicyDialog dialog(m_project);
        dialog.show();
        // Typing a low threshold above the high one, as a lead would.
        QDoubleSpinBox *low = spinWithValue(dialog, 0.6);
        QVERIFY(low);
        typeInto(low, QStringLiteral("0.95"));
        QCOMPARE(dialog.policy().lowThreshold, 0.95);
        QVERIFY(dialog.problem().contains(QStringLiteral("above the high")));
        QVERIFY(!publishButton(dialog)->isEnabled());
        bool shown = false;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            shown = shown || (label->isVisible() &&
                              label->text().contains(QStringLiteral("Cannot publish")));
        QVERIFY(shown);
        typeInto(low, QStringLiteral("0.5"));
        QVERIFY(publishButton(dialog)->isEnabled());
        // Three readers per item in a project of three people is fine; four is not.
        QSpinBox *readers = dialog.findChildren<QSpinBox *>().first();
        readers->setValue(4);
        QVERIFY(dialog.problem().contains(QStringLiteral("only 3 people")));
        QVERIFY(!publishButton(dialog)->isEnabled());
    }
};

QTEST_MAIN(TestQualityPolicyDialog)
#include "tst_qualitypolicydialog.moc"
