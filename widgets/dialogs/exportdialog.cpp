// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/dialogs/exportdialog.h"

#include "core/exchange/cocoexporter.h"
#include "core/exchange/labelmapexporter.h"
#include "core/project/workspace.h"
#include "core/quality/qualityworkflow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace concord {

namespace {
const QString TruthChoice = QStringLiteral("truth");
const QString EveryoneChoice = QStringLiteral("everyone");
const QString ReaderPrefix = QStringLiteral("reader:");
const char *const FolderKey = "export/folder";
} // namespace

ExportDialog::ExportDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_format(new QComboBox(this))
    , m_work(new QComboBox(this))
    , m_destination(new QLineEdit(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setWindowTitle(tr("Export dataset"));
    m_format->addItem(tr("COCO JSON: boxes, polygons, masks and image labels"), int(Format::Coco));
    m_format->addItem(tr("PNG label maps: one image per item and reader, pixel = label id"),
                      int(Format::LabelMaps));
    m_format->setObjectName(QStringLiteral("exportFormat"));

    // The same choices as `concord-cli export`: the accepted answers by default once the
    // project has a quality policy, every reader's work before. Blind reading holds: a reader
    // exports only the work they may see.
    const Project &project = workspace->project();
    QualityWorkflow workflow(*workspace);
    if (!project.qualityPolicies.empty() && workflow.maySeeRouting())
        m_work->addItem(tr("Accepted answers (quality policy version %1)")
                            .arg(project.currentQualityPolicy().version),
                        TruthChoice);
    m_work->addItem(tr("Every reader's work"), EveryoneChoice);
    for (const QString &id : workspace->visibleStore().annotatorIds()) {
        const Annotator *reader = project.findAnnotator(id);
        m_work->addItem(tr("Only %1's work").arg(reader ? reader->displayName : id),
                        ReaderPrefix + id);
    }
    m_work->setObjectName(QStringLiteral("exportWork"));
    m_work->setToolTip(tr("Blind reading applies: you export the work you may see"));

    m_destination->setObjectName(QStringLiteral("exportDestination"));
    auto *choose = new QPushButton(tr("Choose…"), this);
    connect(choose, &QPushButton::clicked, this, &ExportDialog::chooseDestination);
    auto *destinationRow = new QHBoxLayout;
    destinationRow->addWidget(m_destination, 1);
    destinationRow->addWidget(choose);

    m_progress->setObjectName(QStringLiteral("exportProgress"));
    // Shown once an export runs: an empty bar before that reads as something stuck.
    m_progress->setVisible(false);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_export = m_buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_close = m_buttons->addButton(QDialogButtonBox::Close);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_close, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        m_destination->clear();
        updateState();
    });
    connect(m_destination, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ExportDialog::onFinished);

    auto *form = new QFormLayout;
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Whose work:"), m_work);
    form->addRow(tr("Save to:"), destinationRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_buttons);
    resize(640, 260);
    updateState();
}

ExportDialog::~ExportDialog()
{
    // The worker holds copies of everything it writes, but its progress goes to this dialog.
    cancelExport();
    m_watcher.waitForFinished();
}

