#include "app/AppInfo.h"

#include "core/util/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QStandardPaths>

namespace leverage::app {

void applyApplicationInfo()
{
    QCoreApplication::setOrganizationName(QString::fromLatin1(kOrganizationName));
    QCoreApplication::setApplicationName(QString::fromLatin1(kApplicationName));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEVERAGE_VERSION));
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QGuiApplication::setDesktopFileName(QString::fromLatin1(kApplicationId));
}

QString dataDirectory()
{
    const auto dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    privatefiles::createDirectory(dir); // 0700: the workspace and the log live here
    return dir;
}

QString defaultWorkspacePath()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("workspace.leverage"));
}

QString demoWorkspacePath()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("demo.leverage"));
}

} // namespace leverage::app
