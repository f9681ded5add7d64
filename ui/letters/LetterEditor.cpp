#include "ui/letters/LetterEditor.h"

#include "core/letters/LetterAddressees.h"
#include "core/letters/LetterContext.h"
#include "core/letters/LetterDocument.h"
#include "core/letters/LetterDrafter.h"
#include "core/letters/LetterEvents.h"
#include "core/util/PrivateFiles.h"
#include "ui/letters/LetterTextEdit.h"
#include "ui/letters/MarkSentDialog.h"
#include "ui/letters/NewLetterDialog.h"
#include "ui/letters/SpellChecker.h"
#include "ui/models/common/ErrorReporter.h"
#include "ui/models/letters/EditLetterCommand.h"
#include "ui/models/letters/LetterDraftSaver.h"
#include "ui/models/letters/LetterLookup.h"
#include "ui/models/letters/MarkLetterSentCommand.h"

#include <QAction>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextList>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace leverage::ui {
namespace {

LetterEditor::Launcher &replacedLauncher()
{
    static LetterEditor::Launcher launch;
    return launch;
}

bool launch(const QString &program, const QStringList &arguments)
{
    if (const auto &replaced = replacedLauncher())
        return replaced(program, arguments);
    return QProcess::startDetached(program, arguments);
}

} // namespace

void LetterEditor::setLauncher(Launcher launcher)
{
    replacedLauncher() = std::move(launcher);
}

