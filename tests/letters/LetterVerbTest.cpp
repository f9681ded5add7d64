#include "core/store/LetterRepository.h"
#include "tests/letters/LetterFixture.h"
#include "tests/support/PdfTools.h"

#include <QDir>
#include <QFile>

namespace leverage::testing {
namespace {

// `leverage letter FILE --case ID --kind KIND --to CONTACT_ID [--tone TONE] --out OUT`: exit 0
// and the file, or a non-zero exit and one line on standard error.
class LetterVerbTest : public LetterFixture
{
protected:
    QString letter(const QStringList &arguments, int *exitCode)
    {
        m_workspace.close();
        return run(QStringLiteral(LEVERAGE_BINARY),
                   QStringList{QStringLiteral("letter"), m_workspace.path()} + arguments, exitCode);
    }
    QString out(const QString &name) const { return QDir(m_workspace.directory()).filePath(name); }
};

TEST_F(LetterVerbTest, WritesEachFormat)
{
    const QString caseId = QString::number(caseTitled(QStringLiteral("MRI claim")));
    const QString to = QString::number(contactNamed(QStringLiteral("Carl Jensen")));
    for (const auto &name :
         {QStringLiteral("c.pdf"), QStringLiteral("c.odt"), QStringLiteral("c.eml")}) {
        int exitCode = -1;
        const QString said = letter({QStringLiteral("--case"), caseId, QStringLiteral("--kind"),
                                     QStringLiteral("complaint"), QStringLiteral("--to"), to,
                                     QStringLiteral("--tone"), QStringLiteral("final"),
                                     QStringLiteral("--out"), out(name)},
                                    &exitCode);
        EXPECT_EQ(exitCode, 0) << said.toStdString();
        EXPECT_GT(QFile(out(name)).size(), 500) << name.toStdString();
    }
    const QString text = pdfText(out(QStringLiteral("c.pdf")), false).simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("This is my final attempt"))) << text.toStdString();
    QString qpdf;
    EXPECT_EQ(qpdfCheck(out(QStringLiteral("c.pdf")), &qpdf), 0) << qpdf.toStdString();
}

TEST_F(LetterVerbTest, AttachesTheDossierToTheEmail)
{
    int exitCode = -1;
    const QString said = letter(
        {QStringLiteral("--case"), QString::number(caseTitled(QStringLiteral("DSL install"))),
         QStringLiteral("--kind"), QStringLiteral("thank-you"), QStringLiteral("--to"),
         QString::number(contactNamed(QStringLiteral("Marcus Bell"))),
         QStringLiteral("--attach-dossier"), QStringLiteral("--out"), out(QStringLiteral("t.eml"))},
        &exitCode);
    ASSERT_EQ(exitCode, 0) << said.toStdString();
    const QString script = QStringLiteral(
        "import sys, email\nfrom email import policy\n"
        "m = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=policy.default)\n"
        "a = [p for p in m.walk() if p.get_content_disposition() == 'attachment'][0]\n"
        "print(a.get_filename(), a.get_content()[:5])\n");
    const QString parsed =
        run(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"), script, out(QStringLiteral("t.eml"))}, &exitCode);
    EXPECT_EQ(exitCode, 0) << parsed.toStdString();
    EXPECT_EQ(parsed.trimmed(), QStringLiteral("Dossier.pdf b'%PDF-'"));
}

TEST_F(LetterVerbTest, ABadArgumentIsOneLineOnStandardError)
{
    const QString mri = QString::number(caseTitled(QStringLiteral("MRI claim")));
    int exitCode = -1;
    const QString said =
        letter({QStringLiteral("--case"), QStringLiteral("4"), QStringLiteral("--kind"),
                QStringLiteral("poem"), QStringLiteral("--to"), QStringLiteral("1"),
                QStringLiteral("--out"), out(QStringLiteral("x.pdf"))},
               &exitCode);
    EXPECT_NE(exitCode, 0);
    EXPECT_EQ(said.trimmed().count(QLatin1Char('\n')), 0) << said.toStdString();
    EXPECT_TRUE(said.contains(QStringLiteral("--kind must be one of complaint, escalation")));
    const QString missing =
        letter({QStringLiteral("--case"), QStringLiteral("999"), QStringLiteral("--kind"),
                QStringLiteral("complaint"), QStringLiteral("--to"), QStringLiteral("1"),
                QStringLiteral("--out"), out(QStringLiteral("x.pdf"))},
               &exitCode);
    EXPECT_EQ(exitCode, 1);
    EXPECT_EQ(missing.trimmed().count(QLatin1Char('\n')), 0) << missing.toStdString();
    EXPECT_TRUE(missing.contains(QStringLiteral("there is no case 999 in this workspace")))
        << missing.toStdString();
    const QString nobody =
        letter({QStringLiteral("--case"), mri, QStringLiteral("--kind"),
                QStringLiteral("complaint"), QStringLiteral("--to"), QStringLiteral("99999"),
                QStringLiteral("--out"), out(QStringLiteral("x.pdf"))},
               &exitCode);
    EXPECT_EQ(exitCode, 1);
    EXPECT_TRUE(nobody.contains(QStringLiteral("there is no contact 99999 in this workspace")))
        << nobody.toStdString();
    EXPECT_FALSE(QFile::exists(out(QStringLiteral("x.pdf"))));
}

} // namespace
} // namespace leverage::testing
