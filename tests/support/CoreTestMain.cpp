#include "core/util/Logging.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    leverage::logging::setUp({}, qEnvironmentVariableIsSet("LEVERAGE_TEST_VERBOSE"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
