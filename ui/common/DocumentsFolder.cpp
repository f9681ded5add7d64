#include "ui/common/DocumentsFolder.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace leverage::ui {

QString documentsFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir())
        return documents;
    return QDir::homePath();
}

} // namespace leverage::ui
