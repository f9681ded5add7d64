#pragma once

#include "core/util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace leverage {

// A letter as an e-mail message (RFC 5322 / MIME): To, Cc, Subject, Date, a text part and an
// HTML part, and optionally a PDF attached (the dossier). Text parts are UTF-8 in base64,
// header words with other than ASCII are RFC 2047 encoded words: any mail program reads it.
struct LetterMail
{
    struct Address
    {
        QString name;
        QString email;
    };
    Address from;
    QList<Address> to;
    QList<Address> cc;
    QString subject;
    QDateTime date;
    QString text;
    QString html;
    QString attachmentName; // empty: nothing attached
    QByteArray attachment;

    QByteArray message() const;
    Status write(const QString &path) const;
};

} // namespace leverage