void ExportDialog::setFormat(Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void ExportDialog::setDestination(const QString &path)
{
    m_destination->setText(path);
}

bool ExportDialog::chooseWork(const QString &text)
{
    const int index = m_work->findText(text);
    if (index >= 0)
        m_work->setCurrentIndex(index);
    return index >= 0;
}

QStringList ExportDialog::workChoices() const
{
    QStringList texts;
    for (int i = 0; i < m_work->count(); ++i)
        texts << m_work->itemText(i);
    return texts;
}

QString ExportDialog::outcome() const
{
    return m_status->text();
}

void ExportDialog::chooseDestination()
{
    const QString start = QSettings().value(QLatin1String(FolderKey), QDir::homePath()).toString();
    QString path;
    if (Format(m_format->currentData().toInt()) == Format::Coco)
        path = QFileDialog::getSaveFileName(this, tr("Export COCO JSON"),
                                            start + QLatin1Char('/') + m_workspace->project().name +
                                                QStringLiteral(".json"),
                                            tr("COCO JSON (*.json)"));
    else
        path = QFileDialog::getExistingDirectory(this, tr("Folder for the label maps"), start);
    if (path.isEmpty())
        return;
    QSettings().setValue(QLatin1String(FolderKey), QFileInfo(path).absolutePath());
    m_destination->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::updateState()
{
    const bool running = isRunning();
    m_export->setEnabled(!running && !m_destination->text().trimmed().isEmpty());
    m_close->setText(running ? tr("Cancel") : tr("Close"));
    m_format->setEnabled(!running);
    m_work->setEnabled(!running);
    m_destination->setEnabled(!running);
}

void ExportDialog::startExport()
{
    if (isRunning() || m_destination->text().trimmed().isEmpty())
        return;
    const QString destination = QDir::fromNativeSeparators(m_destination->text().trimmed());
    const QString choice = m_work->currentData().toString();
    // Copies, read here on the GUI thread: the worker never touches the open workspace.
    AnnotationStore store;
    if (choice == TruthChoice) {
        Expected<AnnotationStore> truth = QualityWorkflow(*m_workspace).truth();
        if (!truth) {
            m_status->setText(truth.error().toString());
            return;
        }
        store = std::move(*truth);
    } else {
        store = m_workspace->visibleStore();
    }
    const QStringList readers = choice.startsWith(ReaderPrefix)
                                    ? QStringList{choice.mid(ReaderPrefix.size())}
                                    : QStringList{};
    const Project project = m_workspace->project();
    const ItemList items = m_workspace->items();
    const Format format = Format(m_format->currentData().toInt());

    m_cancel = std::make_shared<std::atomic_bool>(false);
    ExportControl control;
    control.cancelled = [cancel = m_cancel] { return cancel->load(); };
    // Queued to the bar, which lives on this thread; dropped if the dialog is gone.
    control.progress = [bar = m_progress](int done, int total) {
        QMetaObject::invokeMethod(
            bar,
            [bar, done, total] {
                bar->setRange(0, std::max(total, 1));
                bar->setValue(done);
            },
            Qt::QueuedConnection);
    };
    // %n is the item count; QProgressBar fills in %v as the export goes.
    m_progress->setFormat(tr("%v of %n item(s)", nullptr, int(items.size())));
    m_progress->setRange(0, std::max<int>(int(items.size()), 1));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_status->setText(tr("Exporting…"));
    m_running = true;

    m_watcher.setFuture(QtConcurrent::run([=]() -> Outcome {
        if (format == Format::Coco) {
            CocoExportOptions options;
            options.annotatorIds = readers;
            options.control = control;
            Expected<CocoExportResult> result =
                exportCoco(project, items, store, destination, options);
            if (!result)
                return {false, false, result.error().toString()};
            if (result->cancelled)
                return {false, true, {}};
            QString text = tr("Wrote %1 images, %2 annotations (boxes, polygons, masks) and %3 "
                              "image labels to %4.")
                               .arg(result->images)
                               .arg(result->annotations)
                               .arg(result->imageLabels)
                               .arg(QDir::toNativeSeparators(destination));
            if (result->warnings.masksWithoutImageSize > 0)
                text += QLatin1Char('\n') +
                        tr("%1 masks were left out: COCO masks need the image size, which is "
                           "not recorded for items %2.")
                            .arg(result->warnings.masksWithoutImageSize)
                            .arg(result->warnings.itemsWithoutImageSize.join(QStringLiteral(", ")));
            return {true, false, text};
        }
        Expected<LabelMapExportResult> result =
            exportLabelMaps(project, items, store, destination, readers, control);
        if (!result)
            return {false, false, result.error().toString()};
        if (result->cancelled)
            return {false, true, {}};
        QString text = tr("Wrote %1 label maps and labelmap.json to %2.")
                           .arg(result->written)
                           .arg(QDir::toNativeSeparators(destination));
        if (!result->itemsWithoutImageSize.isEmpty())
            text += QLatin1Char('\n') +
                    tr("No label maps for items %1: their image size is not recorded.")
                        .arg(result->itemsWithoutImageSize.join(QStringLiteral(", ")));
        return {true, false, text};
    }));
    updateState();
}

void ExportDialog::cancelExport()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ExportDialog::reject()
{
    if (isRunning()) {
        // Cancel first; the dialog stays until the worker has stopped and said so.
        cancelExport();
        m_status->setText(tr("Stopping…"));
        return;
    }
    QDialog::reject();
}

void ExportDialog::onFinished()
{
    const Outcome outcome = m_watcher.result();
    m_running = false;
    if (outcome.cancelled)
        m_status->setText(
            tr("Export cancelled: %1 was left as it was.").arg(m_destination->text()));
    else if (!outcome.ok)
        m_status->setText(tr("Export failed: %1").arg(outcome.text));
    else
        m_status->setText(outcome.text);
    updateState();
    Q_EMIT exportFinished(outcome.ok);
}

} // namespace concord
