#include "ui/calls/CallNotesPane.h"

#include "core/store/CaseRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/Workspace.h"
#include "ui/calls/CallNotesEditor.h"
#include "ui/calls/CallPersonPicker.h"
#include "ui/models/calls/CallChecklistModel.h"
#include "ui/models/calls/CallPromisesModel.h"
#include "ui/models/calls/LiveCall.h"
#include "ui/models/team/CallPresence.h"

#include <QAction>
#include <QDockWidget>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSplitter>
#include <QTime>
#include <QToolButton>
#include <QVBoxLayout>

namespace leverage::ui {
namespace {

QToolButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

QLineEdit *field(const char *name, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

QListView *listFor(QAbstractItemModel *model, const char *name, QWidget *parent)
{
    auto *view = new QListView(parent);
    view->setObjectName(QLatin1String(name));
    view->setModel(model);
    view->setWordWrap(true);
    view->setUniformItemSizes(false);
    return view;
}

} // namespace

CallNotesPane::CallNotesPane(Workspace &workspace, QUndoStack &undoStack,
                             models::ErrorReporter &reporter, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_undoStack(undoStack),
      m_call(new models::LiveCall(workspace, this)),
      m_checklist(new models::CallChecklistModel(*m_call, this)),
      m_promises(new models::CallPromisesModel(*m_call, this))
{
    setObjectName(QStringLiteral("callNotesPane"));
    m_call->setUndoPusher(models::UndoPusher(m_undoStack, reporter));
    setWindowTitle(tr("Call notes"));
    createActions();

    m_notes = new CallNotesEditor(this);
    m_notes->setStampSource([this] { return m_call->paragraphStamp(); });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (m_call->isLive())
            m_call->setNotes(m_notes->toPlainText());
    });

    m_side = new QWidget(this);
    auto *side = new QVBoxLayout(m_side);
    side->setContentsMargins(0, 0, 0, 0);
    auto *checklistLabel = new QLabel(tr("Checklist"), m_side);
    auto *checklist = listFor(m_checklist, "checklist", m_side);
    checklist->setFocusPolicy(Qt::NoFocus);
    checklist->setWordWrap(false);
    // All eight items in sight: the list is a glance, not something to scroll.
    checklist->setMinimumHeight(checklist->sizeHintForRow(0) * m_checklist->rowCount() +
                                2 * checklist->frameWidth() + 2);
    checklist->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    checklistLabel->setBuddy(checklist);
    auto *readBackLabel = new QLabel(tr("Read back before han&ging up"), m_side);
    auto *readBack = listFor(m_promises, "readBack", m_side);
    readBackLabel->setBuddy(readBack);
    side->addWidget(checklistLabel);
    side->addWidget(checklist, 3);
    side->addWidget(readBackLabel);
    side->addWidget(readBack, 2);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_notes);
    splitter->addWidget(m_side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *items = new QHBoxLayout;
    items->addWidget(buttonFor(m_promise, this));
    items->addWidget(buttonFor(m_followUp, this));
    items->addWidget(buttonFor(m_quote, this));
    items->addStretch();
    items->addWidget(buttonFor(m_cancel, this));
    auto *end = buttonFor(m_end, this);
    end->setObjectName(QStringLiteral("endCall"));
    items->addWidget(end);

    m_live = new QWidget(this);
    auto *live = new QVBoxLayout(m_live);
    live->setContentsMargins(0, 0, 0, 0);
    live->addWidget(createHeader());
    live->addWidget(splitter, 1);
    live->addLayout(items);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    auto *top = new QHBoxLayout;
    m_caseLabel = new QLabel(this);
    m_caseLabel->setObjectName(QStringLiteral("caseLabel"));
    m_caseLabel->setTextFormat(Qt::PlainText);
    QFont bold = m_caseLabel->font();
    bold.setBold(true);
    m_caseLabel->setFont(bold);
    top->addWidget(m_caseLabel, 1);
    top->addWidget(buttonFor(m_compact, this));
    top->addWidget(buttonFor(m_onTop, this));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_live, 1);
    layout->addWidget(m_status);

    connect(m_call, &models::LiveCall::elapsedChanged, this, &CallNotesPane::updateTimes);
    connect(m_call, &models::LiveCall::holdChanged, this, [this](bool onHold) {
        const QSignalBlocker blocker(m_hold);
        m_hold->setChecked(onHold);
        m_hold->setText(onHold ? tr("On hold") : tr("Hold"));
    });
    connect(m_call, &models::LiveCall::participantsChanged, this, &CallNotesPane::refreshPeople);
    connect(m_call, &models::LiveCall::saved, this, [this] {
        showStatus(tr("Draft saved at %1")
                       .arg(QLocale().toString(QTime::currentTime(), QStringLiteral("HH:mm:ss"))),
                   false);
    });
    connect(m_call, &models::LiveCall::saveFailed, this,
            [this](const QString &message) { showStatus(tr("Not saved: %1").arg(message), true); });
    connect(m_call, &models::LiveCall::filed, this, [this](RowId caseId, RowId entryId) {
        clearView();
        showStatus(tr("Call filed on the case's timeline."), false);
        Q_EMIT callFiled(caseId, entryId);
        Q_EMIT callEnded();
    });

