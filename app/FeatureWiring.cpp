#include "app/FeatureWiring.h"

#include "ui/cases/CasesPane.h"
#include "ui/contacts/ContactPagePane.h"
#include "ui/contacts/ContactsPane.h"
#include "ui/window/MainWindow.h"
#include "ui/calls/CallNotesPane.h"
#include "ui/contacts/ContactHistoryWidget.h"
#include "ui/contacts/ContactsTransfer.h"
#include "ui/contacts/GatewayPane.h"
#include "ui/dossier/DossierPrintController.h"
#include "ui/escalation/EscalationPane.h"
#include "ui/ledger/AgendaPane.h"
#include "ui/ledger/LedgerPane.h"
#include "ui/ledger/LedgerReminders.h"
#include "ui/models/cases/CaseListModel.h"
#include "core/util/Logging.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QMenu>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

namespace leverage::app {
namespace {

// A dock whose pane is built for every workspace; `made` sees each new pane so the wiring can
// connect it, `caseSetter` (optional) follows the selected case.
template <typename Pane>
QDockWidget *addDock(ui::MainWindow &window, const QString &title, const char *objectName,
                     Qt::DockWidgetArea area, std::function<void(Pane *)> made, bool followsCase)
{
    ui::DockedPanes::Spec spec;
    spec.title = title;
    spec.objectName = QString::fromLatin1(objectName);
    spec.area = int(area);
    spec.create = [made, &window](Workspace &workspace, QUndoStack &undoStack, QWidget *parent) {
        auto *pane = new Pane(workspace, undoStack, window, parent);
        made(pane);
        return static_cast<QWidget *>(pane);
    };
    if constexpr (requires(Pane * p) { p->setCaseId(RowId{}); }) {
        if (followsCase)
            spec.setCaseId = [](QWidget *pane, RowId caseId) {
                static_cast<Pane *>(pane)->setCaseId(caseId);
            };
    }
    return window.addPaneDock(std::move(spec));
}

} // namespace

FeatureWiring::FeatureWiring(ui::MainWindow &window) : QObject(&window), m_window(window)
{
    addDocks();
    addActions();
    connect(&m_window, &ui::MainWindow::workspaceInstalled, this,
            &FeatureWiring::onWorkspaceInstalled);
    connect(&m_window, &ui::MainWindow::workspaceAboutToClose, this,
            &FeatureWiring::onWorkspaceAboutToClose);
    m_window.installEventFilter(this); // for its first paint
    // The window installed its first workspace before this object existed.
    onWorkspaceInstalled();
}

FeatureWiring::~FeatureWiring() = default;

void FeatureWiring::addDocks()
{
    m_escalationDock = addDock<ui::EscalationPane>(
        m_window, tr("Escalation Path"), "escalationDock", Qt::RightDockWidgetArea,
        [this](ui::EscalationPane *pane) {
            m_escalation = pane;
            connect(pane, &ui::EscalationPane::errorOccurred, &m_window,
                    &ui::MainWindow::showError);
        },
        true);
    m_callDock = addDock<ui::CallNotesPane>(
        m_window, tr("Call Notes"), "callNotesDock", Qt::RightDockWidgetArea,
        [this](ui::CallNotesPane *pane) {
            m_calls = pane;
            connect(pane, &ui::CallNotesPane::callStarted, this, [this] { showDock(m_callDock); });
            connect(pane, &ui::CallNotesPane::callFiled, this, [this](RowId caseId, RowId) {
                openCase(caseId);
                m_window.statusBar()->showMessage(tr("The call was filed on the timeline."), 5000);
            });
        },
        true);
    m_ledgerDock = addDock<ui::ledger::LedgerPane>(
        m_window, tr("Promise Ledger"), "ledgerDock", Qt::BottomDockWidgetArea,
        [this](ui::ledger::LedgerPane *pane) {
            m_ledger = pane;
            connect(pane, &ui::ledger::LedgerPane::openCase, this, &FeatureWiring::openCase);
            connect(pane, &ui::ledger::LedgerPane::escalateRequested, this,
                    [this](RowId caseId, RowId) {
                        openCase(caseId);
                        showDock(m_escalationDock);
                    });
        },
        false);
    m_agendaDock = addDock<ui::ledger::AgendaPane>(
        m_window, tr("Agenda"), "agendaDock", Qt::BottomDockWidgetArea,
        [this](ui::ledger::AgendaPane *pane) {
            m_agenda = pane;
            connect(pane, &ui::ledger::AgendaPane::openCase, this, &FeatureWiring::openCase);
            connect(pane, &ui::ledger::AgendaPane::openContact, this, [this](RowId contactId) {
                if (m_contactPage)
                    m_contactPage->setContactId(contactId);
                showDock(m_contactPageDock);
            });
        },
        false);
    m_gatewayDock = addDock<ui::GatewayPane>(
        m_window, tr("Gateways"), "gatewayDock", Qt::BottomDockWidgetArea,
        [this](ui::GatewayPane *pane) {
            m_gateways = pane;
            connect(pane, &ui::GatewayPane::startCallWith, this, [this](RowId contactId) {
                showDock(m_callDock);
                if (m_calls)
                    m_calls->startCallWith(contactId);
            });
            connect(pane, &ui::GatewayPane::contactActivated, this, [this](RowId contactId) {
                if (m_contactPage)
                    m_contactPage->setContactId(contactId);
                showDock(m_contactPageDock);
            });
            connect(pane, &ui::GatewayPane::newCaseThrough, this, [this] {
                for (auto *action : m_window.findChildren<QAction *>())
                    if (action->objectName() == QLatin1String("newCase"))
                        action->trigger();
            });
        },
        false);
    m_contactPageDock = addDock<ContactPagePane>(
        m_window, tr("Contact Page"), "contactPageDock", Qt::BottomDockWidgetArea,
        [this](ContactPagePane *pane) { m_contactPage = pane; }, false);

    m_callDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    // The layout the user left wins: closed docks stay closed, the tab in front stays in front.
    if (m_window.hasSavedLayout()) {
        m_window.restoreLayout();
        return;
    }
    // A first-run layout that is not cramped: the path beside the timeline, the lists below
    // as tabs, the call notes out of the way until a call starts.
    m_window.tabifyDockWidget(m_ledgerDock, m_agendaDock);
    m_window.tabifyDockWidget(m_agendaDock, m_gatewayDock);
    m_window.tabifyDockWidget(m_gatewayDock, m_contactPageDock);
    m_ledgerDock->raise();
    m_window.tabifyDockWidget(m_escalationDock, m_callDock);
    m_escalationDock->raise();
    // Sizes once the window has its size (before that, the layout scales them away): the
    // lists below start low, so the cases and the timeline keep most of the height, and the
    // cases pane holds a few cases or the whole "what to do first" message of an empty one.
    QTimer::singleShot(0, &m_window, [this] {
        const bool empty = m_window.casesPane() && m_window.casesPane()->model()->rowCount() == 0;
        auto *cases = m_window.findChild<QDockWidget *>(QStringLiteral("casesDock"));
        if (cases)
            m_window.resizeDocks({cases, m_ledgerDock}, {empty ? 280 : 200, 250}, Qt::Vertical);
    });
}

void FeatureWiring::addActions()
{
    m_startCall = new QAction(tr("Start &Call"), &m_window);
    m_startCall->setObjectName(QStringLiteral("startCallOnCase"));
    m_startCall->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    m_startCall->setToolTip(tr("Start a call on the selected case: a timer, notes and the "
                               "checklist (Ctrl+Shift+L)"));
    connect(m_startCall, &QAction::triggered, this, &FeatureWiring::startCall);

    m_printPreview = new QAction(tr("Print Pre&view…"), &m_window);
    m_printPreview->setObjectName(QStringLiteral("printPreview"));
    m_print = new QAction(tr("&Print Dossier…"), &m_window);
    m_print->setObjectName(QStringLiteral("printDossier"));
    m_print->setShortcut(QKeySequence::Print);
    m_exportPdf = new QAction(tr("Export Dossier as P&DF…"), &m_window);
    m_exportPdf->setObjectName(QStringLiteral("exportDossier"));
    m_exportPdf->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));
    m_importContacts = new QAction(tr("&Import Contacts (vCard)…"), &m_window);
    m_importContacts->setObjectName(QStringLiteral("importContacts"));
    m_exportContacts = new QAction(tr("E&xport Contacts (vCard)…"), &m_window);
    m_exportContacts->setObjectName(QStringLiteral("exportContacts"));

    connect(m_printPreview, &QAction::triggered, this, [this] {
        if (m_dossier)
            m_dossier->printPreview(m_window.currentCaseId());
    });
    connect(m_print, &QAction::triggered, this, [this] {
        if (m_dossier)
            m_dossier->print(m_window.currentCaseId());
    });
    connect(m_exportPdf, &QAction::triggered, this, [this] {
        if (m_dossier)
            m_dossier->exportPdf(m_window.currentCaseId());
    });
    connect(m_importContacts, &QAction::triggered, this, [this] {
        if (m_transfer)
            m_transfer->importContacts(&m_window);
    });
    connect(m_exportContacts, &QAction::triggered, this, [this] {
        if (m_transfer)
            m_transfer->exportContacts(&m_window);
    });

    // Before Quit, the last entry of the File menu.
    auto *file = m_window.fileMenu();
    QAction *quit = file->actions().isEmpty() ? nullptr : file->actions().constLast();
    file->insertAction(quit, m_printPreview);
    file->insertAction(quit, m_print);
    file->insertAction(quit, m_exportPdf);
    file->insertSeparator(quit);
    file->insertAction(quit, m_importContacts);
    file->insertAction(quit, m_exportContacts);
    file->insertSeparator(quit);

    auto *bar = m_window.mainToolBar();
    bar->addSeparator();
    bar->addAction(m_startCall);
    bar->addAction(m_exportPdf);
}

