#include "ui/letters/LetterEditor.h"

#include "core/letters/LetterContext.h"
#include "core/letters/LetterDocument.h"
#include "core/letters/LetterDrafter.h"
#include "ui/letters/LetterTextEdit.h"
#include "ui/letters/MarkSentDialog.h"
#include "ui/letters/SpellChecker.h"
#include "ui/models/common/ErrorReporter.h"
#include "ui/models/letters/LetterDraftSaver.h"
#include "ui/models/letters/MarkLetterSentCommand.h"

#include <QAction>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextList>
#include <QToolBar>
#include <QVBoxLayout>

namespace leverage::ui {

LetterEditor::LetterEditor(Workspace &workspace, models::UndoPusher pusher, const Letter &letter,
                           QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_pusher(pusher), m_letter(letter),
      m_subject(new QLineEdit(letter.subject, this)),
      m_text(new LetterTextEdit(SpellChecker::forLocale(), this)), m_state(new QLabel(this)),
      m_markSent(new QPushButton(tr("&Mark as Sent…"), this)),
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
    form->addRow(tr("Kind:"), new QLabel(tr("%1, %2 tone")
                                             .arg(letterKindLabel(letter.kind),
                                                  letterToneLabel(letter.tone).toLower()),
                                         this));
    form->addRow(tr("State:"), m_state);

    auto *buttons = new QDialogButtonBox(this);
    auto *pdf = buttons->addButton(tr("Save &PDF…"), QDialogButtonBox::ActionRole);
    auto *odt = buttons->addButton(tr("Save &OpenDocument…"), QDialogButtonBox::ActionRole);
    auto *eml = buttons->addButton(tr("Save &E-mail…"), QDialogButtonBox::ActionRole);
    auto *mail =
        buttons->addButton(tr("Send with My E-mail &Program…"), QDialogButtonBox::ActionRole);
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
    showSent();
    m_text->setFocus();
    m_text->moveCursor(QTextCursor::End);
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
        tr("Undo"), QKeySequence::Undo, [this] { m_text->undo(); }, false);
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

void LetterEditor::showSent()
{
    const bool sent = m_letter.isSent();
    m_subject->setReadOnly(sent);
    m_text->setReadOnly(sent);
    m_markSent->setEnabled(!sent);
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
    Q_EMIT message(tr("The letter is on the case's timeline, with a follow-up at its deadline."));
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

// xdg-email hands the message to the desktop's mail program (Thunderbird, Evolution …): the
// text as the body, the letter as a PDF attached, the addressee filled in.
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
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
    const QString pdf =
        QDir(dir).filePath(QStringLiteral("leverage-letter-%1.pdf").arg(letter.meta.id));
    if (auto status = LetterDocument::writePdf(letter.body, letter.subject, pdf); !status) {
        m_pusher.reporter().reportError(status.message());
        return;
    }
    QStringList arguments{QStringLiteral("--utf8"),
                          QStringLiteral("--subject"),
                          mail->subject,
                          QStringLiteral("--body"),
                          mail->text,
                          QStringLiteral("--attach"),
                          pdf};
    for (const auto &cc : mail->cc)
        if (!cc.email.isEmpty())
            arguments << QStringLiteral("--cc") << cc.email;
    for (const auto &to : mail->to)
        if (!to.email.isEmpty())
            arguments << to.email;
    if (!QProcess::startDetached(QStringLiteral("xdg-email"), arguments)) {
        m_pusher.reporter().reportError(
            tr("No e-mail program could be started (xdg-email, from xdg-utils, is missing). Save "
               "the letter as an e-mail file instead and open it in your mail program."));
        return;
    }
    Q_EMIT message(tr("The letter was handed to your e-mail program."));
}

void LetterEditor::done(int result)
{
    m_saver->flush();
    QDialog::done(result);
}

} // namespace leverage::ui
