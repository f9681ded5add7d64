#include "core/store/ServerAddress.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace leverage {
namespace {

Error invalid(const char *sentence)
{
    return {Error::Code::Invalid, QCoreApplication::translate("leverage", sentence)};
}

const QStringList kSslModes{QStringLiteral("disable"),   QStringLiteral("allow"),
                            QStringLiteral("prefer"),    QStringLiteral("require"),
                            QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

} // namespace

bool ServerAddress::isServerUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) ||
           text.startsWith(QLatin1String("postgres://"));
}

Result<ServerAddress> ServerAddress::parse(const QString &url)
{
    if (!isServerUrl(url))
        return invalid("A team workspace is written postgresql://user@host:port/database.");
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid())
        return invalid("The server address is not a valid postgresql:// address.");
    ServerAddress address;
    address.host = parsed.host();
    address.port = parsed.port(5432);
    address.database = parsed.path().mid(1);
    address.user = parsed.userName();
    address.password = parsed.password();
    const QUrlQuery query(parsed);
    if (query.hasQueryItem(QStringLiteral("host")))
        address.host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    if (query.hasQueryItem(QStringLiteral("port")))
        address.port = query.queryItemValue(QStringLiteral("port")).toInt();
    if (query.hasQueryItem(QStringLiteral("user")))
        address.user = query.queryItemValue(QStringLiteral("user"), QUrl::FullyDecoded);
    address.sslMode = query.queryItemValue(QStringLiteral("sslmode"));
    if (!address.sslMode.isEmpty() && !kSslModes.contains(address.sslMode))
        return invalid("The TLS mode (sslmode) must be one of disable, allow, prefer, require, "
                       "verify-ca or verify-full.");
    if (address.database.isEmpty())
        return invalid("The server address names no database: add /database at its end.");
    if (address.host.isEmpty())
        address.host = QStringLiteral("localhost");
    if (address.port <= 0 || address.port > 65535)
        return invalid("The server's port must be a number from 1 to 65535.");
    return address;
}

QString ServerAddress::displayUrl() const
{
    QUrl url;
    url.setScheme(QLatin1String(kScheme));
    if (!user.isEmpty())
        url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    if (isUnixSocket()) {
        query.addQueryItem(QStringLiteral("host"), host);
        if (port != 5432)
            query.addQueryItem(QStringLiteral("port"), QString::number(port));
    } else {
        url.setHost(host);
        if (port != 5432)
            url.setPort(port);
    }
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    url.setQuery(query);
    return url.toString();
}

QString ServerAddress::connectOptions() const
{
    // The application's name shows in pg_stat_activity: an administrator sees who is on.
    QStringList options{QStringLiteral("application_name=Leverage")};
    if (!sslMode.isEmpty())
        options << QStringLiteral("sslmode=%1").arg(sslMode);
    return options.join(QLatin1Char(';'));
}

} // namespace leverage
