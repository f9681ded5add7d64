#include "tests/scenarios/Scenario.h"

#include "core/dossier/DossierAssembler.h"
#include "core/dossier/DossierRenderer.h"
#include "core/store/CaseRepository.h"
#include "core/store/ContactQueries.h"
#include "core/store/Workspace.h"
#include "tests/support/PdfTools.h"
#include "ui/window/MainWindow.h"
#include "ui/window/MainWindowActions.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QPointer>
#include <QSettings>
#include <QTest>
#include <QTimer>

namespace leverage::testing {
namespace {

// What QTest needs for one key of a sequence: the key and its modifiers.
std::pair<Qt::Key, Qt::KeyboardModifiers> split(const QKeyCombination &combination)
{
    return {combination.key(), combination.keyboardModifiers()};
}

QWidget *keyTarget(QWidget *mainWindow)
{
    // An open popup (a menu) takes the keys, as it grabs the keyboard on a real desktop: its
    // focused field if it has one (the search popup's query), as QTest does.
    if (QWidget *popup = QApplication::activePopupWidget())
        return popup->focusWidget() ? popup->focusWidget() : popup;
    if (QWidget *focus = QApplication::focusWidget())
        return focus;
    if (QWidget *modal = QApplication::activeModalWidget())
        return modal;
    if (QWidget *active = QApplication::activeWindow())
        return active;
    return mainWindow;
}

} // namespace

void Scenario::SetUp()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
}

void Scenario::TearDown()
{
    m_real.close();
}

void Scenario::givenTheDemoWorkspace()
{
    ASSERT_TRUE(m_real.open(m_dir.filePath(QStringLiteral("demo.leverage")), m_clock, true));
    QApplication::setActiveWindow(&m_real.window());
}

void Scenario::givenAnEmptyWorkspace()
{
    ASSERT_TRUE(m_real.open(m_dir.filePath(QStringLiteral("empty.leverage")), m_clock, false));
    QApplication::setActiveWindow(&m_real.window());
}

void Scenario::whenIPress(const QKeySequence &keys)
{
    // A dialog the scenario did not expect would wait for keys forever: after 15 s it is a
    // failure, named, and closed, so the suite ends instead of hanging.
    QTimer watchdog;
    watchdog.setSingleShot(true);
    QObject::connect(&watchdog, &QTimer::timeout, [] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            ADD_FAILURE() << "an unexpected dialog “" << dialog->windowTitle().toStdString()
                          << "” (" << dialog->metaObject()->className() << ") stayed open";
            dialog->reject();
        }
    });
    watchdog.start(15000);
    for (int i = 0; i < keys.count(); ++i) {
        QWidget *target = keyTarget(m_real.isOpen() ? &m_real.window() : nullptr);
        ASSERT_NE(target, nullptr) << "no widget has the keyboard focus";
        const auto [key, modifiers] = split(keys[i]);
        QTest::keyClick(target, key, modifiers);
    }
    QCoreApplication::processEvents();
}

void Scenario::whenIType(const QString &text)
{
    for (const QChar character : text) {
        QWidget *target = keyTarget(m_real.isOpen() ? &m_real.window() : nullptr);
        ASSERT_NE(target, nullptr) << "no widget has the keyboard focus";
        if (character.unicode() < 0x80)
            QTest::keyClick(target, char(character.unicode()));
        else // beyond ASCII ("—", "é"), as an input method delivers it: text without a key code
            QTest::sendKeyEvent(QTest::Click, target, Qt::Key_unknown, QString(character),
                                Qt::NoModifier);
    }
    QCoreApplication::processEvents();
}

void Scenario::whenIPressAndThenInTheDialog(const QKeySequence &keys,
                                            const std::function<void()> &inIt)
{
    whenIPressAndThenInTheDialogs(keys, {inIt});
}

