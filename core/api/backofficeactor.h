#pragma once
// backOfficeActor: who a request of an authenticated back-office client acts
// as, in the one place that turns its scopes into actions: "api:<client>"
// in the audit log, allowed exactly what the scopes grant.
//   read        ViewData
//   customers   ViewData, ManageCustomers (add, update, freeze, unfreeze,
//               deposit addresses, their own addresses)
//   withdrawals ViewData
// The services authorise the actor as they do every other.

#include "core/security/actor.h"

namespace exchange::api {

struct ApiClient;

security::Actor backOfficeActor(const ApiClient &client);

} // namespace exchange::api
