#include "core/clocks/PublicHolidayTable.h"

#include "core/util/Logging.h"

#include <QFile>
#include <QSet>
#include <algorithm>
#include <optional>

namespace leverage::clocks {
namespace {

const QString kHeader = QStringLiteral("jurisdiction,date,name,source,kind");

// Splits one CSV line; a quoted field may hold commas and doubled quotes. Empty optional when
// a quote is left open.
std::optional<QStringList> splitCsvLine(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() &&
                line.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    if (quoted)
        return std::nullopt;
    fields << field;
    return fields;
}

// The row, or the reason it is refused.
std::optional<PublicHoliday> parseRow(const QString &line, QString *reason)
{
    const auto fields = splitCsvLine(line);
    if (!fields) {
        *reason = QStringLiteral("a quote is not closed");
        return std::nullopt;
    }
    if (fields->size() != 5) {
        *reason = QStringLiteral("%1 fields instead of 5").arg(fields->size());
        return std::nullopt;
    }
    PublicHoliday row;
    row.jurisdiction = fields->at(0).trimmed();
    row.date = QDate::fromString(fields->at(1).trimmed(), Qt::ISODate);
    row.name = fields->at(2).trimmed();
    row.source = fields->at(3).trimmed();
    const QString kind = fields->at(4).trimmed();
    if (row.jurisdiction.isEmpty())
        *reason = QStringLiteral("the jurisdiction is empty");
    else if (!row.date.isValid())
        *reason = QStringLiteral("the date \"%1\" is not a date (YYYY-MM-DD)").arg(fields->at(1));
    else if (row.name.isEmpty())
        *reason = QStringLiteral("the name is empty");
    else if (!row.source.startsWith(QLatin1String("https://")))
        *reason = QStringLiteral("the source is not an https:// address");
    else if (kind != QLatin1String("rule") && kind != QLatin1String("one-off"))
        *reason = QStringLiteral("the kind \"%1\" is neither rule nor one-off").arg(kind);
    if (!reason->isEmpty())
        return std::nullopt;
    row.oneOff = kind == QLatin1String("one-off");
    return row;
}

} // namespace

PublicHolidayTable PublicHolidayTable::parse(const QByteArray &csv)
{
    PublicHolidayTable table;
    const QStringList lines = QString::fromUtf8(csv).split(QLatin1Char('\n'));
    if (lines.isEmpty() || lines.first().trimmed() != kHeader) {
        table.m_errors << QStringLiteral("line 1: the header is not \"%1\"").arg(kHeader);
        return table;
    }
    QSet<QString> seen;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        QString reason;
        auto row = parseRow(line, &reason);
        const QString key = row ? row->jurisdiction + row->date.toString(Qt::ISODate) : QString();
        if (row && seen.contains(key))
            reason = QStringLiteral("%1 %2 is listed twice")
                         .arg(row->jurisdiction, row->date.toString(Qt::ISODate));
        if (!reason.isEmpty()) {
            table.m_errors << QStringLiteral("line %1: %2").arg(i + 1).arg(reason);
            continue;
        }
        seen.insert(key);
        table.m_rows << *row;
    }
    return table;
}

const PublicHolidayTable &PublicHolidayTable::shipped()
{
    // A function-local static: initialised once, thread-safe (C++11).
    static const PublicHolidayTable table = [] {
        const QString path = QStringLiteral(":/clocks/public-holidays.csv");
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            logging::get("clocks")->error("The public holidays ({}) cannot be read: {}",
                                          path.toStdString(), file.errorString().toStdString());
            return PublicHolidayTable{};
        }
        PublicHolidayTable parsed = parse(file.readAll());
        for (const QString &error : parsed.errors())
            logging::get("clocks")->error("The public holidays ({}) have a row left out: {}",
                                          path.toStdString(), error.toStdString());
        return parsed;
    }();
    return table;
}

QStringList PublicHolidayTable::jurisdictions() const
{
    QStringList keys;
    for (const PublicHoliday &row : m_rows)
        if (!keys.contains(row.jurisdiction))
            keys << row.jurisdiction;
    return keys;
}

QList<QDate> PublicHolidayTable::datesOf(const QString &jurisdiction, int year) const
{
    QList<QDate> dates;
    for (const PublicHoliday &row : m_rows)
        if (row.jurisdiction == jurisdiction && row.date.year() == year)
            dates << row.date;
    std::sort(dates.begin(), dates.end());
    return dates;
}

} // namespace leverage::clocks
