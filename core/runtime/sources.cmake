target_sources(exchange_core PRIVATE
  runtime/clock.h runtime/systemclock.h runtime/systemclock.cpp runtime/manualclock.h
  runtime/changenotifier.h runtime/dutystatus.h
  runtime/schema.h runtime/schema.cpp
  runtime/changefeedschema.h runtime/changefeedschema.cpp
  runtime/changelistener.h runtime/changelistener.cpp
  runtime/externalcommitwatch.h runtime/externalcommitwatch.cpp
  runtime/attentionreport.h runtime/attentionreport.cpp
  runtime/coreruntime.h runtime/coreruntime.cpp
  runtime/coreservices.h runtime/coreservices.cpp
  runtime/verifieddatabasecopy.h runtime/verifieddatabasecopy.cpp
  runtime/databasebackup.h runtime/databasebackup.cpp
  runtime/leaderelection.h runtime/leaderelection.cpp
  runtime/dutystatusschema.h runtime/dutystatusschema.cpp
  runtime/dutystatusrepository.h runtime/dutystatusrepository.cpp
  runtime/dutystatuspublisher.h runtime/dutystatuspublisher.cpp
  runtime/periodicduty.h runtime/periodicduty.cpp
  runtime/backgroundduties.h runtime/backgroundduties.cpp)