void Scenario::whenIPressAndThenInTheDialogs(const QKeySequence &keys,
                                             std::vector<std::function<void()>> dialogs)
{
    // Each dialog's exec() runs its own event loop: a timer there runs the next steps once
    // a new dialog is up. A dialog the steps leave open is a failure, and closed so that the
    // test ends instead of waiting forever. Each look is a new single-shot timer: Qt does not
    // fire a timer again while its handler runs, and a dialog's steps may open the next
    // dialog from inside it (a save dialog's "Replace?").
    size_t next = 0;
    // A guarded pointer: the next dialog may be built at the address of the last one.
    QPointer<QWidget> handled;
    QObject looks; // the pending look goes with it
    std::function<void()> look;
    look = [&] {
        if (next >= dialogs.size())
            return;
        QTimer::singleShot(5, &looks, look);
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog || dialog == handled.data())
            return;
        handled = dialog;
        const auto steps = dialogs[next++];
        // Keys go to the dialog only once the window system has made it the active window.
        QApplication::setActiveWindow(dialog);
        EXPECT_TRUE(QTest::qWaitForWindowActive(dialog)) << dialog->windowTitle().toStdString();
        steps();
        if (QApplication::activeModalWidget() == dialog && dialog->isVisible()) {
            ADD_FAILURE() << "the steps left the dialog “" << dialog->windowTitle().toStdString()
                          << "” (" << dialog->metaObject()->className() << ") open";
            if (auto *modal = qobject_cast<QDialog *>(dialog))
                modal->reject();
            else
                dialog->close();
        }
    };
    QTimer::singleShot(5, &looks, look);
    whenIPress(keys);
    // Dialogs that open one after another once the keys' own handler has returned.
    const bool settled = QTest::qWaitFor(
        [&] { return next >= dialogs.size() && !QApplication::activeModalWidget(); }, 2000);
    const size_t opened = next;
    next = dialogs.size(); // no more looks
    EXPECT_TRUE(settled) << "the dialogs did not all come and go within 2 s";
    EXPECT_EQ(opened, dialogs.size())
        << "the keys opened " << opened << " of " << dialogs.size() << " dialogs";
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr) << "a dialog is still open";
    // As a window manager does, the main window is active again once its dialogs closed.
    if (!QApplication::activeModalWidget() && m_real.isOpen()) {
        QApplication::setActiveWindow(&m_real.window());
        // A loaded machine may take a while to say so; the keys fall back to the window.
        if (!QTest::qWaitForWindowActive(&m_real.window(), 1000))
            m_real.window().activateWindow();
    }
}

void Scenario::whenIOpenTheCase(const QString &title)
{
    // Ctrl+F finds in the pane with the focus: the cases pane first (View → Cases).
    if (auto *goToCases = m_real.window().findChild<QAction *>(QStringLiteral("goTo_casesDock")))
        whenIPress(goToCases->shortcut());
    whenIPress(m_real.window().actions().find->shortcut());
    whenIType(title);
    whenIPress(QKeySequence(Qt::Key_Down));
    ASSERT_EQ(m_real.window().currentCaseId(), caseTitled(title)) << title.toStdString();
}

void Scenario::whenTimePasses(qint64 seconds)
{
    m_clock.advance(seconds);
}

Workspace &Scenario::store() const
{
    return m_real.window().workspace();
}

QWidget *Scenario::focusWidget() const
{
    return QApplication::focusWidget();
}

RowId Scenario::caseTitled(const QString &title) const
{
    CaseQuery query;
    query.titleContains = title;
    auto cases = store().cases().page(query, 0, 50);
    if (!cases)
        return 0;
    for (const auto &summary : *cases)
        if (summary.caseData.title == title)
            return summary.caseData.meta.id;
    return 0;
}

RowId Scenario::contactNamed(const QString &name) const
{
    ContactSearch search;
    search.text = name;
    auto rows = ContactQueries(store()).search(search);
    if (!rows)
        return 0;
    for (const auto &row : *rows)
        if (row.name == name)
            return row.id;
    return 0;
}

QString Scenario::dossierText(RowId caseId) const
{
    const DossierOptions options;
    auto data = DossierAssembler(store()).assemble(caseId, options);
    if (!data) {
        ADD_FAILURE() << "dossier: " << data.message().toStdString();
        return {};
    }
    const QString pdf = m_dir.filePath(QStringLiteral("dossier-%1.pdf").arg(caseId));
    if (auto written = DossierRenderer::renderPdf(*data, options, pdf); !written) {
        ADD_FAILURE() << "dossier: " << written.message().toStdString();
        return {};
    }
    return pdfText(pdf, false);
}

} // namespace leverage::testing
