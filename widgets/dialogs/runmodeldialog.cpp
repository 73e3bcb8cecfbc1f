// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/dialogs/runmodeldialog.h"

#include "core/exchange/dicomsegimporter.h"
#include "core/exchange/predictionimport.h"
#include "core/inference/modeldescription.h"
#include "core/inference/modelrun.h"
#include "core/prelabels/prelabelstorage.h"
#include "core/project/workspace.h"
#include "widgets/dialogs/modeldescriptionrow.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace concord {

namespace {

enum class ItemChoice { Every, NotFinished, Current };

// What a radiologist needs to know of a model before running it, in two lines: its name and
// task, and the labels it proposes.
QString modelSummary(const ModelDescription &description)
{
    QStringList labels;
    int ignored = 0;
    for (const ModelClass &modelClass : description.classes) {
        if (modelClass.ignored())
            ++ignored;
        else
            labels.append(modelClass.label);
    }
    QString text = RunModelDialog::tr("%1 %2: %3, input %4 × %5")
                       .arg(description.name, description.version, modelTaskName(description.task))
                       .arg(description.input.width)
                       .arg(description.input.height);
    text += QLatin1Char('\n') +
            RunModelDialog::tr("Proposes: %1").arg(labels.join(QStringLiteral(", ")));
    if (ignored > 0)
        text += RunModelDialog::tr(" (%n class(es) ignored)", nullptr, ignored);
    return text;
}

} // namespace

