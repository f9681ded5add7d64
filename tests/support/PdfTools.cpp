#include "tests/support/PdfTools.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <gtest/gtest.h>

namespace leverage::testing {
namespace {

bool run(const QString &tool, const QStringList &arguments, QByteArray *output, int *exitCode)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty()) {
        ADD_FAILURE() << tool.toStdString()
                      << " is not installed; install poppler-utils and qpdf (make deps-test)";
        return false;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(60000)) {
        ADD_FAILURE() << tool.toStdString() << " did not finish";
        return false;
    }
    *output = process.readAll();
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return true;
}

} // namespace

QString pdfText(const QString &pdfPath, bool layout)
{
    return pdfRawText(pdfPath, layout).normalized(QString::NormalizationForm_KC);
}

QString pdfRawText(const QString &pdfPath, bool layout)
{
    QStringList arguments;
    if (layout)
        arguments << QStringLiteral("-layout");
    arguments << QStringLiteral("-enc") << QStringLiteral("UTF-8") << pdfPath
              << QStringLiteral("-");
    QByteArray output;
    int exitCode = 0;
    if (!run(QStringLiteral("pdftotext"), arguments, &output, &exitCode))
        return {};
    EXPECT_EQ(exitCode, 0) << output.toStdString();
    return QString::fromUtf8(output);
}

QStringList pdfPages(const QString &pdfPath)
{
    QStringList pages = pdfText(pdfPath).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

int qpdfCheck(const QString &pdfPath, QString *output)
{
    QByteArray bytes;
    int exitCode = -1;
    if (!run(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdfPath}, &bytes, &exitCode))
        return -1;
    *output = QString::fromUtf8(bytes);
    return exitCode;
}

QString pdfInfo(const QString &pdfPath)
{
    QByteArray output;
    int exitCode = -1;
    if (!run(QStringLiteral("pdfinfo"), {pdfPath}, &output, &exitCode))
        return {};
    EXPECT_EQ(exitCode, 0) << output.toStdString();
    return QString::fromUtf8(output);
}

QList<QPair<QString, int>> pdfOutline(const QString &pdfPath)
{
    QByteArray output;
    int exitCode = -1;
    if (!run(QStringLiteral("qpdf"),
             {QStringLiteral("--json"), QStringLiteral("--json-key=outlines"), pdfPath}, &output,
             &exitCode))
        return {};
    EXPECT_EQ(exitCode, 0) << output.toStdString();
    QList<QPair<QString, int>> items;
    const auto outlines = QJsonDocument::fromJson(output).object().value("outlines").toArray();
    for (const auto &item : outlines)
        items.append({item.toObject().value("title").toString(),
                      item.toObject().value("destpageposfrom1").toInt()});
    return items;
}

QList<WordBox> wordBoxes(const QString &pdfPath)
{
    QByteArray output;
    int exitCode = 0;
    if (!run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdfPath, QStringLiteral("-")},
             &output, &exitCode))
        return {};
    EXPECT_EQ(exitCode, 0);
    static const QRegularExpression page(QStringLiteral("<page width=\"([0-9.]+)\""));
    static const QRegularExpression word(
        QStringLiteral("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" "
                       "yMax=\"([0-9.]+)\">([^<]*)</word>"));
    QList<WordBox> boxes;
    int pageNumber = 0;
    double pageWidth = 0;
    for (const auto &line : QString::fromUtf8(output).split(QLatin1Char('\n'))) {
        if (const auto match = page.match(line); match.hasMatch()) {
            ++pageNumber;
            pageWidth = match.captured(1).toDouble();
        } else if (const auto match = word.match(line); match.hasMatch()) {
            WordBox box{pageNumber,
                        pageWidth,
                        match.captured(1).toDouble(),
                        match.captured(2).toDouble(),
                        match.captured(3).toDouble(),
                        match.captured(4).toDouble(),
                        match.captured(5)};
            box.text.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
                .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
                .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
                .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
            boxes.append(box);
        }
    }
    return boxes;
}

QString normalisedText(const QString &text)
{
    static const QRegularExpression spaces(QStringLiteral("[ \\t]+"));
    QStringList lines;
    for (QString line : text.split(QRegularExpression(QStringLiteral("[\\n\\f]")))) {
        line = line.replace(spaces, QStringLiteral(" ")).trimmed();
        if (!line.isEmpty())
            lines.append(line);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString withoutWhitespace(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text)
        if (!c.isSpace())
            result.append(c);
    return result;
}

} // namespace leverage::testing
