// Where (issue 14): a case with more than one organization. A retailer hands an installation
// to a third-party installer; the installer's manager is named on the record as a contact;
// others on an entry and copies are kept; the dossier lists every organization and person,
// and its summary agrees with its appendix. Keyboard only, on the real window.
#include "tests/scenarios/DemoCaseTitles.h"
#include "tests/scenarios/Scenario.h"
#include "tests/scenarios/ScenarioKeys.h"

#include "core/store/CaseRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/TimelineRepository.h"
#include "core/store/Workspace.h"
#include "ui/contacts/ContactPicker.h"
#include "ui/timeline/EntryDialog.h"
#include "ui/window/MainWindow.h"
#include "ui/window/MainWindowActions.h"

#include <QApplication>
#include <QRegularExpression>
#include <QTest>

namespace leverage::testing {
namespace {

using OrganizationsScenarios = Scenario;

RowId organizationNamed(Workspace &ws, const QString &name)
{
    auto found = ws.organizations().findByName(name);
    return found && found->has_value() ? (*found)->meta.id : 0;
}

// The dossier's text with its line breaks as spaces: a long line wraps in the PDF.
QString oneLine(const QString &text)
{
    return text.simplified();
}

// "… with 7 people" in the summary and "Appendix: 7 people contacted" in the contents.
int countAfter(const QString &text, const QString &pattern)
{
    const auto match = QRegularExpression(pattern).match(text);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// Scenario: "the store sold the oven and handed its installation to FitRight, who never
// finished it".
TEST_F(OrganizationsScenarios, ARetailerHandsTheInstallationToAnInstallerOnTheCase)
{
    // Given the demo workspace and a new case with the store that sold the oven
    givenTheDemoWorkspace();
    whenIPressAndThenInTheDialog(kNewCase, [this] {
        whenIType(QStringLiteral("Oven installation never finished"));
        whenIPress(QKeySequence(Qt::Key_Tab));
        whenIType(QStringLiteral("Harbor Home & Appliance"));
        whenIPress(kSubmit);
    });
    const QString title = QStringLiteral("Oven installation never finished");
    whenIOpenTheCase(title);
    const RowId oven = caseTitled(title);
    const RowId harbor = organizationNamed(store(), QStringLiteral("Harbor Home & Appliance"));
    ASSERT_GT(harbor, 0);

    // When I edit the case: the store is the seller, and FitRight Installs (new to the
    // workspace) the installer the store referred the job to
    whenIPressAndThenInTheDialog(kEdit, [this] {
        whenIPress(QKeySequence(Qt::ALT | Qt::Key_Z)); // the case's own organization's role
        whenIType(QStringLiteral("Seller"));
        whenIPress(QKeySequence(Qt::ALT | Qt::Key_A)); // a new row, the cursor in it
        QTest::qWait(250); // a button's mnemonic clicks it after its press animation
        whenIType(QStringLiteral("FitRight Installs"));
        whenIPress(QKeySequence(Qt::Key_Tab));
        whenIType(QStringLiteral("Installer"));
        whenIPress(QKeySequence(Qt::Key_Tab));
        whenIType(QStringLiteral("Harbor")); // keyboard search in the list
        whenIPress(kSubmit);
    });

    // Then the case holds both organizations, with their roles and who referred whom
    const RowId fitRight = organizationNamed(store(), QStringLiteral("FitRight Installs"));
    ASSERT_GT(fitRight, 0) << "the typed organization was made with the edit";
    auto involved = store().cases().involvedOrganizations(oven);
    ASSERT_TRUE(involved);
    EXPECT_EQ(*involved,
              (QList<CaseOrganization>{{harbor, QStringLiteral("seller"), 0},
                                       {fitRight, QStringLiteral("installer"), harbor}}));
    EXPECT_EQ(store().cases().get(oven)->organizationId, harbor) << "still the case's own";

    // And the dossier lists both, with their roles and the referral
    QString dossier = oneLine(dossierText(oven));
    EXPECT_TRUE(dossier.contains(QStringLiteral("Harbor Home & Appliance \u2014 Seller")))
        << dossier.toStdString();
    EXPECT_TRUE(dossier.contains(
        QStringLiteral("FitRight Installs \u2014 Installer (referred by Harbor Home & Appliance)")))
        << dossier.toStdString();

    // When I undo, the edit goes as one step, the new organization with it; redo brings it back
    whenIPress(QKeySequence::Undo);
    EXPECT_EQ(organizationNamed(store(), QStringLiteral("FitRight Installs")), 0);
    involved = store().cases().involvedOrganizations(oven);
    ASSERT_TRUE(involved);
    EXPECT_EQ(*involved, (QList<CaseOrganization>{{harbor, QString(), 0}}));
    whenIPress(kRedo);
    EXPECT_EQ(organizationNamed(store(), QStringLiteral("FitRight Installs")), fitRight);
    EXPECT_EQ(store().cases().involvedOrganizations(oven)->size(), 2);
}

// Scenario: "the store manager conferences in the installer's manager, whom I had never
// spoken to; I copy my written summary to the store's dispatcher".
TEST_F(OrganizationsScenarios, TheInstallersManagerIsNamedOnAnEntryAndBecomesAContact)
{
    // Given the dishwasher case, with Harbor (seller) and SwiftLine (installer)
    givenTheDemoWorkspace();
    whenIOpenTheCase(kDishwasher);
    const RowId dishwasher = caseTitled(kDishwasher);
    const RowId swiftLine =
        organizationNamed(store(), QStringLiteral("SwiftLine Delivery & Install"));
    ASSERT_GT(swiftLine, 0);

    // When I record the call: with Tom Becker (not a contact yet) whom I make a contact at
    // SwiftLine, Luis Moreno of the store also on it, and a copy to Gary Pruitt
    QStringList offered;
    whenIPressAndThenInTheDialog(kNewEntry, [&] {
        auto *dialog = qobject_cast<ui::EntryDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        auto *picker = dialog->findChild<ui::ContactPicker *>(QStringLiteral("person"));
        ASSERT_NE(picker, nullptr);
        for (int i = 0; i < picker->count(); ++i)
            offered << picker->itemText(i);
        whenIPress(QKeySequence(Qt::ALT | Qt::Key_P));
        whenIType(QStringLiteral("Tom Becker"));
        whenIPress(QKeySequence(Qt::ALT | Qt::Key_O));
        whenIType(QStringLiteral("Installation Supervisor"));
        whenIPress(QKeySequence(Qt::ALT | Qt::Key_T)); // add as a contact at …
        whenIPress(QKeySequence(Qt::Key_Down));        // … the case's first organization
        whenIPress(QKeySequence(Qt::Key_Down));        // … its second: SwiftLine
        whenIPress(QKeySequence(Qt::ALT | Qt::Key_I));
        whenIType(QStringLiteral("luis moreno"));
        whenIPress(QKeySequence(Qt::ALT | Qt::Key_Y));
        whenIType(QStringLiteral("Gary Pruitt"));
        whenIPress(QKeySequence(Qt::ALT | Qt::Key_S));
        whenIType(QStringLiteral("Three-way call: SwiftLine will send a crew on Friday"));
        whenIPress(kSubmit);
    });

    // Then the pickers offered the case's people first (Harbor's, SwiftLine's), then everyone
    const int luis = int(offered.indexOf(QStringLiteral("Luis Moreno")));
    const int gary = int(offered.indexOf(QStringLiteral("Gary Pruitt")));
    const int erin = int(offered.indexOf(QStringLiteral("Erin Walsh"))); // the insurer's rep
    ASSERT_GE(luis, 0);
    ASSERT_GE(gary, 0);
    ASSERT_GE(erin, 0) << "people of other organizations are offered too";
    EXPECT_LT(luis, erin);
    EXPECT_LT(gary, erin);

    // And Tom Becker is a contact at SwiftLine, named on the entry, with Luis on it and Gary
    // copied; each finds the entry on his contact page
    const RowId tom = contactNamed(QStringLiteral("Tom Becker"));
    ASSERT_GT(tom, 0) << "the typed person became a contact";
    EXPECT_EQ(store().contacts().get(tom)->organizationId, swiftLine);
    EXPECT_EQ(store().contacts().get(tom)->position, QStringLiteral("Installation Supervisor"));
    auto entries = store().timeline().forContact(tom);
    ASSERT_TRUE(entries);
    ASSERT_EQ(entries->size(), 1);
    const TimelineEntry entry = entries->first();
    EXPECT_EQ(entry.caseId, dishwasher);
    auto people = store().timeline().participants(entry.meta.id);
    ASSERT_TRUE(people);
    ASSERT_EQ(people->size(), 2);
    EXPECT_EQ(people->at(0).contactId, contactNamed(QStringLiteral("Luis Moreno")));
    EXPECT_EQ(people->at(0).name, QStringLiteral("Luis Moreno"));
    EXPECT_FALSE(people->at(0).cc);
    EXPECT_EQ(people->at(1).contactId, contactNamed(QStringLiteral("Gary Pruitt")));
    EXPECT_TRUE(people->at(1).cc);
    auto garys = store().timeline().forContact(contactNamed(QStringLiteral("Gary Pruitt")));
    ASSERT_TRUE(garys);
    EXPECT_TRUE(std::any_of(garys->begin(), garys->end(),
                            [&](const TimelineEntry &e) { return e.meta.id == entry.meta.id; }));

    // And the dossier names them all, and its summary counts the people its appendix lists
    const QString dossier = oneLine(dossierText(dishwasher));
    EXPECT_TRUE(dossier.contains(QStringLiteral("Tom Becker"))) << dossier.toStdString();
    EXPECT_TRUE(dossier.contains(QStringLiteral("with Luis Moreno"))) << dossier.toStdString();
    EXPECT_TRUE(dossier.contains(QStringLiteral("cc Gary Pruitt"))) << dossier.toStdString();
    EXPECT_TRUE(dossier.contains(QStringLiteral("SwiftLine Delivery & Install \u2014 Installer")))
        << dossier.toStdString();
    const int summarised = countAfter(dossier, QStringLiteral("with (\\d+) people"));
    const int listed = countAfter(dossier, QStringLiteral("Appendix: (\\d+) people contacted"));
    EXPECT_GT(summarised, 0) << dossier.toStdString();
    EXPECT_EQ(summarised, listed) << dossier.toStdString();

    // When I undo, the entry and the contact made with it go; redo brings both back
    whenIPress(QKeySequence::Undo);
    EXPECT_EQ(contactNamed(QStringLiteral("Tom Becker")), 0);
    EXPECT_FALSE(store().timeline().get(entry.meta.id));
    whenIPress(kRedo);
    EXPECT_EQ(contactNamed(QStringLiteral("Tom Becker")), tom);
    ASSERT_TRUE(store().timeline().get(entry.meta.id));
    EXPECT_EQ(store().timeline().participants(entry.meta.id)->size(), 2);
}

// Scenario: "the demo shows a retailer and its installer on one case".
TEST_F(OrganizationsScenarios, TheDemoHasARetailerAndItsInstallerOnOneCase)
{
    givenTheDemoWorkspace();
    whenIOpenTheCase(kDishwasher);
    const RowId dishwasher = caseTitled(kDishwasher);
    const RowId harbor = organizationNamed(store(), QStringLiteral("Harbor Home & Appliance"));
    const RowId swiftLine =
        organizationNamed(store(), QStringLiteral("SwiftLine Delivery & Install"));
    auto involved = store().cases().involvedOrganizations(dishwasher);
    ASSERT_TRUE(involved);
    EXPECT_EQ(*involved,
              (QList<CaseOrganization>{{harbor, QStringLiteral("seller"), 0},
                                       {swiftLine, QStringLiteral("installer"), harbor}}));
    const RowId mark = contactNamed(QStringLiteral("Mark Rivera"));
    ASSERT_GT(mark, 0);
    auto his = store().timeline().forContact(mark);
    ASSERT_TRUE(his);
    EXPECT_EQ(his->size(), 2) << "on the three-way call and copied on its summary";

    const QString dossier = oneLine(dossierText(dishwasher));
    EXPECT_TRUE(dossier.contains(QStringLiteral(
        "SwiftLine Delivery & Install \u2014 Installer (referred by Harbor Home & Appliance)")))
        << dossier.toStdString();
    EXPECT_TRUE(dossier.contains(QStringLiteral("Mark Rivera"))) << dossier.toStdString();
    EXPECT_EQ(countAfter(dossier, QStringLiteral("with (\\d+) people")),
              countAfter(dossier, QStringLiteral("Appendix: (\\d+) people contacted")));
}

} // namespace
} // namespace leverage::testing
