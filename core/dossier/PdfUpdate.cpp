#include "core/dossier/PdfUpdate.h"

#include <QRegularExpression>

namespace leverage {
namespace {

constexpr qsizetype kHead = 16 * 1024;
// The page tree of a 10,000-page document, the catalog, the Info dictionary and the
// cross-reference table's end fit in this many bytes.
constexpr qsizetype kTail = 512 * 1024;

// A text string as PDF wants it for any script: UTF-16BE with its byte order mark, in hex.
QByteArray pdfString(const QString &text)
{
    QByteArray hex = "<FEFF";
    for (const QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex + '>';
}

QByteArray xmlText(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

QByteArray xmpDate(const QDateTime &moment)
{
    return moment.toString(Qt::ISODate).toLatin1();
}

} // namespace

PdfUpdate::PdfUpdate(QIODevice &target) : m_target(target)
{
    open(QIODevice::WriteOnly);
}

qint64 PdfUpdate::writeData(const char *data, qint64 length)
{
    const qint64 written = m_target.write(data, length);
    if (written <= 0)
        return written;
    const QByteArrayView bytes(data, written);
    if (m_head.size() < kHead)
        m_head.append(bytes.first(std::min<qsizetype>(written, kHead - m_head.size())));
    m_tail.append(bytes);
    if (m_tail.size() > 2 * kTail)
        m_tail.remove(0, m_tail.size() - kTail);
    m_written += written;
    return written;
}

QByteArray PdfUpdate::pdfDate(const QDateTime &moment)
{
    const int offset = moment.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return "D:" + moment.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() +
           (offset < 0 ? '-' : '+') + QByteArray::number(minutes / 60).rightJustified(2, '0') +
           '\'' + QByteArray::number(minutes % 60).rightJustified(2, '0') + '\'';
}

QByteArray PdfUpdate::xmp(const Info &info)
{
    QByteArray xml = "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                     "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                     "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                     "<rdf:Description rdf:about=\"\" "
                     "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                     "<dc:format>application/pdf</dc:format>\n"
                     "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" +
                     xmlText(info.title) + "</rdf:li></rdf:Alt></dc:title>\n";
    if (!info.author.isEmpty())
        xml += "<dc:creator><rdf:Seq><rdf:li>" + xmlText(info.author) +
               "</rdf:li></rdf:Seq></dc:creator>\n";
    if (!info.subject.isEmpty())
        xml += "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xmlText(info.subject) +
               "</rdf:li></rdf:Alt></dc:description>\n";
    xml += "</rdf:Description>\n"
           "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
           "<xmp:CreatorTool>" +
           xmlText(info.creator) + "</xmp:CreatorTool>\n<xmp:CreateDate>" + xmpDate(info.created) +
           "</xmp:CreateDate>\n</rdf:Description>\n" +
           "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
           "<pdf:Producer>" +
           xmlText(info.producer) +
           "</pdf:Producer>\n</rdf:Description>\n"
           "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
           "<pdfaid:part>1</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n"
           "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
    return xml;
}

bool PdfUpdate::append(const Info &info, const QList<Bookmark> &bookmarks)
{
    // The last trailer Qt wrote: the object count, the catalog, the previous cross-reference
    // table, and the file identifier PDF/A asks to be repeated.
    const qsizetype trailerAt = m_tail.lastIndexOf("trailer");
    if (trailerAt < 0)
        return false;
    const QString trailer = QString::fromLatin1(m_tail.mid(trailerAt));
    static const QRegularExpression sizeKey(QStringLiteral("/Size (\\d+)"));
    static const QRegularExpression rootKey(QStringLiteral("/Root (\\d+) 0 R"));
    static const QRegularExpression idKey(QStringLiteral("(/ID \\[[^\\]]*\\])"));
    static const QRegularExpression startXref(QStringLiteral("startxref\\s+(\\d+)"));
    const auto size = sizeKey.match(trailer);
    const auto root = rootKey.match(trailer);
    const auto previous = startXref.match(trailer);
    if (!size.hasMatch() || !root.hasMatch() || !previous.hasMatch())
        return false;
    const int rootId = root.captured(1).toInt();

    // The catalog as Qt wrote it, to be written again with the outline added.
    const QByteArray catalogStart = '\n' + QByteArray::number(rootId) + " 0 obj\n";
    QByteArray catalog;
    for (const QByteArray *part : {&m_tail, &m_head}) {
        const qsizetype at = part->lastIndexOf(catalogStart);
        const qsizetype end = at < 0 ? -1 : part->indexOf("endobj", at);
        if (end > at) {
            catalog = part->mid(at + catalogStart.size(), end - at - catalogStart.size()).trimmed();
            break;
        }
    }
    if (!catalog.startsWith("<<") || !catalog.endsWith(">>") || catalog.contains("/Outlines"))
        return false;

    // The pages, in order, from the page tree.
    const qsizetype kidsAt = m_tail.lastIndexOf("/Kids");
    const qsizetype kidsEnd = kidsAt < 0 ? -1 : m_tail.indexOf(']', kidsAt);
    if (kidsEnd < 0)
        return false;
    QList<int> pages;
    static const QRegularExpression reference(QStringLiteral("(\\d+) 0 R"));
    auto found = reference.globalMatch(QString::fromLatin1(m_tail.mid(kidsAt, kidsEnd - kidsAt)));
    while (found.hasNext())
        pages.append(found.next().captured(1).toInt());

    int next = size.captured(1).toInt();
    const int infoId = next++;
    const int outlineId = bookmarks.isEmpty() ? 0 : next++;
    const int firstItem = next;
    next += int(bookmarks.size());

    QByteArray update = "\n";
    QList<QPair<int, qint64>> offsets;
    auto object = [&](int id, const QByteArray &body) {
        offsets.append({id, m_written + update.size()});
        update += QByteArray::number(id) + " 0 obj\n" + body + "\nendobj\n";
    };
    QByteArray infoBody = "<<\n/Title " + pdfString(info.title);
    if (!info.author.isEmpty())
        infoBody += "\n/Author " + pdfString(info.author);
    if (!info.subject.isEmpty())
        infoBody += "\n/Subject " + pdfString(info.subject);
    infoBody += "\n/Creator " + pdfString(info.creator) + "\n/Producer " +
                pdfString(info.producer) + "\n/CreationDate (" + pdfDate(info.created) + ")\n>>";
    object(infoId, infoBody);
    if (outlineId > 0) {
        catalog.chop(2);
        object(rootId, catalog.trimmed() + "\n/Outlines " + QByteArray::number(outlineId) +
                           " 0 R\n/PageMode /UseOutlines\n>>");
        object(outlineId, "<<\n/Type /Outlines\n/First " + QByteArray::number(firstItem) +
                              " 0 R\n/Last " +
                              QByteArray::number(firstItem + bookmarks.size() - 1) +
                              " 0 R\n/Count " + QByteArray::number(bookmarks.size()) + "\n>>");
        for (int i = 0; i < bookmarks.size(); ++i) {
            const auto &bookmark = bookmarks.at(i);
            const int page = pages.value(bookmark.page - 1, pages.value(0));
            QByteArray item = "<<\n/Title " + pdfString(bookmark.title) + "\n/Parent " +
                              QByteArray::number(outlineId) + " 0 R";
            if (i > 0)
                item += "\n/Prev " + QByteArray::number(firstItem + i - 1) + " 0 R";
            if (i + 1 < bookmarks.size())
                item += "\n/Next " + QByteArray::number(firstItem + i + 1) + " 0 R";
            item += "\n/Dest [" + QByteArray::number(page) + " 0 R /XYZ null " +
                    QByteArray::number(bookmark.top, 'f', 1) + " null]\n>>";
            object(firstItem + i, item);
        }
    }

    const qint64 xrefAt = m_written + update.size();
    std::sort(offsets.begin(), offsets.end());
    update += "xref\n0 1\n0000000000 65535 f \n";
    for (qsizetype i = 0; i < offsets.size();) {
        qsizetype run = i + 1;
        while (run < offsets.size() && offsets.at(run).first == offsets.at(run - 1).first + 1)
            ++run;
        update +=
            QByteArray::number(offsets.at(i).first) + ' ' + QByteArray::number(run - i) + '\n';
        for (; i < run; ++i)
            update +=
                QByteArray::number(offsets.at(i).second).rightJustified(10, '0') + " 00000 n \n";
    }
    update += "trailer\n<<\n/Size " + QByteArray::number(next) + "\n/Root " +
              QByteArray::number(rootId) + " 0 R\n/Info " + QByteArray::number(infoId) +
              " 0 R\n/Prev " + previous.captured(1).toLatin1();
    if (const auto id = idKey.match(trailer); id.hasMatch())
        update += '\n' + id.captured(1).toLatin1();
    update += "\n>>\nstartxref\n" + QByteArray::number(xrefAt) + "\n%%EOF\n";
    return write(update) == update.size();
}

} // namespace leverage
