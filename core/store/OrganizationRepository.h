#pragma once

#include "core/domain/Organization.h"
#include "core/store/Repository.h"

namespace leverage {

// A relationship between two organizations ("contracts deliveries to", "provider network of").
struct OrganizationLink
{
    RowId fromId = 0;
    RowId toId = 0;
    QString relation;
};

class OrganizationRepository final : public Repository<Organization>
{
public:
    explicit OrganizationRepository(Workspace &workspace);

    Result<QList<Organization>> all() const;
    Result<qint64> count() const;
    Result<std::optional<Organization>> findByName(const QString &name) const;

    Result<QList<OrganizationLink>> links(RowId organizationId) const;
    Status link(const OrganizationLink &link);

protected:
    Status validate(const Organization &organization) const override;
};

} // namespace leverage
