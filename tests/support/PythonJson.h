#pragma once

#include <QProcess>
#include <QString>
#include <gtest/gtest.h>

namespace leverage::testing {

// What Python's json module (/usr/bin/python3: a reader that is not ours) makes of a JSON
// file: `expression` is evaluated with the parsed document as `d` and printed.
inline QString readJsonWithPython(const QString &path, const QString &expression)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import json, sys\n"
                                 "with open(sys.argv[1], encoding='utf-8') as f:\n"
                                 "    d = json.load(f)\n"
                                 "print(%1)\n")
                      .arg(expression),
                  path});
    EXPECT_TRUE(python.waitForFinished(30000));
    EXPECT_EQ(python.exitCode(), 0) << python.readAllStandardError().toStdString();
    return QString::fromUtf8(python.readAllStandardOutput()).trimmed();
}

} // namespace leverage::testing