    connect(m_person, &CallPersonPicker::participantChosen, m_call,
            &models::LiveCall::setCurrentParticipant);
    connect(m_person, &CallPersonPicker::contactChosen, this, [this](const Contact &c) {
        m_notes->appendItem(
            m_call->addParticipant({c.meta.id, c.name, c.position, c.extension, 0, std::nullopt}));
        m_notes->setFocus();
    });
    connect(m_person, &CallPersonPicker::newPersonRequested, this, &CallNotesPane::addNewPerson);
    connect(m_person, &CallPersonPicker::textTyped, m_call, &models::LiveCall::setTypedPerson);
    connect(m_reference, &QLineEdit::textEdited, m_call, &models::LiveCall::setReferenceNumber);
    connect(m_callback, &QLineEdit::textEdited, m_call, &models::LiveCall::setCallbackNumber);
    connect(m_supervisor, &QLineEdit::textEdited, m_call, &models::LiveCall::setSupervisorName);
    connect(m_supervisorLine, &QLineEdit::textEdited, m_call, &models::LiveCall::setSupervisorLine);
    clearView();
    // Its models report to the window's error path from the start.
    setErrorReporter(&reporter);
}

CallNotesPane::~CallNotesPane()
{
    // The live call outlives this object's own part of the destruction: save now, and let no
    // signal of it reach a half-destroyed pane.
    disconnect(m_call, nullptr, this, nullptr);
    m_call->saveNow();
}

QSize CallNotesPane::sizeHint() const
{
    return m_side->isVisible() ? QSize(620, 480) : QSize(400, 440);
}

bool CallNotesPane::isCallLive() const
{
    return m_call->isLive();
}

void CallNotesPane::focusNotes()
{
    m_notes->setFocus(Qt::ShortcutFocusReason);
}

