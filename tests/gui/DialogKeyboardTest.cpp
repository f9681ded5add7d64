// Every dialog the program opens, built here one by one, and the main window's menus, checked
// for what the keyboard needs: no two labels, buttons or menu items of one window share an
// Alt+letter; date fields that Tab leaves and that open their calendar by F4; multi-line fields
// that wrap; Return in a single-line field loses nothing typed.
#include "app/FeatureWiring.h"
#include "core/calls/CallState.h"
#include "core/services/DemoWorkspaceBuilder.h"
#include "tests/gui/RealWindow.h"
#include "tests/support/RecordingErrorReporter.h"
#include "tests/support/TestWorkspace.h"
#include "ui/calls/EndCallDialog.h"
#include "ui/calls/FollowUpDialog.h"
#include "ui/calls/NewPersonDialog.h"
#include "ui/calls/PromiseDialog.h"
#include "ui/calls/QuoteDialog.h"
#include "ui/calls/ResumeCallDialog.h"
#include "ui/cases/CaseDialog.h"
#include "ui/cases/CasesPane.h"
#include "ui/commitments/CommitmentDialog.h"
#include "ui/common/DateTimeField.h"
#include "ui/common/GuardedDialog.h"
#include "ui/common/NoteDialog.h"
#include "ui/contacts/ContactDialog.h"
#include "ui/contacts/ContactImportDialog.h"
#include "ui/contacts/OrganizationDialog.h"
#include "ui/dossier/DossierOptionsDialog.h"
#include "ui/escalation/EscalationStepDialog.h"
#include "ui/ledger/DialogLedgerPrompts.h"
#include "ui/models/undo/WorkspaceEditor.h"
#include "ui/outcomes/CloseCaseDialog.h"
#include "ui/outcomes/RegulatorFormDialog.h"
#include "ui/timeline/EntryDialog.h"
#include "ui/window/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QUndoStack>
#include <algorithm>
#include <functional>
#include <gtest/gtest.h>
#include <map>
#include <memory>

using namespace leverage;

namespace {

// The Alt+letter a text gives ("&Ref. no." → 'r'); a null QChar when none ("&&" is a "&").
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

// Which texts claim each Alt+letter; the letters claimed more than once, as sentences.
class MnemonicRegister
{
public:
    void add(const QString &text)
    {
        if (const QChar letter = mnemonicOf(text); !letter.isNull())
            m_claims[letter].append(text);
    }
    QStringList clashes(const QString &where) const
    {
        QStringList out;
        for (const auto &[letter, texts] : m_claims)
            if (texts.size() > 1)
                out << QStringLiteral("%1: Alt+%2 is %3")
                           .arg(where, letter.toUpper(), texts.join(QStringLiteral(" and ")));
        if (!out.isEmpty()) { // what the fix can choose from
            QString free;
            for (char c = 'a'; c <= 'z'; ++c)
                if (!m_claims.count(QChar::fromLatin1(c)))
                    free += QChar::fromLatin1(c);
            out << QStringLiteral("%1: letters still free: %2").arg(where, free);
        }
        return out;
    }

private:
    std::map<QChar, QStringList> m_claims;
};

// The mnemonics a window offers at once: its shown labels, buttons, group boxes and tabs, and
// the titles in its menu bar (a popup menu's items are a scope of their own).
QStringList windowClashes(QWidget &window, const QString &where)
{
    MnemonicRegister mnemonics;
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (widget->window() != &window || !widget->isVisibleTo(&window))
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget))
            mnemonics.add(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            mnemonics.add(button->text());
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            mnemonics.add(group->title());
        else if (auto *tabs = qobject_cast<QTabBar *>(widget))
            for (int i = 0; i < tabs->count(); ++i)
                mnemonics.add(tabs->tabText(i));
        else if (auto *bar = qobject_cast<QMenuBar *>(widget))
            for (QAction *action : bar->actions())
                mnemonics.add(action->text());
    }
    return mnemonics.clashes(where);
}

