#include "ui/models/common/LocalTimeText.h"

#include "core/ledger/DueText.h"

#include <QLocale>

namespace leverage::models {

QString shortDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString shortDateTime(const QDateTime &moment)
{
    if (!moment.isValid())
        return {};
    const QLocale locale;
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return locale.toString(moment, format);
}

QString shortDate(const Instant &instant)
{
    return instant.isNull() ? QString() : shortDate(instant.toLocalTime().date());
}

QString shortDateTime(const Instant &instant)
{
    return instant.isNull() ? QString() : shortDateTime(instant.toLocalTime());
}

QString dueText(const DueWindow &due)
{
    static const DueText::Style style{[](const Instant &at) { return shortDate(at); },
                                      [](const Instant &at) {
                                          const QLocale locale;
                                          QString format = locale.timeFormat(QLocale::ShortFormat);
                                          format.remove(QStringLiteral(":ss"));
                                          return locale.toString(at.toLocalTime().time(), format);
                                      },
                                      [](const Instant &at) { return shortDateTime(at); },
                                      QString()};
    return DueText::of(due, style);
}

} // namespace leverage::models