void FeatureWiring::onWorkspaceInstalled()
{
    auto &workspace = m_window.workspace();
    m_dossier = new ui::DossierPrintController(workspace, &m_window);
    connect(m_dossier, &ui::DossierPrintController::pdfExported, this, [this](const QString &path) {
        m_window.statusBar()->showMessage(tr("Dossier saved to %1").arg(path), 8000);
    });
    m_transfer = new ui::ContactsTransfer(workspace,
                                          models::UndoPusher(m_window.undoStack(), m_window), this);
    connect(m_transfer, &ui::ContactsTransfer::message, this,
            [this](const QString &text) { m_window.statusBar()->showMessage(text, 8000); });
    // The reminders query the ledger and connect to the session bus, which the first window
    // does not need: they start once it has painted (see eventFilter).
    if (m_painted)
        QTimer::singleShot(0, this, &FeatureWiring::startReminders);

    connect(m_window.casesPane(), &ui::CasesPane::currentCaseChanged, this,
            &FeatureWiring::updateCaseActions);
    connect(m_window.contactsPane(), &ui::ContactsPane::currentItemChanged, this, [this] {
        const auto item = m_window.currentItem();
        if (item.kind == ui::ItemRef::Kind::Contact) {
            if (m_contactPage)
                m_contactPage->setContactId(item.id);
            if (m_gateways)
                m_gateways->setSelectedContact(item.id);
        }
    });
    updateCaseActions();
}

