#include "core/clocks/ClockRuleJson.h"
#include "core/clocks/ClockRuleSet.h"

#include <gtest/gtest.h>

using namespace leverage::clocks;

TEST(ClockRuleJsonTest, WritesAndReadsBackEveryDefaultRule)
{
    const auto &rules = ClockRuleSet::defaults();
    ASSERT_FALSE(rules.empty());
    const auto read = ClockRuleJson::parse(ClockRuleJson::write(rules));
    ASSERT_TRUE(read) << read.message().toStdString();
    EXPECT_EQ(*read, rules);
}

TEST(ClockRuleJsonTest, ASyntaxErrorIsRefusedWithItsLine)
{
    const QByteArray text = "{\n  \"format\": \"leverage-clock-rules\",\n  \"version\": 1,\n"
                            "  \"rules\": [\n    {\"id\": \"a\",}\n  ]\n}\n";
    const auto read = ClockRuleJson::parse(text);
    ASSERT_FALSE(read);
    EXPECT_TRUE(read.message().startsWith("Line 5:")) << read.message().toStdString();
    EXPECT_TRUE(read.message().endsWith("Nothing was imported."));
}

TEST(ClockRuleJsonTest, ABadRuleIsRefusedWithItsLineAndReasonAndNothingIsKept)
{
    std::vector<ClockRule> rules(ClockRuleSet::defaults().begin(),
                                 ClockRuleSet::defaults().begin() + 3);
    QByteArray text = ClockRuleJson::write(rules);
    // The third rule gets a unit nobody knows.
    const qsizetype third = text.indexOf(rules[2].id.toUtf8());
    const qsizetype unit = text.indexOf("\"unit\"", third);
    text.replace(text.indexOf('"', text.indexOf(':', unit)) + 1, 4, "fort");
    const auto read = ClockRuleJson::parse(text);
    ASSERT_FALSE(read);
    const int line = ClockRuleJson::lineAt(text, text.lastIndexOf('{', third));
    EXPECT_TRUE(read.message().startsWith(QStringLiteral("Line %1:").arg(line)))
        << read.message().toStdString();
    EXPECT_TRUE(read.message().contains("is not a unit")) << read.message().toStdString();
}

TEST(ClockRuleJsonTest, RefusesAFileThatIsNotARuleFileAndDuplicateIds)
{
    EXPECT_FALSE(ClockRuleJson::parse("[1, 2]"));
    std::vector<ClockRule> twice{ClockRuleSet::defaults()[0], ClockRuleSet::defaults()[0]};
    const auto read = ClockRuleJson::parse(ClockRuleJson::write(twice));
    ASSERT_FALSE(read);
    EXPECT_TRUE(read.message().contains("used twice"));
}
