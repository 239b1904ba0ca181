# Operators, roles and permissions, password hashing, TOTP, the audit chain
# and the key vault.
target_sources(exchange_core PRIVATE
  security/action.h security/action.cpp
  security/adminstatements.h security/adminstatements.cpp
  security/actor.h security/actor.cpp
  security/auditedledger.h security/auditedledger.cpp
  security/assetidentitystatement.h security/assetidentitystatement.cpp
  security/auditedassets.h security/auditedassets.cpp
  security/auditedsettings.h security/auditedsettings.cpp
  security/auditentry.h
  security/auditlog.h security/auditlog.cpp
  security/currentauthority.h security/currentauthority.cpp
  security/decisionsigner.h security/decisionsigner.cpp
  security/keyregistration.h security/keyregistration.cpp
  security/keyvault.h security/keyvault.cpp
  security/operatorinfo.h
  security/operatorkeys.h security/operatorkeys.cpp
  security/operatorservice.h security/operatorservice.cpp
  security/passwordhasher.h security/passwordhasher.cpp
  security/permissions.h security/permissions.cpp
  security/role.h security/role.cpp
  security/securebuffer.h security/securebuffer.cpp
  security/signerjournal.h security/signerjournal.cpp
  security/exchangeidentity.h security/exchangeidentity.cpp
  security/auditheadcheck.h security/auditheadcheck.cpp
  security/session.h
  security/settingsstatement.h security/settingsstatement.cpp
  security/signedassetidentities.h security/signedassetidentities.cpp
  security/signedsettings.h security/signedsettings.cpp
  security/signedstatements.h security/signedstatements.cpp
  security/statement.h security/statement.cpp
  security/totp.h security/totp.cpp
  security/trustanchor.h security/trustanchor.cpp
  security/trustchain.h security/trustchain.cpp)
target_sources(exchange_core PRIVATE security/securityschema.h security/securityschema.cpp)
