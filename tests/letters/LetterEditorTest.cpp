#include "ui/letters/LetterEditor.h"
#include "core/letters/LetterDrafter.h"
#include "core/store/LetterRepository.h"
#include "tests/letters/LetterFixture.h"
#include "tests/support/PdfTools.h"
#include "tests/support/RecordingErrorReporter.h"
#include "ui/letters/LetterTextEdit.h"
#include "ui/letters/SpellChecker.h"
#include "ui/letters/SpellHighlighter.h"
#include "ui/models/letters/AddLetterCommand.h"
#include "ui/models/letters/LetterDraftSaver.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
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

// Runs `inIt` on the next modal dialog once it is open (the dialog must be closed by it).
void inNextDialog(std::function<void(QDialog *)> inIt)
{
    auto poll = std::make_shared<std::function<void()>>();
    *poll = [poll, inIt = std::move(inIt)] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            // Keys reach the dialog once the window system has made it the active window.
            QApplication::setActiveWindow(dialog);
            EXPECT_TRUE(QTest::qWaitForWindowActive(dialog));
            inIt(dialog);
            return;
        }
        QTimer::singleShot(20, *poll);
    };
    QTimer::singleShot(0, *poll);
}

// As a window manager does, the letter's window is active again once its dialog closed.
void backToTheLetter(QWidget &editor)
{
    QApplication::setActiveWindow(&editor);
    EXPECT_TRUE(QTest::qWaitForWindowActive(&editor));
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

TEST_F(LetterEditorTest, ToneAndAddresseeWriteTheDraftAgainAndCtrlZTakesItBack)
{
    ui::LetterEditor editor(*m_workspace, m_pusher, m_letter);
    editor.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&editor));
    auto *text = editor.textEdit();
    text->setFocus();
    LetterRepository letters(*m_workspace);
    const Letter before = *letters.get(m_letter.meta.id);
    const RowId erin = contactNamed(QStringLiteral("Erin Walsh"));

    // Ctrl+Shift+T: the tone (focused) one down, to Final; the addressee typed.
    inNextDialog([](QDialog *dialog) {
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Down);
        QTest::keyClick(dialog->focusWidget(), Qt::Key_O, Qt::AltModifier);
        QTest::keyClicks(dialog->focusWidget(), QStringLiteral("Erin"));
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);
    });
    QTest::keyClick(text, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    backToTheLetter(editor);
    const Letter changed = *letters.get(m_letter.meta.id);
    EXPECT_EQ(changed.tone, LetterTone::Final);
    EXPECT_EQ(changed.contactId, erin);
    EXPECT_EQ(changed.kind, before.kind);
    EXPECT_EQ(changed.writtenAt, before.writtenAt);
    EXPECT_NE(changed.body, before.body);
    EXPECT_TRUE(text->toPlainText().contains(QStringLiteral("Erin Walsh")));
    EXPECT_TRUE(editor.findChild<QLabel *>(QStringLiteral("letterKind"))
                    ->text()
                    .contains(QStringLiteral("final tone, to Erin Walsh")));
    EXPECT_EQ(m_stack.count(), 2); // the new letter, then the change

    // Ctrl+Z in the text: nothing typed since, so the change itself is taken back.
    QTest::keyClick(text, Qt::Key_Z, Qt::ControlModifier);
    const Letter undone = *letters.get(m_letter.meta.id);
    EXPECT_EQ(undone.tone, before.tone);
    EXPECT_EQ(undone.contactId, before.contactId);
    EXPECT_EQ(undone.body, before.body);
    EXPECT_TRUE(text->toPlainText().contains(QStringLiteral("Dear Carl Jensen")));
    EXPECT_EQ(m_stack.index(), 1);
    EXPECT_TRUE(m_reporter.messages().isEmpty());
}

TEST_F(LetterEditorTest, CtrlZUndoesTypingBeforeTheToneChange)
{
    ui::LetterEditor editor(*m_workspace, m_pusher, m_letter);
    editor.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&editor));
    auto *text = editor.textEdit();
    text->setFocus();
    inNextDialog([](QDialog *dialog) {
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Down);
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);
    });
    QTest::keyClick(text, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    backToTheLetter(editor);
    text->moveCursor(QTextCursor::End);
    QTest::keyClicks(text, QStringLiteral(" PS"));
    QTest::keyClick(text, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_FALSE(text->toPlainText().endsWith(QStringLiteral(" PS")));
    EXPECT_EQ(LetterRepository(*m_workspace).get(m_letter.meta.id)->tone, LetterTone::Final);
}

TEST_F(LetterEditorTest, CtrlPPreviewsTheLetterOnItsPages)
{
    ui::LetterEditor editor(*m_workspace, m_pusher, m_letter);
    editor.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&editor));
    int pages = 0;
    bool preview = false;
    inNextDialog([&](QDialog *dialog) {
        preview = qobject_cast<QPrintPreviewDialog *>(dialog) != nullptr;
        if (auto *widget = dialog->findChild<QPrintPreviewWidget *>()) {
            widget->updatePreview();
            pages = widget->pageCount();
        }
        dialog->reject();
    });
    QTest::keyClick(editor.textEdit(), Qt::Key_P, Qt::ControlModifier);
    EXPECT_TRUE(preview);
    EXPECT_GE(pages, 1);
}

TEST_F(LetterEditorTest, TheMailProgramGetsTheLetterAndTheDossierAndTheFolderIsShown)
{
    QList<QPair<QString, QStringList>> launched;
    ui::LetterEditor::setLauncher([&](const QString &program, const QStringList &arguments) {
        launched.append({program, arguments});
        return true;
    });
    {
        ui::LetterEditor editor(*m_workspace, m_pusher, m_letter);
        editor.sendWithMailProgram();
        ASSERT_EQ(launched.size(), 2);
        EXPECT_EQ(launched.at(0).first, QStringLiteral("xdg-email"));
        const QStringList &arguments = launched.at(0).second;
        QStringList attached;
        for (int i = 0; i + 1 < arguments.size(); ++i)
            if (arguments.at(i) == QStringLiteral("--attach"))
                attached << arguments.at(i + 1);
        ASSERT_EQ(attached.size(), 2);
        EXPECT_EQ(QFileInfo(attached.at(0)).fileName(), QStringLiteral("Letter.pdf"));
        EXPECT_EQ(QFileInfo(attached.at(1)).fileName(), QStringLiteral("Dossier.pdf"));
        EXPECT_TRUE(pdfText(attached.at(0), false).contains(QStringLiteral("Dear Carl Jensen")));
        EXPECT_TRUE(pdfText(attached.at(1), false).contains(QStringLiteral("Dated dossier")));
        EXPECT_EQ(launched.at(1).first, QStringLiteral("xdg-open"));
        EXPECT_EQ(launched.at(1).second, QStringList{editor.outgoingFolder()});
        EXPECT_EQ(QFileInfo(attached.at(0)).absolutePath(), editor.outgoingFolder());
        // Only its owner may read the folder: it names who the user is fighting.
        EXPECT_EQ(QFileInfo(editor.outgoingFolder()).permissions() & 0x0077, 0);
    }
    ui::LetterEditor::setLauncher({});
    EXPECT_TRUE(m_reporter.messages().isEmpty());
}

} // namespace
} // namespace leverage::testing
