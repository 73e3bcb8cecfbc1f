// SPDX-License-Identifier: GPL-3.0-or-later
// Running ONNX models over items (docs/model-inference.md): the tiny models of
// tests/data/onnx/make_inference_models.py, whose outputs are computed here by hand.
#include "core/agreement/splitmix64.h"
#include "core/imaging/imagecodecs.h"
#include "core/inference/embeddingfeatures.h"
#include "core/inference/modeldescription.h"
#include "core/inference/modelrun.h"
#include "core/inference/onnxmodel.h"
#include "core/learning/featurecache.h"
#include "core/learning/learner.h"
#include "core/model/binarymask.h"
#include "core/project/workspace.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cmath>

using namespace concord;

namespace {

double sigmoid(double x)
{
    return 1.0 / (1.0 + std::exp(-x));
}

std::vector<double> softmaxOf(const std::vector<double> &logits)
{
    std::vector<double> p;
    double sum = 0;
    for (double logit : logits)
        sum += std::exp(logit);
    for (double logit : logits)
        p.push_back(std::exp(logit) / sum);
    return p;
}

Image greyImage(const cv::Mat &pixels)
{
    Image image;
    image.frames = {pixels};
    image.metadata.width = pixels.cols;
    image.metadata.height = pixels.rows;
    image.metadata.frameCount = 1;
    image.metadata.photometric = Photometric::Monochrome2;
    image.metadata.bitsAllocated = pixels.depth() == CV_8U ? 8 : 16;
    image.metadata.bitsStored = image.metadata.bitsAllocated;
    return image;
}

// 8 x 8, value 4 * (8r + c): 0 ... 252.
cv::Mat1b rampImage()
{
    cv::Mat1b ramp(8, 8);
    for (int r = 0; r < 8; ++r)
        for (int c = 0; c < 8; ++c)
            ramp(r, c) = uchar(4 * (8 * r + c));
    return ramp;
}

} // namespace

