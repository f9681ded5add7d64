// A stand-in for Leverage in use, for the kill test: on an open workspace it adds timeline
// entries, edits them, undoes, imports vCards — each through the window's undo path — while a
// call is typed into the live call-notes model (saved by its background writer, as in the app).
// Before each write it prints "begin …", after the commit "done"; after each keystroke batch
// "typed LENGTH EPOCH_MS". The parent kills it with SIGKILL at a random moment and checks.
#include "core/contacts/ContactImporter.h"
#include "core/services/Clock.h"
#include "core/store/Workspace.h"
#include "core/util/Logging.h"
#include "ui/models/calls/LiveCall.h"
#include "ui/models/common/ErrorReporter.h"
#include "ui/models/undo/WorkspaceEditor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QTimer>
#include <QUndoStack>
#include <cstdio>

using namespace leverage;

namespace {

class PrintingReporter final : public models::ErrorReporter
{
public:
    void reportError(const QString &message) override
    {
        std::fprintf(stderr, "error: %s\n", qPrintable(message));
    }
};

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

QByteArray cards(int first, int count)
{
    QByteArray text;
    for (int i = first; i < first + count; ++i)
        text += QStringLiteral("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Imported Person %1\r\n"
                               "EMAIL:person%1@example.org\r\nEND:VCARD\r\n")
                    .arg(i)
                    .toUtf8();
    return text;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const auto args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: kill_workload WORKSPACE CASE_ID SEED\n");
        return 2;
    }
    logging::setUp({}, false);
    SystemClock clock;
    auto opened = Workspace::open(args[1], clock);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message()));
        return 1;
    }
    Workspace &workspace = **opened;
    const RowId caseId = args[2].toLongLong();
    QRandomGenerator random(args[3].toUInt());
    PrintingReporter reporter;
    QUndoStack undoStack;
    models::WorkspaceEditor editor(workspace, undoStack, reporter);
    models::LiveCall call(workspace);
    if (!call.start(caseId))
        return 1;
    QString notes = call.state().notes;
    QList<RowId> entries;
    bool lastWasAdd = false;
    int imported = 0;
    int tick = 0;
    say(QStringLiteral("ready %1").arg(call.state().draftId));

    QTimer timer;
    timer.setInterval(10);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        // The call: a few characters every 10 ms, as a fast typist.
        notes += QStringLiteral("word%1 ").arg(tick % 10);
        call.setNotes(notes);
        say(QStringLiteral("typed %1 %2")
                .arg(notes.size())
                .arg(QDateTime::currentMSecsSinceEpoch()));
        if (++tick % 3 != 0)
            return;
        const int roll = int(random.bounded(100));
        if (roll < 40) {
            TimelineEntry entry;
            entry.caseId = caseId;
            entry.occurredAt = Instant::fromDateTime(clock.now());
            entry.summary = QStringLiteral("Call %1").arg(tick);
            entry.notes =
                QStringLiteral("notes of call %1 ").repeated(int(random.bounded(1, 200))).arg(tick);
            say(QStringLiteral("begin add"));
            if (!editor.addEntry(entry))
                return;
            say(QStringLiteral("done add %1 %2").arg(entry.meta.id).arg(entry.notes.size()));
            entries << entry.meta.id;
            lastWasAdd = true;
            return;
        }
        if (roll < 65 && !entries.isEmpty()) {
            const RowId id = entries.at(int(random.bounded(int(entries.size()))));
            auto entry = workspace.timeline().get(id);
            if (!entry)
                return;
            entry->notes = QStringLiteral("edited at tick %1").arg(tick);
            say(QStringLiteral("begin edit %1 %2").arg(id).arg(entry->notes.size()));
            if (!editor.updateEntry(*entry))
                return;
            say(QStringLiteral("done edit %1 %2").arg(id).arg(entry->notes.size()));
            lastWasAdd = false;
            return;
        }
        if (roll < 80 && lastWasAdd) {
            const RowId id = entries.takeLast();
            say(QStringLiteral("begin undo %1").arg(id));
            undoStack.undo();
            if (workspace.timeline().get(id))
                return; // the undo failed (reported)
            say(QStringLiteral("done undo %1").arg(id));
            lastWasAdd = false;
            return;
        }
        if (roll < 90) {
            const int count = 20;
            ContactImporter importer(workspace);
            auto preview = importer.preview(cards(imported, count));
            if (!preview)
                return;
            say(QStringLiteral("begin import %1").arg(count));
            if (!importer.apply(*preview, ContactImporter::Duplicates::Merge))
                return;
            imported += count;
            say(QStringLiteral("done import %1").arg(imported));
            lastWasAdd = false;
        }
    });
    timer.start();
    return QCoreApplication::exec();
}
