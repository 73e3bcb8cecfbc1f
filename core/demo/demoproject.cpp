// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demoproject.h"

#include "core/demo/demotaxonomy.h"
#include "core/demo/syntheticradiograph.h"
#include "core/exchange/folderimporter.h"
#include "core/imaging/dicomwriter.h"
#include "core/imaging/imagecodecs.h"
#include "core/imaging/windowlevel.h"
#include "core/model/labelattributes.h"
#include "core/model/maskannotation.h"
#include "core/project/polygonmask.h"
#include "core/project/prelabelsetjson.h"
#include "core/project/workspace.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <random>

namespace concord {

static MaybeError writeDemoVersion(const QString &directory)
{
    QSaveFile file(QDir(directory).filePath(QLatin1String(DemoVersionFile)));
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QByteArray::number(DemoGeneratorVersion) + '\n') < 0 || !file.commit())
        return FileError{file.fileName(), file.errorString()};
    return std::nullopt;
}

// The stamp's version, or 0 for a demo without one (made before stamps existed).
static int readDemoVersion(const QString &directory)
{
    QFile file(QDir(directory).filePath(QLatin1String(DemoVersionFile)));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readAll().trimmed().toInt();
}

static int labelFor(const Taxonomy &taxonomy, SyntheticFinding::Kind kind)
{
    const char *name = "Nodule";
    switch (kind) {
    case SyntheticFinding::Nodule: name = "Nodule"; break;
    case SyntheticFinding::Consolidation: name = "Consolidation"; break;
    case SyntheticFinding::Effusion: name = "Effusion"; break;
    case SyntheticFinding::Tube: name = "Tube"; break;
    }
    return taxonomy.findByName(QLatin1String(name))->id;
}

// A uniform number in [0, 1) from a generator whose output is fixed by the standard, so every
// demo shows the same figures on every platform.
static double unitInterval(std::mt19937 &random)
{
    return double(random() >> 8) / double(1u << 24);
}

// The severity a finding's size suggests: the larger its share of the image, the worse.
static QString severityOf(const SyntheticFinding &finding, cv::Size image)
{
    const double share = finding.box.area() / (double(image.width) * image.height);
    return share < 0.004   ? concord::tr("mild")
           : share < 0.015 ? concord::tr("moderate")
                           : concord::tr("severe");
}

// On which side of the image the findings (not devices) lie.
static QString lateralityOf(const std::vector<SyntheticFinding> &findings, cv::Size image)
{
    bool left = false, right = false;
    for (const SyntheticFinding &finding : findings) {
        if (finding.kind == SyntheticFinding::Tube)
            continue;
        // Radiographs face the viewer: the patient's right is on the image's left.
        (finding.box.x + finding.box.width / 2 < image.width / 2.0 ? right : left) = true;
    }
    return left && right ? concord::tr("bilateral")
           : left        ? concord::tr("left")
                         : concord::tr("right");
}

// A reader's value for an attribute: the true one, or with probability `slip` a neighbour
// (near misses, as readers make them on an ordinal scale).
static QString readValue(const LabelAttribute &attribute, const QString &truth, double slip,
                         std::mt19937 &random)
{
    const qsizetype index = attribute.values.indexOf(truth);
    if (index < 0 || unitInterval(random) >= slip)
        return truth;
    const qsizetype step = unitInterval(random) < 0.5 ? -1 : 1;
    const qsizetype neighbour =
        index + step >= 0 && index + step < attribute.values.size() ? index + step : index - step;
    return attribute.values.value(neighbour, truth);
}

// Severity on a box whose label has one, as a reader who slips with probability `slip` reads it.
static void addSeverity(const Taxonomy &taxonomy, BoxAnnotation &box,
                        const SyntheticFinding &finding, cv::Size image, double slip,
                        std::mt19937 &random)
{
    if (const LabelAttribute *severity =
            declaredAttribute(taxonomy, box.labelId, concord::tr("severity")))
        box.attributes.insert(severity->name,
                              readValue(*severity, severityOf(finding, image), slip, random));
}

