#pragma once
// Result<T>: the value of an operation that can fail for an expected reason
// (bad input, insufficient funds, wrong state, unreachable node). Bugs and
// broken invariants throw instead. Standard library only, so that money/ and
// book/ can use it too.

#include <cassert>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace exchange {

// The sentences of core/base/message.h; declared only, so that adding one
// recompiles what says it, not everything that returns a Result.
enum class MessageId : int;

enum class ErrorCode {
    InvalidInput,      // malformed or out-of-range input; nothing changed
    NotFound,          // the object named does not exist
    Conflict,          // duplicate, or changed by someone else meanwhile
    WrongState,        // the action is not allowed in the object's state
    InsufficientFunds, // a balance would go below what is allowed
    LimitExceeded,     // a configured limit would be exceeded
    Unauthorized,      // the actor may not do this
    Unavailable,       // a database, node or service could not be reached
    Corrupted,         // stored data failed a consistency check
    Internal,          // anything else; details are in the log
};

const char *errorCodeName(ErrorCode code) noexcept;

struct Error {
    Error() = default;
    Error(ErrorCode c, std::string m) : code(c), message(std::move(m)) {}
    Error(ErrorCode c, std::string m, MessageId i, std::vector<std::string> a)
        : code(c), message(std::move(m)), id(i), args(std::move(a))
    {
    }

    ErrorCode code = ErrorCode::Internal;
    std::string message; // one line, English, safe to show: never a secret
    // What the message says, for the console to say it in the operator's
    // language (models/coretext); None where only the English text exists.
    MessageId id{}; // MessageId::None
    std::vector<std::string> args;

    friend bool operator==(const Error &, const Error &) = default;
};

template<typename T>
class [[nodiscard]] Result final
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    static Result failure(ErrorCode code, std::string message)
    {
        return Result(Error{code, std::move(message)});
    }

    bool ok() const noexcept { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const noexcept { return ok(); }

    const T &value() const &
    {
        assert(ok());
        return std::get<T>(m_state);
    }
    T &value() &
    {
        assert(ok());
        return std::get<T>(m_state);
    }
    // By value, so that `for (auto &x : f().value())` never dangles.
    T value() &&
    {
        assert(ok());
        return std::get<T>(std::move(m_state));
    }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const
    {
        assert(!ok());
        return std::get<Error>(m_state);
    }

private:
    std::variant<T, Error> m_state;
};

// Result<void>: success carries nothing.
template<>
class [[nodiscard]] Result<void> final
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    static Result failure(ErrorCode code, std::string message)
    {
        return Result(Error{code, std::move(message)});
    }

    bool ok() const noexcept { return !m_error.has_value(); }
    explicit operator bool() const noexcept { return ok(); }
    const Error &error() const
    {
        assert(!ok());
        return *m_error;
    }

private:
    std::optional<Error> m_error;
};

inline Error makeError(ErrorCode code, std::string message)
{
    return Error{code, std::move(message)};
}

// An error that says one of the messages of core/base/message.h; its English
// text is rendered here.
Error makeError(ErrorCode code, MessageId id, std::vector<std::string> args = {});

} // namespace exchange
