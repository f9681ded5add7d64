// Draws the call-notes pane mid-call on a copy of the demo workspace and saves it as a PNG
// (docs/screenshots/call-notes.png).
// Usage: call_pane_screenshot DEMO_WORKSPACE OUT.png [END_DIALOG.png [RESUME_DIALOG.png]]
// The demo's MRI claim: the member-services rep transfers to the claims supervisor.
#include "core/services/Clock.h"
#include "core/store/Workspace.h"
#include "core/util/Logging.h"
#include "tests/support/RecordingErrorReporter.h"
#include "ui/calls/CallNotesPane.h"
#include "ui/models/calls/LiveCall.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <cstdio>
#include <functional>

using namespace leverage;

namespace {

void whenDialogOpens(std::function<void(QDialog *)> fill)
{
    QTimer::singleShot(0, [fill] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
            fill(dialog);
    });
}

void choosePerson(QComboBox *person, const QString &name)
{
    const int row = person->findText(name, Qt::MatchStartsWith);
    if (row >= 0)
        Q_EMIT person->activated(row);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    logging::setUp({}, false);
    if (argc < 3) {
        std::fprintf(stderr, "usage: call_pane_screenshot DEMO_WORKSPACE OUT.png\n");
        return 2;
    }
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("demo.leverage"));
    if (!QFile::copy(QString::fromLocal8Bit(argv[1]), path))
        return 1;
    FixedClock clock(QDateTime(QDate(2026, 3, 3), QTime(10, 15), Qt::OffsetFromUTC, -5 * 3600));
    auto opened = Workspace::open(path, clock);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message()));
        return 1;
    }
    leverage::testing::RecordingErrorReporter reporter;
    QUndoStack undo;
    ui::CallNotesPane pane(**opened, undo, reporter);
    pane.resize(pane.sizeHint());
    pane.show();
    QApplication::setActiveWindow(&pane);
    if (!QTest::qWaitForWindowActive(&pane))
        return 1;

    pane.startCall(4); // the MRI claim at Meridian Mutual Health
    auto *notes = pane.findChild<QPlainTextEdit *>(QStringLiteral("notes"));
    auto *person = pane.findChild<QComboBox *>(QStringLiteral("person"));
    choosePerson(person, QStringLiteral("Erin Walsh"));
    clock.advance(40);
    QTest::keyClicks(notes,
                     QStringLiteral("Claim MRI-2207 shows as denied: \"no pre-authorisation\"."));
    QTest::keyClicks(pane.findChild<QLineEdit *>(QStringLiteral("reference")),
                     QStringLiteral("MMH-4471-0923"));
    clock.advance(150);
    pane.holdAction()->trigger();
    clock.advance(420);
    pane.holdAction()->trigger();
    choosePerson(person, QStringLiteral("Carl Jensen"));
    clock.advance(35);
    whenDialogOpens([](QDialog *d) {
        d->findChild<QPlainTextEdit *>(QStringLiteral("words"))
            ->setPlainText(QStringLiteral("Imaging without a referral on file is never covered."));
        d->findChild<QWidget *>(QStringLiteral("rationale"))->setProperty("checked", true);
        d->accept();
    });
    pane.quoteAction()->trigger();
    clock.advance(20);
    QTest::keyClicks(
        notes, QStringLiteral("Referral was faxed by Dr. Osei on 12 Feb; he will look for it."));
    clock.advance(70);
    whenDialogOpens([](QDialog *d) {
        d->findChild<QLineEdit *>(QStringLiteral("what"))
            ->setText(QStringLiteral("Send the claim back for review with the referral"));
        d->findChild<QComboBox *>(QStringLiteral("due"))->setCurrentIndex(2);
        d->accept();
    });
    pane.promiseAction()->trigger();
    clock.advance(25);
    whenDialogOpens([](QDialog *d) {
        d->findChild<QLineEdit *>(QStringLiteral("what"))
            ->setText(QStringLiteral("Carl calls back Thursday 2–4 pm"));
        d->accept();
    });
    pane.followUpAction()->trigger();
    auto *supervisor = pane.findChild<QLineEdit *>(QStringLiteral("supervisor"));
    QTest::keyClicks(supervisor, QStringLiteral("Priya Nandakumar"));
    clock.advance(20);
    auto *readBack = pane.findChild<QListView *>(QStringLiteral("readBack"));
    readBack->model()->setData(readBack->model()->index(0, 0), Qt::Checked, Qt::CheckStateRole);
    notes->setFocus();
    QTest::keyClicks(notes, QStringLiteral("Read back the review"));
    clock.advance(9);
    pane.call().saveNow();
    QTest::qWait(50);
    Q_EMIT pane.call().elapsedChanged(pane.call().elapsedSeconds(), pane.call().holdSeconds());

    const bool ok = pane.grab().save(QString::fromLocal8Bit(argv[2]));
    if (argc > 3) {
        // The end-of-call dialog too, for a look (not committed).
        const QString out = QString::fromLocal8Bit(argv[3]);
        whenDialogOpens([out](QDialog *d) {
            d->grab().save(out);
            d->reject();
        });
        pane.endCallAction()->trigger();
    }
    if (argc > 4) {
        // And the resume offer for the call's draft, as the next start would show it.
        const QString out = QString::fromLocal8Bit(argv[4]);
        pane.call().flush();
        whenDialogOpens([out](QDialog *d) {
            d->grab().save(out);
            d->done(0);
        });
        pane.offerResume(&pane);
    }
    pane.call().discard();
    return ok ? 0 : 1;
}
