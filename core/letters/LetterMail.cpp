#include "core/letters/LetterMail.h"

#include "core/store/DocumentFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QRandomGenerator>

namespace leverage {
namespace {

bool isAscii(const QString &text)
{
    for (QChar c : text)
        if (c.unicode() > 126 || (c.unicode() < 32 && c != QLatin1Char('\t')))
            return false;
    return true;
}

// A header value: as is when plain ASCII, else an RFC 2047 encoded word (UTF-8, base64).
QByteArray headerText(const QString &text)
{
    if (isAscii(text))
        return text.toLatin1();
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

QByteArray address(const LetterMail::Address &a)
{
    if (a.name.isEmpty())
        return "<" + a.email.toLatin1() + ">";
    QByteArray name;
    if (isAscii(a.name)) {
        QString quoted = a.name;
        quoted.replace(QLatin1String("\\"), QLatin1String("\\\\"))
            .replace(QLatin1String("\""), QLatin1String("\\\""));
        name = "\"" + quoted.toLatin1() + "\"";
    } else {
        name = headerText(a.name);
    }
    return a.email.isEmpty() ? name + ":;" : name + " <" + a.email.toLatin1() + ">";
}

QByteArray addresses(const QList<LetterMail::Address> &list)
{
    QByteArrayList out;
    for (const auto &a : list)
        out << address(a);
    return out.join(",\r\n ");
}

// Base64 in lines of 76 characters, as MIME asks.
QByteArray base64Lines(const QByteArray &bytes)
{
    const QByteArray encoded = bytes.toBase64();
    QByteArray out;
    for (qsizetype at = 0; at < encoded.size(); at += 76)
        out += encoded.mid(at, 76) + "\r\n";
    return out;
}

QByteArray boundary(const char *stem)
{
    return QByteArray("=_leverage_") + stem + "_" +
           QByteArray::number(QRandomGenerator::global()->generate64(), 36);
}

QByteArray textPart(const char *type, const QString &text)
{
    return QByteArray("Content-Type: ") + type +
           "; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
           base64Lines(text.toUtf8());
}

} // namespace

QByteArray LetterMail::message() const
{
    QByteArray out;
    if (!from.email.isEmpty() || !from.name.isEmpty())
        out += "From: " + address(from) + "\r\n";
    out += "To: " + addresses(to) + "\r\n";
    if (!cc.isEmpty())
        out += "Cc: " + addresses(cc) + "\r\n";
    out += "Subject: " + headerText(subject) + "\r\n";
    out += "Date: " + date.toString(Qt::RFC2822Date).toLatin1() + "\r\n";
    out += "MIME-Version: 1.0\r\n";

    const QByteArray alternative = boundary("alt");
    QByteArray body =
        "Content-Type: multipart/alternative; boundary=\"" + alternative + "\"\r\n\r\n";
    body += "--" + alternative + "\r\n" + textPart("text/plain", text);
    body += "--" + alternative + "\r\n" + textPart("text/html", html);
    body += "--" + alternative + "--\r\n";
    if (attachmentName.isEmpty())
        return out + body;

    const QByteArray mixed = boundary("mixed");
    out += "Content-Type: multipart/mixed; boundary=\"" + mixed + "\"\r\n\r\n";
    out += "--" + mixed + "\r\n" + body;
    out += "--" + mixed + "\r\n";
    const QByteArray name = headerText(attachmentName);
    out += "Content-Type: application/pdf; name=\"" + name + "\"\r\n";
    out += "Content-Disposition: attachment; filename=\"" + name + "\"\r\n";
    out += "Content-Transfer-Encoding: base64\r\n\r\n";
    out += base64Lines(attachment);
    out += "--" + mixed + "--\r\n";
    return out;
}

Status LetterMail::write(const QString &path) const
{
    return DocumentFile::save(path, message(), [&](const QString &reason) {
        return QCoreApplication::translate("leverage",
                                           "The e-mail cannot be saved as \"%1\": %2. Choose "
                                           "another folder or file name.")
            .arg(QDir::toNativeSeparators(path), reason);
    });
}

} // namespace leverage
