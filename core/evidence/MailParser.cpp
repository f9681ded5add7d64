#include "core/evidence/MailParser.h"

#include "core/util/Logging.h"
#include "core/util/Translate.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QTextDocument>
#include <gmime/gmime.h>
#include <memory>
#include <mutex>

namespace leverage {
namespace {

void ensureGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

// GObject references, released when the holder goes.
template <typename T> struct Unref
{
    void operator()(T *object) const
    {
        if (object)
            g_object_unref(object);
    }
};
template <typename T> using GPtr = std::unique_ptr<T, Unref<T>>;

struct GFree
{
    void operator()(char *text) const { g_free(text); }
};
using GText = std::unique_ptr<char, GFree>;

QString fromUtf8(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

QByteArray decodedContent(GMimePart *part)
{
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    if (!content)
        return {};
    GPtr<GMimeStream> memory(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(content, memory.get());
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(memory.get()));
    return QByteArray(reinterpret_cast<const char *>(bytes->data), int(bytes->len));
}

QString mimeTypeOf(GMimeObject *object)
{
    GMimeContentType *type = g_mime_object_get_content_type(object);
    GText name(type ? g_mime_content_type_get_mime_type(type) : nullptr);
    return name ? fromUtf8(name.get()).toLower() : QStringLiteral("application/octet-stream");
}

bool isAttachment(GMimeObject *object)
{
    GMimeContentDisposition *disposition = g_mime_object_get_content_disposition(object);
    return disposition && g_mime_content_disposition_is_attachment(disposition);
}

// Collects the text and the attachments of a message, its forwarded messages included.
class Collector
{
public:
    explicit Collector(MailMessage &message) : m_message(message) {}

    void walk(GMimeObject *object)
    {
        if (GMIME_IS_MULTIPART(object)) {
            GMimeMultipart *multipart = GMIME_MULTIPART(object);
            const int count = g_mime_multipart_get_count(multipart);
            if (mimeTypeOf(object) == QLatin1String("multipart/alternative")) {
                walk(preferredAlternative(multipart));
                return;
            }
            for (int i = 0; i < count; ++i)
                walk(g_mime_multipart_get_part(multipart, i));
        } else if (GMIME_IS_MESSAGE_PART(object)) {
            GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
            if (!inner)
                return;
            appendText(forwardHeader(inner));
            if (GMimeObject *body = g_mime_message_get_mime_part(inner))
                walk(body);
        } else if (GMIME_IS_TEXT_PART(object) && !isAttachment(object)) {
            const QString type = mimeTypeOf(object);
            if (type == QLatin1String("text/plain") || type == QLatin1String("text/html")) {
                GText text(g_mime_text_part_get_text(GMIME_TEXT_PART(object)));
                QString body = fromUtf8(text.get());
                if (type == QLatin1String("text/html"))
                    body = htmlToText(body);
                appendText(body);
            } else {
                addAttachment(GMIME_PART(object));
            }
        } else if (GMIME_IS_PART(object)) {
            addAttachment(GMIME_PART(object));
        }
    }

private:
    static GMimeObject *preferredAlternative(GMimeMultipart *multipart)
    {
        const int count = g_mime_multipart_get_count(multipart);
        GMimeObject *chosen = nullptr;
        for (int i = 0; i < count; ++i) {
            GMimeObject *part = g_mime_multipart_get_part(multipart, i);
            const QString type = mimeTypeOf(part);
            if (type == QLatin1String("text/plain"))
                return part; // the sender's own text beats a conversion of the HTML
            if (!chosen || type == QLatin1String("text/html") || GMIME_IS_MULTIPART(part))
                chosen = part;
        }
        return chosen;
    }

    static QString htmlToText(const QString &html)
    {
        QTextDocument document;
        document.setHtml(html);
        return document.toPlainText();
    }

    static QString forwardHeader(GMimeMessage *inner)
    {
        QStringList lines{tr("---------- Forwarded message ----------")};
        GText from(internet_address_list_to_string(g_mime_message_get_from(inner), nullptr, FALSE));
        if (from)
            lines << tr("From: %1").arg(fromUtf8(from.get()));
        if (GDateTime *date = g_mime_message_get_date(inner)) {
            GText text(g_date_time_format(date, "%a, %d %b %Y %H:%M:%S %z"));
            lines << tr("Date: %1").arg(fromUtf8(text.get()));
        }
        lines << tr("Subject: %1").arg(fromUtf8(g_mime_message_get_subject(inner)));
        return lines.join(QLatin1Char('\n'));
    }

    void appendText(const QString &text)
    {
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty())
            return;
        if (!m_message.text.isEmpty())
            m_message.text += QStringLiteral("\n\n");
        m_message.text += trimmed;
    }

    void addAttachment(GMimePart *part)
    {
        MailMessage::Part attachment;
        attachment.mimeType = mimeTypeOf(GMIME_OBJECT(part));
        attachment.fileName = fromUtf8(g_mime_part_get_filename(part));
        if (attachment.fileName.isEmpty()) {
            // An inline image has no name: one from its type, numbered.
            static const QMimeDatabase mimes;
            const QString suffix = mimes.mimeTypeForName(attachment.mimeType).preferredSuffix();
            attachment.fileName = tr("part-%1").arg(m_message.attachments.size() + 1) +
                                  (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix);
        }
        attachment.data = decodedContent(part);
        m_message.attachments.append(attachment);
    }

    MailMessage &m_message;
};

Result<MailMessage> fromGMime(GMimeMessage *gmessage, const QByteArray &raw,
                              const QString &sourceName)
{
    MailMessage message;
    InternetAddressList *from = g_mime_message_get_from(gmessage);
    for (int i = 0; from && i < internet_address_list_length(from); ++i) {
        InternetAddress *address = internet_address_list_get_address(from, i);
        if (!INTERNET_ADDRESS_IS_MAILBOX(address))
            continue;
        message.senderAddress =
            fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address)))
                .trimmed();
        message.senderName = fromUtf8(internet_address_get_name(address)).trimmed();
        break;
    }
    if (!message.senderAddress.contains(QLatin1Char('@')))
        return Error{Error::Code::Invalid,
                     tr("\"%1\" is not an e-mail Leverage can read: it names no sender (no "
                        "From: with an address). Nothing was imported.")
                         .arg(sourceName)};
    message.subject = fromUtf8(g_mime_message_get_subject(gmessage)).simplified();
    message.messageId = fromUtf8(g_mime_message_get_message_id(gmessage)).trimmed();
    if (message.messageId.isEmpty()) // the same message read twice gets the same name
        message.messageId =
            QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex()) +
            QStringLiteral("@leverage.invalid");
    if (GDateTime *date = g_mime_message_get_date(gmessage)) {
        const qint64 ms =
            g_date_time_to_unix(date) * 1000 + g_date_time_get_microsecond(date) / 1000;
        const int offset = int(g_date_time_get_utc_offset(date) / G_TIME_SPAN_SECOND);
        message.date = QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, offset);
    }
    if (GMimeObject *body = g_mime_message_get_mime_part(gmessage))
        Collector(message).walk(body);
    return message;
}