// Laterality on the image labels that have one (Finding), journaled as attribute.set events.
static MaybeError addLaterality(Workspace &workspace, const QString &itemId,
                                const std::vector<int> &classes, const SyntheticRadiograph &truth,
                                double slip, std::mt19937 &random)
{
    for (int labelId : classes) {
        const LabelAttribute *laterality =
            declaredAttribute(workspace.project().taxonomy, labelId, concord::tr("laterality"));
        if (!laterality)
            continue;
        const QString value =
            readValue(*laterality, lateralityOf(truth.findings, truth.pixels.size()), slip, random);
        if (MaybeError error = workspace.commit(
                edits::setImageLabelAttribute(itemId, labelId, laterality->name, {}, value)
                    .forward))
            return error;
    }
    return std::nullopt;
}

// The image labels of an item whose findings have these top-level classes: each class once,
// in order of id, or Normal when there is none.
static std::vector<int> imageLabels(const Taxonomy &taxonomy, std::vector<int> classes)
{
    std::sort(classes.begin(), classes.end());
    classes.erase(std::unique(classes.begin(), classes.end()), classes.end());
    if (classes.empty())
        classes.push_back(taxonomy.findByName(QStringLiteral("Normal"))->id);
    return classes;
}

// A reader's image labels for an item whose findings have these top-level classes (Normal when
// there is none), submitted with a laterality on those that take one.
static MaybeError labelImage(Workspace &workspace, const QString &itemId, std::vector<int> classes,
                             const SyntheticRadiograph &truth, double slip, std::mt19937 &random)
{
    classes = imageLabels(workspace.project().taxonomy, std::move(classes));
    if (MaybeError error = workspace.commit(edits::setClassLabels(itemId, {}, classes).forward))
        return error;
    return addLaterality(workspace, itemId, classes, truth, slip, random);
}

// The ellipse inscribed in a box, as a polygon: how the demo readers outline a finding.
static std::vector<ImagePoint> ellipseIn(const ImageRect &box)
{
    constexpr int Vertices = 32;
    std::vector<ImagePoint> outline;
    outline.reserve(Vertices);
    for (int k = 0; k < Vertices; ++k) {
        const double angle = 2 * std::numbers::pi * k / Vertices;
        outline.push_back({box.x + box.width / 2 * (1 + std::cos(angle)),
                           box.y + box.height / 2 * (1 + std::sin(angle))});
    }
    return outline;
}

// A reader's outline of a finding on a DICOM radiograph, inscribed in the box they drew: Anna
// and Ben paint masks, Chen draws polygons, so the Agreement window compares both kinds (in
// mm, from the radiograph's pixel spacing). Tubes are not outlined.
static MaybeError outlineFinding(Workspace &workspace, const QString &itemId,
                                 const BoxAnnotation &box, cv::Size imageSize, bool asPolygon)
{
    if (box.labelId == workspace.project().taxonomy.findByName(QStringLiteral("Tube"))->id)
        return std::nullopt;
    PolygonAnnotation polygon{newAnnotationId(), box.labelId, ellipseIn(box.rect), {}, {}};
    if (asPolygon)
        return workspace.commit(edits::addPolygon(itemId, polygon).forward);
    const MaskAnnotation mask{
        newAnnotationId(), box.labelId, polygonMask(polygon, imageSize), {}, {}};
    return workspace.commit(edits::addMask(itemId, mask).forward);
}

// Three readers who read every image blind in a calibration session, so the Agreement window
// (View > Agreement) and `concord-cli agreement` show real figures on the demo: each misses a
// finding now and then, mixes up the kinds of opacity, and draws boxes a little off the truth.
// On the DICOM radiographs they also outline what they boxed. `slip` is how often a reader
// errs. Seeded per reader and image.
struct DemoReader
{
    const char *id;
    const char *name;
    double slip;
};
const DemoReader DemoReaders[] = {
    {"anna", "Anna K.", 0.08}, {"ben", "Ben O.", 0.18}, {"chen", "Chen L.", 0.35}};
// The images of the demo's calibration round: a mix of PNG and 16-bit TIFF.
constexpr int CalibrationRoundImages = 6;

