#pragma once

#include "core/domain/ContactDetails.h"

#include <QList>
#include <QStringList>

// How a contact's lists (other phones and e-mails, postal addresses, URLs, categories) are
// kept in one text column each: a JSON array, which both SQLite and PostgreSQL store as plain
// text. An empty list is '' so that rows from before these columns read the same.
namespace leverage::contactcolumns {

QString encodePhones(const QList<ContactPhone> &phones);
QList<ContactPhone> decodePhones(const QString &text);
QString encodeEmails(const QList<ContactEmail> &emails);
QList<ContactEmail> decodeEmails(const QString &text);
QString encodeAddresses(const QList<PostalAddress> &addresses);
QList<PostalAddress> decodeAddresses(const QString &text);
QString encodeStrings(const QStringList &strings);
QStringList decodeStrings(const QString &text);

} // namespace leverage::contactcolumns
