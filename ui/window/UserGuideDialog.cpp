#include "ui/window/UserGuideDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QListWidget>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace leverage::ui {

UserGuideDialog::UserGuideDialog(const QString &folder, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("userGuideDialog"));
    setWindowTitle(tr("Leverage User Guide"));
    m_pages = new QListWidget(this);
    m_pages->setAccessibleName(tr("Pages of the guide"));
    m_page = new QTextBrowser(this);
    m_page->setOpenExternalLinks(true);
    m_page->setAccessibleName(tr("Guide page"));

    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        // The page's title is its first heading.
        QString title = text.section(QLatin1Char('\n'), 0, 0);
        title.remove(QRegularExpression(QStringLiteral("^#+\\s*")));
        auto *item = new QListWidgetItem(title, m_pages);
        item->setData(Qt::UserRole, text);
    }
    connect(m_pages, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            m_page->setMarkdown(item->data(Qt::UserRole).toString());
    });
    m_pages->setMaximumWidth(m_pages->fontMetrics().averageCharWidth() * 32);

    auto *row = new QHBoxLayout;
    row->addWidget(m_pages);
    row->addWidget(m_page, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(buttons);
    m_pages->setCurrentRow(0);
    resize(fontMetrics().averageCharWidth() * 120, fontMetrics().height() * 36);
}

} // namespace leverage::ui
