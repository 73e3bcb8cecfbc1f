// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/fleisskappa.h"
#include "core/agreement/ratingtablebuilder.h"
#include "core/reports/agreementreport.h"
#include "render/reportpdf.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimeZone>

using namespace concord;

// The agreement report on paper: the paged document carries the report's figures as text and
// its charts as images, and the PDF file is complete.
class TestAgreementReportPdf : public QObject
{
    Q_OBJECT

private:
    // Four readers label 30 items Nodule / Effusion / Normal with a fixed pattern of mistakes.
    struct Study
    {
        Project project;
        ItemList items;
        AnnotationStore store;
        RatingTable table; // the same ratings, built directly for an independent kappa
    };

    static Study study()
    {
        Study s;
        s.project = Project::create(
            QStringLiteral("PDF study"),
            Taxonomy::fromIndentedText(QStringLiteral("Finding\n  Nodule\n  Effusion\nNormal\n")));
        s.project.classificationMode = ClassificationMode::SingleLabel;
        s.project.annotators.clear();
        const QStringList readers = {QStringLiteral("anna"), QStringLiteral("ben"),
                                     QStringLiteral("chen"), QStringLiteral("dara")};
        for (const QString &r : readers)
            s.project.annotators.push_back({r, r, Role::Annotator});
        const QStringList names = {QStringLiteral("Nodule"), QStringLiteral("Effusion"),
                                   QStringLiteral("Normal")};
        RatingTableBuilder builder;
        for (int i = 0; i < 30; ++i) {
            const QString item = QStringLiteral("i%1").arg(i);
            s.items.add(Item{item, item + QStringLiteral(".png")});
            for (int r = 0; r < readers.size(); ++r) {
                int choice = i % 3;
                if ((i * 7 + r * 3) % 5 == 0) // a reader's occasional different reading
                    choice = (choice + 1) % 3;
                JournalEvent e;
                e.annotatorId = readers[r];
                e.sessionId = readers[r] + QStringLiteral("-s");
                e.itemId = item;
                e.guidelineVersion = 1;
                e.timeMs = 1763000000000;
                e.op = ops::LabelsSet;
                e.data = Json{
                    {"labels", std::vector<int>{s.project.taxonomy.findByName(names[choice])->id}}};
                if (!s.store.apply(e).isEmpty())
                    qFatal("cannot apply a test event");
                builder.add(item.toStdString(), readers[r].toStdString(),
                            names[choice].toStdString());
            }
        }
        s.table = builder.build();
        return s;
    }

    static Json report(const Study &s)
    {
        AgreementReportOptions options;
        options.generatedAt = QDateTime(QDate(2026, 11, 22), QTime(8, 0), QTimeZone::utc());
        options.bootstrap.resamples = 100;
        return buildAgreementReport(s.project, s.items, s.store, options);
    }

private Q_SLOTS:
    void documentCarriesTheFigures()
    {
        const Study s = study();
        const std::optional<double> kappa = fleissKappa(s.table).overall.value;
        QVERIFY(kappa && *kappa > 0.3 && *kappa < 0.9);
        const std::unique_ptr<QTextDocument> document = agreementReportDocument(report(s));
        const QString text = document->toPlainText();
        QVERIFY2(text.contains(QString::number(*kappa, 'f', 3)), qPrintable(text.left(2000)));
        QVERIFY(text.contains(QStringLiteral("PDF study")));
        QVERIFY(text.contains(QStringLiteral("Pairwise Cohen")));
        QVERIFY(!text.contains(QStringLiteral("<svg")));
        QVERIFY(!text.contains(QRegularExpression(QStringLiteral("\\b(nan|inf)\\b"),
                                                  QRegularExpression::CaseInsensitiveOption)));
        // Every chart became an image the document can draw: heatmap, bars, two trends.
        const QString html = document->toHtml();
        QCOMPARE(html.count(QStringLiteral("chart://")), 4);
        for (int n = 1; n <= 4; ++n) {
            const QVariant image = document->resource(
                QTextDocument::ImageResource, QUrl(QStringLiteral("chart://%1.png").arg(n)));
            QVERIFY(image.isValid());
            QVERIFY(!image.value<QImage>().isNull());
        }
    }

    void writesACompletePdf()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("agreement.pdf"));
        QVERIFY(!writeAgreementReportPdf(report(study()), path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        const qsizetype pages = QString::fromLatin1(bytes).count(
            QRegularExpression(QStringLiteral("/Type\\s*/Page\\b")));
        QVERIFY(pages >= 2);
        QCOMPARE(bytes.count("/Subtype /Image"), 4);
    }

    void unwritablePathIsNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing/folder/agreement.pdf"));
        const MaybeError error = writeAgreementReportPdf(report(study()), path);
        QVERIFY(error);
        QVERIFY(error->toString().contains(path));
    }
};

QTEST_MAIN(TestAgreementReportPdf)
#include "tst_agreementreportpdf.moc"
