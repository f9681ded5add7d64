#include "core/util/Logging.h"

#include <QApplication>
#include <QStandardPaths>
#include <QStyleFactory>
#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    leverage::logging::setUp({}, qEnvironmentVariableIsSet("LEVERAGE_TEST_VERBOSE"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
