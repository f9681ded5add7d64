#pragma once

#include "core/domain/Attachment.h"
#include "core/util/Result.h"

#include <QDialog>
#include <functional>
#include <memory>

class QLabel;

namespace leverage {
class DossierExhibitCopy;
}

namespace leverage::ui {

// A look at a case's images and PDFs without leaving the window (issue 21): Space or Enter on
// an attachment opens it; Left and Right go to the previous and next file, Page Up and Page
// Down through a PDF's pages; Esc closes. The pages are drawn as the dossier prints them
// (DossierExhibitCopy); a file of another type says so and how to open it.
class AttachmentPreview final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentPreview)

public:
    // The content of a file, read when it is shown.
    using Content = std::function<Result<QByteArray>(const Attachment &)>;

    AttachmentPreview(QList<Attachment> attachments, int current, Content content,
                      QWidget *parent = nullptr);
    ~AttachmentPreview() override;

    int current() const { return m_current; }
    int page() const { return m_page; }
    int pageCount() const;
    // What the caption says: the file, the page, the keys.
    QString caption() const;
    // The picture shown (null when the file has no preview).
    QImage shownImage() const;

    static bool canPreview(const Attachment &attachment);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void showAttachment(int index);
    void showPage(int page);
    void draw();

    QList<Attachment> m_attachments;
    int m_current = -1;
    int m_page = 0;
    Content m_content;
    std::unique_ptr<DossierExhibitCopy> m_copy;
    QString m_problem; // why there is no preview
    QLabel *m_caption = nullptr;
    QLabel *m_view = nullptr;
    QImage m_image;
};

} // namespace leverage::ui
