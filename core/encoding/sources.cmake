# Text encodings read exactly, below every feature: depends only on the
# standard library and QtCore.
target_sources(exchange_core PRIVATE
  encoding/exactjson.h encoding/exactjson.cpp)