class TestModelRun : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_models;

    // Writes `text` as models/<name>.json and returns its path.
    QString writeDescription(const QString &name, const QByteArray &text) const
    {
        const QString path = m_models + QLatin1Char('/') + name + QStringLiteral(".json");
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static QByteArray description(const char *task, const char *model, const char *classes,
                                  const char *output = "{}", const char *input = nullptr)
    {
        const QByteArray inputText = input
                                         ? QByteArray(input)
                                         : QByteArray("{\"width\": 8, \"height\": 8, \"channels\": "
                                                      "1, \"scale\": 0.00392156862745098}");
        return QByteArray("{\"format\": 1, \"task\": \"") + task + "\", \"model\": \"" + model +
               "\", \"name\": \"test-" + task +
               "\", \"version\": \"1.2\", \"input\": " + inputText + ", \"classes\": " + classes +
               ", \"output\": " + output + "}";
    }

    static Taxonomy taxonomy()
    {
        return Taxonomy::fromIndentedText(
            QStringLiteral("Normal\nAbnormal\nFinding\n  Nodule\n  Lesion\n"));
    }

    OnnxModel loadOrFail(const QString &descriptionPath)
    {
        const Expected<ModelDescription> description = readModelDescription(descriptionPath);
        if (!description)
            qFatal("%s", qPrintable(description.error().toString()));
        std::vector<int> labels;
        if (description->task != ModelTask::Embedding) {
            const Expected<std::vector<int>> resolved =
                resolveClassLabels(*description, taxonomy());
            if (!resolved)
                qFatal("%s", qPrintable(resolved.error().toString()));
            labels = *resolved;
        }
        Expected<OnnxModel> model = OnnxModel::load(*description, labels);
        if (!model)
            qFatal("%s", qPrintable(model.error().toString()));
        return std::move(*model);
    }

    // Reading `text` as a description fails, naming the description file and `words`.
    void expectDescriptionError(const QByteArray &text, const QStringList &words)
    {
        static int count = 0;
        const QString path = writeDescription(QStringLiteral("bad%1").arg(++count), text);
        const Expected<ModelDescription> read = readModelDescription(path);
        QVERIFY2(!read, qPrintable(path));
        const QString message = read.error().toString();
        QVERIFY2(message.contains(path), qPrintable(message));
        for (const QString &word : words)
            QVERIFY2(message.contains(word),
                     qPrintable(message + QStringLiteral(" lacks ") + word));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_models = m_dir.filePath(QStringLiteral("models"));
        QProcess python;
        python.start(
            QStringLiteral(CONCORD_TEST_PYTHON),
            {QStringLiteral(CONCORD_TEST_DATA_DIR "/onnx/make_inference_models.py"), m_models});
        QVERIFY(python.waitForFinished(60000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        writeDescription(QStringLiteral("classifier"),
                         description("classification", "classifier.onnx",
                                     "[\"Normal\", \"Abnormal\", \"ignore\"]",
                                     "{\"softmax\": true}"));
        writeDescription(
            QStringLiteral("detector"),
            description("detection", "detector.onnx", "[\"Finding/Nodule\", \"Lesion\"]",
                        "{\"boxes\": \"pixels\", \"score_threshold\": 0.25, \"nms_iou\": 0.5}"));
        writeDescription(QStringLiteral("segmenter"),
                         description("segmentation", "segmenter.onnx", "[\"ignore\", \"Lesion\"]",
                                     "{\"softmax\": false}"));
        writeDescription(
            QStringLiteral("embedder"),
            QByteArray(
                "{\"format\": 1, \"task\": \"embedding\", \"model\": \"embedder.onnx\", \"name\": "
                "\"features\", \"input\": {\"width\": 8, \"height\": 8, \"channels\": 1, "
                "\"intensity\": \"minmax\"}, \"output\": {\"dimension\": 4}}"));
    }

    void readsADescription()
    {
        const Expected<ModelDescription> read =
            readModelDescription(m_models + QStringLiteral("/detector.json"));
        QVERIFY2(read, read ? "" : qPrintable(read.error().toString()));
        QCOMPARE(read->task, ModelTask::Detection);
        QCOMPARE(read->name, QStringLiteral("test-detection"));
        QCOMPARE(read->version, QStringLiteral("1.2"));
        QCOMPARE(read->modelPath, QDir(m_models).absoluteFilePath(QStringLiteral("detector.onnx")));
        QCOMPARE(read->input.width, 8);
        QCOMPARE(read->input.mean, std::vector<double>{0.0});
        QCOMPARE(read->classes.size(), size_t(2));
        QCOMPARE(read->output.nmsIou, 0.5);
        // Label paths with or without spaces around the slash, and unique names.
        const Expected<std::vector<int>> labels = resolveClassLabels(*read, taxonomy());
        QVERIFY(labels);
        const Taxonomy labelsOfProject = taxonomy();
        QCOMPARE((*labels)[0], labelsOfProject.findByName(QStringLiteral("Nodule"))->id);
        QCOMPARE((*labels)[1], labelsOfProject.findByName(QStringLiteral("Lesion"))->id);
    }

    void classifierGivesTheSoftmaxOfItsLogits()
    {
        OnnxModel model = loadOrFail(m_models + QStringLiteral("/classifier.json"));
        const cv::Mat1b ramp = rampImage();
        const Expected<ModelPrediction> prediction =
            model.predict(greyImage(ramp), QStringLiteral("item"), QStringLiteral("ramp.png"));
        QVERIFY2(prediction, prediction ? "" : qPrintable(prediction.error().toString()));
        // 8-bit images enter as stored: m = mean(v) / 255, logits [m, 0.5 - m, 0.25].
        const double m = cv::mean(ramp)[0] / 255.0;
        const std::vector<double> expected = softmaxOf({m, 0.5 - m, 0.25});
        QCOMPARE(prediction->probabilities.size(), size_t(3));
        for (size_t c = 0; c < 3; ++c)
            QVERIFY2(std::abs(prediction->probabilities[c] - expected[c]) < 1e-4,
                     qPrintable(QString::number(prediction->probabilities[c])));
        // m = 0.494: "Normal" (logit m) wins over "Abnormal" (0.5 - m = 0.006).
        QCOMPARE(prediction->suggestions.size(), size_t(1));
        const Suggestion &label = prediction->suggestions.front();
        QCOMPARE(label.kind, SuggestionKind::ImageLabel);
        QCOMPARE(label.itemId, QStringLiteral("item"));
        QCOMPARE(label.labelId, taxonomy().findByName(QStringLiteral("Normal"))->id);
        QVERIFY(std::abs(label.score - expected[0]) < 1e-4);
        QVERIFY(std::abs(prediction->uncertainty - (1 - expected[0])) < 1e-4);

        // A black image: m = 0, so "Abnormal" (0.5) wins.
        const Expected<ModelPrediction> dark = model.predict(
            greyImage(cv::Mat1b(8, 8, uchar(0))), QStringLiteral("dark"), QStringLiteral("d"));
        QVERIFY(dark);
        QCOMPARE(dark->suggestions.front().labelId,
                 taxonomy().findByName(QStringLiteral("Abnormal"))->id);
        const std::vector<double> darkExpected = softmaxOf({0, 0.5, 0.25});
        QVERIFY(std::abs(dark->suggestions.front().score - darkExpected[1]) < 1e-4);
    }

    void uncertaintyMeasures()
    {
        const std::vector<double> p = {0.5, 0.3, 0.2};
        QVERIFY(std::abs(topProbabilityUncertainty(p) - 0.5) < 1e-12);
        QVERIFY(std::abs(marginUncertainty(p) - 0.8) < 1e-12);
        const double entropy = -(0.5 * std::log(0.5) + 0.3 * std::log(0.3) + 0.2 * std::log(0.2));
        QVERIFY(std::abs(normalizedEntropy(p) - entropy / std::log(3.0)) < 1e-12);
        QCOMPARE(normalizedEntropy({1.0, 0.0}), 0.0);
        QVERIFY(std::abs(normalizedEntropy({0.25, 0.25, 0.25, 0.25}) - 1.0) < 1e-12);
    }

    void detectionsAreInImageCoordinatesAfterNms()
    {
        OnnxModel model = loadOrFail(m_models + QStringLiteral("/detector.json"));
        // 16 wide, 32 high: the 8 x 8 input is the image shrunk 2 times across, 4 times down.
        const Expected<ModelPrediction> prediction = model.predict(
            greyImage(cv::Mat1b(32, 16, uchar(128))), QStringLiteral("item"), QStringLiteral("f"));
        QVERIFY2(prediction, prediction ? "" : qPrintable(prediction.error().toString()));
        const double m = 128.0 / 255.0;
        // Box 2 overlaps box 1 with IoU 0.8 and a lower score; box 3 scores 0.1 < 0.25.
        QCOMPARE(prediction->suggestions.size(), size_t(1));
        const Suggestion &box = prediction->suggestions.front();
        QCOMPARE(box.kind, SuggestionKind::Box);
        QCOMPARE(box.labelId, taxonomy().findByName(QStringLiteral("Nodule"))->id);
        QVERIFY(std::abs(box.score - m) < 1e-4);
        // (1, 2)-(5, 6) in input pixels.
        QVERIFY(std::abs(box.rect.x - 2) < 1e-4);
        QVERIFY(std::abs(box.rect.y - 8) < 1e-4);
        QVERIFY(std::abs(box.rect.width - 8) < 1e-4);
        QVERIFY(std::abs(box.rect.height - 16) < 1e-4);
        QVERIFY(std::abs(prediction->uncertainty - (1 - m)) < 1e-4);

        // A looser NMS keeps the second box; no score threshold keeps the third.
        writeDescription(QStringLiteral("detector-loose"),
                         description("detection", "detector.onnx",
                                     "[\"Finding/Nodule\", \"Lesion\"]",
                                     "{\"score_threshold\": 0.0, \"nms_iou\": 0.9}"));
        OnnxModel loose = loadOrFail(m_models + QStringLiteral("/detector-loose.json"));
        const Expected<ModelPrediction> all = loose.predict(
            greyImage(cv::Mat1b(8, 8, uchar(128))), QStringLiteral("item"), QStringLiteral("f"));
        QVERIFY(all);
        QCOMPARE(all->suggestions.size(), size_t(3));
        QVERIFY(std::abs(all->suggestions[1].score - m / 2) < 1e-4);
        QVERIFY(std::abs(all->suggestions[1].rect.height - 5) < 1e-4);
        QCOMPARE(all->suggestions[2].labelId, taxonomy().findByName(QStringLiteral("Lesion"))->id);
        QVERIFY(std::abs(all->suggestions[2].score - 0.1) < 1e-4);

        // Nothing above the threshold: a confident "nothing here".
        const Expected<ModelPrediction> none = model.predict(
            greyImage(cv::Mat1b(8, 8, uchar(0))), QStringLiteral("item"), QStringLiteral("f"));
        QVERIFY(none);
        QVERIFY(none->suggestions.empty());
        QCOMPARE(none->uncertainty, 0.0);
    }

    void segmentationMasksAreTheThresholdedPixels()
    {
        OnnxModel model = loadOrFail(m_models + QStringLiteral("/segmenter.json"));
        // Class 1 where the input value x > 0.5: the pixels above 127.5.
        cv::Mat1b pattern(8, 8);
        cv::RNG random(7);
        for (int r = 0; r < 8; ++r)
            for (int c = 0; c < 8; ++c)
                pattern(r, c) = random.uniform(0, 2) ? uchar(204) : uchar(51);
        const Expected<ModelPrediction> prediction =
            model.predict(greyImage(pattern), QStringLiteral("item"), QStringLiteral("f"));
        QVERIFY2(prediction, prediction ? "" : qPrintable(prediction.error().toString()));
        QCOMPARE(prediction->suggestions.size(), size_t(1));
        const Suggestion &mask = prediction->suggestions.front();
        QCOMPARE(mask.kind, SuggestionKind::Mask);
        QCOMPARE(mask.labelId, taxonomy().findByName(QStringLiteral("Lesion"))->id);
        QVERIFY(samePixels(mask.mask, maskFromImage(pattern > 127)));
        // Every pixel is 0.2 or 0.8: class probabilities sigmoid(+-4.8), the same entropy.
        const double p = sigmoid(16 * (204.0 / 255.0) - 8);
        QVERIFY(std::abs(mask.score - p) < 1e-4);
        const double entropy = -(p * std::log(p) + (1 - p) * std::log(1 - p)) / std::log(2.0);
        QVERIFY(std::abs(prediction->uncertainty - entropy) < 1e-4);
        QVERIFY(std::abs(prediction->meanTopProbabilityUncertainty - (1 - p)) < 1e-4);

        // A 16 x 16 image, dark on the left and bright on the right half: the 8 x 8 output is
        // resized back, and the mask is the bright half exactly.
        cv::Mat1b halves(16, 16, uchar(51));
        halves(cv::Rect(8, 0, 8, 16)).setTo(204);
        const Expected<ModelPrediction> resized =
            model.predict(greyImage(halves), QStringLiteral("item"), QStringLiteral("f"));
        QVERIFY(resized);
        QCOMPARE(resized->suggestions.size(), size_t(1));
        QVERIFY(samePixels(resized->suggestions.front().mask, maskFromImage(halves > 127)));
    }

    void embeddingIsTheOutputVector()
    {
        OnnxModel model = loadOrFail(m_models + QStringLiteral("/embedder.json"));
        // 16 bits, min-max: 1000 maps to 0 and 3000 to 255, so x = 0 on the left and 1 on the
        // right. Features: mean, top-half mean, left-half mean, 1 - mean.
        cv::Mat1w halves(8, 8, ushort(1000));
        halves(cv::Rect(4, 0, 4, 8)).setTo(3000);
        const Expected<std::vector<float>> features =
            model.embed(greyImage(halves), QStringLiteral("f"));
        QVERIFY2(features, features ? "" : qPrintable(features.error().toString()));
        const std::vector<double> expected = {0.5, 0.5, 0.0, 0.5};
        QCOMPARE(features->size(), expected.size());
        for (size_t i = 0; i < expected.size(); ++i)
            QVERIFY2(std::abs((*features)[i] - expected[i]) < 1e-4,
                     qPrintable(QString::number((*features)[i])));
        // A classifier gives no embedding, and an embedding model no pre-labels.
        QVERIFY(!model.predict(greyImage(halves), QStringLiteral("item"), QStringLiteral("f")));
    }

    void unknownLabelsAreRefusedWithTheKnownOnes()
    {
        const QString path =
            writeDescription(QStringLiteral("unknown-label"),
                             description("classification", "classifier.onnx",
                                         "[\"Normal\", \"Pneumothorax\", \"ignore\"]"));
        const Expected<ModelDescription> read = readModelDescription(path);
        QVERIFY(read);
        const Expected<std::vector<int>> labels = resolveClassLabels(*read, taxonomy());
        QVERIFY(!labels);
        const QString message = labels.error().toString();
        QVERIFY2(message.contains(path), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("classes[1]")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("Pneumothorax")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("Finding / Nodule")), qPrintable(message));
    }

    void malformedDescriptionsNameFileAndField()
    {
        expectDescriptionError("{\"format\": 1, \"task\": ", {QStringLiteral("invalid JSON")});
        expectDescriptionError("[1, 2]", {QStringLiteral("JSON object")});
        expectDescriptionError("{\"format\": 1, \"task\": \"classification\", \"model\": "
                               "\"classifier.onnx\", \"name\": \"x\", \"input\": {\"height\": 8, "
                               "\"channels\": 1}, \"classes\": [\"Normal\"]}",
                               {QStringLiteral("input.width"), QStringLiteral("missing")});
        expectDescriptionError("{\"format\": 1, \"task\": \"classification\", \"model\": "
                               "\"classifier.onnx\", \"name\": \"x\", \"input\": {\"width\": "
                               "\"8\", \"height\": 8, \"channels\": 1}, \"classes\": [\"Normal\"]}",
                               {QStringLiteral("input.width"), QStringLiteral("integer")});
        expectDescriptionError(description("clustering", "classifier.onnx", "[\"Normal\"]"),
                               {QStringLiteral("task"), QStringLiteral("clustering")});
        expectDescriptionError(description("classification", "classifier.onnx", "[\"Normal\", 3]"),
                               {QStringLiteral("classes[1]")});
        expectDescriptionError(
            description("classification", "classifier.onnx", "[\"Normal\"]", "{}",
                        "{\"width\": 8, \"height\": 8, \"channels\": 3, \"mean\": [0.5, 0.5]}"),
            {QStringLiteral("input.mean")});
        expectDescriptionError(
            description("classification", "classifier.onnx", "[\"Normal\"]", "{}",
                        "{\"width\": 8, \"height\": 8, \"channels\": 1, \"std\": 0}"),
            {QStringLiteral("input.std")});
        expectDescriptionError(description("classification", "classifier.onnx", "[\"Normal\"]",
                                           "{}",
                                           "{\"width\": 100000, \"height\": 8, \"channels\": 1}"),
                               {QStringLiteral("input.width")});
        expectDescriptionError(description("segmentation", "segmenter.onnx", "[\"Lesion\"]"),
                               {QStringLiteral("classes"), QStringLiteral("two")});
        expectDescriptionError(
            description("detection", "detector.onnx", "[\"Lesion\"]", "{\"boxes\": \"cm\"}"),
            {QStringLiteral("output.boxes")});
    }

    void modelPathsStayInTheDescriptionsFolder()
    {
        // Outside: a parent folder, an absolute path, a symbolic link leading out.
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("outside"))));
        QVERIFY(QFile::copy(m_models + QStringLiteral("/classifier.onnx"),
                            m_dir.filePath(QStringLiteral("outside/classifier.onnx"))));
        expectDescriptionError(
            description("classification", "../outside/classifier.onnx", "[\"Normal\"]"),
            {QStringLiteral("\"model\"")});
        const QByteArray absolute =
            m_dir.filePath(QStringLiteral("outside/classifier.onnx")).toUtf8();
        expectDescriptionError(description("classification", absolute.constData(), "[\"Normal\"]"),
                               {QStringLiteral("\"model\"")});
        QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("outside/classifier.onnx")),
                            m_models + QStringLiteral("/escape.onnx")));
        expectDescriptionError(description("classification", "escape.onnx", "[\"Normal\"]"),
                               {QStringLiteral("\"model\""), QStringLiteral("symbolic link")});
        QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("outside")),
                            m_models + QStringLiteral("/linked-folder")));
        expectDescriptionError(
            description("classification", "linked-folder/classifier.onnx", "[\"Normal\"]"),
            {QStringLiteral("\"model\""), QStringLiteral("symbolic link")});
        // Missing.
        expectDescriptionError(description("classification", "missing.onnx", "[\"Normal\"]"),
                               {QStringLiteral("missing.onnx"), QStringLiteral("does not exist")});
        // A missing description names itself.
        const QString missing = m_models + QStringLiteral("/no-such.json");
        const Expected<ModelDescription> none = readModelDescription(missing);
        QVERIFY(!none);
        QVERIFY(none.error().toString().contains(missing));
    }

    void corruptModelIsRefusedNamingIt()
    {
        const QString corrupt = m_models + QStringLiteral("/corrupt.onnx");
        QFile file(corrupt);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\x08\x07garbage that is no protobuf\xff\xff\xff");
        file.close();
        const QString path =
            writeDescription(QStringLiteral("corrupt"),
                             description("classification", "corrupt.onnx", "[\"Normal\"]"));
        const Expected<ModelDescription> read = readModelDescription(path);
        QVERIFY(read);
        const Expected<OnnxModel> model = OnnxModel::load(*read, {1});
        QVERIFY(!model);
        QVERIFY2(model.error().toString().contains(corrupt), qPrintable(model.error().toString()));
        QVERIFY2(model.error().toString().contains(QLatin1String("cannot load the ONNX model")),
                 qPrintable(model.error().toString()));
    }

    void outputLayoutMismatchNamesTheDescription()
    {
        struct Case
        {
            QByteArray text;
            const char *shown;    // the model's output shape
            const char *expected; // what the description declared
        };
        const std::vector<Case> cases = {
            // A classifier described as a detector, as a segmenter, and with too few classes.
            {description("detection", "classifier.onnx", "[\"Normal\", \"Abnormal\", \"ignore\"]"),
             "[1, 3]", "[1, N, 6]"},
            {description("segmentation", "classifier.onnx",
                         "[\"Normal\", \"Abnormal\", \"ignore\"]"),
             "[1, 3]", "[1, 3, H, W]"},
            {description("classification", "classifier.onnx", "[\"Normal\", \"Abnormal\"]"),
             "[1, 3]", "[1, 2]"},
            {description("classification", "detector.onnx", "[\"Normal\", \"Abnormal\"]"),
             "[1, 3, 6]", "[1, 2]"},
        };
        int n = 0;
        for (const Case &mismatch : cases) {
            const QString path =
                writeDescription(QStringLiteral("mismatch%1").arg(++n), mismatch.text);
            const Expected<ModelDescription> read = readModelDescription(path);
            QVERIFY2(read, read ? "" : qPrintable(read.error().toString()));
            const Expected<std::vector<int>> labels = resolveClassLabels(*read, taxonomy());
            QVERIFY(labels);
            Expected<OnnxModel> model = OnnxModel::load(*read, *labels);
            QVERIFY(model);
            const Expected<ModelPrediction> prediction =
                model->predict(greyImage(rampImage()), QStringLiteral("i"), QStringLiteral("f"));
            QVERIFY(!prediction);
            const QString message = prediction.error().toString();
            QVERIFY2(message.contains(path), qPrintable(message));
            QVERIFY2(message.contains(QLatin1String(mismatch.shown)), qPrintable(message));
            QVERIFY2(message.contains(QLatin1String(mismatch.expected)), qPrintable(message));
        }
        // An input size the network cannot take names the model and the input.
        const QString wrongInput =
            writeDescription(QStringLiteral("wrong-input"),
                             description("classification", "classifier.onnx",
                                         "[\"Normal\", \"Abnormal\", \"ignore\"]", "{}",
                                         "{\"width\": 9, \"height\": 8, \"channels\": 1}"));
        OnnxModel model = loadOrFail(wrongInput);
        const Expected<ModelPrediction> failed =
            model.predict(greyImage(rampImage()), QStringLiteral("i"), QStringLiteral("f"));
        QVERIFY(!failed);
        QVERIFY2(failed.error().toString().contains(QLatin1String("classifier.onnx")),
                 qPrintable(failed.error().toString()));
        QVERIFY2(failed.error().toString().contains(wrongInput),
                 qPrintable(failed.error().toString()));
    }

    void runsOverProjectItemsAndCancels()
    {
        const QString root = m_dir.filePath(QStringLiteral("project"));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/images")));
        std::vector<Item> items;
        for (int n = 0; n < 12; ++n) {
            const QString name = QStringLiteral("images/%1.png").arg(n);
            const Expected<bool> written =
                writeImageFile(root + QLatin1Char('/') + name, cv::Mat1b(8, 8, uchar(20 * n)));
            QVERIFY(written && *written);
            items.push_back(Item{QStringLiteral("item%1").arg(n), name});
        }
        items.push_back(Item{QStringLiteral("gone"), QStringLiteral("images/gone.png")});
        const Expected<ModelDescription> read =
            readModelDescription(m_models + QStringLiteral("/classifier.json"));
        QVERIFY(read);
        const Expected<std::vector<int>> labels = resolveClassLabels(*read, taxonomy());
        QVERIFY(labels);

        ModelRun run(*read, *labels);
        // Progress comes from the workers one call at a time: recorded here, checked below.
        QSet<Qt::HANDLE> threads;
        std::vector<std::pair<int, int>> reports;
        const Expected<ModelRunOutcome> outcome = run.run(root, items, [&](int done, int total) {
            threads.insert(QThread::currentThreadId());
            reports.emplace_back(done, total);
        });
        QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().toString()));
        QVERIFY(!outcome->cancelled);
        QCOMPARE(reports.size(), size_t(13));
        for (size_t n = 0; n < reports.size(); ++n)
            QCOMPARE(reports[n], std::make_pair(int(n) + 1, 13));
        QVERIFY(threads.size() <= ModelRun::MaxThreads);
        QCOMPARE(outcome->itemsRun, 12);
        QCOMPARE(outcome->itemErrors.size(), size_t(1));
        QVERIFY(outcome->itemErrors.front().toString().contains(QLatin1String("gone.png")));
        const PrelabelSet &set = outcome->set;
        QCOMPARE(set.source.origin, QStringLiteral("onnx"));
        QCOMPARE(set.source.modelName, QStringLiteral("test-classification"));
        QCOMPARE(set.source.modelVersion, QStringLiteral("1.2"));
        QVERIFY(!set.source.createdAt.isEmpty());
        QCOMPARE(set.suggestions.size(), size_t(12));
        QCOMPARE(set.itemUncertainty.size(), 12);
        QSet<QString> ids;
        for (size_t n = 0; n < 12; ++n) {
            const Suggestion &suggestion = set.suggestions[n];
            QCOMPARE(suggestion.itemId, QStringLiteral("item%1").arg(n));
            ids.insert(suggestion.id);
            const double m = 20.0 * double(n) / 255.0;
            const std::vector<double> p = softmaxOf({m, 0.5 - m, 0.25});
            const size_t best = size_t(std::max_element(p.begin(), p.end()) - p.begin());
            QVERIFY(std::abs(suggestion.score - p[best]) < 1e-4);
            QVERIFY(std::abs(set.itemUncertainty.value(suggestion.itemId) - (1 - p[best])) < 1e-4);
        }
        QCOMPARE(ids.size(), 12);

        // Cancelled after the first item: the rest are not run and nothing is returned.
        ModelRun cancelled(*read, *labels);
        int calls = 0;
        const Expected<ModelRunOutcome> stopped = cancelled.run(root, items, [&](int, int) {
            ++calls;
            cancelled.cancel();
        });
        QVERIFY(stopped);
        QVERIFY(stopped->cancelled);
        QVERIFY(stopped->set.suggestions.empty());
        QVERIFY(stopped->set.itemUncertainty.isEmpty());
        QVERIFY2(calls <= ModelRun::MaxThreads, qPrintable(QString::number(calls)));
        QVERIFY(!QFileInfo::exists(root + QStringLiteral("/prelabels")));

        // A model that does not match stops the run with its message.
        const QString mismatch = writeDescription(
            QStringLiteral("run-mismatch"),
            description("detection", "classifier.onnx", "[\"Normal\", \"Abnormal\", \"ignore\"]"));
        const Expected<ModelDescription> wrong = readModelDescription(mismatch);
        QVERIFY(wrong);
        ModelRun failing(*wrong, *resolveClassLabels(*wrong, taxonomy()));
        const Expected<ModelRunOutcome> failed = failing.run(root, items);
        QVERIFY(!failed);
        QVERIFY(failed.error().toString().contains(mismatch));

        // Embeddings for the learner.
        const Expected<ModelDescription> embedder =
            readModelDescription(m_models + QStringLiteral("/embedder.json"));
        QVERIFY(embedder);
        ModelRun embedding(*embedder, {});
        const Expected<EmbeddingOutcome> features = embedding.embed(root, items);
        QVERIFY(features);
        QCOMPARE(features->embeddings.size(), 12);
        QCOMPARE(features->embeddings.value(QStringLiteral("item3")).size(), size_t(4));
    }

    // An embedding model as the learner's features (docs/active-learning.md, "An embedding
    // model instead"): pictures bright above or bright below, which the model's "mean of the top
    // half" feature tells apart, are learned to a cross-validated accuracy of at least 0.95;
    // features are cached under a name that holds the model file's hash; a model of another
    // task is refused by name.
    void embeddingModelFeaturesTrainTheLearner()
    {
        const Expected<ModelDescription> description =
            readModelDescription(m_models + QStringLiteral("/embedder.json"));
        QVERIFY(description);
        const Expected<std::unique_ptr<EmbeddingFeatureSource>> source =
            EmbeddingFeatureSource::load(*description);
        QVERIFY2(source, source ? "" : qPrintable(source.error().toString()));
        QCOMPARE((*source)->dimension(), 4);
        QVERIFY((*source)->name().startsWith(QStringLiteral("onnx-embedding/1:features:")));

        const QString root = m_dir.filePath(QStringLiteral("embedding-project"));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/images")));
        SplitMix64 random(3);
        std::vector<Item> items;
        std::vector<int> classes;
        for (int n = 0; n < 40; ++n) {
            const int brightAbove = n % 2;
            cv::Mat1b picture(32, 32);
            for (int y = 0; y < 32; ++y) {
                for (int x = 0; x < 32; ++x) {
                    const bool bright = (y < 16) == bool(brightAbove);
                    picture(y, x) = uchar((bright ? 150 : 60) + random.below(60));
                }
            }
            const QString name = QStringLiteral("images/%1.png").arg(n);
            const Expected<bool> written = writeImageFile(root + QLatin1Char('/') + name, picture);
            QVERIFY(written && *written);
            items.push_back(Item{QStringLiteral("e%1").arg(n), name,
                                 QStringLiteral("%1").arg(n + 1, 64, 16, QLatin1Char('0'))});
            classes.push_back(brightAbove);
        }
        const ProjectFolder folder(root);
        const ItemFeatures features = describeItems(folder, items, **source);
        QVERIFY(features.undescribed.empty());
        QCOMPARE(features.computed, 40);
        FeatureMatrix matrix;
        matrix.columns = 4;
        for (const FeatureVector &row : features.featuresOfItem) {
            QCOMPARE(row.size(), size_t(4));
            matrix.values.insert(matrix.values.end(), row.begin(), row.end());
            ++matrix.rows;
        }
        const FeatureMatrix scaled = Standardizer::fit(matrix).apply(matrix);
        const CrossValidation cv = crossValidate(scaled, classes, 2, 5, 11);
        QVERIFY2(cv.accuracy >= 0.95, qPrintable(QString::number(cv.accuracy)));
        QCOMPARE(cv.majorityBaseline, 0.5);
        // Cached by content under the model's name: nothing is run again.
        QCOMPARE(describeItems(folder, items, **source).computed, 0);

        const Expected<ModelDescription> classifier =
            readModelDescription(m_models + QStringLiteral("/classifier.json"));
        QVERIFY(classifier);
        const Expected<std::unique_ptr<EmbeddingFeatureSource>> refused =
            EmbeddingFeatureSource::load(*classifier);
        QVERIFY(!refused);
        QVERIFY(refused.error().toString().contains(QStringLiteral("classifier.json")));
        QVERIFY(refused.error().toString().contains(QStringLiteral("embedding model")));
    }
};

QTEST_GUILESS_MAIN(TestModelRun)
#include "tst_modelrun.moc"
