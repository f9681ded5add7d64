#include "ui/letters/LetterEditor.h"
#include "core/letters/LetterDrafter.h"
#include "core/store/LetterRepository.h"
#include "tests/letters/LetterFixture.h"
#include "tests/support/RecordingErrorReporter.h"
#include "ui/letters/LetterTextEdit.h"
#include "ui/letters/SpellChecker.h"
#include "ui/letters/SpellHighlighter.h"
#include "ui/models/letters/AddLetterCommand.h"
#include "ui/models/letters/LetterDraftSaver.h"

#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QUndoStack>

namespace leverage::testing {
namespace {

TEST(SpellCheckerTest, TheEnglishDictionaryKnowsWordsAndSuggests)
{
    auto checker = ui::SpellChecker::forLanguage(QStringLiteral("en_US"));
    ASSERT_NE(checker, nullptr) << "hunspell-en-us is not installed";
    EXPECT_TRUE(checker->isCorrect(QStringLiteral("letter")));
    EXPECT_FALSE(checker->isCorrect(QStringLiteral("lettre")));
    EXPECT_TRUE(checker->suggestions(QStringLiteral("lettre")).contains(QStringLiteral("letter")));
    EXPECT_NE(ui::SpellChecker::forLocale(), nullptr); // the locale's, else en_US
}

class LetterEditorTest : public LetterFixture
{
protected:
    void SetUp() override
    {
        LetterFixture::SetUp();
        auto letter =
            LetterDrafter(*m_workspace)
                .draft({caseTitled(QStringLiteral("MRI claim")), LetterKind::Complaint,
                        LetterTone::Firm, contactNamed(QStringLiteral("Carl Jensen")), 0, 14});
        ASSERT_TRUE(letter);
        auto command = std::make_unique<models::AddLetterCommand>(*m_workspace, *letter);
        auto *added = command.get();
        ASSERT_TRUE(m_pusher.push(std::move(command)));
        m_letter = added->letter();
    }

    // The formats the highlighter put on the block holding `word`.
    static bool isUnderlined(QTextEdit *edit, const QString &word)
    {
        for (auto block = edit->document()->begin(); block.isValid(); block = block.next()) {
            const auto at = block.text().indexOf(word);
            if (at < 0)
                continue;
            for (const auto &range : block.layout()->formats())
                if (range.start <= at && at < range.start + range.length &&
                    range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
                    return true;
            return false;
        }
        return false;
    }

    RecordingErrorReporter m_reporter;
    QUndoStack m_stack;
    models::UndoPusher m_pusher{m_stack, m_reporter};
    Letter m_letter;
};

TEST_F(LetterEditorTest, AMisspelledWordIsUnderlinedAndHasSuggestions)
{
    ui::LetterEditor editor(*m_workspace, m_pusher, m_letter);
    editor.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&editor));
    auto *text = editor.textEdit();
    text->moveCursor(QTextCursor::End);
    QTest::keyClicks(text, QStringLiteral(" I enclose the lettre."));
    EXPECT_TRUE(isUnderlined(text, QStringLiteral("lettre")));
    EXPECT_FALSE(isUnderlined(text, QStringLiteral("enclose")));
    QTextCursor cursor = text->textCursor();
    cursor.movePosition(QTextCursor::Left, QTextCursor::MoveAnchor, 3);
    QTextCursor word;
    const QStringList suggestions = text->suggestionsAt(cursor, &word);
    EXPECT_TRUE(suggestions.contains(QStringLiteral("letter")));
    EXPECT_EQ(word.selectedText(), QStringLiteral("lettre"));
}

TEST_F(LetterEditorTest, TypingIsSavedAndBoldIsKept)
{
    {
        ui::LetterEditor editor(*m_workspace, m_pusher, m_letter);
        editor.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&editor));
        auto *text = editor.textEdit();
        text->moveCursor(QTextCursor::End);
        QTest::keyClick(text, Qt::Key_B, Qt::ControlModifier);
        QTest::keyClicks(text, QStringLiteral("Urgent"));
        QTest::qWait(models::LetterDraftSaver::kDelayMs + 400);
    }
    auto stored = LetterRepository(*m_workspace).get(m_letter.meta.id);
    ASSERT_TRUE(stored);
    EXPECT_TRUE(stored->body.contains(QStringLiteral("font-weight:700;\">Urgent")) ||
                stored->body.contains(QStringLiteral("font-weight:600;\">Urgent")))
        << stored->body.toStdString();
    EXPECT_TRUE(m_reporter.messages().isEmpty());
}

} // namespace
} // namespace leverage::testing
