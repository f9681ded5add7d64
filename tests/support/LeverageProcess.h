#pragma once

#include <QProcess>
#include <QStringList>

// Runs the real `leverage` binary (LEVERAGE_BINARY, defined by the suite) with `arguments`:
// its exit code (-1 when it crashed or did not end in time) and what it wrote.
namespace leverage::testing {

struct LeverageRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline LeverageRun runLeverage(const QStringList &arguments, int timeoutMs = 60000)
{
    QProcess process;
    process.start(QStringLiteral(LEVERAGE_BINARY), arguments);
    if (!process.waitForFinished(timeoutMs))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace leverage::testing