// A calibration round the lead set up over the first images for the three readers, so the
// calibration review (Team > Calibration review…) and `concord-cli calibration review` have a
// session to show. Returns its id. Made in the open session, which must be the lead's.
static Expected<QString> addCalibrationRound(Workspace &workspace)
{
    CalibrationPlan plan;
    plan.name = concord::tr("Calibration round 1");
    for (const DemoReader &reader : DemoReaders)
        plan.participantIds << QLatin1String(reader.id);
    for (int i = 0; i < std::min(CalibrationRoundImages, int(workspace.items().size())); ++i)
        plan.itemIds << workspace.items().at(i).id;
    plan.guidelineVersion = workspace.project().currentGuidelineVersion;
    Expected<CalibrationPlan> added = workspace.addCalibrationPlan(plan);
    if (!added)
        return added.error();
    return added->id;
}

static MaybeError addCalibrationReaders(Workspace &workspace,
                                        const std::vector<SyntheticRadiograph> &drawn,
                                        const QString &roundId)
{
    const Taxonomy &taxonomy = workspace.project().taxonomy;
    const int nodule = taxonomy.findByName(QStringLiteral("Nodule"))->id;
    const int consolidation = taxonomy.findByName(QStringLiteral("Consolidation"))->id;
    for (size_t r = 0; r < std::size(DemoReaders); ++r) {
        const DemoReader &reader = DemoReaders[r];
        const QString id = QLatin1String(reader.id);
        // Each image as the reader read it. The round's images are read twice, alike: once in
        // the round (blind, for the review) and once in the reader's own labeling.
        auto readItem = [&](int i) -> MaybeError {
            std::mt19937 random(unsigned(7919 * (r + 1) + i));
            const QString itemId = workspace.items().at(i).id;
            const SyntheticRadiograph &truth = drawn[size_t(i)];
            const bool dicom = !workspace.items().at(i).sopInstanceUid.isEmpty();
            std::vector<int> classes;
            for (const SyntheticFinding &finding : truth.findings) {
                if (unitInterval(random) < reader.slip / 2)
                    continue; // missed
                BoxAnnotation box;
                box.id = newAnnotationId();
                box.labelId = labelFor(taxonomy, finding.kind);
                if ((box.labelId == nodule || box.labelId == consolidation) &&
                    unitInterval(random) < reader.slip)
                    box.labelId = box.labelId == nodule ? consolidation : nodule;
                const double jitter = 0.08 * reader.slip / 0.35;
                auto shift = [&](double extent) {
                    return (unitInterval(random) - 0.5) * 2 * jitter * extent;
                };
                box.rect = ImageRect{finding.box.x + shift(finding.box.width),
                                     finding.box.y + shift(finding.box.height),
                                     finding.box.width * (1 + shift(1)),
                                     finding.box.height * (1 + shift(1))}
                               .clampedTo(truth.pixels.cols, truth.pixels.rows);
                // A generator of its own, so attributes leave the boxes as they were.
                std::mt19937 attributeRandom(unsigned(104729 * (r + 1) + i + box.rect.x));
                addSeverity(taxonomy, box, finding, truth.pixels.size(), reader.slip,
                            attributeRandom);
                if (MaybeError error = workspace.commit(edits::addBox(itemId, box).forward))
                    return error;
                if (dicom) {
                    if (MaybeError error =
                            outlineFinding(workspace, itemId, box, truth.pixels.size(), r == 2))
                        return error;
                }
                classes.push_back(taxonomy.ancestorAtDepth(box.labelId, 0));
            }
            std::mt19937 attributeRandom(unsigned(104729 * (r + 1) + i));
            if (MaybeError error =
                    labelImage(workspace, itemId, classes, truth, reader.slip, attributeRandom))
                return error;
            return workspace.commit(
                edits::setItemStatus(itemId, ItemStatus::InProgress, ItemStatus::Done).forward);
        };
        if (MaybeError error = workspace.startSession(id, SessionMode::Calibration, roundId))
            return error;
        for (int i = 0; i < CalibrationRoundImages && size_t(i) < drawn.size(); ++i) {
            if (MaybeError error = readItem(i))
                return error;
        }
        if (MaybeError error = workspace.startSession(id, SessionMode::Calibration))
            return error;
        for (int i = 0; i < workspace.items().size() && size_t(i) < drawn.size(); ++i) {
            if (MaybeError error = readItem(i))
                return error;
        }
    }
    return std::nullopt;
}