bool FeatureWiring::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        m_window.removeEventFilter(this);
        // Queued: runs after this paint has reached the screen.
        QTimer::singleShot(0, this, &FeatureWiring::startReminders);
    }
    return QObject::eventFilter(watched, event);
}

void FeatureWiring::startReminders()
{
    if (m_reminders) // a second workspace was installed before the first start ran
        return;
    m_reminders = new ui::ledger::LedgerReminders(m_window.workspace(), this);
    m_reminders->attach(m_ledger, m_agenda);
    connect(m_reminders, &ui::ledger::LedgerReminders::fallbackBanner, this,
            [this](const QString &message) { m_window.statusBar()->showMessage(message); });
    connect(m_reminders, &ui::ledger::LedgerReminders::openItem, this,
            [this](LedgerItemKind, RowId, RowId caseId) { openCase(caseId); });
    logging::get("ledger")->info("reminders started after the window painted");
}

void FeatureWiring::onWorkspaceAboutToClose()
{
    delete m_dossier;
    m_dossier = nullptr;
    delete m_transfer;
    m_transfer = nullptr;
    delete m_reminders;
    m_reminders = nullptr;
}

void FeatureWiring::updateCaseActions()
{
    const bool hasCase = m_window.currentCaseId() > 0;
    for (auto *action : {m_startCall, m_printPreview, m_print, m_exportPdf})
        action->setEnabled(hasCase);
}

void FeatureWiring::openCase(RowId caseId)
{
    if (caseId > 0 && m_window.casesPane())
        m_window.casesPane()->selectCase(caseId);
}

void FeatureWiring::showDock(QDockWidget *dock)
{
    if (!dock)
        return;
    dock->show();
    dock->raise();
}

void FeatureWiring::startCall()
{
    const RowId caseId = m_window.currentCaseId();
    if (caseId <= 0 || !m_calls)
        return;
    showDock(m_callDock);
    m_calls->startCall(caseId);
    logging::get("ui")->info("call started on case {}", caseId);
}

void FeatureWiring::offerCallResume()
{
    if (!m_calls)
        return;
    QTimer::singleShot(0, this, [this] {
        if (m_calls && m_calls->offerResume(&m_window))
            showDock(m_callDock);
    });
}

} // namespace leverage::app
