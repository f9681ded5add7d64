#pragma once

#include "core/domain/Contact.h"
#include "core/store/Repository.h"

namespace leverage {

class ContactRepository final : public Repository<Contact>
{
public:
    explicit ContactRepository(Workspace &workspace);

    // By name; organizationId 0 lists the people with no organization.
    Result<QList<Contact>> forOrganization(RowId organizationId) const;
    Result<QList<Contact>> gateways() const;
    Result<QList<Contact>> reportsTo(RowId supervisorId) const;
    Result<qint64> count() const;
    // True when making `supervisorId` the supervisor of `contactId` would close a loop.
    Result<bool> wouldCreateCycle(RowId contactId, RowId supervisorId) const;

protected:
    Status validate(const Contact &contact) const override;
};

} // namespace leverage