// The lead has settled the reference of every third image (the drawn truth, as image labels),
// as a calibration review would: so gold tests (Team > Start gold test) and guideline examples
// show real references on the demo, and the quality workflow has gold items to mix into the
// queues while the other two thirds are routed by the readers' agreement (docs/quality.md).
// Recorded in the open session, which must be the lead's.
static MaybeError addReferenceLabels(Workspace &workspace,
                                     const std::vector<SyntheticRadiograph> &drawn)
{
    const Taxonomy &taxonomy = workspace.project().taxonomy;
    for (int i = 0; i < workspace.items().size() && size_t(i) < drawn.size(); i += 3) {
        std::vector<int> classes;
        for (const SyntheticFinding &finding : drawn[size_t(i)].findings)
            classes.push_back(taxonomy.ancestorAtDepth(labelFor(taxonomy, finding.kind), 0));
        if (MaybeError error = workspace.recordReferenceLabel(workspace.items().at(i).id,
                                                              imageLabels(taxonomy, classes)))
            return error;
    }
    return std::nullopt;
}

// A pre-label set from an imagined detector (docs/prelabels.md), so the Suggestions tab and the
// dashed suggestions show on the demo: every drawn finding of the ordinary images, shifted a few
// pixels, with a score between 0.55 and 0.97, and on every other image a false nodule scoring
// 0.2 to 0.45, below the slider's default minimum. Written as the set files are: once, whole.
static MaybeError addDemoPrelabels(const QString &directory, const Workspace &workspace,
                                   const std::vector<SyntheticRadiograph> &drawn)
{
    const Taxonomy &taxonomy = workspace.project().taxonomy;
    PrelabelSet set;
    set.id = QStringLiteral("demo-detector-1");
    set.source = {QStringLiteral("Demo detector"), QStringLiteral("0.3"), QStringLiteral("demo"),
                  QStringLiteral("2026-01-01T00:00:00Z")};
    std::mt19937 random(2026);
    std::uniform_real_distribution<double> score(0.55, 0.97);
    std::uniform_real_distribution<double> falseScore(0.2, 0.45);
    std::uniform_real_distribution<double> shift(-6, 6);
    int next = 1;
    for (int i = 0; i < workspace.items().size() && size_t(i) < drawn.size(); ++i) {
        const QString itemId = workspace.items().at(i).id;
        double uncertainty = 0;
        for (const SyntheticFinding &finding : drawn[size_t(i)].findings) {
            Suggestion suggestion;
            suggestion.id = QStringLiteral("s%1").arg(next++);
            suggestion.itemId = itemId;
            suggestion.labelId = labelFor(taxonomy, finding.kind);
            suggestion.score = score(random);
            suggestion.rect =
                ImageRect{finding.box.x + shift(random), finding.box.y + shift(random),
                          finding.box.width, finding.box.height};
            uncertainty = std::max(uncertainty, 1 - suggestion.score);
            set.suggestions.push_back(suggestion);
        }
        if (i % 2 == 1) {
            const cv::Size size = drawn[size_t(i)].pixels.size();
            Suggestion wrong;
            wrong.id = QStringLiteral("s%1").arg(next++);
            wrong.itemId = itemId;
            wrong.labelId = labelFor(taxonomy, SyntheticFinding::Nodule);
            wrong.score = falseScore(random);
            wrong.rect = ImageRect{size.width * 0.62, size.height * 0.3, size.width * 0.06,
                                   size.width * 0.06};
            set.suggestions.push_back(wrong);
        }
        set.itemUncertainty.insert(itemId, uncertainty);
    }
    const QString folder = QDir(directory).filePath(QStringLiteral("prelabels"));
    QDir().mkpath(folder);
    QSaveFile file(QDir(folder).filePath(set.id + QStringLiteral(".json")));
    if (!file.open(QIODevice::WriteOnly) || file.write(prelabelSetToJsonBytes(set)) < 0 ||
        !file.commit())
        return FileError{file.fileName(), file.errorString()};
    return std::nullopt;
}

