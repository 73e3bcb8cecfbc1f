// SPDX-License-Identifier: GPL-3.0-or-later
// Model-assisted masks (docs/model-assisted-masks.md): the description is checked field by
// field, the encoder runs once per image and its embeddings stay within their byte budget,
// and the masks of tiny models written at test time match pixels computed here from the
// models' definitions.
#include "core/inference/promptsegmenter.h"
#include "core/inference/promptsegmentermodel.h"
#include "tests/core/predicatemask.h"
#include "tests/core/promptsegmentmodels.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace concord;
using namespace concord::testing;

namespace {

// Whether the pixel centre (x + 0.5, y + 0.5) lies within `radius` of `point` on both axes.
bool near(int x, int y, const SegmentationPrompt::Point &point, double radius)
{
    return std::abs(x + 0.5 - point.x) <= radius && std::abs(y + 0.5 - point.y) <= radius;
}

bool sameImage(const cv::Mat1b &a, const cv::Mat1b &b)
{
    return a.size() == b.size() && cv::countNonZero(a != b) == 0;
}

} // namespace

class TestPromptSegmenter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<PromptSegmenter> load(const QString &decoderFile,
                                          qint64 cacheBytes = PromptSegmenter::DefaultCacheBytes)
    {
        const QString path =
            writePromptModelDescription(m_dir.path(), decoderFile + QStringLiteral(".json"),
                                        promptModelDescription(decoderFile));
        Expected<PromptSegmenterModel> model = readPromptSegmenterModel(path);
        if (!model) {
            qWarning().noquote() << model.error().toString();
            return nullptr;
        }
        auto segmenter = PromptSegmenter::load(*model, cacheBytes);
        if (!segmenter) {
            qWarning().noquote() << segmenter.error().toString();
            return nullptr;
        }
        return std::move(*segmenter);
    }

    // The mask the model with `decoderFile` draws on the test image for `prompt`.
    Expected<BinaryMask> segmentTestImage(const QString &decoderFile,
                                          const SegmentationPrompt &prompt)
    {
        auto segmenter = load(decoderFile);
        if (!segmenter)
            return FileError{decoderFile, QStringLiteral("cannot be loaded (see the warning)")};
        return segmenter->segment(
            makePromptImage(QStringLiteral("a"), QStringLiteral("w"), promptTestImage()), prompt);
    }

    // The error reading a description made from the test model's by `change`.
    FileError descriptionError(const QString &fileName, const std::function<void(Json &)> &change)
    {
        Json description = promptModelDescription(QStringLiteral("decoder_box.onnx"));
        change(description);
        const QString path = writePromptModelDescription(m_dir.path(), fileName, description);
        const Expected<PromptSegmenterModel> model = readPromptSegmenterModel(path);
        return model ? FileError{} : model.error();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString problem = writePromptSegmentModels(m_dir.path());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void readsTheDescription()
    {
        const QString path = writePromptModelDescription(
            m_dir.path(), QStringLiteral("points.json"),
            promptModelDescription(QStringLiteral("decoder_points.onnx")));
        const Expected<PromptSegmenterModel> model = readPromptSegmenterModel(path);
        QVERIFY2(model, model ? "" : qPrintable(model.error().toString()));
        QCOMPARE(model->name, QStringLiteral("Tiny test model"));
        QCOMPARE(model->encoderPath, QDir(m_dir.path()).filePath(QStringLiteral("encoder.onnx")));
        QCOMPARE(model->input.width, PromptModelSize);
        QCOMPARE(model->input.channels, 3);
        QCOMPARE(model->pointCount, PromptModelPoints);
        QVERIFY(model->takesPoints());
        QVERIFY(!model->takesBox());
        QCOMPARE(int(model->decoderInputs.size()), 3);
        QCOMPARE(model->decoderInputs[1].tensorName, QStringLiteral("point_coords"));
        QCOMPARE(model->decoderInputs[1].role, DecoderInputRole::PointCoords);
    }

    void boxMaskIsTheBrightPixelsInTheBox()
    {
        SegmentationPrompt prompt;
        prompt.box = cv::Rect2d(20, 22, 30, 14); // (20, 22) to (50, 36)
        const Expected<BinaryMask> mask =
            segmentTestImage(QStringLiteral("decoder_box.onnx"), prompt);
        QVERIFY2(mask, mask ? "" : qPrintable(mask.error().toString()));
        const cv::Mat1b pixels = promptTestImage();
        const cv::Mat1b expected = maskFromPredicate(pixels.size(), [&](int x, int y) {
            const double cx = x + 0.5, cy = y + 0.5;
            return pixels(y, x) > 127 && cx >= 20 && cx <= 50 && cy >= 22 && cy <= 36;
        });
        QVERIFY(cv::countNonZero(expected) > 100);
        QVERIFY(sameImage(maskToImage(*mask, pixels.size()), expected));
        QCOMPARE(mask->bounds, cv::boundingRect(expected)); // cropped to content
    }

    void pointsKeepBrightPixelsNearPositiveAndAwayFromNegativePoints()
    {
        SegmentationPrompt prompt;
        prompt.points = {{30.5, 30.5, true}, {50.5, 12.5, true}, {38.5, 40.5, false}};
        const Expected<BinaryMask> mask =
            segmentTestImage(QStringLiteral("decoder_points.onnx"), prompt);
        QVERIFY2(mask, mask ? "" : qPrintable(mask.error().toString()));
        const cv::Mat1b pixels = promptTestImage();
        const cv::Mat1b expected = maskFromPredicate(pixels.size(), [&](int x, int y) {
            const bool positive = near(x, y, prompt.points[0], PromptModelRadius) ||
                                  near(x, y, prompt.points[1], PromptModelRadius);
            return pixels(y, x) > 127 && positive &&
                   !near(x, y, prompt.points[2], PromptModelRadius);
        });
        QVERIFY(cv::countNonZero(expected) > 100);
        QVERIFY(sameImage(maskToImage(*mask, pixels.size()), expected));
    }

    void encoderRunsOncePerImage()
    {
        auto segmenter = load(QStringLiteral("decoder_points.onnx"));
        QVERIFY(segmenter);
        const cv::Mat1b pixels = promptTestImage();
        const PromptImage first = makePromptImage(QStringLiteral("a"), QStringLiteral("w"), pixels);
        SegmentationPrompt click;
        click.points = {{32.5, 32.5, true}};
        QVERIFY(!segmenter->hasEmbedding(first));
        QVERIFY(segmenter->segment(first, click));
        click.points.push_back({40.5, 32.5, false});
        QVERIFY(segmenter->segment(first, click));
        QCOMPARE(segmenter->encoderRuns(), 1);
        QVERIFY(segmenter->hasEmbedding(first));

        cv::Mat1b otherPixels = pixels.clone();
        otherPixels(0, 0) = 255;
        const PromptImage second =
            makePromptImage(QStringLiteral("b"), QStringLiteral("w"), otherPixels);
        QVERIFY(!segmenter->encode(second));
        QVERIFY(segmenter->segment(second, click));
        QCOMPARE(segmenter->encoderRuns(), 2);
        QVERIFY(segmenter->segment(first, click));
        QCOMPARE(segmenter->encoderRuns(), 2); // both still cached

        // Another window on the same item is another input to the encoder.
        const PromptImage rewindowed =
            makePromptImage(QStringLiteral("a"), QStringLiteral("w2"), pixels);
        QVERIFY(segmenter->segment(rewindowed, click));
        QCOMPARE(segmenter->encoderRuns(), 3);
    }

    void cacheStaysWithinItsBytes()
    {
        const qint64 embeddingBytes = qint64(PromptModelSize) * PromptModelSize * sizeof(float);
        const qint64 limit = embeddingBytes * 5 / 2; // room for two
        auto segmenter = load(QStringLiteral("decoder_box.onnx"), limit);
        QVERIFY(segmenter);
        std::vector<PromptImage> images;
        for (int i = 0; i < 4; ++i) {
            cv::Mat1b pixels = promptTestImage();
            pixels(63, i) = 255;
            images.push_back(makePromptImage(QString::number(i), QStringLiteral("w"), pixels));
            QVERIFY(!segmenter->encode(images.back()));
            QVERIFY(segmenter->cachedBytes() <= limit);
        }
        QCOMPARE(segmenter->encoderRuns(), 4);
        QCOMPARE(segmenter->cachedEmbeddings(), 2);
        QCOMPARE(segmenter->cachedBytes(), 2 * embeddingBytes);
        QVERIFY(segmenter->hasEmbedding(images[3]));
        QVERIFY(segmenter->hasEmbedding(images[2]));
        QVERIFY(!segmenter->hasEmbedding(images[0])); // least recently used went first
        QVERIFY(!segmenter->encode(images[0]));
        QCOMPARE(segmenter->encoderRuns(), 5);
        QVERIFY(!segmenter->hasEmbedding(images[2]));

        // A budget smaller than one embedding still keeps the image being worked on.
        auto tiny = load(QStringLiteral("decoder_box.onnx"), 16);
        QVERIFY(tiny);
        QVERIFY(!tiny->encode(images[0]));
        QVERIFY(!tiny->encode(images[1]));
        QCOMPARE(tiny->cachedEmbeddings(), 1);
        QVERIFY(tiny->hasEmbedding(images[1]));
    }

    void maskIsMappedBackThroughTheResize_data()
    {
        QTest::addColumn<QString>("resize");
        QTest::addColumn<QSize>("imageSize");
        QTest::newRow("stretch, twice the input") << QStringLiteral("stretch") << QSize(128, 128);
        QTest::newRow("stretch, not square") << QStringLiteral("stretch") << QSize(160, 96);
        QTest::newRow("longest side, padded") << QStringLiteral("longest_side") << QSize(128, 64);
    }

    void maskIsMappedBackThroughTheResize()
    {
        QFETCH(QString, resize);
        QFETCH(QSize, imageSize);
        Json description = promptModelDescription(QStringLiteral("decoder_box.onnx"));
        description["encoder"]["input"]["resize"] = toStd(resize);
        const QString path =
            writePromptModelDescription(m_dir.path(), QStringLiteral("resize.json"), description);
        Expected<PromptSegmenterModel> model = readPromptSegmenterModel(path);
        QVERIFY(model);
        auto segmenter = PromptSegmenter::load(*model);
        QVERIFY(segmenter);

        // A bright band across the image; the box takes a piece of it.
        cv::Mat1b pixels(imageSize.height(), imageSize.width(), uchar(0));
        const cv::Rect band(0, imageSize.height() / 4, imageSize.width(), imageSize.height() / 2);
        pixels(band).setTo(255);
        const PromptImage image = makePromptImage(QStringLiteral("r"), QStringLiteral("w"), pixels);
        SegmentationPrompt prompt;
        prompt.box =
            cv::Rect2d(imageSize.width() * 0.25, 0, imageSize.width() * 0.5, imageSize.height());
        const Expected<BinaryMask> mask = (*segmenter)->segment(image, prompt);
        QVERIFY2(mask, mask ? "" : qPrintable(mask.error().toString()));
        const cv::Rect expected =
            cv::Rect(cv::Point(int(prompt.box->x), 0),
                     cv::Point(int(prompt.box->br().x), 0) + cv::Point(0, imageSize.height())) &
            band;
        // Resampling moves an edge by at most one input pixel, two image pixels here.
        const cv::Rect found = mask->bounds;
        const double scale = double(imageSize.width()) / PromptModelSize;
        QVERIFY2(std::abs(found.x - expected.x) <= scale + 1 &&
                     std::abs(found.br().x - expected.br().x) <= scale + 1 &&
                     std::abs(found.y - expected.y) <= scale + 1 &&
                     std::abs(found.br().y - expected.br().y) <= scale + 1,
                 qPrintable(QStringLiteral("found %1,%2 %3x%4; expected %5,%6 %7x%8")
                                .arg(found.x)
                                .arg(found.y)
                                .arg(found.width)
                                .arg(found.height)
                                .arg(expected.x)
                                .arg(expected.y)
                                .arg(expected.width)
                                .arg(expected.height)));
        const double fill = double(maskArea(*mask)) / double(found.area());
        QVERIFY(fill > 0.99); // a solid rectangle, no holes from the mapping
    }

    void badDescriptionsNameTheFileAndField_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("says");
        QTest::newRow("no decoder") << "nodecoder.json"
                                    << "decoder"
                                    << "is missing";
        QTest::newRow("escaping encoder") << "escape.json"
                                          << "encoder.model"
                                          << "..";
        QTest::newRow("absolute decoder") << "absolute.json"
                                          << "decoder.model"
                                          << "absolute";
        QTest::newRow("missing file") << "missing.json"
                                      << "decoder.model"
                                      << "does not exist";
        QTest::newRow("unknown role") << "role.json"
                                      << "decoder.inputs[1].role"
                                      << "\"prompt\"";
        QTest::newRow("raw intensities") << "minmax.json"
                                         << "encoder.input.intensity"
                                         << "\"minmax\"";
        QTest::newRow("no embedding input") << "noembedding.json"
                                            << "decoder.inputs"
                                            << "embedding";
        QTest::newRow("newer format") << "format.json"
                                      << "format"
                                      << "reads format 1";
        // With two outputs the network's last layer is no longer the mask: it must be named.
        QTest::newRow("scores without output") << "scores.json"
                                               << "decoder.output"
                                               << "\"scores\" is given";
    }

    void badDescriptionsNameTheFileAndField()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, field);
        QFETCH(QString, says);
        const FileError error = descriptionError(fileName, [&](Json &description) {
            Json &encoder = description["encoder"];
            Json &decoder = description["decoder"];
            if (fileName == QLatin1String("escape.json"))
                encoder["model"] = "../encoder.onnx";
            if (fileName == QLatin1String("absolute.json"))
                decoder["model"] =
                    toStd(QDir(m_dir.path()).filePath(QStringLiteral("decoder_box.onnx")));
            if (fileName == QLatin1String("missing.json"))
                decoder["model"] = "nothere.onnx";
            if (fileName == QLatin1String("role.json"))
                decoder["inputs"][1]["role"] = "prompt";
            if (fileName == QLatin1String("minmax.json"))
                encoder["input"]["intensity"] = "minmax";
            if (fileName == QLatin1String("noembedding.json"))
                decoder["inputs"].erase(0);
            if (fileName == QLatin1String("scores.json")) {
                decoder.erase("output");
                decoder["scores"] = "iou_predictions";
            }
            // Last: the references above point into it.
            if (fileName == QLatin1String("nodecoder.json"))
                description.erase("decoder");
            if (fileName == QLatin1String("format.json"))
                description["format"] = 2;
        });
        QVERIFY2(error.path.endsWith(QLatin1Char('/') + fileName), qPrintable(error.path));
        QVERIFY2(error.message.contains(QLatin1Char('"') + field + QLatin1Char('"')),
                 qPrintable(error.message));
        QVERIFY2(error.message.contains(says), qPrintable(error.message));
    }

    void malformedJsonNamesTheFile()
    {
        const QString path = QDir(m_dir.path()).filePath(QStringLiteral("broken.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": 1, \"task\": ");
        file.close();
        const Expected<PromptSegmenterModel> model = readPromptSegmenterModel(path);
        QVERIFY(!model);
        QCOMPARE(model.error().path, path);
        QVERIFY(!model.error().message.isEmpty());
        const Expected<PromptSegmenterModel> none =
            readPromptSegmenterModel(QDir(m_dir.path()).filePath(QStringLiteral("none.json")));
        QVERIFY(!none);
        QVERIFY(none.error().path.endsWith(QLatin1String("none.json")));
    }

    void symbolicLinkOutOfTheFolderIsRefused()
    {
        QTemporaryDir outside;
        QVERIFY(outside.isValid());
        QVERIFY(QFile::copy(QDir(m_dir.path()).filePath(QStringLiteral("encoder.onnx")),
                            QDir(outside.path()).filePath(QStringLiteral("encoder.onnx"))));
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        QVERIFY(QFile::link(QDir(outside.path()).filePath(QStringLiteral("encoder.onnx")),
                            QDir(folder.path()).filePath(QStringLiteral("encoder.onnx"))));
        QVERIFY(QFile::copy(QDir(m_dir.path()).filePath(QStringLiteral("decoder_box.onnx")),
                            QDir(folder.path()).filePath(QStringLiteral("decoder_box.onnx"))));
        const QString path =
            writePromptModelDescription(folder.path(), QStringLiteral("linked.json"),
                                        promptModelDescription(QStringLiteral("decoder_box.onnx")));
        const Expected<PromptSegmenterModel> model = readPromptSegmenterModel(path);
        QVERIFY(!model);
        QCOMPARE(model.error().path, path);
        QVERIFY2(model.error().message.contains(QLatin1String("\"encoder.model\"")) &&
                     model.error().message.contains(QLatin1String("symbolic link")),
                 qPrintable(model.error().message));
    }

    void corruptModelFileIsNamed()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        QVERIFY(QFile::copy(QDir(m_dir.path()).filePath(QStringLiteral("decoder_box.onnx")),
                            QDir(folder.path()).filePath(QStringLiteral("decoder_box.onnx"))));
        // The first half of a real encoder: a truncated download.
        QFile whole(QDir(m_dir.path()).filePath(QStringLiteral("decoder_points.onnx")));
        QVERIFY(whole.open(QIODevice::ReadOnly));
        QFile truncated(QDir(folder.path()).filePath(QStringLiteral("encoder.onnx")));
        QVERIFY(truncated.open(QIODevice::WriteOnly));
        truncated.write(whole.read(whole.size() / 2));
        truncated.close();
        const QString path =
            writePromptModelDescription(folder.path(), QStringLiteral("corrupt.json"),
                                        promptModelDescription(QStringLiteral("decoder_box.onnx")));
        const Expected<PromptSegmenterModel> model = readPromptSegmenterModel(path);
        QVERIFY(model);
        const auto segmenter = PromptSegmenter::load(*model);
        QVERIFY(!segmenter);
        QCOMPARE(segmenter.error().path, truncated.fileName());
        QVERIFY2(segmenter.error().message.contains(QLatin1String("ONNX")),
                 qPrintable(segmenter.error().message));
    }

    void unexpectedOutputShapeNamesTheDecoder()
    {
        auto segmenter = load(QStringLiteral("decoder_flat.onnx"));
        QVERIFY(segmenter);
        const PromptImage image =
            makePromptImage(QStringLiteral("a"), QStringLiteral("w"), promptTestImage());
        SegmentationPrompt prompt;
        prompt.box = cv::Rect2d(10, 10, 20, 20);
        const Expected<BinaryMask> mask = segmenter->segment(image, prompt);
        QVERIFY(!mask);
        QVERIFY2(mask.error().path.endsWith(QLatin1String("decoder_flat.onnx")),
                 qPrintable(mask.error().path));
        QVERIFY2(mask.error().message.contains(QLatin1String("[1, 4096]")),
                 qPrintable(mask.error().message));
    }

    void promptsTheModelCannotTakeAreRefused()
    {
        auto boxes = load(QStringLiteral("decoder_box.onnx"));
        auto points = load(QStringLiteral("decoder_points.onnx"));
        QVERIFY(boxes && points);
        const PromptImage image =
            makePromptImage(QStringLiteral("a"), QStringLiteral("w"), promptTestImage());
        SegmentationPrompt click;
        click.points = {{32.5, 32.5, true}};
        QVERIFY(!boxes->segment(image, click));
        SegmentationPrompt box;
        box.box = cv::Rect2d(10, 10, 20, 20);
        QVERIFY(!points->segment(image, box));
        SegmentationPrompt tooMany;
        for (int i = 0; i <= PromptModelPoints; ++i)
            tooMany.points.push_back({10.5 + i, 10.5, true});
        const Expected<BinaryMask> refused = points->segment(image, tooMany);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QString::number(PromptModelPoints)));
        QVERIFY(points->segment(image, SegmentationPrompt{})->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPromptSegmenter)
#include "tst_promptsegmenter.moc"
