#include "ui/evidence/AttachmentsPane.h"

#include "core/dossier/DossierExhibitCopy.h"
#include "ui/evidence/AttachmentPreview.h"

#include "core/evidence/AttachmentRunner.h"
#include "core/evidence/EvidenceService.h"
#include "core/services/Clock.h"
#include "core/store/Workspace.h"
#include "ui/models/common/ErrorReporter.h"
#include "ui/models/evidence/AttachmentCommand.h"
#include "ui/models/evidence/AttachmentListModel.h"
#include "ui/models/evidence/AttachmentTraits.h"
#include "ui/models/undo/EditCommand.h"
#include "ui/models/undo/UndoPusher.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace leverage::ui {

using models::AttachmentListModel;

AttachmentsPane::AttachmentsPane(Workspace &workspace, QUndoStack &undoStack,
                                 models::ErrorReporter &reporter, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_reporter(reporter),
      m_pusher(new models::UndoPusher(undoStack, reporter)),
      m_model(new AttachmentListModel(workspace, this)), m_runner(new AttachmentRunner(this)),
      m_view(new QTableView(this)), m_emptyHint(new QLabel(this)), m_progressRow(new QWidget(this)),
      m_progressLabel(new QLabel(m_progressRow)), m_progress(new QProgressBar(m_progressRow)),
      m_cancel(new QPushButton(tr("Cancel"), m_progressRow))
{
    setAcceptDrops(true);
    m_model->setErrorReporter(&reporter);
    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("attachmentsView"));
    m_view->setAccessibleName(tr("Attachments"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setIconSize(QSize(48, 48));
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(52);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(AttachmentListModel::NameColumn, 260);
    m_view->setColumnWidth(AttachmentListModel::TypeColumn, 140);
    m_view->setColumnWidth(AttachmentListModel::AddedColumn, 150);
    m_emptyHint->setText(tr("No files yet. Attach… (Ctrl+Shift+A), drop files here or paste an "
                            "image (Ctrl+V)."));
    m_emptyHint->setWordWrap(true);

    auto *progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progressLabel);
    progressLayout->addWidget(m_progress, 1);
    progressLayout->addWidget(m_cancel);
    m_progressRow->hide();
    connect(m_cancel, &QPushButton::clicked, this, &AttachmentsPane::cancel);

    createActions();
    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions({m_attach, m_preview, m_open, m_exhibit, m_remove});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(m_progressRow);
    layout->addWidget(m_emptyHint);
    layout->addWidget(m_view, 1);

    connect(m_runner, &AttachmentRunner::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
        m_progress->setFormat(
            tr("%1 of %2")
                .arg(AttachmentListModel::sizeText(done), AttachmentListModel::sizeText(total)));
    });
    connect(m_runner, &AttachmentRunner::stored, this, &AttachmentsPane::onStored);
    connect(m_runner, &AttachmentRunner::exported, this,
            [this](bool ok, const QString &message, const QString &path) {
                if (!ok) {
                    report(message);
                    return;
                }
                QDesktopServices::openUrl(QUrl::fromLocalFile(path));
                Q_EMIT opened(path);
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AttachmentsPane::updateActions);
    // Enter (or a double click): a look inside for an image or a PDF, else the desktop's program.
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (AttachmentPreview::canPreview(m_model->attachmentAt(index.row())))
            previewSelected();
        else
            openSelected();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AttachmentsPane::updateActions);
    updateActions();
}

AttachmentsPane::~AttachmentsPane()
{
    delete m_pusher;
}

void AttachmentsPane::createActions()
{
    m_attach = new QAction(tr("Attach…"), this);
    m_attach->setObjectName(QStringLiteral("attachFilesAction"));
    // Ctrl+Shift+A is the window's File → Attach Files…, which opens this pane.
    connect(m_attach, &QAction::triggered, this, &AttachmentsPane::chooseFiles);
    m_preview = new QAction(tr("Preview"), this);
    m_preview->setToolTip(tr("Look at the image or PDF here (Space); \u2190 \u2192 for the "
                             "others, Esc closes"));
    m_preview->setShortcut(QKeySequence(Qt::Key_Space));
    m_preview->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_preview, &QAction::triggered, this, &AttachmentsPane::previewSelected);
    m_open = new QAction(tr("Open"), this);
    connect(m_open, &QAction::triggered, this, &AttachmentsPane::openSelected);
    m_exhibit = new QAction(tr("Exhibit"), this);
    m_exhibit->setCheckable(true);
    m_exhibit->setToolTip(tr("Number this file in the dossier's exhibit index (Ctrl+Shift+X)"));
    m_exhibit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    m_exhibit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_exhibit, &QAction::triggered, this, &AttachmentsPane::toggleExhibit);
    m_remove = new QAction(tr("Remove"), this);
    m_remove->setToolTip(tr("Remove the selected file (Edit → Undo puts it back)"));
    connect(m_remove, &QAction::triggered, this, &AttachmentsPane::removeSelected);
    m_paste = new QAction(tr("Paste Image"), this);
    m_paste->setShortcut(QKeySequence::Paste);
    m_paste->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_paste, &QAction::triggered, this, [this] {
        const QImage image = QApplication::clipboard()->image();
        if (image.isNull())
            report(tr("The clipboard holds no image to attach."));
        else
            attachImage(image);
    });
    addActions({m_attach, m_preview, m_open, m_exhibit, m_remove, m_paste});
}

