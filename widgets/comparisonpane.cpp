// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/comparisonpane.h"

#include "core/project/workspace.h"
#include "widgets/canvas/asyncimageloader.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/editing/labelingcontext.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace concord {

ComparisonPane::ComparisonPane(Workspace *workspace, LabelingContext *mainContext,
                               CanvasView *mainCanvas, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_mainContext(mainContext)
    , m_mainCanvas(mainCanvas)
    , m_context(new LabelingContext(workspace, this))
    , m_canvas(new CanvasView(m_context))
    , m_loader(new AsyncImageLoader(this))
    , m_choices(new QComboBox(this))
{
    setObjectName(QStringLiteral("comparisonPane"));
    m_canvas->setObjectName(QStringLiteral("comparisonCanvas"));
    // Every reading drawn alike (dashed, tagged with the reader), never as editable work.
    m_canvas->setOtherReadersVisible(true);
    m_canvas->setAllReadersAlike(true);
    m_choices->setObjectName(QStringLiteral("comparisonChoice"));
    m_choices->setToolTip(tr("Another reader's work on this item (where blind reading allows), "
                             "or a prior study of the same patient"));
    auto *header = new QHBoxLayout;
    header->setContentsMargins(6, 2, 6, 2);
    header->addWidget(new QLabel(tr("Compare with"), this));
    header->addWidget(m_choices, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_canvas, 1);

    connect(m_choices, &QComboBox::activated, this, &ComparisonPane::choose);
    connect(m_loader, &AsyncImageLoader::loaded, this, &ComparisonPane::onLoaded);
    connect(m_loader, &AsyncImageLoader::failed, this,
            [this](const QString &itemId, const QString &message) {
                if (itemId == m_shownItemId)
                    m_canvas->setMessage(tr("This image cannot be shown.\n\n%1").arg(message));
            });
    // Linked both ways: whichever view the reader moves, the other follows.
    connect(m_mainCanvas, &CanvasView::viewChanged, this, &ComparisonPane::followMain);
    connect(m_canvas, &CanvasView::viewChanged, this, &ComparisonPane::leadMain);
    connect(m_mainCanvas, &CanvasView::windowLevelChanged, this, [this](const WindowLevel &w) {
        if (m_syncing || !isVisible() || !m_canvas->image())
            return;
        m_syncing = true;
        m_canvas->setWindowLevel(w);
        m_syncing = false;
    });
    connect(m_canvas, &CanvasView::windowLevelChanged, this, [this](const WindowLevel &w) {
        if (m_syncing || !m_mainCanvas->image())
            return;
        m_syncing = true;
        m_mainCanvas->setWindowLevel(w);
        m_syncing = false;
    });
}

ComparisonPane::~ComparisonPane() = default;

QStringList ComparisonPane::choices() const
{
    QStringList texts;
    for (const Choice &choice : m_choiceList)
        texts.append(choice.text);
    return texts;
}

int ComparisonPane::currentChoice() const
{
    return m_choices->currentIndex();
}

void ComparisonPane::refresh()
{
    if (!isVisible())
        return; // nothing is loaded for a hidden pane; showing it refreshes
    const Item *item = m_mainContext->currentItem();
    const Choice previous = currentChoice() >= 0 && size_t(currentChoice()) < m_choiceList.size()
                                ? m_choiceList[size_t(currentChoice())]
                                : Choice{};
    m_choiceList.clear();
    if (item) {
        const QString me = viewerId();
        for (const QString &reader : m_workspace->visibleAuthors(item->id)) {
            if (reader == me)
                continue;
            const Annotator *annotator = m_workspace->project().findAnnotator(reader);
            m_choiceList.push_back(
                {tr("Reader: %1").arg(annotator ? annotator->displayName : reader), item->id,
                 reader});
        }
        // Priors: the same patient in another study. Rasters have neither key.
        if (!item->patientId.isEmpty() && !item->studyInstanceUid.isEmpty()) {
            for (const Item &other : m_workspace->items().items()) {
                if (other.patientId == item->patientId && !other.studyInstanceUid.isEmpty() &&
                    other.studyInstanceUid != item->studyInstanceUid)
                    m_choiceList.push_back({tr("Prior: %1").arg(QFileInfo(other.path).fileName()),
                                            other.id, QString()});
            }
        }
    }
    m_choices->clear();
    for (const Choice &choice : m_choiceList)
        m_choices->addItem(choice.text);
    if (m_choiceList.empty()) {
        m_shownItemId.clear();
        m_canvas->setMessage(tr("Nothing to compare on this item: no other reader's work you may "
                                "see, and no prior study of this patient."));
        return;
    }
    // Keep comparing with the same reader, or with a prior, as the reader moves on.
    int index = 0;
    for (size_t i = 0; i < m_choiceList.size(); ++i) {
        const Choice &choice = m_choiceList[i];
        const bool sameReader =
            !previous.readerId.isEmpty() && choice.readerId == previous.readerId;
        const bool stillPrior =
            previous.readerId.isEmpty() && !previous.itemId.isEmpty() && choice.readerId.isEmpty();
        if (sameReader || stillPrior) {
            index = int(i);
            break;
        }
    }
    choose(index);
}

QString ComparisonPane::viewerId() const
{
    const Annotator *viewer = m_workspace->currentAnnotator();
    return viewer ? viewer->id : QString();
}

void ComparisonPane::choose(int index)
{
    if (index < 0 || size_t(index) >= m_choiceList.size())
        return;
    m_choices->setCurrentIndex(index);
    showChoice(m_choiceList[size_t(index)]);
}

void ComparisonPane::showChoice(const Choice &choice)
{
    m_canvas->setShownReaders({choice.readerId.isEmpty() ? viewerId() : choice.readerId});
    if (choice.itemId == m_shownItemId && m_canvas->image()) {
        m_canvas->redrawAnnotations();
        return;
    }
    m_shownItemId = choice.itemId;
    m_context->showItem(choice.itemId);
    const Item *item = m_workspace->items().find(choice.itemId);
    if (!item)
        return;
    m_canvas->setMessage(tr("Loading %1…").arg(QFileInfo(item->path).fileName()));
    m_loader->request(item->id, m_workspace->folder().absoluteItemPath(item->path));
}

void ComparisonPane::onLoaded(const QString &itemId, std::shared_ptr<const DisplayImage> image)
{
    if (itemId != m_shownItemId)
        return;
    m_syncing = true; // the new image's own window and fit must not reach the labeling canvas
    m_canvas->setImage(std::move(image));
    m_syncing = false;
    if (m_mainCanvas->image()) {
        m_syncing = true;
        m_canvas->setWindowLevel(m_mainCanvas->windowLevel());
        m_syncing = false;
    }
    followMain();
}

void ComparisonPane::followMain()
{
    if (m_syncing || !isVisible())
        return;
    m_syncing = true;
    m_canvas->followView(*m_mainCanvas);
    m_syncing = false;
}

void ComparisonPane::leadMain()
{
    if (m_syncing)
        return;
    m_syncing = true;
    m_mainCanvas->followView(*m_canvas);
    m_syncing = false;
}

} // namespace concord
