#include "core/base/result.h"

#include "core/base/message.h"

namespace exchange {

const char *errorCodeName(ErrorCode code) noexcept
{
    switch (code) {
    case ErrorCode::InvalidInput: return "invalid_input";
    case ErrorCode::NotFound: return "not_found";
    case ErrorCode::Conflict: return "conflict";
    case ErrorCode::WrongState: return "wrong_state";
    case ErrorCode::InsufficientFunds: return "insufficient_funds";
    case ErrorCode::LimitExceeded: return "limit_exceeded";
    case ErrorCode::Unauthorized: return "unauthorized";
    case ErrorCode::Unavailable: return "unavailable";
    case ErrorCode::Corrupted: return "corrupted";
    case ErrorCode::Internal: return "internal";
    }
    return "internal";
}

Error makeError(ErrorCode code, MessageId id, std::vector<std::string> args)
{
    Message said{id, std::move(args)};
    std::string english = said.english();
    return Error{code, std::move(english), id, std::move(said.args)};
}

} // namespace exchange