LetterEditor::LetterEditor(Workspace &workspace, models::UndoPusher pusher, const Letter &letter,
                           QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_pusher(pusher), m_letter(letter),
      m_subject(new QLineEdit(letter.subject, this)),
      m_text(new LetterTextEdit(SpellChecker::forLocale(), this)), m_kind(new QLabel(this)),
      m_state(new QLabel(this)), m_markSent(new QPushButton(tr("&Mark as Sent…"), this)),
      m_change(new QPushButton(tr("&Tone and Addressee…"), this)),
      m_saver(new models::LetterDraftSaver(workspace, letter.meta.id, &pusher.reporter(), this))
{
    setObjectName(QStringLiteral("letterEditor"));
    setWindowFlag(Qt::Window);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("%1 – Letter").arg(letter.subject));
    m_text->setObjectName(QStringLiteral("letterText"));
    m_text->setHtml(letter.body);
    m_text->document()->setModified(false);
    m_text->document()->clearUndoRedoStacks(); // the letter as drafted is where undo stops

    auto *form = new QFormLayout;
    form->addRow(tr("&Subject:"), m_subject);
    m_kind->setObjectName(QStringLiteral("letterKind"));
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_kind, 1);
    kindRow->addWidget(m_change);
    form->addRow(tr("Kind:"), kindRow);
    form->addRow(tr("State:"), m_state);
    m_change->setObjectName(QStringLiteral("changeToneAndAddressee"));
    m_change->setAutoDefault(false);
    m_change->setToolTip(tr("Write the letter again from the case in another tone or to "
                            "another person (Ctrl+Shift+T)"));
    connect(m_change, &QPushButton::clicked, this, &LetterEditor::changeToneAndAddressee);
    auto *change = new QAction(this);
    change->setShortcut(QKeySequence(tr("Ctrl+Shift+T")));
    connect(change, &QAction::triggered, this, &LetterEditor::changeToneAndAddressee);
    addAction(change);
    showKind();

    auto *buttons = new QDialogButtonBox(this);
    auto *preview = buttons->addButton(tr("Pre&view and Print…"), QDialogButtonBox::ActionRole);
    preview->setObjectName(QStringLiteral("letterPrintPreview"));
    preview->setToolTip(tr("See the pages as they will print, and print them (Ctrl+P)"));
    connect(preview, &QPushButton::clicked, this, &LetterEditor::printPreview);
    auto *print = new QAction(this);
    print->setShortcut(QKeySequence::Print);
    connect(print, &QAction::triggered, this, &LetterEditor::printPreview);
    addAction(print);
    auto *pdf = buttons->addButton(tr("Save &PDF…"), QDialogButtonBox::ActionRole);
    auto *odt = buttons->addButton(tr("Save &OpenDocument…"), QDialogButtonBox::ActionRole);
    auto *eml = buttons->addButton(tr("Save &E-mail…"), QDialogButtonBox::ActionRole);
    auto *mail =
        buttons->addButton(tr("Send with My E-mail P&rogram…"), QDialogButtonBox::ActionRole);
    buttons->addButton(m_markSent, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    // Return in the subject must not save a PDF: no button is the default.
    for (auto *button : buttons->buttons())
        if (auto *push = qobject_cast<QPushButton *>(button))
            push->setAutoDefault(false);
    connect(pdf, &QPushButton::clicked, this, [this] { saveAs(QStringLiteral("pdf")); });
    connect(odt, &QPushButton::clicked, this, [this] { saveAs(QStringLiteral("odt")); });
    connect(eml, &QPushButton::clicked, this, [this] { saveAs(QStringLiteral("eml")); });
    connect(mail, &QPushButton::clicked, this, &LetterEditor::sendWithMailProgram);
    connect(m_markSent, &QPushButton::clicked, this, &LetterEditor::markAsSent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *markSent = new QAction(this);
    markSent->setShortcut(QKeySequence(tr("Ctrl+Shift+M")));
    connect(markSent, &QAction::triggered, this, &LetterEditor::markAsSent);
    addAction(markSent);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(makeToolBar());
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(760, 860);

    connect(m_text, &QTextEdit::textChanged, this, &LetterEditor::changed);
    connect(m_subject, &QLineEdit::textEdited, this, &LetterEditor::changed);
    connect(m_saver, &models::LetterDraftSaver::saved, this,
            [this] { m_state->setText(tr("Draft, saved")); });
    connect(&LetterEvents::of(workspace), &LetterEvents::letterChanged, this,
            [this](RowId, RowId letterId) { reloadIfChanged(letterId); });
    m_text->installEventFilter(this);
    showSent();
    m_text->setFocus();
    // The letter opens at its top, as a word processor does: the letterhead, the addressee
    // and the date are what a writer checks first.
    m_text->moveCursor(QTextCursor::Start);
}

LetterEditor::~LetterEditor()
{
    // Saved while the labels its signal updates still exist (children go after this).
    disconnect(m_saver, nullptr, this, nullptr);
    m_saver->flush();
}

QToolBar *LetterEditor::makeToolBar()
{
    auto *bar = new QToolBar(this);
    auto add = [&](const QString &text, const QKeySequence &keys, auto slot, bool checkable) {
        auto *action = bar->addAction(text);
        action->setShortcut(keys);
        action->setCheckable(checkable);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                         keys.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    add(
        tr("Undo"), QKeySequence::Undo, [this] { undo(); }, false);
    add(
        tr("Redo"), QKeySequence::Redo, [this] { m_text->redo(); }, false);
    bar->addSeparator();
    auto *bold = add(
        tr("Bold"), QKeySequence::Bold,
        [this](bool on) { m_text->setFontWeight(on ? QFont::Bold : QFont::Normal); }, true);
    auto *italic = add(
        tr("Italic"), QKeySequence::Italic, [this](bool on) { m_text->setFontItalic(on); }, true);
    auto list = [this](QTextListFormat::Style style) {
        QTextCursor cursor = m_text->textCursor();
        if (QTextList *current = cursor.currentList()) {
            // The same list again: back to a paragraph.
            QTextBlockFormat plain;
            plain.setIndent(0);
            current->remove(cursor.block());
            cursor.setBlockFormat(plain);
            return;
        }
        cursor.createList(style);
    };
    add(
        tr("Bullets"), QKeySequence(tr("Ctrl+Shift+8")),
        [list] { list(QTextListFormat::ListDisc); }, false);
    add(
        tr("Numbers"), QKeySequence(tr("Ctrl+Shift+7")),
        [list] { list(QTextListFormat::ListDecimal); }, false);
    connect(m_text, &QTextEdit::currentCharFormatChanged, this,
            [bold, italic](const QTextCharFormat &format) {
                bold->setChecked(format.fontWeight() >= QFont::Bold);
                italic->setChecked(format.fontItalic());
            });
    return bar;
}

Letter LetterEditor::current() const
{
    Letter letter = m_letter;
    letter.subject = m_subject->text();
    letter.body = m_text->toHtml();
    return letter;
}

void LetterEditor::changed()
{
    if (m_letter.isSent())
        return;
    m_state->setText(tr("Draft, saving…"));
    const Letter now = current();
    m_saver->save(now.subject, now.body);
    setWindowTitle(tr("%1 – Letter").arg(now.subject));
}

void LetterEditor::showKind()
{
    QString text =
        tr("%1, %2 tone")
            .arg(letterKindLabel(m_letter.kind), letterToneLabel(m_letter.tone).toLower());
    if (const QString to = models::LetterLookup::contactName(m_workspace, m_letter.contactId);
        !to.isEmpty())
        text += tr(", to %1").arg(to);
    m_kind->setText(text);
}

void LetterEditor::showSent()
{
    const bool sent = m_letter.isSent();
    m_subject->setReadOnly(sent);
    m_text->setReadOnly(sent);
    m_markSent->setEnabled(!sent);
    m_change->setEnabled(!sent);
    m_state->setText(sent ? tr("Sent %1 by %2")
                                .arg(letterDate(m_letter.sentAt.toDateTime().date()),
                                     letterChannelLabel(m_letter.channel).toLower())
                          : tr("Draft"));
}

void LetterEditor::markAsSent()
{
    if (m_letter.isSent())
        return;
    m_saver->flush();
    MarkSentDialog dialog(LetterDrafter(m_workspace).now(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    models::MarkLetterSentCommand::Sending sending{m_letter.meta.id,
                                                   Instant::fromDateTime(dialog.sentAt()),
                                                   dialog.channel(), dialog.trackingNumber()};
    if (auto status =
            m_pusher.push(std::make_unique<models::MarkLetterSentCommand>(m_workspace, sending));
        !status) {
        m_pusher.reporter().reportError(status.message());
        return;
    }
    m_letter = current();
    m_letter.state = LetterState::Sent;
    m_letter.sentAt = sending.sentAt;
    m_letter.channel = sending.channel;
    showSent();
    Q_EMIT message(m_letter.deadline.isNull()
                       ? tr("The letter is on the case's timeline.")
                       : tr("The letter is on the case's timeline, with a follow-up at its "
                            "deadline."));
}

void LetterEditor::saveAs(const QString &suffix)
{
    m_saver->flush();
    const QString filter = suffix == QLatin1String("pdf")   ? tr("PDF (*.pdf)")
                           : suffix == QLatin1String("odt") ? tr("OpenDocument text (*.odt)")
                                                            : tr("E-mail message (*.eml)");
    QString name = m_subject->text();
    name.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]+")), QStringLiteral(" "));
    const QString start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .filePath(name.simplified() + QLatin1Char('.') + suffix);
    QString path = QFileDialog::getSaveFileName(this, tr("Save Letter"), start, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    if (auto status = LetterDrafter(m_workspace).write(current(), path); !status) {
        m_pusher.reporter().reportError(status.message());
        return;
    }
    Q_EMIT message(tr("Letter saved to %1").arg(QDir::toNativeSeparators(path)));
}

void LetterEditor::changeToneAndAddressee()
{
    if (m_letter.isSent())
        return;
    m_saver->flush(); // the typing so far is what undo brings back
    auto addressees = letterAddressees(m_workspace, m_letter.caseId);
    if (!addressees) {
        m_pusher.reporter().reportError(addressees.message());
        return;
    }
    const QDateTime writtenAt = m_letter.writtenAt.toDateTime();
    const int days = m_letter.deadline.isNull()
                         ? 14
                         : int(writtenAt.date().daysTo(m_letter.deadline.toDateTime().date()));
    NewLetterDialog dialog(*addressees, this);
    dialog.changing(m_letter, std::max(1, days));
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Written again from the case as of the letter's own date, in the chosen tone and to the
    // chosen person; the kind stays.
    auto redrafted = LetterDrafter(m_workspace).draft(dialog.request(m_letter.caseId), writtenAt);
    if (!redrafted) {
        m_pusher.reporter().reportError(redrafted.message());
        return;
    }
    Letter after = current();
    after.tone = redrafted->tone;
    after.contactId = redrafted->contactId;
    after.subject = redrafted->subject;
    after.body = redrafted->body;
    after.deadline = redrafted->deadline;
    auto command = std::make_unique<models::EditLetterCommand>(m_workspace, after);
    const auto *pushed = command.get(); // never merges: on top of the stack after the push
    if (auto status = m_pusher.push(std::move(command)); !status) {
        m_pusher.reporter().reportError(status.message());
        return;
    }
    m_lastChange = pushed;
    Q_EMIT message(tr("The letter was written again in a %1 tone. Ctrl+Z brings it back as it "
                      "was.")
                       .arg(letterToneLabel(after.tone).toLower()));
}

// Typing first, as in any editor; once the text has nothing left to undo, the tone and
// addressee change made here (if it is the window's latest step).
void LetterEditor::undo()
{
    if (m_text->document()->isUndoAvailable()) {
        m_text->undo();
        return;
    }
    QUndoStack &stack = m_pusher.stack();
    if (m_lastChange && stack.canUndo() && stack.command(stack.index() - 1) == m_lastChange) {
        m_saver->flush();
        stack.undo();
        m_lastChange = nullptr;
    }
}

bool LetterEditor::eventFilter(QObject *watched, QEvent *event)
{
    // The text edit takes Ctrl+Z for itself even with nothing to undo: then it is ours.
    if (watched == m_text && event->type() == QEvent::ShortcutOverride &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Undo) &&
        !m_text->document()->isUndoAvailable()) {
        event->ignore();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void LetterEditor::reloadIfChanged(RowId letterId)
{
    if (letterId != m_letter.meta.id)
        return;
    auto stored = models::LetterLookup::letter(m_workspace, letterId);
    // Typing saves without a new version: only an undo step's write is loaded here.
    if (!stored || stored->meta.version == m_letter.meta.version)
        return;
    m_letter = *stored;
    const QSignalBlocker blockText(m_text);
    const QSignalBlocker blockSubject(m_subject);
    m_subject->setText(m_letter.subject);
    m_text->setHtml(m_letter.body);
    m_text->document()->clearUndoRedoStacks(); // the letter as it now stands
    setWindowTitle(tr("%1 – Letter").arg(m_letter.subject));
    showKind();
    showSent();
}

void LetterEditor::printPreview()
{
    m_saver->flush();
    const Letter letter = current();
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(letter.subject);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("letterPreview"));
    dialog.setWindowTitle(tr("Letter: %1").arg(letter.subject));
    dialog.resize(size()); // a page large enough to read, as big as the letter's window
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&letter](QPrinter *target) { LetterDocument::print(letter.body, *target); });
    dialog.exec();
}

QString LetterEditor::outgoingFolder() const
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("outgoing/letter-%1").arg(m_letter.meta.id));
}