QStringList menuClashes(QMenu &menu, const QString &where)
{
    MnemonicRegister mnemonics;
    QStringList out;
    for (QAction *action : menu.actions()) {
        if (!action->isVisible() || action->isSeparator())
            continue;
        mnemonics.add(action->text());
        if (QMenu *sub = action->menu())
            out << menuClashes(*sub, where + QStringLiteral(" → ") + action->text());
    }
    return mnemonics.clashes(where) + out;
}

class DialogKeyboardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        ASSERT_TRUE(m_real.open(m_dir.filePath(QStringLiteral("w.leverage")), m_clock, true));
    }

    ui::MainWindow &window() { return m_real.window(); }
    Workspace &workspace() { return window().workspace(); }

    // One of each dialog the program can open, filled as it would be for the demo.
    std::vector<std::unique_ptr<QDialog>> everyDialog()
    {
        auto &editor = window().editor();
        QWidget *parent = &window();
        const QDateTime now = m_clock.now();
        CallState call;
        call.caseId = 1;
        std::vector<std::unique_ptr<QDialog>> out;
        out.emplace_back(new ui::CaseDialog(editor, Case{}, parent));
        Case stored;
        stored.meta.id = 1;
        stored.meta.version = 1;
        stored.title = QStringLiteral("A stored case");
        out.emplace_back(new ui::CaseDialog(editor, stored, parent));
        Commitment commitment;
        commitment.caseId = 1;
        out.emplace_back(new ui::CommitmentDialog(editor, commitment, parent));
        out.emplace_back(new ui::ContactDialog(editor, Contact{}, parent));
        out.emplace_back(new ui::OrganizationDialog(editor, Organization{}, parent));
        TimelineEntry entry;
        entry.caseId = 1;
        out.emplace_back(new ui::EntryDialog(editor, entry, parent));
        out.emplace_back(
            new ui::EndCallDialog(call, 600, 60, {{1, QStringLiteral("Case")}}, parent));
        out.emplace_back(new ui::ResumeCallDialog(call, QStringLiteral("Case"), now, parent));
        out.emplace_back(new ui::QuoteDialog(parent));
        out.emplace_back(new ui::NewPersonDialog(QStringLiteral("Dana Ruiz"), parent));
        out.emplace_back(new ui::PromiseDialog(
            QStringLiteral("Dana Ruiz"),
            {{QStringLiteral("Lee Park (supervisor)"), CallState::kSupervisor}}, now, parent));
        out.emplace_back(new ui::FollowUpDialog({{QStringLiteral("Dana Ruiz"), 0}}, now, parent));
        out.emplace_back(new ui::ContactImportDialog(
            workspace(), models::UndoPusher(window().undoStack(), m_reporter), parent));
        out.emplace_back(new ui::DossierOptionsDialog(parent));
        out.emplace_back(new ui::NoteDialog(QStringLiteral("Promise broken"),
                                            QStringLiteral("What happened?"), parent));
        out.emplace_back(new ui::EscalationStepDialog(workspace(), parent));
        models::CaseOutcomeChoices outcome;
        outcome.caseTitle = QStringLiteral("Case");
        outcome.currency = QStringLiteral("USD");
        out.emplace_back(new ui::CloseCaseDialog(outcome, now, parent));
        outcomes::RegulatorForm form;
        form.issue = QStringLiteral("Case");
        out.emplace_back(new ui::RegulatorFormDialog(form, m_reporter, parent));
        return out;
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_settings;
    FixedClock m_clock{leverage::testing::testNow()};
    leverage::testing::RealWindow m_real;
    leverage::testing::RecordingErrorReporter m_reporter;
};

TEST_F(DialogKeyboardTest, NoWindowOrMenuHasTwoItemsOnOneAltLetter)
{
    QStringList clashes;
    for (auto &dialog : everyDialog())
        clashes << windowClashes(*dialog, QString::fromLatin1(dialog->metaObject()->className()) +
                                              QStringLiteral(" “") + dialog->windowTitle() +
                                              QStringLiteral("”"));
    // The main window with a call running, its call pane among the others.
    ASSERT_TRUE(window().casesPane()->selectCase(1));
    m_real.features().startCallAction()->trigger();
    QCoreApplication::processEvents();
    clashes << windowClashes(window(), QStringLiteral("main window"));
    for (QAction *top : window().menuBar()->actions())
        if (QMenu *menu = top->menu())
            clashes << menuClashes(*menu, top->text());
    EXPECT_TRUE(clashes.isEmpty()) << clashes.join(QLatin1Char('\n')).toStdString();
}

