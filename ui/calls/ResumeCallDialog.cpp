#include "ui/calls/ResumeCallDialog.h"

#include "ui/models/common/LocalTimeText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace leverage::ui {

ResumeCallDialog::ResumeCallDialog(const CallState &draft, const QString &caseTitle,
                                   const QDateTime &now, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Unfinished call"));
    // The program's one way of writing a moment (the saved time is usually the same day, but
    // not always: an app gone overnight).
    const auto started = models::shortDateTime(draft.startedAt);
    const auto saved = draft.savedAt.isNull() ? started : models::shortDateTime(draft.savedAt);
    auto *text =
        new QLabel(tr("<p>A call was still in progress when Leverage stopped.</p>"
                      "<p><b>%1</b><br>Started %2, last saved at %3. %4 of notes.</p>"
                      "<p>If you are still on the line, resume it: the timer counts from the start "
                      "(%5 so far). If the call is over, file it as it was at the last save.</p>")
                       .arg(caseTitle.toHtmlEscaped(), started, saved,
                            tr("%1 characters").arg(draft.notes.trimmed().size()),
                            CallState::stamp(draft.elapsedSeconds(now))),
                   this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);

    auto *buttons = new QDialogButtonBox(this);
    auto add = [this, buttons](const QString &label, QDialogButtonBox::ButtonRole role,
                               Choice choice, const char *name) {
        auto *button = buttons->addButton(label, role);
        button->setObjectName(QLatin1String(name));
        connect(button, &QPushButton::clicked, this, [this, choice] { done(choice); });
        return button;
    };
    add(tr("&Resume call"), QDialogButtonBox::AcceptRole, Resume, "resume")->setDefault(true);
    add(tr("&File as it was"), QDialogButtonBox::ActionRole, FileAsItWas, "file");
    add(tr("&Discard…"), QDialogButtonBox::ResetRole, Discard, "discard");
    add(tr("&Later"), QDialogButtonBox::RejectRole, Later, "later");

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
}

} // namespace leverage::ui
