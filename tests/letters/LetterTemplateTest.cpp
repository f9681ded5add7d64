#include "core/letters/LetterComposer.h"
#include "core/letters/LetterDrafter.h"
#include "core/store/LetterSettingsRepository.h"
#include "tests/letters/LetterFixture.h"

namespace leverage::testing {
namespace {

using LetterTemplateTest = LetterFixture;

TEST(LetterTemplateCheckTest, EveryShippedTemplatePasses)
{
    for (const auto &name : LetterTemplates::names()) {
        const QString text = LetterTemplates::shipped(name);
        EXPECT_FALSE(text.isEmpty()) << name.toStdString();
        auto status = LetterComposer::check(name, text);
        EXPECT_TRUE(status) << name.toStdString() << ": " << status.message().toStdString();
    }
}

TEST(LetterTemplateCheckTest, AnUnknownFieldIsNamedWithItsLine)
{
    auto status = LetterComposer::check(QStringLiteral("complaint"),
                                        QStringLiteral("<p>{{caseTitle}}</p>\n<p>{{amount}}</p>"));
    ASSERT_FALSE(status);
    EXPECT_EQ(status.message(), QStringLiteral("The letter template “complaint”, line 2: there "
                                               "is no field named “amount”."));
}

TEST(LetterTemplateCheckTest, ListFieldsAreKnownOnlyInsideTheirSection)
{
    EXPECT_TRUE(
        LetterComposer::check(QStringLiteral("complaint"),
                              QStringLiteral("{{#latest}}{{name}} {{caseTitle}}{{/latest}}")));
    auto outside =
        LetterComposer::check(QStringLiteral("complaint"), QStringLiteral("{{summary}}"));
    EXPECT_FALSE(outside);
    EXPECT_TRUE(outside.message().contains(QStringLiteral("“summary”")));
}

TEST(LetterTemplateCheckTest, SectionsMustCloseInOrder)
{
    auto open =
        LetterComposer::check(QStringLiteral("complaint"), QStringLiteral("a\n{{#firm}}\nb\n"));
    ASSERT_FALSE(open);
    EXPECT_TRUE(open.message().contains(QStringLiteral("line 2"))) << open.message().toStdString();
    EXPECT_TRUE(open.message().contains(QStringLiteral("never closed")));

    auto crossed = LetterComposer::check(
        QStringLiteral("complaint"), QStringLiteral("{{#firm}}{{#final}}\n{{/firm}}{{/final}}"));
    ASSERT_FALSE(crossed);
    EXPECT_TRUE(crossed.message().contains(QStringLiteral("line 2")));

    auto unopened = LetterComposer::check(QStringLiteral("complaint"), QStringLiteral("{{/firm}}"));
    EXPECT_FALSE(unopened);
    auto unclosedTag =
        LetterComposer::check(QStringLiteral("complaint"), QStringLiteral("\n\n{{caseTitle"));
    ASSERT_FALSE(unclosedTag);
    EXPECT_TRUE(unclosedTag.message().contains(QStringLiteral("line 3")));
}

TEST(LetterTemplateCheckTest, UnescapedTagsAndUnknownPartsAreRefused)
{
    EXPECT_FALSE(
        LetterComposer::check(QStringLiteral("complaint"), QStringLiteral("{{{caseTitle}}}")));
    EXPECT_FALSE(
        LetterComposer::check(QStringLiteral("complaint"), QStringLiteral("{{& caseTitle}}")));
    EXPECT_FALSE(LetterComposer::check(QStringLiteral("complaint"), QStringLiteral("{{=<% %>=}}")));
    EXPECT_FALSE(LetterComposer::check(QStringLiteral("complaint"), QStringLiteral("{{> frame}}")));
    EXPECT_TRUE(
        LetterComposer::check(QStringLiteral("complaint"), QStringLiteral("{{> history}}")));
    EXPECT_TRUE(
        LetterComposer::check(QStringLiteral("complaint"), QStringLiteral("{{! a comment {{ }}")));
}

TEST_F(LetterTemplateTest, AUserCopyWinsUntilItIsReset)
{
    const RowId mri = caseTitled(QStringLiteral("MRI claim"));
    LetterSettingsRepository settings(*m_workspace);
    ASSERT_TRUE(settings.saveTemplate(QStringLiteral("complaint"),
                                      QStringLiteral("<p>My own words about {{caseTitle}}.</p>")));
    LetterDrafter drafter(*m_workspace);
    auto letter = drafter.draft({mri, LetterKind::Complaint, LetterTone::Firm, 0, 0, 14});
    ASSERT_TRUE(letter) << letter.message().toStdString();
    EXPECT_TRUE(letter->body.contains(QStringLiteral("My own words about MRI claim")));

    ASSERT_TRUE(settings.resetTemplate(QStringLiteral("complaint")));
    letter = drafter.draft({mri, LetterKind::Complaint, LetterTone::Firm, 0, 0, 14});
    ASSERT_TRUE(letter);
    EXPECT_FALSE(letter->body.contains(QStringLiteral("My own words")));
}

TEST_F(LetterTemplateTest, ABrokenUserTemplateGivesNoLetterAtAll)
{
    const RowId mri = caseTitled(QStringLiteral("MRI claim"));
    LetterSettingsRepository settings(*m_workspace);
    ASSERT_TRUE(settings.saveTemplate(QStringLiteral("frame"),
                                      QStringLiteral("{{myName}}\n{{> body}}\n{{sigature}}")));
    auto letter =
        LetterDrafter(*m_workspace).draft({mri, LetterKind::Complaint, LetterTone::Firm, 0, 0, 14});
    ASSERT_FALSE(letter);
    EXPECT_EQ(letter.message(), QStringLiteral("The letter template “frame”, line 3: there is no "
                                               "field named “sigature”."));
}

} // namespace
} // namespace leverage::testing