void LetterEditor::sendWithMailProgram()
{
    m_saver->flush();
    const Letter letter = current();
    LetterDrafter drafter(m_workspace);
    auto mail = drafter.mail(letter);
    if (!mail) {
        m_pusher.reporter().reportError(mail.message());
        return;
    }
    // Both files in a folder of their own that stays (a mail program reads its attachments
    // when the message goes, maybe hours later), readable by the user only.
    const QString folder = outgoingFolder();
    if (!privatefiles::createDirectory(folder)) {
        m_pusher.reporter().reportError(
            tr("The folder for the letter's files cannot be made (%1). Save the letter as an "
               "e-mail file instead.")
                .arg(QDir::toNativeSeparators(folder)));
        return;
    }
    const QString pdf = QDir(folder).filePath(QStringLiteral("Letter.pdf"));
    const QString dossier = QDir(folder).filePath(QStringLiteral("Dossier.pdf"));
    if (auto status = LetterDocument::writePdf(letter.body, letter.subject, pdf); !status) {
        m_pusher.reporter().reportError(status.message());
        return;
    }
    if (auto status = drafter.writeDossierPdf(letter.caseId, dossier); !status) {
        m_pusher.reporter().reportError(status.message());
        return;
    }
    QStringList arguments{QStringLiteral("--utf8"),
                          QStringLiteral("--subject"),
                          mail->subject,
                          QStringLiteral("--body"),
                          mail->text,
                          QStringLiteral("--attach"),
                          pdf,
                          QStringLiteral("--attach"),
                          dossier};
    for (const auto &cc : mail->cc)
        if (!cc.email.isEmpty())
            arguments << QStringLiteral("--cc") << cc.email;
    for (const auto &to : mail->to)
        if (!to.email.isEmpty())
            arguments << to.email;
    // xdg-email attaches for the mail programs it knows (Thunderbird, Evolution, KMail); one
    // reached through a mailto: link gets the text only. So the folder is shown as well.
    const bool handed = launch(QStringLiteral("xdg-email"), arguments);
    launch(QStringLiteral("xdg-open"), {folder});
    const QString where = QDir::toNativeSeparators(folder);
    if (!handed) {
        m_pusher.reporter().reportError(
            tr("No e-mail program could be started (xdg-email, from xdg-utils, is missing). The "
               "letter and the dossier are saved in %1: attach them to a message by hand.")
                .arg(where));
        return;
    }
    Q_EMIT message(tr("The letter was handed to your e-mail program with the letter and the "
                      "dossier attached. If they are not attached, both files are in %1.")
                       .arg(where));
}

void LetterEditor::done(int result)
{
    m_saver->flush();
    QDialog::done(result);
}

} // namespace leverage::ui
