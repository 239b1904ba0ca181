target_sources(exchange_core PRIVATE
  store/customeraddress.h
  store/customeraddressrepository.h store/customeraddressrepository.cpp
  store/databaseurl.h store/databaseurl.cpp
  store/dialect.h store/dialect.cpp
  store/retryingtransaction.h
  store/sqlitefunctions.h store/sqlitefunctions.cpp
  store/textdigest.h store/textdigest.cpp
  store/sqlitestatement.h store/sqlitestatement.cpp
  store/sql.h store/sql.cpp
  store/database.h store/database.cpp
  store/integritycheck.h store/integritycheck.cpp
  store/existingdatabase.h store/existingdatabase.cpp
  store/unitofwork.h store/unitofwork.cpp
  store/savepoint.h store/savepoint.cpp
  store/statementreuse.h store/statementreuse.cpp
  store/migration.h store/migrationlist.h store/migrationlist.cpp
  store/storeschema.h store/storeschema.cpp
  store/assetidentityschema.h store/assetidentityschema.cpp
  store/migrator.h store/migrator.cpp
  store/schemacatalog.h store/schemacatalog.cpp
  store/databasecopier.h store/databasecopier.cpp
  store/durablefile.h store/durablefile.cpp
  store/sqlitebackup.h store/sqlitebackup.cpp
  store/assetsettings.h store/assetsettings.cpp
  store/assetrepository.h store/assetrepository.cpp
  store/customer.h store/customer.cpp
  store/customerrepository.h store/customerrepository.cpp
  store/customerschema.h store/customerschema.cpp
  store/metarepository.h store/metarepository.cpp)