TEST_F(DialogKeyboardTest, EveryDateFieldIsOneThatTabLeavesAndEveryMultiLineFieldWraps)
{
    int dates = 0;
    int texts = 0;
    for (auto &dialog : everyDialog()) {
        const std::string name = dialog->metaObject()->className();
        for (auto *edit : dialog->findChildren<QDateTimeEdit *>()) {
            ++dates;
            EXPECT_NE(qobject_cast<ui::DateTimeField *>(edit), nullptr)
                << name << ": " << edit->objectName().toStdString() << " is a plain QDateTimeEdit";
        }
        for (auto *edit : dialog->findChildren<QPlainTextEdit *>()) {
            ++texts;
            EXPECT_NE(edit->lineWrapMode(), QPlainTextEdit::NoWrap) << name;
        }
        for (auto *edit : dialog->findChildren<QTextEdit *>()) {
            ++texts;
            EXPECT_NE(edit->lineWrapMode(), QTextEdit::NoWrap) << name;
        }
    }
    EXPECT_GE(dates, 8) << "the dialogs' date fields were found";
    EXPECT_GE(texts, 6) << "the dialogs' multi-line fields were found";
}

TEST_F(DialogKeyboardTest, TabLeavesADateFieldAndF4OrAltDownOpensItsCalendar)
{
    ui::CaseDialog dialog(window().editor(), Case{}, &window());
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    auto *opened = dialog.findChild<ui::DateTimeField *>();
    ASSERT_NE(opened, nullptr);
    const QDate before(2026, 3, 2);
    opened->setDate(before);

    opened->setFocus(Qt::TabFocusReason);
    QTest::keyClick(opened, Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget()->objectName(), QStringLiteral("desiredOutcome"))
        << "Tab went to the next field, not to the field's next section";
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
    EXPECT_EQ(QApplication::focusWidget(), opened) << "Shift+Tab came back";

    // Sections by arrow keys: from the year (focus by Shift+Tab lands on the last section
    // first, so go to the start), Right to the month, Up adds one.
    QTest::keyClick(opened, Qt::Key_Home);
    QTest::keyClick(opened, Qt::Key_Right);
    QTest::keyClick(opened, Qt::Key_Right);
    QTest::keyClick(opened, Qt::Key_Right);
    QTest::keyClick(opened, Qt::Key_Right);
    QTest::keyClick(opened, Qt::Key_Right);
    EXPECT_EQ(opened->currentSection(), QDateTimeEdit::MonthSection);
    QTest::keyClick(opened, Qt::Key_Up);
    EXPECT_EQ(opened->date(), before.addMonths(1));

    for (const auto &[key, modifiers] :
         {std::pair{Qt::Key_F4, Qt::KeyboardModifiers()},
          std::pair{Qt::Key_Down, Qt::KeyboardModifiers(Qt::AltModifier)}}) {
        opened->setFocus(Qt::TabFocusReason);
        const QDate shown = opened->date();
        QTest::keyClick(opened, key, modifiers);
        QCalendarWidget *calendar = opened->calendarWidget();
        ASSERT_NE(calendar, nullptr);
        ASSERT_TRUE(calendar->isVisible()) << "the calendar opened by keyboard";
        EXPECT_EQ(calendar->selectedDate(), shown);
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : calendar;
        QTest::keyClick(target, Qt::Key_Right); // the next day
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : calendar,
                        Qt::Key_Return);
        EXPECT_FALSE(calendar->isVisible()) << "Return chose the day and closed the calendar";
        EXPECT_EQ(opened->date(), shown.addDays(1));
    }
    dialog.done(QDialog::Rejected);
}