// What GMime makes of a header block; null when there is none.
GPtr<GMimeMessage> construct(GMimeParser *parser)
{
    return GPtr<GMimeMessage>(g_mime_parser_construct_message(parser, nullptr));
}

GPtr<GMimeParser> parserOver(const QByteArray &raw, GMimeFormat format)
{
    ensureGMime();
    GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(raw.constData(), gsize(raw.size())));
    GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    g_mime_parser_set_format(parser.get(), format);
    return parser;
}

bool hasHeaderBlock(const QByteArray &raw)
{
    // The first line of a message is a header ("Name: value"); a text without one is not a
    // message, whatever a lenient parser would make of it.
    const QByteArray first = raw.left(raw.indexOf('\n')).trimmed();
    const int colon = first.indexOf(':');
    if (colon <= 0)
        return false;
    for (char c : first.left(colon))
        if (c <= ' ' || c > '~')
            return false;
    return true;
}

} // namespace

Result<MailMessage> MailParser::parseMessage(const QByteArray &raw, const QString &sourceName)
{
    QByteArray body = raw;
    if (body.startsWith("From ")) // an mbox separator line left on a single message
        body = body.mid(body.indexOf('\n') + 1);
    if (!hasHeaderBlock(body))
        return Error{Error::Code::Invalid, tr("\"%1\" is not an e-mail Leverage can read: it does "
                                              "not begin with mail headers. Nothing was "
                                              "imported.")
                                               .arg(sourceName)};
    auto parser = parserOver(body, GMIME_FORMAT_MESSAGE);
    auto message = construct(parser.get());
    if (!message)
        return Error{
            Error::Code::Invalid,
            tr("\"%1\" is not an e-mail Leverage can read. Nothing was imported.").arg(sourceName)};
    return fromGMime(message.get(), body, sourceName);
}

Result<QList<MailMessage>> MailParser::parseMbox(const QByteArray &raw, const QString &sourceName)
{
    if (!raw.startsWith("From "))
        return Error{Error::Code::Invalid, tr("\"%1\" is not a mailbox (mbox) file: it does not "
                                              "begin with a \"From \" line. Nothing was "
                                              "imported.")
                                               .arg(sourceName)};
    auto parser = parserOver(raw, GMIME_FORMAT_MBOX);
    QList<MailMessage> messages;
    while (!g_mime_parser_eos(parser.get())) {
        auto message = construct(parser.get());
        if (!message)
            break;
        const qint64 at = g_mime_parser_get_mbox_marker_offset(parser.get());
        auto read = fromGMime(message.get(), raw.mid(at, 65536),
                              tr("%1, message %2").arg(sourceName).arg(messages.size() + 1));
        if (!read)
            return read.error();
        messages.append(*read);
    }
    if (messages.isEmpty())
        return Error{Error::Code::Invalid,
                     tr("\"%1\" holds no messages. Nothing was imported.").arg(sourceName)};
    return messages;
}

Result<QList<MailMessage>> MailParser::parseFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::Io,
                     tr("\"%1\" could not be read; nothing was imported.").arg(name)};
    const QByteArray raw = file.readAll();
    logging::get("evidence")->info("reading mail file of {} bytes", raw.size());
    if (name.endsWith(QLatin1String(".mbox"), Qt::CaseInsensitive))
        return parseMbox(raw, name);
    auto message = parseMessage(raw, name);
    if (!message)
        return message.error();
    return QList<MailMessage>{*message};
}

} // namespace leverage