RunModelDialog::RunModelDialog(Workspace *workspace, const QString &currentItemId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_currentItemId(currentItemId)
    , m_description(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_items(new QComboBox(this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_runButton(m_buttons->addButton(tr("&Run"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("Run model"));
    m_description->setObjectName(QStringLiteral("modelDescription"));
    m_description->setPlaceholderText(tr("A model description (JSON beside its .onnx file)"));
    m_description->setText(QSettings().value(QLatin1String(LastRunModelSetting)).toString());
    QHBoxLayout *descriptionRow = modelDescriptionRow(this, m_description, tr("Model description"));
    m_summary->setObjectName(QStringLiteral("modelSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const ItemList &items = workspace->items();
    int notFinished = 0;
    for (const Item &item : items.items())
        notFinished += isFinished(workspace->myStatus(item.id)) ? 0 : 1;
    m_items->setObjectName(QStringLiteral("modelItems"));
    m_items->addItem(tr("Every item (%1)").arg(items.size()), int(ItemChoice::Every));
    m_items->addItem(tr("Items I have not finished (%1)").arg(notFinished),
                     int(ItemChoice::NotFinished));
    if (!currentItemId.isEmpty())
        m_items->addItem(tr("This item"), int(ItemChoice::Current));
    m_progress->setObjectName(QStringLiteral("modelProgress"));
    m_progress->setVisible(false);
    m_result->setObjectName(QStringLiteral("modelResult"));
    m_result->setWordWrap(true);

    auto *form = new QFormLayout;
    // A label of its own, so that its mnemonic reaches the line (a layout cannot be a buddy).
    auto *modelLabel = new QLabel(tr("&Model:"), this);
    modelLabel->setBuddy(m_description);
    form->addRow(modelLabel, descriptionRow);
    form->addRow(QString(), m_summary);
    form->addRow(tr("&Items:"), m_items);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());

    connect(m_description, &QLineEdit::textChanged, this, &RunModelDialog::checkDescription);
    connect(m_runButton, &QPushButton::clicked, this, &RunModelDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RunModelDialog::reject);
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<Expected<ModelRunOutcome>>>::finished, this,
            &RunModelDialog::finish);
    checkDescription();
}

RunModelDialog::~RunModelDialog()
{
    if (m_run)
        m_run->cancel();
    m_watcher.waitForFinished();
}

void RunModelDialog::reject()
{
    if (m_watcher.isRunning()) {
        // Stop first: the workers finish the item each is on, and nothing is written.
        m_run->cancel();
        m_result->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

struct RunModelDialog::CheckedModel
{
    ModelDescription description;
    std::vector<int> labelIds;
};

Expected<RunModelDialog::CheckedModel> RunModelDialog::checkedModel() const
{
    Expected<ModelDescription> description = readModelDescription(m_description->text().trimmed());
    if (!description)
        return description.error();
    if (description->task == ModelTask::Embedding)
        return FileError{description->descriptionPath,
                         tr("an embedding model makes no pre-labels; set it as the learner's "
                            "features in Preferences")};
    Expected<std::vector<int>> labels =
        resolveClassLabels(*description, m_workspace->project().taxonomy);
    if (!labels)
        return labels.error();
    return CheckedModel{std::move(*description), std::move(*labels)};
}

void RunModelDialog::checkDescription()
{
    m_descriptionUsable = false;
    if (m_description->text().trimmed().isEmpty()) {
        m_summary->setText(tr("Choose the description of a classification, detection or "
                              "segmentation model."));
        m_runButton->setEnabled(false);
        return;
    }
    const Expected<CheckedModel> model = checkedModel();
    if (!model) {
        m_summary->setText(model.error().toString());
        m_summary->setStyleSheet(QStringLiteral("color: #d9534f;"));
        m_runButton->setEnabled(false);
        return;
    }
    m_summary->setStyleSheet({});
    m_summary->setText(modelSummary(model->description));
    m_descriptionUsable = true;
    m_runButton->setEnabled(!m_watcher.isRunning());
}

void RunModelDialog::setRunning(bool running)
{
    m_runButton->setEnabled(!running && m_descriptionUsable);
    m_description->setEnabled(!running);
    m_items->setEnabled(!running);
    m_buttons->button(QDialogButtonBox::Close)->setText(running ? tr("Cancel") : tr("Close"));
    m_progress->setVisible(true);
}

void RunModelDialog::start()
{
    // Read again: the file may have changed since it was checked.
    const Expected<CheckedModel> model = checkedModel();
    if (!model)
        return checkDescription();
    const ModelDescription &description = model->description;
    QSettings().setValue(QLatin1String(LastRunModelSetting), description.descriptionPath);

    std::vector<Item> items;
    const auto choice = ItemChoice(m_items->currentData().toInt());
    for (const Item &item : m_workspace->items().items()) {
        if (choice == ItemChoice::Every ||
            (choice == ItemChoice::NotFinished && !isFinished(m_workspace->myStatus(item.id))) ||
            (choice == ItemChoice::Current && item.id == m_currentItemId))
            items.push_back(item);
    }
    if (items.empty()) {
        m_result->setText(tr("No items to run on."));
        return;
    }
    m_run = std::make_shared<ModelRun>(description, model->labelIds);
    m_progress->setRange(0, int(items.size()));
    m_progress->setValue(0);
    m_result->setText(
        tr("Running %1 on %n item(s)…", nullptr, int(items.size())).arg(description.name));
    setRunning(true);
    // The workers report from their threads; the bar is updated on this one. QPointer: a
    // report queued as the dialog closes finds it gone and does nothing.
    QPointer<QProgressBar> bar = m_progress;
    const ModelRun::Progress progress = [bar](int done, int) {
        QMetaObject::invokeMethod(
            bar,
            [bar, done] {
                if (bar)
                    bar->setValue(done);
            },
            Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run(
        [run = m_run, root = m_workspace->folder().root(), items = std::move(items), progress] {
            return std::make_shared<Expected<ModelRunOutcome>>(run->run(root, items, progress));
        }));
}

void RunModelDialog::finish()
{
    setRunning(false);
    const std::shared_ptr<Expected<ModelRunOutcome>> outcome = m_watcher.result();
    if (!*outcome) {
        m_result->setText(outcome->error().toString());
        return;
    }
    ModelRunOutcome &result = **outcome;
    if (result.cancelled) {
        m_result->setText(tr("Cancelled; nothing was written."));
        return;
    }
    PrelabelSet &set = result.set;
    const QString root = m_workspace->folder().root();
    if (const Expected<void> written = writePrelabelSetUnderNewId(root, set); !written) {
        m_result->setText(written.error().toString());
        return;
    }
    m_writtenSetId = set.id;
    QString text = tr("%n suggestion(s)", nullptr, int(set.suggestions.size())) +
                   tr(" on %n item(s), in the Suggestions tab as set %1.", nullptr, result.itemsRun)
                       .arg(set.id);
    if (!result.itemErrors.empty())
        text += QLatin1Char(' ') +
                tr("%n item(s) skipped; the first: %1", nullptr, int(result.itemErrors.size()))
                    .arg(result.itemErrors.front().toString());
    m_result->setText(text);
    Q_EMIT setWritten(set.id);
}

QString importPredictions(Workspace *workspace, QWidget *parent)
{
    QString filter;
    const QString file = QFileDialog::getOpenFileName(
        parent, RunModelDialog::tr("Import predictions"), QString(),
        RunModelDialog::tr("COCO predictions with scores (*.json);;Image labels (*.csv);;DICOM "
                           "segmentations (*.dcm)"),
        &filter);
    if (file.isEmpty())
        return {};
    const QString format =
        file.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)   ? QStringLiteral("csv")
        : file.endsWith(QLatin1String(".dcm"), Qt::CaseInsensitive) ? QStringLiteral("dicom-seg")
                                                                    : QStringLiteral("coco");
    bool named = false;
    const QString modelName =
        QInputDialog::getText(parent, RunModelDialog::tr("Import predictions"),
                              RunModelDialog::tr("The model that made them:"), QLineEdit::Normal,
                              QFileInfo(file).completeBaseName(), &named)
            .trimmed();
    if (!named || modelName.isEmpty())
        return {};

    // Read in the background: a COCO file of a large project takes a while to parse.
    QProgressDialog busy(RunModelDialog::tr("Reading %1…").arg(QFileInfo(file).fileName()),
                         QString(), 0, 0, parent);
    busy.setWindowModality(Qt::WindowModal);
    busy.setMinimumDuration(300);
    QFutureWatcher<std::shared_ptr<Expected<PrelabelSet>>> reading;
    QEventLoop loop;
    QObject::connect(&reading, &QFutureWatcher<std::shared_ptr<Expected<PrelabelSet>>>::finished,
                     &loop, &QEventLoop::quit);
    reading.setFuture(QtConcurrent::run(
        [file, format, project = workspace->project(), items = workspace->items()] {
            if (format == QLatin1String("dicom-seg"))
                return std::make_shared<Expected<PrelabelSet>>(
                    readSegmentationPredictions(file, project, items));
            return std::make_shared<Expected<PrelabelSet>>(
                readPredictions(file,
                                format == QLatin1String("csv") ? PredictionFormat::ImageLabelCsv
                                                               : PredictionFormat::Coco,
                                project, items));
        }));
    loop.exec();
    busy.close();
    Expected<PrelabelSet> &set = *reading.result();
    if (!set) {
        QMessageBox::warning(parent, RunModelDialog::tr("Import failed"), set.error().toString());
        return {};
    }
    const PrelabelSource source{modelName, QString(), format,
                                QDateTime::currentDateTimeUtc().toString(Qt::ISODate)};
    if (const Expected<void> written =
            writeImportedPrelabelSet(workspace->folder().root(), *set, source, file);
        !written) {
        QMessageBox::warning(parent, RunModelDialog::tr("Import failed"),
                             written.error().toString());
        return {};
    }
    return set->id;
}

} // namespace concord
