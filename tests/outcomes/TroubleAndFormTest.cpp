// Time and trouble, and the regulator form, against the fixed workspace of OutcomeFixture
// (answers worked out by hand in the comments; the test clock reads 2 March 2026, UTC-5).
#include "core/outcomes/OutcomeFigures.h"
#include "core/outcomes/OutcomeTable.h"
#include "core/outcomes/RegulatorForm.h"
#include "core/store/CaseJurisdictionRepository.h"
#include "core/store/OutcomeFactsReader.h"
#include "tests/outcomes/OutcomeFixture.h"
#include "tests/support/PythonJson.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace leverage;
using namespace leverage::outcomes;
using leverage::testing::readJsonWithPython;

namespace {

using TroubleAndFormTest = leverage::testing::OutcomeFiguresTestBase;

} // namespace

TEST_F(TroubleAndFormTest, PerCaseTheMostContactsFirst)
{
    const auto cases = figures().caseTrouble;
    ASSERT_EQ(cases.size(), 5u);
    // C1: two calls (1800 s with 1200 on hold, 600 with 600), 5 Jan to 10 Feb, one broken.
    EXPECT_EQ(cases[0].caseId, fixture.c1);
    const auto &c1 = cases[0].trouble;
    EXPECT_EQ(c1.calls, 2);
    EXPECT_EQ(c1.contacts(), 2);
    EXPECT_EQ(c1.callMinutes(), 40);
    EXPECT_EQ(c1.holdMinutes(), 30);
    EXPECT_EQ(c1.daysOpen, 36); // 31 days to 5 Feb, 5 more
    EXPECT_EQ(c1.promisesBroken, 1);
    EXPECT_TRUE(cases[0].closed);
    // C2 (one call, 900 s) before C3 (one e-mail): as many contacts, more minutes.
    EXPECT_EQ(cases[1].caseId, fixture.c2);
    EXPECT_EQ(cases[1].trouble.daysOpen, 27);
    EXPECT_EQ(cases[2].caseId, fixture.c3);
    EXPECT_EQ(cases[2].trouble.emails, 1);
    // Reopened, so open until the clock's day: 10 Jan to 2 March = 31 + 20.
    EXPECT_EQ(cases[2].trouble.daysOpen, 51);
    EXPECT_FALSE(cases[2].closed);
    EXPECT_EQ(cases[3].caseId, fixture.c4); // no contacts: by case order
    EXPECT_EQ(cases[3].trouble.contacts(), 0);
    EXPECT_EQ(cases[3].trouble.daysOpen, 17);
    EXPECT_EQ(cases[4].caseId, fixture.c5);
    EXPECT_EQ(cases[4].trouble.daysOpen, 16); // 14 Feb to 2 March, still open
}

TEST_F(TroubleAndFormTest, PerOrganizationSummedAndFiltered)
{
    const auto rows = figures().organizations;
    ASSERT_EQ(rows.size(), 3u);
    const auto &acme = rows[0].trouble;
    EXPECT_EQ(acme.calls, 3);
    EXPECT_EQ(acme.callMinutes(), 55); // 1800 + 600 + 900 s
    EXPECT_EQ(acme.holdMinutes(), 35); // 1200 + 600 + 300 s
    EXPECT_EQ(acme.daysOpen, 63);      // 36 + 27
    EXPECT_EQ(acme.promisesBroken, 2);
    EXPECT_EQ(rows[1].trouble.emails, 1);
    EXPECT_EQ(rows[1].trouble.daysOpen, 68); // 51 + 17

    const auto table = OutcomeTable::of(figures(), OutcomeTable::Grouping::TroubleByOrganization);
    ASSERT_EQ(table.rows.size(), 3);
    const int perCase = int(table.headers.indexOf(QStringLiteral("Days open per case")));
    const int minutes = int(table.headers.indexOf(QStringLiteral("Minutes on the phone")));
    ASSERT_GE(perCase, 0);
    ASSERT_GE(minutes, 0);
    EXPECT_EQ(table.rows[0][perCase], QStringLiteral("31.5"));
    EXPECT_EQ(table.rows[0][minutes], QStringLiteral("55"));
    EXPECT_EQ(table.rows[1][perCase], QStringLiteral("34.0"));

    OutcomeFilter beta;
    beta.organizationId = fixture.beta;
    const auto byCase = OutcomeTable::of(figures(beta), OutcomeTable::Grouping::TroubleByCase);
    ASSERT_EQ(byCase.rows.size(), 2); // C3 and C4 only
    EXPECT_EQ(byCase.rows[0][0], QStringLiteral("Card fee"));
    EXPECT_EQ(byCase.rows[0][2], QStringLiteral("Open"));
    EXPECT_EQ(byCase.rows[0].last(), QStringLiteral("51"));
}

