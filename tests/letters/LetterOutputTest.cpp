#include "core/letters/LetterDocument.h"
#include "core/letters/LetterDrafter.h"
#include "core/store/CaseRepository.h"
#include "core/store/TimelineRepository.h"
#include "core/store/Workspace.h"
#include "tests/letters/LetterFixture.h"
#include "tests/support/PdfTools.h"

#include <QDir>

namespace leverage::testing {
namespace {

// User text in a letter stays text: markup typed into a note prints as typed in the PDF, the
// ODT and the e-mail's HTML part, each read back by a reader not ours.
const QString kMarkup = QStringLiteral("<b>not bold</b> &amp; <script>alert(1)</script>");

class LetterOutputTest : public LetterFixture
{
protected:
    void SetUp() override
    {
        LetterFixture::SetUp();
        m_case = caseTitled(QStringLiteral("MRI claim"));
        TimelineEntry entry;
        entry.caseId = m_case;
        entry.channel = Channel::Call;
        entry.occurredAt = Instant::fromDateTime(testNow().addDays(-1));
        entry.personName = QStringLiteral("Erin Walsh");
        entry.summary = kMarkup;
        ASSERT_TRUE(m_workspace->timeline().add(entry));
        auto letter = LetterDrafter(*m_workspace)
                          .draft({m_case, LetterKind::Complaint, LetterTone::Courteous,
                                  contactNamed(QStringLiteral("Carl Jensen")), 0, 14});
        ASSERT_TRUE(letter) << letter.message().toStdString();
        m_letter = *letter;
    }

    QString path(const QString &name) const { return QDir(m_workspace.directory()).filePath(name); }

    RowId m_case = 0;
    Letter m_letter;
};

TEST_F(LetterOutputTest, TheHtmlEscapesTheNote)
{
    EXPECT_FALSE(m_letter.body.contains(QStringLiteral("<script>")));
    EXPECT_TRUE(m_letter.body.contains(QStringLiteral("&lt;script&gt;")));
    EXPECT_TRUE(LetterDocument::plainText(m_letter.body).contains(kMarkup));
}

TEST_F(LetterOutputTest, ThePdfPrintsMarkupLiterallyAndPassesQpdf)
{
    ASSERT_TRUE(LetterDrafter(*m_workspace).write(m_letter, path(QStringLiteral("l.pdf"))));
    QString output;
    EXPECT_EQ(qpdfCheck(path(QStringLiteral("l.pdf")), &output), 0) << output.toStdString();
    const QString text = pdfText(path(QStringLiteral("l.pdf")), false).simplified();
    EXPECT_TRUE(text.contains(kMarkup)) << text.toStdString();
}

TEST_F(LetterOutputTest, TheOdtReadsBackInOdt2txt)
{
    ASSERT_TRUE(LetterDrafter(*m_workspace).write(m_letter, path(QStringLiteral("l.odt"))));
    int exitCode = -1;
    const QString text =
        run(QStringLiteral("odt2txt"), {path(QStringLiteral("l.odt"))}, &exitCode).simplified();
    EXPECT_EQ(exitCode, 0);
    // odt2txt decodes XML entities twice (its "&amp;amp;" prints "&"), so the ampersand is
    // read from the document's XML by Python's own parser instead.
    EXPECT_TRUE(text.contains(QStringLiteral("<b>not bold</b>"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("<script>alert(1)</script>")));
    EXPECT_TRUE(text.contains(QStringLiteral("Carl Jensen")));
    const QString script =
        QStringLiteral("import sys, zipfile, xml.dom.minidom as m\n"
                       "d = m.parseString(zipfile.ZipFile(sys.argv[1]).read('content.xml'))\n"
                       "def text(n): return n.data if n.nodeType == n.TEXT_NODE else "
                       "''.join(text(c) for c in n.childNodes)\n"
                       "print(text(d.documentElement))\n");
    const QString xmlText =
        run(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"), script, path(QStringLiteral("l.odt"))}, &exitCode);
    EXPECT_EQ(exitCode, 0) << xmlText.toStdString();
    EXPECT_TRUE(xmlText.contains(kMarkup)) << xmlText.toStdString();
}

TEST_F(LetterOutputTest, TheEmailParsesInPythonWithBothPartsAndTheAttachment)
{
    auto mail = LetterDrafter(*m_workspace)
                    .mail(m_letter, QStringLiteral("Dossier – MRI.pdf"), QByteArray("%PDF-1.4 x"));
    ASSERT_TRUE(mail);
    mail->to.first().email = QStringLiteral("carl.jensen@example.com");
    ASSERT_TRUE(mail->write(path(QStringLiteral("l.eml"))));
    // Python's own parser, with the modern policy: headers decoded, parts walked.
    const QString script = QStringLiteral(R"(
import sys, email
from email import policy
from html.parser import HTMLParser
class Text(HTMLParser):
    def __init__(self):
        super().__init__(); self.parts = []; self.tags = set()
    def handle_starttag(self, tag, attrs): self.tags.add(tag)
    def handle_data(self, data): self.parts.append(data)
m = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=policy.default)
assert not m.defects, m.defects
print('TO', m['To'])
print('SUBJECT', m['Subject'])
print('DATE', m['Date'].datetime.isoformat())
for part in m.walk():
    assert not part.defects, part.defects
    if part.get_content_type() == 'text/html':
        t = Text(); t.feed(part.get_content())
        print('HTML', ' '.join(t.parts), 'TAGS', sorted(t.tags))
    elif part.get_content_type() == 'text/plain':
        print('TEXT', part.get_content())
    elif part.get_content_disposition() == 'attachment':
        print('ATTACHMENT', part.get_filename(), part.get_content())
)");
    int exitCode = -1;
    const QString out = run(QStringLiteral("/usr/bin/python3"),
                            {QStringLiteral("-c"), script, path("l.eml")}, &exitCode);
    ASSERT_EQ(exitCode, 0) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("TO \"Carl Jensen\" <carl.jensen@example.com>")) ||
                out.contains(QStringLiteral("TO Carl Jensen <carl.jensen@example.com>")))
        << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("SUBJECT Complaint: MRI claim denied as \"not "
                                            "pre-authorised\"")))
        << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("DATE 2026-03-02T09:00:00-05:00")))
        << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("ATTACHMENT Dossier – MRI.pdf b'%PDF-1.4 x'")))
        << out.toStdString();
    // The text part keeps the note as typed.
    const auto textAt = out.indexOf(QStringLiteral("TEXT "));
    const auto htmlAt = out.indexOf(QStringLiteral("HTML "));
    ASSERT_GE(textAt, 0);
    ASSERT_GT(htmlAt, textAt);
    EXPECT_TRUE(out.mid(textAt, htmlAt - textAt).simplified().contains(kMarkup));
    // The HTML part shows the note's markup as text, and has no script or bold of its own
    // making (the letter's own bold is <b> around the amount: the tags seen are the letter's).
    const QString html = out.mid(htmlAt).simplified();
    EXPECT_TRUE(html.contains(kMarkup)) << html.toStdString();
    EXPECT_FALSE(html.contains(QStringLiteral("'script'")));
}

TEST_F(LetterOutputTest, AnUnknownSuffixIsASentence)
{
    auto status = LetterDrafter(*m_workspace).write(m_letter, path(QStringLiteral("l.docx")));
    ASSERT_FALSE(status);
    EXPECT_TRUE(status.message().contains(QStringLiteral(".pdf, .odt or .eml")));
}

} // namespace
} // namespace leverage::testing
