#include "core/outcomes/CsvWriter.h"

namespace leverage::outcomes {
namespace {

bool looksLikeFormula(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    switch (cell.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

QString line(const QStringList &cells)
{
    QStringList fields;
    for (const auto &cell : cells)
        fields << CsvWriter::field(cell);
    return fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace

QString CsvWriter::field(const QString &cell)
{
    QString text = looksLikeFormula(cell) ? QLatin1Char('\'') + cell : cell;
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QByteArray CsvWriter::document(const QStringList &headers, const QList<QStringList> &rows)
{
    QString text = line(headers);
    for (const auto &row : rows)
        text += line(row);
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace leverage::outcomes
