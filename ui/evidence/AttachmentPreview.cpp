#include "ui/evidence/AttachmentPreview.h"

#include "core/dossier/DossierExhibitCopy.h"

#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace leverage::ui {

AttachmentPreview::AttachmentPreview(QList<Attachment> attachments, int current, Content content,
                                     QWidget *parent)
    : QDialog(parent), m_attachments(std::move(attachments)), m_content(std::move(content)),
      m_caption(new QLabel(this)), m_view(new QLabel(this))
{
    setObjectName(QStringLiteral("attachmentPreview"));
    m_caption->setObjectName(QStringLiteral("previewCaption"));
    m_caption->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("previewPage"));
    m_view->setAlignment(Qt::AlignCenter);
    m_view->setMinimumSize(320, 320);
    // The page follows the window's size, never the other way round.
    m_view->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_view->setWordWrap(true);
    m_view->setFocusPolicy(Qt::StrongFocus);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addWidget(m_view, 1);
    resize(760, 900);
    showAttachment(current);
    m_view->setFocus();
}

AttachmentPreview::~AttachmentPreview() = default;

bool AttachmentPreview::canPreview(const Attachment &attachment)
{
    return DossierExhibitCopy::printableType(attachment.mimeType) &&
           attachment.size <= DossierExhibitCopy::kMaxPrintedBytes;
}

int AttachmentPreview::pageCount() const
{
    return m_copy ? m_copy->pageCount() : 0;
}

QImage AttachmentPreview::shownImage() const
{
    return m_image;
}

QString AttachmentPreview::caption() const
{
    if (m_current < 0 || m_current >= m_attachments.size())
        return {};
    const Attachment &a = m_attachments.at(m_current);
    QString text = a.originalName;
    if (pageCount() > 1)
        text += tr(", page %1 of %2").arg(m_page + 1).arg(pageCount());
    text += tr(" \u2014 file %1 of %2").arg(m_current + 1).arg(m_attachments.size());
    QStringList keys{tr("\u2190 \u2192 other files")};
    if (pageCount() > 1)
        keys << tr("Page Up, Page Down: pages");
    keys << tr("Esc closes");
    return text + QStringLiteral("  (") + keys.join(QStringLiteral(", ")) + QLatin1Char(')');
}

void AttachmentPreview::showAttachment(int index)
{
    if (m_attachments.isEmpty())
        return;
    m_current = qBound(0, index, int(m_attachments.size()) - 1);
    m_page = 0;
    m_copy.reset();
    m_problem.clear();
    const Attachment &a = m_attachments.at(m_current);
    setWindowTitle(tr("Preview: %1").arg(a.originalName));
    if (!canPreview(a)) {
        m_problem = DossierExhibitCopy::printableType(a.mimeType)
                        ? tr("This file is too large to preview. Open shows it with the "
                             "desktop's own program.")
                        : tr("There is no preview for this kind of file (%1). Open shows it "
                             "with the desktop's own program.")
                              .arg(a.mimeType);
    } else if (auto content = m_content(a); !content) {
        m_problem = tr("The file could not be read from the workspace: %1").arg(content.message());
    } else {
        m_copy = std::make_unique<DossierExhibitCopy>(a.mimeType, *content);
        if (m_copy->pageCount() == 0)
            m_problem = tr("This file could not be shown: it is damaged or locked with a "
                           "password.");
    }
    draw();
}

void AttachmentPreview::showPage(int page)
{
    if (pageCount() == 0)
        return;
    m_page = qBound(0, page, pageCount() - 1);
    draw();
}

void AttachmentPreview::draw()
{
    m_caption->setText(caption());
    m_image = QImage();
    if (!m_problem.isEmpty() || !m_copy) {
        m_view->setPixmap({});
        m_view->setText(m_problem);
        return;
    }
    const qreal ratio = devicePixelRatioF();
    QImage image((m_view->size() * ratio), QImage::Format_RGB32);
    image.setDevicePixelRatio(ratio);
    image.fill(palette().color(QPalette::Window));
    {
        QPainter painter(&image);
        m_copy->draw(painter, QRectF(QPointF(0, 0), QSizeF(m_view->size())), m_page);
    }
    m_image = image;
    m_view->setPixmap(QPixmap::fromImage(image));
}

void AttachmentPreview::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
        showAttachment(m_current + 1);
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
        showAttachment(m_current - 1);
        return;
    case Qt::Key_PageDown:
        showPage(m_page + 1);
        return;
    case Qt::Key_PageUp:
        showPage(m_page - 1);
        return;
    case Qt::Key_Space: // as it opened, it closes
        accept();
        return;
    default:
        QDialog::keyPressEvent(event);
    }
}

void AttachmentPreview::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    if (m_copy)
        draw();
}

} // namespace leverage::ui
