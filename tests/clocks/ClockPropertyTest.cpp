#include "core/clocks/BusinessDayCalendar.h"
#include "core/clocks/ClockDates.h"
#include "core/clocks/PublicHolidays.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace leverage::clocks;

// The date arithmetic against a second computation: Python's datetime (run by the test, on
// the same random inputs). Business days use the holidays of PublicHolidays (their stepping is
// what is compared); Easter, on which the UK, Canadian and Australian holidays hang, is checked
// against dateutil's over three centuries.
TEST(ClockPropertyTest, AgreesWithPythonsDatetimeOnThousandsOfRandomDates)
{
    const QString python = QStringLiteral("/usr/bin/python3");
    ASSERT_TRUE(QFile::exists(python)) << "python3 (with python3-dateutil) is needed";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());

    QFile holidays(dir.filePath(QStringLiteral("holidays.txt")));
    ASSERT_TRUE(holidays.open(QIODevice::WriteOnly));
    for (const QString &jurisdiction : PublicHolidays::jurisdictions())
        for (int year = PublicHolidays::kFirstYear; year <= PublicHolidays::kLastYear; ++year)
            for (const QDate &date : PublicHolidays::of(jurisdiction, year))
                holidays.write(QStringLiteral("%1 %2\n")
                                   .arg(jurisdiction, date.toString(Qt::ISODate))
                                   .toUtf8());
    holidays.close();

    const QStringList units{"days", "business_days", "weeks", "months", "years", "billing_cycles"};
    const QStringList places{"US", "GB", "CA", "AU", "EU"};
    QRandomGenerator random(20261130); // fixed: a failure can be replayed
    QStringList cases;
    QList<QDate> expected;
    const QDate first(PublicHolidays::kFirstYear, 1, 1);
    for (int i = 0; i < 5000; ++i) {
        const QDate from = first.addDays(random.bounded(5 * 365));
        ClockOffset offset;
        ClockOffset::unitFromKey(units[random.bounded(units.size())], &offset.unit);
        offset.amount =
            offset.unit == ClockOffset::Unit::Years ? random.bounded(7) : random.bounded(-30, 121);
        if (offset.unit == ClockOffset::Unit::BusinessDays)
            offset.amount = random.bounded(-20, 60); // stays within the years with holidays
        const QString place = places[random.bounded(places.size())];
        cases << QStringLiteral("%1 %2 %3 %4")
                     .arg(from.toString(Qt::ISODate))
                     .arg(offset.amount)
                     .arg(ClockOffset::unitKey(offset.unit), place);
        expected << ClockDates::add(from, offset, BusinessDayCalendar::forJurisdiction(place));
    }
    for (int year = 1900; year <= 2200; ++year) {
        cases << QStringLiteral("easter %1").arg(year);
        expected << PublicHolidays::easterSunday(year);
    }
    QFile input(dir.filePath(QStringLiteral("cases.txt")));
    ASSERT_TRUE(input.open(QIODevice::WriteOnly));
    input.write(cases.join(QLatin1Char('\n')).toUtf8() + '\n');
    input.close();

    QProcess process;
    process.start(python, {qEnvironmentVariable("LEVERAGE_SOURCE_DIR") +
                               QStringLiteral("/tests/clocks/clock_dates_reference.py"),
                           input.fileName(), holidays.fileName()});
    ASSERT_TRUE(process.waitForFinished(60000));
    ASSERT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    const QStringList answers = QString::fromUtf8(process.readAllStandardOutput())
                                    .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(answers.size(), cases.size());
    int mismatches = 0;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        if (QDate::fromString(answers[i], Qt::ISODate) != expected[i] && ++mismatches <= 10)
            ADD_FAILURE() << cases[i].toStdString() << ": Leverage "
                          << expected[i].toString(Qt::ISODate).toStdString() << ", Python "
                          << answers[i].toStdString();
    }
    EXPECT_EQ(mismatches, 0);
}
