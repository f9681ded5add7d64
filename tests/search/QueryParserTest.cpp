#include "core/search/QueryParser.h"

#include <gtest/gtest.h>

using namespace leverage;
using leverage::search::QueryParser;

namespace {

SearchQuery parsed(const char *text)
{
    const auto result = QueryParser::parse(QString::fromUtf8(text));
    EXPECT_TRUE(result) << text << ": " << result.error.toStdString();
    return result.query;
}

// The position (0-based) at which a query stops making sense.
int faultAt(const char *text)
{
    const auto result = QueryParser::parse(QString::fromUtf8(text));
    EXPECT_FALSE(result) << text;
    EXPECT_FALSE(result.error.isEmpty());
    if (result.errorPosition >= 0) {
        EXPECT_TRUE(result.error.contains(QString::number(result.errorPosition + 1)))
            << "the sentence names the position from 1: " << result.error.toStdString();
    }
    return result.errorPosition;
}

TEST(QueryParserTest, EveryWordMustMatch)
{
    const auto q = parsed("refund  airline");
    ASSERT_EQ(q.clauses.size(), 2);
    EXPECT_EQ(q.clauses[0].alternatives[0].text, QStringLiteral("refund"));
    EXPECT_EQ(q.clauses[0].alternatives[0].form, SearchTerm::Form::Word);
    EXPECT_EQ(q.clauses[1].alternatives[0].text, QStringLiteral("airline"));
    EXPECT_FALSE(q.clauses[0].excluded);
}

TEST(QueryParserTest, AQuotedPhraseIsOneTerm)
{
    const auto q = parsed("\"claim was  pre-authorised\" rep");
    ASSERT_EQ(q.clauses.size(), 2);
    EXPECT_EQ(q.clauses[0].alternatives[0].form, SearchTerm::Form::Phrase);
    EXPECT_EQ(q.clauses[0].alternatives[0].text, QStringLiteral("claim was pre-authorised"));
}

TEST(QueryParserTest, AStarAtTheEndIsAPrefix)
{
    const auto q = parsed("refun*");
    ASSERT_EQ(q.clauses.size(), 1);
    EXPECT_EQ(q.clauses[0].alternatives[0].form, SearchTerm::Form::Prefix);
    EXPECT_EQ(q.clauses[0].alternatives[0].text, QStringLiteral("refun"));
}

TEST(QueryParserTest, AMinusExcludesAWordOrAPhrase)
{
    const auto q = parsed("refund -voucher -\"store credit\"");
    ASSERT_EQ(q.clauses.size(), 3);
    EXPECT_FALSE(q.clauses[0].excluded);
    EXPECT_TRUE(q.clauses[1].excluded);
    EXPECT_EQ(q.clauses[1].alternatives[0].text, QStringLiteral("voucher"));
    EXPECT_TRUE(q.clauses[2].excluded);
    EXPECT_EQ(q.clauses[2].alternatives[0].form, SearchTerm::Form::Phrase);
}

TEST(QueryParserTest, ADashInsideAWordIsPartOfIt)
{
    const auto q = parsed("77-310 pre-authorised");
    ASSERT_EQ(q.clauses.size(), 2);
    EXPECT_EQ(q.clauses[0].alternatives[0].text, QStringLiteral("77-310"));
    EXPECT_FALSE(q.clauses[0].excluded);
}

TEST(QueryParserTest, OrJoinsItsNeighboursIntoOneClause)
{
    const auto q = parsed("refund OR voucher OR credit* delay");
    ASSERT_EQ(q.clauses.size(), 2);
    ASSERT_EQ(q.clauses[0].alternatives.size(), 3);
    EXPECT_EQ(q.clauses[0].alternatives[2].form, SearchTerm::Form::Prefix);
    EXPECT_EQ(q.clauses[1].alternatives[0].text, QStringLiteral("delay"));
}

TEST(QueryParserTest, LowercaseOrIsAWord)
{
    const auto q = parsed("this or that");
    EXPECT_EQ(q.clauses.size(), 3);
}

TEST(QueryParserTest, EveryFilterIsRead)
{
    const auto q = parsed("person:Müller org:Atlas channel:call status:broken case:12 "
                          "after:2026-03-01 before:2026-04-01 ref:77-310 kind:promise");
    EXPECT_TRUE(q.clauses.isEmpty());
    EXPECT_EQ(q.people, QList<QString>{QStringLiteral("Müller")});
    EXPECT_EQ(q.organizations, QList<QString>{QStringLiteral("Atlas")});
    EXPECT_EQ(q.channels, QList<QString>{QStringLiteral("call")});
    EXPECT_EQ(q.statuses, QList<QString>{QStringLiteral("broken")});
    EXPECT_EQ(q.cases, QList<QString>{QStringLiteral("12")});
    EXPECT_EQ(q.after, QDate(2026, 3, 1));
    EXPECT_EQ(q.before, QDate(2026, 4, 1));
    EXPECT_EQ(q.references, QList<QString>{QStringLiteral("77-310")});
    EXPECT_EQ(q.kinds, QList<SearchKind>{SearchKind::Commitment});
}

TEST(QueryParserTest, AFilterTakesAQuotedValueAndIgnoresCaseInItsName)
{
    const auto q = parsed("Person:\"Anna Müller\" case:\"lost bag\" Channel:CALL refund");
    EXPECT_EQ(q.people, QList<QString>{QStringLiteral("Anna Müller")});
    EXPECT_EQ(q.cases, QList<QString>{QStringLiteral("lost bag")});
    EXPECT_EQ(q.channels, QList<QString>{QStringLiteral("call")});
    ASSERT_EQ(q.clauses.size(), 1);
}

TEST(QueryParserTest, AColonAfterDigitsIsPartOfAWord)
{
    const auto q = parsed("10:30");
    ASSERT_EQ(q.clauses.size(), 1);
    EXPECT_EQ(q.clauses[0].alternatives[0].text, QStringLiteral("10:30"));
}

TEST(QueryParserTest, PunctuationAloneIsNothingToSearchFor)
{
    const auto q = parsed("refund & -");
    EXPECT_EQ(q.clauses.size(), 1);
    EXPECT_TRUE(QueryParser::parse(QStringLiteral("   ")).query.isEmpty());
}

TEST(QueryParserTest, BadQueriesSayWhere)
{
    EXPECT_EQ(faultAt("refund \"pre-auth"), 7);     // the open quote
    EXPECT_EQ(faultAt("OR refund"), 0);             // OR with nothing before
    EXPECT_EQ(faultAt("refund OR"), 7);             // OR with nothing after
    EXPECT_EQ(faultAt("refund OR OR voucher"), 10); // two ORs
    EXPECT_EQ(faultAt("refund OR -voucher"), 10);   // an excluded alternative
    EXPECT_EQ(faultAt("re*fund"), 2);               // a star inside a word
    EXPECT_EQ(faultAt("*"), 0);                     // a star alone
    EXPECT_EQ(faultAt("colour:red"), 0);            // not a filter
    EXPECT_EQ(faultAt("refund person:"), 14);       // a filter without a value
    EXPECT_EQ(faultAt("channel:fax"), 8);           // not a channel
    EXPECT_EQ(faultAt("x status:lost"), 9);         // not a status
    EXPECT_EQ(faultAt("after:2026-13-01"), 6);      // not a date
    EXPECT_EQ(faultAt("before:yesterday"), 7);      // not a date
    EXPECT_EQ(faultAt("kind:memo"), 5);           // not a kind
    EXPECT_EQ(faultAt("person:\"Anna"), 7);         // open quote in a value
    EXPECT_EQ(faultAt("-refund"), 0);               // nothing left to look for
    EXPECT_EQ(faultAt("-org:Atlas refund"), 0);     // a filter cannot be excluded
}

TEST(QueryParserTest, AFailedParseKeepsNothingHalfRead)
{
    const auto result = QueryParser::parse(QStringLiteral("refund \"open"));
    EXPECT_FALSE(result);
    EXPECT_TRUE(result.error.startsWith(QStringLiteral("The search does not read at character 8")))
        << result.error.toStdString();
}

} // namespace
