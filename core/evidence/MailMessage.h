#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace leverage {

// One e-mail as read from a .eml or an .mbox: what becomes a timeline entry and its
// attachments. Texts are Unicode whatever the message's charsets and encodings were.
struct MailMessage
{
    struct Part
    {
        QString fileName;
        QString mimeType;
        QByteArray data;
    };

    QString messageId; // without angle brackets; a digest of the message when it has none
    QDateTime date;    // with the message's own UTC offset; invalid when it has no Date
    QString senderName;
    QString senderAddress;
    QString subject;
    QString text; // the plain text, or the HTML's text; forwarded messages included
    QList<Part> attachments;
};

} // namespace leverage
