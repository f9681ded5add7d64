#include "core/store/ContactDetailColumns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <initializer_list>
#include <utility>

namespace leverage::contactcolumns {
namespace {

QString encode(const QJsonArray &array)
{
    return array.isEmpty() ? QString()
                           : QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonArray decode(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

// Each struct's fields by JSON key, so that one pair of functions reads and writes them all.
template <typename T> using Fields = std::initializer_list<std::pair<const char *, QString T::*>>;

const Fields<ContactPhone> kPhoneFields{{"kind", &ContactPhone::kind},
                                        {"number", &ContactPhone::number},
                                        {"extension", &ContactPhone::extension}};
const Fields<ContactEmail> kEmailFields{{"kind", &ContactEmail::kind},
                                        {"address", &ContactEmail::address}};
const Fields<PostalAddress> kAddressFields{{"kind", &PostalAddress::kind},
                                           {"poBox", &PostalAddress::poBox},
                                           {"extended", &PostalAddress::extended},
                                           {"street", &PostalAddress::street},
                                           {"locality", &PostalAddress::locality},
                                           {"region", &PostalAddress::region},
                                           {"postalCode", &PostalAddress::postalCode},
                                           {"country", &PostalAddress::country}};

template <typename T> QString encodeList(const QList<T> &items, const Fields<T> &fields)
{
    QJsonArray array;
    for (const auto &item : items) {
        QJsonObject object;
        for (const auto &[key, member] : fields)
            if (!(item.*member).isEmpty())
                object.insert(QLatin1String(key), item.*member);
        array.append(object);
    }
    return encode(array);
}

template <typename T> QList<T> decodeList(const QString &text, const Fields<T> &fields)
{
    QList<T> items;
    for (const auto &value : decode(text)) {
        const auto object = value.toObject();
        T item;
        for (const auto &[key, member] : fields)
            item.*member = object.value(QLatin1String(key)).toString();
        items.append(item);
    }
    return items;
}

} // namespace

QString encodePhones(const QList<ContactPhone> &phones)
{
    return encodeList(phones, kPhoneFields);
}

QList<ContactPhone> decodePhones(const QString &text)
{
    return decodeList(text, kPhoneFields);
}

QString encodeEmails(const QList<ContactEmail> &emails)
{
    return encodeList(emails, kEmailFields);
}

QList<ContactEmail> decodeEmails(const QString &text)
{
    return decodeList(text, kEmailFields);
}

QString encodeAddresses(const QList<PostalAddress> &addresses)
{
    return encodeList(addresses, kAddressFields);
}

QList<PostalAddress> decodeAddresses(const QString &text)
{
    return decodeList(text, kAddressFields);
}

QString encodeStrings(const QStringList &strings)
{
    return encode(QJsonArray::fromStringList(strings));
}

QStringList decodeStrings(const QString &text)
{
    QStringList strings;
    for (const auto &value : decode(text))
        strings.append(value.toString());
    return strings;
}

} // namespace leverage::contactcolumns
