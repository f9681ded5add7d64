// letter_large_case WORKSPACE [CASE]: drafts each kind of letter for one case (case 1, the
// 10,000-entry case of generate_large_workspace, by default) and opens the spell-checked
// editor on a five-page letter, saying how long each took (issue 18: < 200 ms to draft,
// < 300 ms to open the editor). Opens the workspace for writing (it migrates it): use a copy.
//
//   build/release/tests/benchmarks/generate_large_workspace /tmp/large.leverage
//   build/release/tests/benchmarks/letter_large_case /tmp/large.leverage
#include "core/letters/LetterAddressees.h"
#include "core/letters/LetterDrafter.h"
#include "core/services/Clock.h"
#include "core/store/Workspace.h"
#include "core/util/Logging.h"
#include "ui/letters/LetterEditor.h"
#include "ui/letters/LetterTextEdit.h"
#include "ui/letters/SpellChecker.h"
#include "ui/models/common/ErrorReporter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextDocument>
#include <QUndoStack>
#include <cstdio>

namespace {

class PrintingReporter final : public leverage::models::ErrorReporter
{
public:
    void reportError(const QString &message) override
    {
        std::fprintf(stderr, "error: %s\n", qPrintable(message));
    }
};

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2 || argc > 3) {
        std::fprintf(stderr, "usage: letter_large_case WORKSPACE [CASE]\n");
        return 2;
    }
    leverage::logging::setUp({}, false);
    const leverage::RowId caseId = argc == 3 ? QByteArray(argv[2]).toLongLong() : 1;
    leverage::SystemClock clock;
    auto opened = leverage::Workspace::open(QString::fromLocal8Bit(argv[1]), clock);
    if (!opened) {
        std::fprintf(stderr, "letter_large_case: %s\n", qPrintable(opened.message()));
        return 1;
    }
    auto &workspace = **opened;
    auto addressees = leverage::letterAddressees(workspace, caseId);
    const leverage::RowId to =
        addressees && !addressees->isEmpty() ? addressees->constFirst().contactId : 0;
    leverage::LetterDrafter drafter(workspace);
    leverage::Letter longest;
    for (auto kind : leverage::allLetterKinds()) {
        QElapsedTimer timer;
        timer.start();
        auto letter = drafter.draft({caseId, kind, leverage::LetterTone::Firm, to, 0, 14});
        const qint64 ms = timer.elapsed();
        if (!letter) {
            std::fprintf(stderr, "letter_large_case: %s\n", qPrintable(letter.message()));
            return 1;
        }
        std::printf("%-16s drafted in %3lld ms (%lld characters of HTML)\n",
                    qPrintable(leverage::letterKindKey(kind)), ms, qint64(letter->body.size()));
        if (letter->body.size() > longest.body.size())
            longest = *letter;
    }

    // About five pages: the longest letter's history and promises repeated.
    QString body = longest.body;
    const auto cut = body.indexOf(QStringLiteral("<ul>"));
    const auto end = body.indexOf(QStringLiteral("</ul>"), cut);
    if (cut >= 0 && end > cut) {
        const QString list = body.mid(cut, end - cut + 5);
        for (int i = 0; i < 14; ++i)
            body.insert(end + 5, list);
    }
    longest.body = body;
    longest.meta.id = 0; // not stored: the editor only reads it
    QTextDocument pages;
    pages.setHtml(body);
    pages.setPageSize(QSizeF(595, 842));     // A4 in points
    leverage::ui::SpellChecker::forLocale(); // the dictionary, as the first editor loads it
    QElapsedTimer timer;
    timer.start();
    auto dictionary = leverage::ui::SpellChecker::forLanguage(QStringLiteral("en_US"));
    const qint64 dictionaryMs = timer.restart();
    PrintingReporter reporter;
    QUndoStack stack;
    auto *editor = new leverage::ui::LetterEditor(workspace, {stack, reporter}, longest);
    editor->show();
    QCoreApplication::processEvents();
    const qint64 openMs = timer.elapsed();
    std::printf("editor on a %d-page letter (spell checked) opened in %lld ms; loading the "
                "en_US dictionary takes %lld ms (once per program)\n",
                pages.pageCount(), openMs, dictionaryMs);
    delete editor;
    return 0;
}