TEST_F(DialogKeyboardTest, ReturnInASingleLineFieldLosesNothingTyped)
{
    for (auto &dialog : everyDialog()) {
        const std::string name = dialog->metaObject()->className();
        dialog->show();
        QApplication::setActiveWindow(dialog.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(dialog.get())) << name;
        for (auto *edit : dialog->findChildren<QLineEdit *>()) {
            if (!dialog->isVisible())
                break;
            if (!edit->isVisibleTo(dialog.get()) || !edit->isEnabled() || edit->isReadOnly() ||
                qobject_cast<QAbstractSpinBox *>(edit->parent()) || !edit->inputMask().isEmpty())
                continue;
            edit->setFocus(Qt::TabFocusReason);
            QTest::keyClicks(edit, QStringLiteral("kept"));
            QTest::keyClick(edit, Qt::Key_Return);
            if (dialog->isVisible())
                EXPECT_TRUE(edit->text().contains(QStringLiteral("kept")))
                    << name << ": " << edit->objectName().toStdString();
            else
                EXPECT_EQ(dialog->result(), QDialog::Accepted)
                    << name << ": Return closed the dialog without taking what was typed";
        }
        dialog->hide();
    }
}

TEST_F(DialogKeyboardTest, ThePromiseNoteWrapsAndCtrlReturnSubmitsIt)
{
    const QString typed = QStringLiteral("Claims has no record of the call and asks to start over");
    bool wraps = false;
    QTimer::singleShot(0, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        ASSERT_NE(dialog, nullptr);
        auto *edit = dialog->findChild<QPlainTextEdit *>();
        ASSERT_NE(edit, nullptr);
        wraps = edit->lineWrapMode() != QPlainTextEdit::NoWrap;
        QApplication::setActiveWindow(dialog);
        edit->setFocus();
        QTest::keyClicks(edit, typed);
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
    });
    ui::DialogLedgerPrompts prompts;
    const auto note = prompts.askNote(&window(), QStringLiteral("Promise broken"),
                                      QStringLiteral("What happened?"));
    EXPECT_TRUE(wraps);
    ASSERT_TRUE(note.has_value()) << "Ctrl+Return submitted the note";
    EXPECT_EQ(*note, typed);
}

// Whether a person types or chooses in this widget (the line edit inside a combo box or a spin
// box is part of that one field).
bool isField(QWidget *widget, QWidget *form)
{
    if (!widget->isVisibleTo(form) || !widget->isEnabled() ||
        !(widget->focusPolicy() & Qt::TabFocus))
        return false;
    if (qobject_cast<QComboBox *>(widget->parent()) ||
        qobject_cast<QAbstractSpinBox *>(widget->parent()))
        return false;
    return qobject_cast<QLineEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget) ||
           qobject_cast<QTextEdit *>(widget) || qobject_cast<QComboBox *>(widget) ||
           qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QCheckBox *>(widget);
}

// The field that holds the focus: a combo box or spin box for the line edit inside it.
QWidget *owner(QWidget *focus)
{
    if (focus && (qobject_cast<QComboBox *>(focus->parent()) ||
                  qobject_cast<QAbstractSpinBox *>(focus->parent())))
        return focus->parentWidget();
    return focus;
}

