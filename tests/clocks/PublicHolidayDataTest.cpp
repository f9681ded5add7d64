#include "core/clocks/PublicHolidayTable.h"
#include "core/clocks/PublicHolidays.h"
#include "tests/clocks/PublicHolidayRules.h"

#include <QFile>
#include <QSet>
#include <gtest/gtest.h>

using namespace leverage::clocks;

namespace {

QByteArray withHeader(const QByteArray &rows)
{
    return "jurisdiction,date,name,source,kind\n" + rows;
}

} // namespace

TEST(PublicHolidayDataTest, TheShippedListParsesWithoutARowLeftOut)
{
    const auto &table = PublicHolidayTable::shipped();
    EXPECT_TRUE(table.errors().isEmpty()) << table.errors().join(QLatin1Char('\n')).toStdString();
    EXPECT_FALSE(table.rows().isEmpty());
}

TEST(PublicHolidayDataTest, CoversExactlyTheJurisdictionsAndYearsOfTheRules)
{
    EXPECT_EQ(PublicHolidays::jurisdictions(), oracle::ruleJurisdictions());
    for (const PublicHoliday &row : PublicHolidayTable::shipped().rows()) {
        EXPECT_GE(row.date.year(), PublicHolidays::kFirstYear) << row.name.toStdString();
        EXPECT_LE(row.date.year(), PublicHolidays::kLastYear) << row.name.toStdString();
    }
}

// The shipped list was generated once from the rules; a day that differs is either a typo or a
// one-off that must be marked as one.
TEST(PublicHolidayDataTest, TheListEqualsTheRulesExceptItsOneOffDays)
{
    const auto &table = PublicHolidayTable::shipped();
    for (const QString &jurisdiction : oracle::ruleJurisdictions()) {
        for (int year = PublicHolidays::kFirstYear; year <= PublicHolidays::kLastYear; ++year) {
            QList<QDate> listed;
            for (const PublicHoliday &row : table.rows())
                if (row.jurisdiction == jurisdiction && row.date.year() == year && !row.oneOff)
                    listed << row.date;
            std::sort(listed.begin(), listed.end());
            EXPECT_EQ(listed, oracle::ruleHolidays(jurisdiction, year))
                << jurisdiction.toStdString() << " " << year;
        }
    }
}

TEST(PublicHolidayDataTest, EveryRowHasANameAndTheSourceOfItsJurisdiction)
{
    const QHash<QString, QString> sources{
        {QStringLiteral("US"), QStringLiteral("https://www.federalreserve.gov/aboutthefed/k8.htm")},
        {QStringLiteral("GB"), QStringLiteral("https://www.gov.uk/bank-holidays")},
        {QStringLiteral("CA"),
         QStringLiteral("https://laws-lois.justice.gc.ca/eng/acts/L-2/section-166.html")},
        {QStringLiteral("AU"),
         QStringLiteral("https://www.fairwork.gov.au/employment-conditions/public-holidays")}};
    for (const PublicHoliday &row : PublicHolidayTable::shipped().rows()) {
        EXPECT_FALSE(row.name.isEmpty());
        EXPECT_EQ(row.source, sources.value(row.jurisdiction)) << row.name.toStdString();
    }
    const auto gb = PublicHolidayTable::shipped().rows();
    const auto boxing = std::find_if(gb.begin(), gb.end(), [](const PublicHoliday &row) {
        return row.jurisdiction == QLatin1String("GB") && row.date == QDate(2027, 12, 28);
    });
    ASSERT_NE(boxing, gb.end());
    EXPECT_EQ(boxing->name, QStringLiteral("Boxing Day (substitute day)"));
}

TEST(PublicHolidayDataTest, AQuotedNameMayHoldACommaAndAOneOffDayIsMarked)
{
    const auto table = PublicHolidayTable::parse(withHeader(
        "US,2025-01-20,\"Birthday of Martin Luther King, Jr.\",https://example.org/a,rule\n"
        "GB,2023-05-08,Bank holiday for the coronation of King Charles III,"
        "https://www.gov.uk/bank-holidays,one-off\n"));
    ASSERT_TRUE(table.errors().isEmpty()) << table.errors().join(QLatin1Char(';')).toStdString();
    ASSERT_EQ(table.rows().size(), 2);
    EXPECT_EQ(table.rows().at(0).name, QStringLiteral("Birthday of Martin Luther King, Jr."));
    EXPECT_FALSE(table.rows().at(0).oneOff);
    EXPECT_TRUE(table.rows().at(1).oneOff);
    EXPECT_EQ(table.datesOf(QStringLiteral("GB"), 2023), QList<QDate>{QDate(2023, 5, 8)});
    EXPECT_EQ(table.jurisdictions(), (QStringList{QStringLiteral("US"), QStringLiteral("GB")}));
}

TEST(PublicHolidayDataTest, ARowThatDoesNotParseIsLeftOutWithItsLineAndReason)
{
    const auto table = PublicHolidayTable::parse(
        withHeader("GB,2026-02-30,No such day,https://www.gov.uk/bank-holidays,rule\n"
                   "GB,2026-12-25,Christmas Day,https://www.gov.uk/bank-holidays,rule\n"
                   "GB,2026-12-28,Boxing Day,https://www.gov.uk/bank-holidays\n"
                   "GB,2026-12-25,Christmas again,https://www.gov.uk/bank-holidays,rule\n"
                   "GB,2026-08-31,Summer,http://www.gov.uk,rule\n"
                   "GB,2026-05-04,Early May,https://www.gov.uk/bank-holidays,maybe\n"
                   "GB,2026-05-25,\"Spring,https://www.gov.uk/bank-holidays,rule\n"));
    EXPECT_EQ(table.rows().size(), 1);
    const QStringList expected{
        QStringLiteral("line 2: the date \"2026-02-30\" is not a date (YYYY-MM-DD)"),
        QStringLiteral("line 4: 4 fields instead of 5"),
        QStringLiteral("line 5: GB 2026-12-25 is listed twice"),
        QStringLiteral("line 6: the source is not an https:// address"),
        QStringLiteral("line 7: the kind \"maybe\" is neither rule nor one-off"),
        QStringLiteral("line 8: a quote is not closed")};
    EXPECT_EQ(table.errors(), expected);
}

TEST(PublicHolidayDataTest, AMissingHeaderRefusesTheWholeList)
{
    const auto table = PublicHolidayTable::parse(
        "GB,2026-12-25,Christmas Day,https://www.gov.uk/bank-holidays,rule\n");
    EXPECT_TRUE(table.rows().isEmpty());
    ASSERT_EQ(table.errors().size(), 1);
    EXPECT_TRUE(table.errors().first().startsWith(QStringLiteral("line 1:")));
}
