// SPDX-License-Identifier: GPL-3.0-or-later
// The multipart/related parser of WADO-RS answers, on hand-written bodies (docs/pacs.md,
// "DICOMweb").
#include "core/pacs/multipartrelated.h"

#include <QTest>

using namespace concord;

class TestMultipartRelated : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void boundaryFromTheContentType_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("boundary");
        QTest::newRow("plain") << QByteArray("multipart/related; boundary=abc")
                               << QByteArray("abc");
        QTest::newRow("quoted, after type")
            << QByteArray("multipart/related; type=\"application/dicom\"; boundary=\"a b;c\"")
            << QByteArray("a b;c");
        QTest::newRow("upper case name")
            << QByteArray("Multipart/Related;BOUNDARY=xyz;type=application/dicom")
            << QByteArray("xyz");
    }

    void boundaryFromTheContentType()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, boundary);
        const Expected<QByteArray> found = multipartBoundary(contentType);
        QVERIFY2(found, qPrintable(found ? QString() : found.error().toString()));
        QCOMPARE(*found, boundary);
    }

    void noBoundaryIsRefused()
    {
        QVERIFY(!multipartBoundary("application/dicom"));
        QVERIFY(!multipartBoundary("multipart/related; type=\"application/dicom\""));
        QVERIFY(!multipartBoundary("multipart/related; boundary=\"\""));
        QVERIFY(!multipartBoundary("multipart/related; boundary=" + QByteArray(71, 'x')));
    }

    void partsWithCrlf()
    {
        const QByteArray body = "preamble\r\n--XY\r\nContent-Type: application/dicom\r\n"
                                "Content-Length: 5\r\n\r\nfirst\r\n--XY  \r\n"
                                "content-type: application/dicom\r\n\r\nsec\r\nond\r\n--XY--\r\n"
                                "epilogue";
        const Expected<MultipartMessage> message = parseMultipart(body, "XY");
        QVERIFY(message);
        QVERIFY(message->closed);
        QCOMPARE(message->parts.size(), size_t(2));
        QCOMPARE(message->parts[0].contentType, QByteArray("application/dicom"));
        QCOMPARE(message->parts[0].declaredLength, 5);
        QCOMPARE(message->parts[0].content, QByteArray("first"));
        QCOMPARE(message->parts[1].content, QByteArray("sec\r\nond"));
        QCOMPARE(message->parts[1].declaredLength, -1);
    }

    void partsWithBareLineFeeds()
    {
        const QByteArray body = "--XY\nContent-Type: application/dicom\n\none\n--XY\n"
                                "Content-Type: application/dicom\n\ntwo\n--XY--\n";
        const Expected<MultipartMessage> message = parseMultipart(body, "XY");
        QVERIFY(message);
        QVERIFY(message->closed);
        QCOMPARE(message->parts.size(), size_t(2));
        QCOMPARE(message->parts[0].content, QByteArray("one"));
        QCOMPARE(message->parts[1].content, QByteArray("two"));
    }

    void aMissingCloseDelimiterEndsTheLastPartAtTheEnd()
    {
        const QByteArray body = "--XY\r\nContent-Type: application/dicom\r\n\r\nonly\r\n";
        const Expected<MultipartMessage> message = parseMultipart(body, "XY");
        QVERIFY(message);
        QVERIFY(!message->closed);
        QCOMPARE(message->parts.size(), size_t(1));
        QCOMPARE(message->parts[0].content, QByteArray("only"));
    }

    void theBoundaryInsideContentOnlyCountsAtALineStart()
    {
        // "--XY" inside the content, and a longer word starting with the boundary, are content.
        const QByteArray body = "--XY\r\nContent-Type: application/dicom\r\n\r\na--XY b\r\n"
                                "--XYZ\r\nc\r\n--XY--";
        const Expected<MultipartMessage> message = parseMultipart(body, "XY");
        QVERIFY(message);
        QVERIFY(message->closed);
        QCOMPARE(message->parts.size(), size_t(1));
        QCOMPARE(message->parts[0].content, QByteArray("a--XY b\r\n--XYZ\r\nc"));
    }

    void aPartWithoutContentTypeKeepsAnEmptyType()
    {
        const QByteArray body = "--XY\r\n\r\nraw\r\n--XY--\r\n";
        const Expected<MultipartMessage> message = parseMultipart(body, "XY");
        QVERIFY(message);
        QCOMPARE(message->parts.size(), size_t(1));
        QVERIFY(message->parts[0].contentType.isEmpty());
        QCOMPARE(message->parts[0].content, QByteArray("raw"));
    }

    void headersCutOffLeaveThePartOut()
    {
        const QByteArray body = "--XY\r\nContent-Type: application/dicom\r\n\r\none\r\n--XY\r\n"
                                "Content-Type: appl";
        const Expected<MultipartMessage> message = parseMultipart(body, "XY");
        QVERIFY(message);
        QVERIFY(!message->closed);
        QCOMPARE(message->parts.size(), size_t(1));
        QCOMPARE(message->parts[0].content, QByteArray("one"));
    }

    void noBoundaryAtAllFails()
    {
        QVERIFY(!parseMultipart("just some bytes", "XY"));
        QVERIFY(!parseMultipart(QByteArray(), "XY"));
    }

    void buildingAndParsingRoundTrips()
    {
        const std::vector<QByteArray> parts{QByteArray("\r\n--a\r\n", 7), QByteArray("\0\1\2", 3),
                                            QByteArray()};
        const QByteArray boundary = multipartBoundaryFor(parts);
        const QByteArray body = buildMultipart(parts, "application/dicom", boundary);
        const Expected<MultipartMessage> message = parseMultipart(body, boundary);
        QVERIFY(message);
        QVERIFY(message->closed);
        QCOMPARE(message->parts.size(), parts.size());
        for (size_t i = 0; i < parts.size(); ++i) {
            QCOMPARE(message->parts[i].content, parts[i]);
            QCOMPARE(message->parts[i].declaredLength, parts[i].size());
        }
    }
};

QTEST_GUILESS_MAIN(TestMultipartRelated)
#include "tst_multipartrelated.moc"