TEST_F(TroubleAndFormTest, OneSentence)
{
    const auto cases = figures().caseTrouble;
    EXPECT_EQ(cases[0].trouble.sentence(),
              QStringLiteral("It took 2 contacts (2 calls), 40 minutes on the phone of which 30 "
                             "on hold, 36 days open and 1 broken promise."));
    EXPECT_EQ(cases[2].trouble.sentence(),
              QStringLiteral("It took 1 contact (1 e-mail), 51 days open and 0 broken promises."));
}

TEST_F(TroubleAndFormTest, TheFormAsTextSaysWhatARegulatorAsks)
{
    ASSERT_TRUE(CaseJurisdictionRepository(*ws).set(
        fixture.c1, {QStringLiteral("US"), QStringLiteral("IL"), QStringLiteral("telecom")}));
    auto form = RegulatorForm::of(*ws, fixture.c1);
    ASSERT_TRUE(form) << form.message().toStdString();
    const QString text = form->text();
    EXPECT_TRUE(text.contains(QStringLiteral("Company: Acme Telecom\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("Product: Telecom (phone, broadband)\n")))
        << "the sector in words, not its key";
    EXPECT_TRUE(text.contains(QStringLiteral("Issue: Overbilled\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("Date the complaint was opened: 2026-01-05\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("First contact with the company: 2026-01-06\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("Date closed: 2026-02-10\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("Company's response: Closed with monetary relief\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("What the company did: Resolved with money: Refund "
                                             "$100.00 (received 2026-02-09); Voucher \u20AC20.00 "
                                             "(received 2026-02-25)\n")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("amount sought $120.00")));
    EXPECT_TRUE(text.contains(QStringLiteral("Time and trouble: It took 2 contacts")));
    EXPECT_TRUE(
        text.contains(QStringLiteral("\n2026-01-06 \u2014 Call with Dana, 30 min (20 on hold): "
                                     "Contact\n")))
        << text.toStdString();

    // A reopened case is in progress; no response is an untimely one.
    auto reopened = RegulatorForm::of(*ws, fixture.c3);
    ASSERT_TRUE(reopened);
    EXPECT_EQ(reopened->companyResponse(), QStringLiteral("In progress"));
    EXPECT_TRUE(reopened->text().contains(QStringLiteral("Date closed: still open\n")));
    auto router = RegulatorForm::of(*ws, fixture.c2);
    ASSERT_TRUE(router);
    EXPECT_EQ(router->companyResponse(), QStringLiteral("Untimely response"));
    auto missing = RegulatorForm::of(*ws, 9999);
    EXPECT_FALSE(missing);
}

TEST_F(TroubleAndFormTest, TheFormAsJsonReadsBackInPython)
{
    auto form = RegulatorForm::of(*ws, fixture.c1);
    ASSERT_TRUE(form);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("form.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(form->json());
    file.close();
    EXPECT_EQ(readJsonWithPython(path, QStringLiteral("d['company'], d['issue'], d['date_opened'], "
                                                      "d['date_closed'], d['outcome']")),
              QStringLiteral("Acme Telecom Overbilled 2026-01-05 2026-02-10 money"));
    EXPECT_EQ(readJsonWithPython(path, QStringLiteral("d['company_response_to_consumer']")),
              QStringLiteral("Closed with monetary relief"));
    // Each currency apart, exact: 100.00 USD and 20.00 EUR, never one sum.
    EXPECT_EQ(
        readJsonWithPython(path, QStringLiteral("sorted((r['currency'], r['amount'], "
                                                "r['amount_minor']) for r in d['received'])")),
        QStringLiteral("[('EUR', '20.00', 2000), ('USD', '100.00', 10000)]"));
    EXPECT_EQ(readJsonWithPython(path, QStringLiteral("d['sought']")),
              QStringLiteral("{'amount': '120.00', 'amount_minor': 12000, 'currency': 'USD'}"));
    EXPECT_EQ(readJsonWithPython(path, QStringLiteral("d['time_and_trouble']['minutes_on_phone'], "
                                                      "d['time_and_trouble']['days_open'], "
                                                      "d['time_and_trouble']['promises_broken']")),
              QStringLiteral("40 36 1"));
    EXPECT_EQ(
        readJsonWithPython(path, QStringLiteral("[(e['date'], e['channel'], e['minutes'], "
                                                "e['hold_minutes']) for e in d['timeline']]")),
        QStringLiteral("[('2026-01-06', 'call', 30, 20), ('2026-01-20', 'call', 10, 10)]"));
    EXPECT_EQ(
        readJsonWithPython(path, QStringLiteral("d['consumer_complaint_narrative'].count('\\n')")),
        QStringLiteral("1"));
}