void AttachmentsPane::setCaseId(RowId caseId)
{
    m_caseId = caseId;
    m_model->setCase(caseId);
    updateActions();
}

void AttachmentsPane::chooseFiles(RowId entryId)
{
    if (m_caseId <= 0) {
        report(tr("Open a case first: files are attached to a case."));
        return;
    }
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach Files"));
    if (!paths.isEmpty())
        attachFiles(paths, entryId);
}

void AttachmentsPane::attachFiles(const QStringList &paths, RowId entryId)
{
    if (m_caseId <= 0)
        return report(tr("Open a case first: files are attached to a case."));
    for (const auto &path : paths)
        m_queue.append({path, entryId});
    if (!m_runner->isRunning())
        startNext();
}

void AttachmentsPane::startNext()
{
    if (m_queue.isEmpty()) {
        m_progressRow->hide();
        return;
    }
    m_current = m_queue.takeFirst();
    m_progressLabel->setText(tr("Attaching “%1”").arg(QFileInfo(m_current.path).fileName()));
    m_progress->setRange(0, 0);
    m_progressRow->show();
    m_runner->startStore(m_workspace.filePath(), m_current.path, m_workspace.nowMs());
}

void AttachmentsPane::onStored(bool ok, const QString &message, const QString &sha256, qint64 size)
{
    if (!ok) {
        report(message);
        m_queue.clear(); // a cancel or a failure stops the rest of the batch
        startNext();
        return;
    }
    QByteArray head;
    if (QFile file(m_current.path); file.open(QIODevice::ReadOnly))
        head = file.read(4096);
    auto attachment =
        EvidenceService::describe(QFileInfo(m_current.path).fileName(), {sha256, size, false},
                                  m_caseId, m_current.entryId, m_workspace.clock().now(), head);
    auto command = models::AttachmentCommand::attach(m_workspace, attachment);
    auto *raw = command.get();
    if (m_pusher->push(std::move(command)))
        onAttached(raw->attachment().meta.id);
    startNext();
}

void AttachmentsPane::attachImage(const QImage &image, RowId entryId)
{
    if (m_caseId <= 0)
        return report(tr("Open a case first: files are attached to a case."));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    auto stored = EvidenceService::storeData(m_workspace, png);
    if (!stored)
        return report(stored.message());
    const auto now = m_workspace.clock().now();
    auto attachment = EvidenceService::describe(
        tr("Pasted image %1.png").arg(now.toString(QStringLiteral("yyyy-MM-dd HH.mm.ss"))), *stored,
        m_caseId, entryId, now, png.left(64));
    auto command = models::AttachmentCommand::attach(m_workspace, attachment);
    auto *raw = command.get();
    if (m_pusher->push(std::move(command)))
        onAttached(raw->attachment().meta.id);
}

void AttachmentsPane::onAttached(RowId id)
{
    // The file just attached is the current one: Ctrl+Shift+X marks it, Space shows it.
    if (const int row = m_model->rowOf(id); row >= 0)
        m_view->selectRow(row);
    Q_EMIT attached(id);
}

bool AttachmentsPane::isBusy() const
{
    return m_runner->isRunning();
}

void AttachmentsPane::cancel()
{
    m_queue.clear();
    m_runner->cancel();
}

int AttachmentsPane::selectedRow() const
{
    const auto rows = m_view->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        return rows.first().row();
    const auto current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void AttachmentsPane::openSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    if (!m_runner->startExport(m_workspace.filePath(), m_model->attachmentAt(row),
                               EvidenceService::privateExportFolder()))
        report(tr("Wait for the file being attached, then open this one."));
}

void AttachmentsPane::previewSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    QList<Attachment> all;
    for (int i = 0; i < m_model->rowCount(); ++i)
        all.append(m_model->attachmentAt(i));
    AttachmentPreview preview(
        all, row,
        [this](const Attachment &a) {
            return EvidenceService::readContent(m_workspace, a.sha256,
                                                DossierExhibitCopy::kMaxPrintedBytes);
        },
        this);
    preview.exec();
    // Where the arrows were left is where the list is.
    m_view->selectRow(preview.current());
}

void AttachmentsPane::toggleExhibit()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    Attachment value = m_model->attachmentAt(row);
    value.isExhibit = !value.isExhibit;
    const RowId id = value.meta.id;
    m_pusher->push(std::make_unique<models::EditCommand<Attachment>>(
        m_workspace, value, value.isExhibit ? tr("Mark as Exhibit") : tr("Unmark Exhibit")));
    const int again = m_model->rowOf(id);
    if (again >= 0)
        m_view->selectRow(again);
}

void AttachmentsPane::removeSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    m_pusher->push(models::AttachmentCommand::remove(m_workspace, m_model->attachmentAt(row)));
}

void AttachmentsPane::updateActions()
{
    const bool any = m_model->rowCount() > 0;
    m_emptyHint->setVisible(!any && m_caseId > 0);
    m_attach->setEnabled(m_caseId > 0);
    m_paste->setEnabled(m_caseId > 0);
    const int row = any ? selectedRow() : -1;
    const bool selected = row >= 0;
    m_open->setEnabled(selected);
    m_preview->setEnabled(selected);
    m_exhibit->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_exhibit->setChecked(selected && m_model->attachmentAt(row).isExhibit);
}

void AttachmentsPane::report(const QString &message)
{
    m_reporter.reportError(message);
}

void AttachmentsPane::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_caseId > 0 && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void AttachmentsPane::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const auto &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    attachFiles(paths);
}

} // namespace leverage::ui