TEST_F(DialogKeyboardTest, TabVisitsEveryFieldOfEveryDialogOnceInReadingOrder)
{
    for (auto &dialog : everyDialog()) {
        const std::string name = dialog->metaObject()->className() + std::string(" “") +
                                 dialog->windowTitle().toStdString() + "”";
        dialog->show();
        QApplication::setActiveWindow(dialog.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(dialog.get())) << name;
        QWidget *start = owner(QApplication::focusWidget());
        ASSERT_NE(start, nullptr) << name << ": something has the focus when it opens";

        // Round the focus chain once, by Tab alone.
        std::vector<QWidget *> visited;
        QWidget *now = start;
        for (int presses = 0; presses < 80; ++presses) {
            if (isField(now, dialog.get()))
                visited.push_back(now);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            now = owner(QApplication::focusWidget());
            ASSERT_NE(now, nullptr) << name;
            if (now == start)
                break;
        }
        EXPECT_EQ(now, start) << name << ": Tab comes round to where it started, not to "
                              << now->metaObject()->className() << " "
                              << now->objectName().toStdString();

        for (auto *widget : dialog->findChildren<QWidget *>()) {
            if (isField(widget, dialog.get())) {
                EXPECT_EQ(std::count(visited.begin(), visited.end(), widget), 1)
                    << name << ": Tab reaches the field " << widget->objectName().toStdString()
                    << " (" << widget->metaObject()->className() << ") once";
            }
        }
        // Top to bottom, and left to right along a row, as a person reads the form.
        auto rotated = visited;
        const auto first = std::min_element(rotated.begin(), rotated.end(), [&](auto *a, auto *b) {
            const QPoint pa = a->mapTo(dialog.get(), QPoint()),
                         pb = b->mapTo(dialog.get(), QPoint());
            return std::pair(pa.y(), pa.x()) < std::pair(pb.y(), pb.x());
        });
        std::rotate(rotated.begin(), first, rotated.end());
        for (std::size_t i = 1; i < rotated.size(); ++i) {
            const QPoint a = rotated[i - 1]->mapTo(dialog.get(), QPoint());
            const QPoint b = rotated[i]->mapTo(dialog.get(), QPoint());
            const bool sameRow = std::abs(a.y() - b.y()) <= 6;
            EXPECT_TRUE(sameRow ? b.x() > a.x() : b.y() > a.y())
                << name << ": Tab goes from " << rotated[i - 1]->metaObject()->className() << " "
                << rotated[i - 1]->objectName().toStdString() << " at (" << a.x() << "," << a.y()
                << ") back to " << rotated[i]->metaObject()->className() << " "
                << rotated[i]->objectName().toStdString() << " at (" << b.x() << "," << b.y()
                << ")";
        }
        dialog->hide();
    }
}

TEST_F(DialogKeyboardTest, EveryPlaceholderFitsItsField)
{
    for (auto &dialog : everyDialog()) {
        const std::string name = dialog->metaObject()->className();
        dialog->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog.get())) << name;
        for (auto *edit : dialog->findChildren<QLineEdit *>()) {
            if (!edit->isVisible() || edit->placeholderText().isEmpty())
                continue;
            // The text and the edit's frame and inner margins.
            const int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + 8;
            EXPECT_GE(edit->width(), needed)
                << name << ": “" << edit->placeholderText().toStdString() << "” is cut";
        }
        dialog->hide();
    }
}

TEST_F(DialogKeyboardTest, EscOnEveryChangedEditDialogAsksAndOnAnUnchangedOneCloses)
{
    int guarded = 0;
    for (auto &dialog : everyDialog()) {
        auto *form = qobject_cast<ui::GuardedDialog *>(dialog.get());
        if (!form)
            continue;
        ++guarded;
        const std::string name = form->metaObject()->className();
        form->show();
        QApplication::setActiveWindow(form);
        ASSERT_TRUE(QTest::qWaitForWindowActive(form)) << name;
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : form,
                        Qt::Key_Escape);
        EXPECT_FALSE(form->isVisible()) << name << ": unchanged, Esc closes at once";

        form->show();
        QApplication::setActiveWindow(form);
        ASSERT_TRUE(QTest::qWaitForWindowActive(form)) << name;
        QWidget *field = nullptr; // the first field a person types into
        for (auto *widget : form->findChildren<QWidget *>())
            if ((qobject_cast<QLineEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget)) &&
                widget->isVisibleTo(form) && widget->isEnabled() &&
                !qobject_cast<QComboBox *>(widget->parent()) &&
                !qobject_cast<QAbstractSpinBox *>(widget->parent())) {
                field = widget;
                break;
            }
        ASSERT_NE(field, nullptr) << name;
        field->setFocus();
        QTest::keyClicks(field, QStringLiteral("typed"));
        QString asked;
        QTimer::singleShot(0, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            asked = box->text();
            QTest::keyClick(box, Qt::Key_Escape); // Keep editing
        });
        QTest::keyClick(field, Qt::Key_Escape);
        EXPECT_FALSE(asked.isEmpty()) << name << ": Esc after typing asked first";
        EXPECT_TRUE(form->isVisible()) << name << ": Keep editing kept the form";
        form->hide();
    }
    EXPECT_GE(guarded, 10) << "the edit and call dialogs were all checked";
}

} // namespace
