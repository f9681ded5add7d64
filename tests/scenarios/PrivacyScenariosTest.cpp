// Privacy: a person's details never reach the log. Known strings (a note, a name, a phone, an
// e-mail, an address) go through the main features — a new case, a timeline entry, a contact,
// a call typed and filed, a vCard import — with every log level on and Qt's own messages routed
// to the log as the program does; then the log file is searched for each of them.
#include "tests/scenarios/Scenario.h"
#include "tests/scenarios/ScenarioKeys.h"

#include "app/FeatureWiring.h"
#include "core/contacts/ContactImporter.h"
#include "core/store/CaseRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/TimelineRepository.h"
#include "core/store/Workspace.h"
#include "core/util/Logging.h"
#include "ui/calls/CallNotesPane.h"
#include "ui/common/EditDialog.h"
#include "ui/window/EditController.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <spdlog/spdlog.h>

namespace leverage::testing {
namespace {

using PrivacyScenarios = Scenario;

const QString kNote = QStringLiteral("Zebulon told me the manager hides refunds");
const QString kName = QStringLiteral("Philippa Quarrington");
const QString kPhone = QStringLiteral("555-0199-7731");
const QString kEmail = QStringLiteral("philippa.q@example.org");
const QString kAddress = QStringLiteral("42 Wisteria Crescent");
const QString kCaseTitle = QStringLiteral("Overcharged by Kestrelmoor Water");

QByteArray filesIn(const QString &folder)
{
    QByteArray all;
    for (const auto &name : QDir(folder).entryList(QDir::Files)) {
        QFile file(QDir(folder).filePath(name));
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

} // namespace

TEST_F(PrivacyScenarios, NothingAPersonTypedReachesTheLog)
{
    QTemporaryDir logs;
    logging::setUp(logs.path(), false);
    logging::routeQtMessages();
    spdlog::set_level(spdlog::level::trace); // debug lines too: none may carry a detail
    givenAnEmptyWorkspace();
    const QString workspacePath = store().filePath();

    // A case, typed in the New Case form
    whenIPressAndThenInTheDialog(kNewCase, [&] {
        whenIType(kCaseTitle + QStringLiteral(" ") + kNote);
        whenIPress(QKeySequence(Qt::Key_Tab));
        whenIType(QStringLiteral("Kestrelmoor Water"));
        whenIPress(kSubmit);
    });
    ASSERT_EQ(*store().cases().count({}), 1);
    const RowId caseId = caseTitled(kCaseTitle + QStringLiteral(" ") + kNote);
    ASSERT_GT(caseId, 0);
    whenIOpenTheCase(kCaseTitle + QStringLiteral(" ") + kNote);

    // An entry on its timeline
    whenIPressAndThenInTheDialog(kNewEntry, [&] {
        whenIPress(QKeySequence(Qt::ALT | Qt::Key_S));
        whenIType(QStringLiteral("Wrote to ") + kName);
        whenIPress(QKeySequence(Qt::ALT | Qt::Key_N));
        whenIType(QStringLiteral("%1 at %2, %3: %4").arg(kName, kEmail, kAddress, kNote));
        whenIPress(kSubmit);
    });
    ASSERT_EQ(store().timeline().forCase(caseId)->size(), 1);

    // A contact, in the contact form
    auto *contactForm = m_real.window().editController().newContact(0);
    ASSERT_NE(contactForm, nullptr);
    QApplication::setActiveWindow(contactForm);
    whenIType(kName);
    whenIPress(kSubmit);
    ASSERT_TRUE(contactNamed(kName) > 0);
    QApplication::setActiveWindow(&m_real.window());
    whenIOpenTheCase(kCaseTitle + QStringLiteral(" ") + kNote);

    // A call, typed and filed: with whom, the notes with a phone, an e-mail and an address
    whenIPress(kStartCall);
    ASSERT_TRUE(m_real.features().callNotesPane()->isCallLive());
    whenIPress(QKeySequence(Qt::ALT | Qt::Key_W));
    whenIType(QStringLiteral("Rowena Blackthorn-Vasquez"));
    // Someone new: the call asks who they are, with the name filled in.
    whenIPressAndThenInTheDialog(QKeySequence(Qt::Key_Return), [&] { whenIPress(kSubmit); });
    whenIPress(kStartCall);
    whenIType(QStringLiteral("%1. Call back on %2 or %3, post to %4.")
                  .arg(kNote, kPhone, kEmail, kAddress));
    whenTimePasses(5); // the draft is saved as the user types
    whenIPressAndThenInTheDialog(kEndCall, [&] {
        whenIType(QStringLiteral("Spoke with Rowena about ") + kNote);
        whenIPress(kSubmit);
    });
    ASSERT_FALSE(m_real.features().callNotesPane()->isCallLive());
    ASSERT_EQ(store().timeline().forCase(caseId)->size(), 2);

    // A vCard import of a good file, and of one the reader refuses at a line
    QTemporaryDir cards;
    auto importFile = [&](const QString &name, const QString &text) {
        const QString vcf = QDir(cards.path()).filePath(name);
        QFile file(vcf);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
        file.close();
        ContactImporter importer(store());
        auto preview = importer.previewFile(vcf);
        if (!preview)
            return false;
        return bool(importer.apply(*preview, ContactImporter::Duplicates::Merge));
    };
    EXPECT_TRUE(
        importFile(QStringLiteral("good.vcf"),
                   QStringLiteral("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ignatius Fairweather\r\n"
                                  "N:Fairweather;Ignatius;;;\r\nTEL;TYPE=CELL:%1\r\n"
                                  "EMAIL:%2\r\nADR;TYPE=HOME:;;%3;Springfield;;;\r\n"
                                  "NOTE:%4\r\nEND:VCARD\r\n")
                       .arg(kPhone, kEmail, kAddress, kNote)));
    EXPECT_TRUE(contactNamed(QStringLiteral("Ignatius Fairweather")) > 0);
    EXPECT_FALSE(importFile(QStringLiteral("broken.vcf"),
                            QStringLiteral("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Broken %1\r\n"
                                           "BEGIN:VCARD\r\n")
                                .arg(kName)));

    m_real.close(); // the workspace's closing lines, too
    spdlog::apply_all([](const std::shared_ptr<spdlog::logger> &logger) { logger->flush(); });
    qInstallMessageHandler(nullptr);

    // The strings did reach the store (the test typed where it meant to) …
    const QByteArray stored = filesIn(QFileInfo(workspacePath).absolutePath());
    EXPECT_TRUE(stored.contains(kName.toUtf8())) << "the contact was not stored";
    EXPECT_TRUE(stored.contains(kPhone.toUtf8())) << "the call notes were not stored";
    // … and none of them reached the log.
    const QByteArray log = filesIn(logs.path());
    ASSERT_FALSE(log.isEmpty()) << "nothing was logged at all";
    for (const QString &secret :
         {kNote, kName, kPhone, kEmail, kAddress, kCaseTitle, QStringLiteral("Zebulon"),
          QStringLiteral("Rowena"), QStringLiteral("Ignatius"), QStringLiteral("Wisteria"),
          QStringLiteral("Kestrelmoor")})
        EXPECT_FALSE(log.contains(secret.toUtf8())) << secret.toStdString() << " is in the log:\n"
                                                    << log.toStdString();
    logging::setUp({}, false);
}

} // namespace leverage::testing
