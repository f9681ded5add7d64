// How the dossier words what it prints: one day as one day, call notes without their empty
// last stamp, due times, the paper of the user's locale.
#include "core/dossier/DossierAssembler.h"
#include "core/dossier/DossierFormat.h"
#include "core/dossier/DossierNarrative.h"
#include "core/dossier/DossierRenderer.h"
#include "tests/dossier/DossierCaseBuilder.h"
#include "tests/dossier/DossierCorpus.h"
#include "tests/support/PdfTools.h"
#include "tests/support/TestWorkspace.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace leverage {
namespace {

using namespace leverage::testing;

// Sets environment variables for one test and puts the old values back.
class ScopedEnvironment
{
public:
    void set(const char *name, const QByteArray &value)
    {
        m_saved.append({name, qgetenv(name), qEnvironmentVariableIsSet(name)});
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~ScopedEnvironment()
    {
        for (auto it = m_saved.crbegin(); it != m_saved.crend(); ++it) {
            if (it->wasSet)
                qputenv(it->name, it->value);
            else
                qunsetenv(it->name);
        }
    }

private:
    struct Saved
    {
        const char *name;
        QByteArray value;
        bool wasSet;
    };
    QList<Saved> m_saved;
};

class DossierWordingTest : public ::testing::Test
{
protected:
    QString print(const DossierOptions &options)
    {
        auto data = DossierAssembler(m_ws.get()).assemble(m_case.caseId(), options);
        EXPECT_TRUE(data) << data.message().toStdString();
        const QString pdf = m_dir.filePath(QStringLiteral("out.pdf"));
        EXPECT_TRUE(DossierRenderer::renderPdf(*data, options, pdf));
        return normalisedText(pdfText(pdf));
    }

    TestWorkspace m_ws;
    DossierCaseBuilder m_case{m_ws.get()};
    QTemporaryDir m_dir;
};

TEST_F(DossierWordingTest, ARangeOfOneDayReadsAsOneDay)
{
    m_case.entry(5, QStringLiteral("morning call"));
    const Instant day = m_case.at(5);
    const QDate date = day.toDateTime().date();
    DossierOptions options;
    options.from = date;
    options.to = date;
    const QString text = print(options);
    const QString printed = dossierformat::date(date);
    EXPECT_TRUE(text.contains(QStringLiteral("One day, ") + printed)) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("1 person on ") + printed)) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Timeline: 1 entry, on ") + printed))
        << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("between"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("From ") + printed)) << text.toStdString();
}

TEST_F(DossierWordingTest, FiledCallNotesDoNotPrintTheirEmptyLastStamp)
{
    m_case.entry(3, QStringLiteral("call filed from the call pane"),
                 QStringLiteral("[00:00] Asked for the supervisor\n[01:10] Put on hold\n[02:02] "));
    const QString text = print({});
    EXPECT_TRUE(text.contains(QStringLiteral("[01:10] Put on hold"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("[02:02]"))) << text.toStdString();

    EXPECT_EQ(dossierformat::withoutEmptyStamps(QStringLiteral("[00:00] a\n[02:02]\n[02:05] \n")),
              QStringLiteral("[00:00] a"));
    // A stamp with words after it is the user's, and stays.
    EXPECT_EQ(dossierformat::withoutEmptyStamps(QStringLiteral("[00:00] a\n[02:02] b")),
              QStringLiteral("[00:00] a\n[02:02] b"));
    EXPECT_EQ(dossierformat::withoutEmptyStamps(QStringLiteral("[00:00] ")), QString());
}

TEST_F(DossierWordingTest, DueTimesArePrinted)
{
    const DossierData data = awkwardCorpus(); // a promise due Thu 3 Sep 2026 at 06:20
    const QString pdf = m_dir.filePath(QStringLiteral("due.pdf"));
    ASSERT_TRUE(DossierRenderer::renderPdf(data, {}, pdf));
    const QString text = normalisedText(pdfText(pdf));
    const int commitments = int(text.indexOf(QStringLiteral("\nWhat was promised")));
    ASSERT_GT(commitments, 0) << text.toStdString();
    const QString section = text.mid(commitments);
    EXPECT_TRUE(section.contains(QStringLiteral("Thu 3 Sep 2026"))) << section.toStdString();
    EXPECT_TRUE(section.contains(QStringLiteral("06:20 UTC-05:00"))) << section.toStdString();
}

TEST(DossierPaperTest, PaperFollowsTheLocaleSetForPaper)
{
    using Paper = DossierOptions::Paper;
    ScopedEnvironment environment;
    environment.set("LC_ALL", QByteArray());
    environment.set("LC_PAPER", "en_US.UTF-8");
    environment.set("LC_MONETARY", "en_GB.UTF-8");
    environment.set("LANG", "en_GB.UTF-8");
    EXPECT_EQ(DossierOptions::paperLocale().territory(), QLocale::UnitedStates);
    EXPECT_EQ(DossierOptions().paper, Paper::Letter);
    environment.set("LC_PAPER", "de_DE.UTF-8");
    environment.set("LC_MONETARY", "en_US.UTF-8");
    EXPECT_EQ(DossierOptions().paper, Paper::A4);
    environment.set("LC_PAPER", QByteArray());
    environment.set("LANG", "es_CO.UTF-8");
    EXPECT_EQ(DossierOptions().paper, Paper::Letter);
    environment.set("LC_ALL", "en_IE.UTF-8@euro");
    EXPECT_EQ(DossierOptions().paper, Paper::A4);
}

} // namespace
} // namespace leverage
