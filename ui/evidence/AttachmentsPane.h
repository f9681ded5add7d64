#pragma once

#include "core/domain/Ids.h"

#include <QStringList>
#include <QWidget>

class QAction;
class QImage;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QUndoStack;

namespace leverage {
class AttachmentRunner;
class Workspace;
} // namespace leverage

namespace leverage::models {
class AttachmentListModel;
class ErrorReporter;
class UndoPusher;
} // namespace leverage::models

namespace leverage::ui {

// A case's files (issue 21): receipts, photos, e-mails' attachments, with a thumbnail for an
// image. Attach… (Ctrl+Shift+A), files dropped on the pane, an image pasted (Ctrl+V); a large
// file streams in on a thread of its own with progress and Cancel. Open hands a private copy
// to the desktop's program; Exhibit marks a file for the dossier's index; Remove is undoable.
class AttachmentsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentsPane)

public:
    AttachmentsPane(Workspace &workspace, QUndoStack &undoStack, models::ErrorReporter &reporter,
                    QWidget *parent = nullptr);
    ~AttachmentsPane() override;

    void setCaseId(RowId caseId);
    RowId caseId() const { return m_caseId; }

    // Streams the files in, one after the other, onto the case (or one of its entries).
    void attachFiles(const QStringList &paths, RowId entryId = 0);
    // An image from the clipboard, stored as a PNG.
    void attachImage(const QImage &image, RowId entryId = 0);
    // Asks for files (the file dialog) and attaches them to the case (or one of its entries).
    void chooseFiles(RowId entryId = 0);
    bool isBusy() const;
    void cancel();

    models::AttachmentListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QAction *attachAction() const { return m_attach; }
    QAction *openAction() const { return m_open; }
    QAction *previewAction() const { return m_preview; }
    QAction *exhibitAction() const { return m_exhibit; }
    QAction *removeAction() const { return m_remove; }
    QAction *pasteAction() const { return m_paste; }

Q_SIGNALS:
    // An attachment is in the store (its id); the last of a batch when several were given.
    void attached(leverage::RowId attachmentId);
    // A private copy was written and handed to the desktop (its path).
    void opened(const QString &path);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void startNext();
    void onStored(bool ok, const QString &message, const QString &sha256, qint64 size);
    void onAttached(RowId id);
    void openSelected();
    // The previewer on the selected file, with the case's other files a key away.
    void previewSelected();
    void toggleExhibit();
    void removeSelected();
    void updateActions();
    int selectedRow() const;
    void report(const QString &message);

    struct Pending
    {
        QString path;
        RowId entryId = 0;
    };

    Workspace &m_workspace;
    models::ErrorReporter &m_reporter;
    models::UndoPusher *m_pusher;
    models::AttachmentListModel *m_model;
    AttachmentRunner *m_runner;
    RowId m_caseId = 0;
    QList<Pending> m_queue;
    Pending m_current;
    QTableView *m_view;
    QLabel *m_emptyHint;
    QWidget *m_progressRow;
    QLabel *m_progressLabel;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QAction *m_attach = nullptr;
    QAction *m_open = nullptr;
    QAction *m_preview = nullptr;
    QAction *m_exhibit = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_paste = nullptr;
};

} // namespace leverage::ui
