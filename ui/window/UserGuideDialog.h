#pragma once

#include <QDialog>

class QListWidget;
class QTextBrowser;

namespace leverage::ui {

// Help → User Guide: the short manual shipped inside the program (one Markdown page per task,
// the same files as resources/guide/ in the repository), pages listed on the left.
class UserGuideDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserGuideDialog)

public:
    // `folder` holds the pages, NN-name.md, in the order of their numbers.
    explicit UserGuideDialog(const QString &folder, QWidget *parent);

    QListWidget *pages() const { return m_pages; }
    QTextBrowser *page() const { return m_page; }

private:
    QListWidget *m_pages = nullptr;
    QTextBrowser *m_page = nullptr;
};

} // namespace leverage::ui
