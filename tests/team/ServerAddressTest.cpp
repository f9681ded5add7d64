#include "core/store/ServerAddress.h"

#include <gtest/gtest.h>

using leverage::ServerAddress;

TEST(ServerAddressTest, AHostPortDatabaseAndUserAreRead)
{
    auto address = ServerAddress::parse(
        QStringLiteral("postgresql://ana@db.clinic.example:6543/cases?sslmode=verify-full"));
    ASSERT_TRUE(address) << address.message().toStdString();
    EXPECT_EQ(address->host, QStringLiteral("db.clinic.example"));
    EXPECT_EQ(address->port, 6543);
    EXPECT_EQ(address->database, QStringLiteral("cases"));
    EXPECT_EQ(address->user, QStringLiteral("ana"));
    EXPECT_EQ(address->sslMode, QStringLiteral("verify-full"));
    EXPECT_FALSE(address->isUnixSocket());
    EXPECT_EQ(ServerAddress::parse(address->displayUrl())->displayUrl(), address->displayUrl());
}

TEST(ServerAddressTest, AUnixSocketFolderIsGivenAsHost)
{
    auto address =
        ServerAddress::parse(QStringLiteral("postgresql://ana@/cases?host=/run/postgresql"));
    ASSERT_TRUE(address);
    EXPECT_TRUE(address->isUnixSocket());
    EXPECT_EQ(address->host, QStringLiteral("/run/postgresql"));
    EXPECT_EQ(address->port, 5432);
}

TEST(ServerAddressTest, APasswordIsKeptInMemoryButNeverShown)
{
    auto address = ServerAddress::parse(QStringLiteral("postgresql://ana:s3cret@db/cases"));
    ASSERT_TRUE(address);
    EXPECT_EQ(address->password, QStringLiteral("s3cret"));
    EXPECT_FALSE(address->displayUrl().contains(QStringLiteral("s3cret")));
    EXPECT_FALSE(address->connectOptions().contains(QStringLiteral("s3cret")));
}

TEST(ServerAddressTest, AnAddressWithoutDatabaseOrWithAWrongTlsModeIsRefusedWithASentence)
{
    auto noDatabase = ServerAddress::parse(QStringLiteral("postgresql://ana@db"));
    ASSERT_FALSE(noDatabase);
    EXPECT_TRUE(noDatabase.message().contains(QStringLiteral("database")));
    auto badTls = ServerAddress::parse(QStringLiteral("postgresql://ana@db/cases?sslmode=maybe"));
    ASSERT_FALSE(badTls);
    EXPECT_TRUE(badTls.message().contains(QStringLiteral("verify-full")));
    EXPECT_FALSE(ServerAddress::isServerUrl(QStringLiteral("/home/ana/cases.leverage")));
}
