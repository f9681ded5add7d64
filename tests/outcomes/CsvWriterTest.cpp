// The CSV export read back by Python's csv module (/usr/bin/python3): RFC 4180 quoting,
// UTF-8 with a BOM, and formula-looking cells neutralised.
#include "core/outcomes/CsvWriter.h"
#include "tests/support/PythonCsv.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using leverage::outcomes::CsvWriter;
using leverage::testing::readCsvWithPython;

TEST(CsvWriterTest, PythonReadsBackEveryCellWithFormulasNeutralised)
{
    const QStringList headers{QStringLiteral("Organization"), QStringLiteral("Received (EUR)")};
    const QList<QStringList> rows{
        {QStringLiteral("Müller & Söhne, GmbH"), QStringLiteral("12.50")},
        {QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("+1")},
        {QStringLiteral("-2+3"), QStringLiteral("@SUM(A1)")},
        {QStringLiteral("two\nlines \"quoted\""), QString()},
    };
    const QByteArray bytes = CsvWriter::document(headers, rows);
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(bytes.contains("\r\n"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("figures.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();

    const QJsonArray read = readCsvWithPython(path);
    ASSERT_EQ(read.size(), 5);
    EXPECT_EQ(read[0].toArray()[1].toString(), QStringLiteral("Received (EUR)"));
    EXPECT_EQ(read[1].toArray()[0].toString(), QStringLiteral("Müller & Söhne, GmbH"));
    EXPECT_EQ(read[1].toArray()[1].toString(), QStringLiteral("12.50"));
    EXPECT_EQ(read[2].toArray()[0].toString(), QStringLiteral("'=HYPERLINK(\"http://x\")"));
    EXPECT_EQ(read[2].toArray()[1].toString(), QStringLiteral("'+1"));
    EXPECT_EQ(read[3].toArray()[0].toString(), QStringLiteral("'-2+3"));
    EXPECT_EQ(read[3].toArray()[1].toString(), QStringLiteral("'@SUM(A1)"));
    EXPECT_EQ(read[4].toArray()[0].toString(), QStringLiteral("two\nlines \"quoted\""));
    EXPECT_EQ(read[4].toArray()[1].toString(), QString());
}