void CallNotesPane::createActions()
{
    auto make = [this](const QString &text, const QKeySequence &keys, const char *name) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(keys);
        // Works wherever the focus is inside the pane, docked or floating.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        if (!keys.isEmpty())
            action->setToolTip(QStringLiteral("%1 (%2)").arg(
                QString(text).remove(QLatin1Char('&')), keys.toString(QKeySequence::NativeText)));
        addAction(action);
        return action;
    };
    m_hold = make(tr("Hold"), QKeySequence(Qt::CTRL | Qt::Key_H), "hold");
    m_hold->setCheckable(true);
    m_promise = make(tr("&Promise…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), "promise");
    m_followUp =
        make(tr("&Follow-up…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), "followUp");
    m_quote = make(tr("&Quote…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q), "quote");
    m_end = make(tr("&End call…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), "endCall");
    m_cancel = make(tr("Cancel call…"), {}, "cancelCall");
    m_onTop = make(tr("Pin on top"), {}, "alwaysOnTop");
    m_onTop->setCheckable(true);
    m_onTop->setToolTip(tr("Keep the floating call notes above other windows"));
    m_compact = make(tr("Compact"), {}, "compact");
    m_compact->setCheckable(true);
    m_compact->setToolTip(tr("Hide the checklist and read-back list"));

    // Not added to the pane: it belongs on the main window, where a case is selected.
    m_start = new QAction(tr("Start &call"), this);
    m_start->setObjectName(QStringLiteral("startCall"));
    m_start->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_start->setToolTip(tr("Start a call on the selected case and take notes (%1)")
                            .arg(m_start->shortcut().toString(QKeySequence::NativeText)));
    m_start->setEnabled(false);
    connect(m_start, &QAction::triggered, this, [this] { startCall(m_caseId); });
    connect(m_call, &models::LiveCall::callStarted, this, &CallNotesPane::updateStartAction);
    connect(m_call, &models::LiveCall::callStopped, this, &CallNotesPane::updateStartAction);
    // On a team workspace the others see this call in the case's header (issue 23).
    auto *presence = new models::CallPresence(m_call->workspace(), this);
    const auto announce = [this, presence] {
        if (m_call->isLive() && m_call->state().caseId != presence->caseId())
            presence->callStarted(m_call->state().caseId);
    };
    connect(m_call, &models::LiveCall::callStarted, presence, announce);
    connect(m_call, &models::LiveCall::changed, presence, announce); // filed under another case
    connect(m_call, &models::LiveCall::callStopped, presence, &models::CallPresence::callStopped);

    connect(m_hold, &QAction::triggered, this, [this] {
        if (m_call->isLive())
            m_notes->appendItem(m_call->toggleHold());
    });
    connect(m_promise, &QAction::triggered, this, &CallNotesPane::addPromise);
    connect(m_followUp, &QAction::triggered, this, &CallNotesPane::addFollowUp);
    connect(m_quote, &QAction::triggered, this, &CallNotesPane::addQuote);
    connect(m_end, &QAction::triggered, this, &CallNotesPane::endCall);
    connect(m_cancel, &QAction::triggered, this, &CallNotesPane::cancelCall);
    connect(m_onTop, &QAction::toggled, this, &CallNotesPane::setAlwaysOnTop);
    connect(m_compact, &QAction::toggled, this, &CallNotesPane::setCompact);
}

QWidget *CallNotesPane::createHeader()
{
    auto *header = new QWidget(this);
    auto *grid = new QGridLayout(header);
    grid->setContentsMargins(0, 0, 0, 0);

    m_elapsed = new QLabel(header);
    m_elapsed->setObjectName(QStringLiteral("elapsed"));
    m_elapsed->setAccessibleName(tr("Time into the call"));
    QFont big = m_elapsed->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_elapsed->setFont(big);
    m_holdTime = new QLabel(header);
    m_holdTime->setObjectName(QStringLiteral("holdTime"));
    auto *hold = buttonFor(m_hold, header);
    hold->setObjectName(QStringLiteral("holdButton"));

    m_person = new CallPersonPicker(header);
    auto *with = new QLabel(tr("&With:"), header);
    with->setBuddy(m_person);
    m_reference = field("reference", tr("ticket / case no."), header);
    m_callback = field("callback", tr("number to call back"), header);
    m_supervisor = field("supervisor", tr("their supervisor's name"), header);
    m_supervisorLine = field("supervisorLine", tr("the supervisor's direct line"), header);
    auto label = [header](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, header);
        l->setBuddy(buddy);
        return l;
    };

    auto *times = new QHBoxLayout;
    times->addWidget(m_elapsed);
    times->addWidget(hold);
    times->addWidget(m_holdTime, 1);
    grid->addLayout(times, 0, 0, 1, 4);
    grid->addWidget(with, 1, 0);
    grid->addWidget(m_person, 1, 1, 1, 3);
    grid->addWidget(label(tr("&Ref. no.:"), m_reference), 2, 0);
    grid->addWidget(m_reference, 2, 1);
    grid->addWidget(label(tr("Ca&llback:"), m_callback), 2, 2);
    grid->addWidget(m_callback, 2, 3);
    grid->addWidget(label(tr("S&upervisor:"), m_supervisor), 3, 0);
    grid->addWidget(m_supervisor, 3, 1);
    // No Alt letter is left for it in the window: Tab from the supervisor's name reaches it.
    grid->addWidget(label(tr("Direct line:"), m_supervisorLine), 3, 2);
    grid->addWidget(m_supervisorLine, 3, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    return header;
}

void CallNotesPane::updateTimes(qint64 elapsed, qint64 hold)
{
    m_elapsed->setText(CallState::stamp(elapsed));
    m_holdTime->setText(hold > 0 || m_call->state().isOnHold()
                            ? tr("%1 on hold").arg(CallState::stamp(hold))
                            : QString());
}

void CallNotesPane::setCaseId(RowId caseId)
{
    m_caseId = caseId;
    updateStartAction();
}

void CallNotesPane::updateStartAction()
{
    m_start->setEnabled(m_caseId > 0 && !m_call->isLive());
}

void CallNotesPane::refreshPeople()
{
    m_person->rebuild(m_call->state(), m_contacts);
}

void CallNotesPane::showStatus(const QString &text, bool problem)
{
    m_status->setText(problem ? QStringLiteral("⚠ ") + text : text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #a40000;") : QString());
}

void CallNotesPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dockConnected)
        return;
    for (auto *w = parentWidget(); w; w = w->parentWidget())
        if (auto *dock = qobject_cast<QDockWidget *>(w)) {
            connect(dock, &QDockWidget::topLevelChanged, this, [this] { applyOnTop(); });
            m_dockConnected = true;
            break;
        }
}

void CallNotesPane::setAlwaysOnTop(bool on)
{
    if (m_onTop->isChecked() != on)
        m_onTop->setChecked(on); // comes back through toggled
    else
        applyOnTop();
}

// Only a window can stay on top: the floating dock, or the pane itself when it is one.
void CallNotesPane::applyOnTop()
{
    QWidget *target = nullptr;
    for (auto *w = parentWidget(); w && !target; w = w->parentWidget())
        if (auto *dock = qobject_cast<QDockWidget *>(w))
            target = dock->isFloating() ? dock : nullptr;
    if (!target && isWindow())
        target = this;
    if (!target || target->windowFlags().testFlag(Qt::WindowStaysOnTopHint) == m_onTop->isChecked())
        return;
    const bool visible = target->isVisible();
    target->setWindowFlag(Qt::WindowStaysOnTopHint, m_onTop->isChecked());
    if (visible)
        target->show();
}

void CallNotesPane::setCompact(bool compact)
{
    if (m_compact->isChecked() != compact) {
        m_compact->setChecked(compact);
        return;
    }
    m_side->setVisible(!compact);
    updateGeometry();
}

} // namespace leverage::ui
