#include "app/DefaultStyle.h"

#include <QApplication>
#include <QStyleFactory>

namespace leverage::app {

void applyDefaultStyle()
{
    if (!qEnvironmentVariableIsEmpty("QT_STYLE_OVERRIDE"))
        return;
    for (const QString &argument : QCoreApplication::arguments())
        if (argument == QLatin1String("-style") || argument.startsWith(QLatin1String("-style=")))
            return;
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
}

} // namespace leverage::app
