#pragma once

#include "core/store/ServerLogin.h"
#include "core/store/Workspace.h"

#include <QSqlQuery>
#include <gtest/gtest.h>

namespace leverage::testing {

// A second connection to a team workspace, as a colleague with a login of her own and an
// advocate's rights on the tables, made through `owner` (the test cluster's superuser; raw
// SQL in test set-up only).
inline std::unique_ptr<Workspace> openAsColleague(Workspace &owner, const QString &login)
{
    QSqlQuery admin(owner.database());
    EXPECT_TRUE(admin.exec(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles "
                                          "WHERE rolname = '%1') THEN CREATE ROLE %1 LOGIN; "
                                          "END IF; END $$")
                               .arg(login)));
    EXPECT_TRUE(
        admin.exec(QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO %1").arg(login)));
    EXPECT_TRUE(
        admin.exec(QStringLiteral("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO %1").arg(login)));
    auto address = serverLoginOf(owner);
    address.user = login;
    address.password.clear();
    auto opened = Workspace::openServer(address, owner.clock());
    EXPECT_TRUE(opened) << opened.message().toStdString();
    return opened ? std::move(*opened) : nullptr;
}

} // namespace leverage::testing