MaybeError createDemoProject(const QString &directory, int imageCount)
{
    Project project = Project::create(concord::tr("Chest X-ray demo"), demoTaxonomy());
    project.guidelines.front().text = concord::tr(
        "# Chest X-ray labeling guideline\n\n"
        "Draw a box around every **nodule**, **consolidation** and **effusion**; mark tubes and "
        "lines as devices. Tick *Normal* as an image label when there is no finding.\n");
    Expected<std::unique_ptr<Workspace>> created = Workspace::create(directory, project);
    if (!created)
        return created.error();
    Workspace &workspace = **created;
    if (MaybeError error = workspace.addAnnotator(
            {QLatin1String(DemoAnnotatorId), concord::tr("Demo Reader"), Role::Annotator}))
        return error;
    if (MaybeError error = workspace.addAnnotator(
            {QStringLiteral("lead"), concord::tr("Session Lead"), Role::Lead}))
        return error;
    for (const DemoReader &reader : DemoReaders) {
        if (MaybeError error = workspace.addAnnotator(
                {QLatin1String(reader.id), QLatin1String(reader.name), Role::Annotator}))
            return error;
    }

    const QString imagesDir = workspace.folder().root() + QStringLiteral("/images");
    QDir().mkpath(imagesDir);
    std::vector<SyntheticRadiograph> drawn;
    for (int i = 0; i < imageCount; ++i) {
        // Every third image is a 16-bit TIFF with 12 bits stored, like a DX detector's output.
        const bool sixteenBit = i % 3 == 2;
        SyntheticRadiograph radiograph = drawSyntheticRadiograph(
            sixteenBit ? 2048 : 1024, unsigned(1000 + i), sixteenBit, i == 0 ? 2 : 0);
        const QString name = QStringLiteral("%1/chest-%2.%3")
                                 .arg(imagesDir)
                                 .arg(i + 1, 2, 10, QLatin1Char('0'))
                                 .arg(sixteenBit ? QStringLiteral("tif") : QStringLiteral("png"));
        const Expected<bool> written = writeImageFile(name, radiograph.pixels);
        if (!written)
            return written.error();
        if (!*written)
            return FileError{name, concord::tr("cannot write demo image")};
        drawn.push_back(std::move(radiograph));
    }
    // Real DICOM radiographs too: DX and CR, both photometric interpretations, 12 bits stored,
    // one uncompressed, one JPEG-LS and one JPEG 2000 compressed.
    struct DicomDemo
    {
        const char *name;
        const char *modality;
        Photometric photometric;
        DicomTransferSyntax syntax;
    };
    const DicomDemo dicomDemos[] = {
        {"13-dx.dcm", "DX", Photometric::Monochrome2, DicomTransferSyntax::ExplicitLittleEndian},
        {"14-cr.dcm", "CR", Photometric::Monochrome1, DicomTransferSyntax::JpegLsLossless},
        {"15-dx.dcm", "DX", Photometric::Monochrome2, DicomTransferSyntax::Jpeg2000Lossless},
    };
    for (const DicomDemo &demo : dicomDemos) {
        SyntheticRadiograph radiograph =
            drawSyntheticRadiograph(2048, unsigned(2000 + drawn.size()), true, 3);
        Image image;
        image.metadata.photometric = demo.photometric;
        image.metadata.bitsStored = 12;
        image.metadata.modality = QLatin1String(demo.modality);
        image.metadata.patientId = QStringLiteral("DEMO-%1").arg(drawn.size() + 1);
        // Posteroanterior chests as a reading room hangs them: the patient's left on the right.
        image.metadata.directions = ImageDirections{QStringLiteral("L"), QStringLiteral("F")};
        image.metadata.pixelSpacing =
            PixelSpacing{0.139, 0.139, QStringLiteral("ImagerPixelSpacing")};
        cv::Mat stored = radiograph.pixels;
        if (demo.photometric == Photometric::Monochrome1)
            stored = cv::Scalar(4095) - stored; // MONOCHROME1 stores dense as dark
        // Header windows apply to stored values, so a MONOCHROME1 window is taken from them too.
        const WindowLevel suggested = percentileWindow(stored, image.metadata, 1.0, 99.0);
        image.metadata.windowPresets.push_back(
            {concord::tr("Chest"), suggested.center, suggested.width});
        image.frames.push_back(stored);
        const QString path = imagesDir + QStringLiteral("/chest-") + QLatin1String(demo.name);
        DicomWriteOptions options;
        options.modality = QLatin1String(demo.modality);
        options.transferSyntax = demo.syntax;
        if (MaybeError error = writeDicom(image, path, options))
            return error;
        drawn.push_back(std::move(radiograph));
    }

    Expected<ImportReport> imported = importFolder(workspace, imagesDir);
    if (!imported)
        return imported.error();

    // The lead has read the first images already; the demo reader has started the first one.
    const Taxonomy &taxonomy = workspace.project().taxonomy;
    QString roundId;
    for (const QString &annotator :
         {QStringLiteral("lead"), QString::fromLatin1(DemoAnnotatorId)}) {
        if (MaybeError error = workspace.startSession(annotator))
            return error;
        const int readCount = annotator == QLatin1String("lead") ? std::min(imageCount, 4) : 1;
        for (int i = 0; i < readCount; ++i) {
            const QString itemId = workspace.items().at(i).id;
            std::vector<int> classes;
            for (const SyntheticFinding &finding : drawn[size_t(i)].findings) {
                BoxAnnotation box;
                box.id = newAnnotationId();
                box.labelId = labelFor(taxonomy, finding.kind);
                box.rect = {finding.box.x, finding.box.y, finding.box.width, finding.box.height};
                std::mt19937 exact; // slip 0: the lead reads attributes as drawn
                addSeverity(taxonomy, box, finding, drawn[size_t(i)].pixels.size(), 0, exact);
                if (MaybeError error = workspace.commit(edits::addBox(itemId, box).forward))
                    return error;
                classes.push_back(taxonomy.ancestorAtDepth(box.labelId, 0));
            }
            std::mt19937 exact;
            if (MaybeError error =
                    labelImage(workspace, itemId, classes, drawn[size_t(i)], 0, exact))
                return error;
            if (annotator == QLatin1String("lead")) {
                if (MaybeError error = workspace.commit(
                        edits::setItemStatus(itemId, ItemStatus::InProgress, ItemStatus::Done)
                            .forward))
                    return error;
            }
        }
        if (annotator == QLatin1String("lead")) {
            if (MaybeError error = addReferenceLabels(workspace, drawn))
                return error;
            Expected<QString> round = addCalibrationRound(workspace);
            if (!round)
                return round.error();
            roundId = *round;
        }
    }
    if (MaybeError error = addCalibrationReaders(workspace, drawn, roundId))
        return error;
    if (MaybeError error = workspace.endSession())
        return error;
    if (MaybeError error = addDemoPrelabels(directory, workspace, drawn))
        return error;
    return writeDemoVersion(directory);
}

Expected<QString> prepareCurrentDemoProject(const QString &directory)
{
    const QDir folder(directory);
    QString movedTo;
    if (folder.exists(QStringLiteral("project.json"))) {
        if (readDemoVersion(directory) == DemoGeneratorVersion)
            return QString();
        const QString stamp =
            QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const QString base = QDir::cleanPath(folder.absolutePath());
        movedTo = base.chopped(base.endsWith(QLatin1String(".concord")) ? 8 : 0) +
                  QStringLiteral("-before-") + stamp + QStringLiteral(".concord");
        if (!QDir().rename(base, movedTo))
            return FileError{
                base, concord::tr("this demo was made by another Concord version and could not be "
                                  "moved aside to %1, so it was left as it is")
                          .arg(QDir::toNativeSeparators(movedTo))};
    }
    if (MaybeError error = createDemoProject(directory))
        return *error;
    return movedTo;
}

} // namespace concord
