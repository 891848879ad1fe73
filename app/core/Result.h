#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>
#include <utility>

namespace kamae {

// What kind of failure a Result or Status holds, for code that reacts to it
// (a retry, an exit code); the person reads the message. Small on purpose.
enum class ErrorCode
{
    None,      // success
    Invalid,   // the input breaks a rule (a name missing, a date in the future)
    NotFound,  // the record or file is not there (any more)
    Io,        // a file or device could not be read or written
    Storage,   // the vault's database refused a statement
    Crypto,    // encryption, decryption or a key failed
    Cancelled, // the person stopped it
    Other,     // anything else; the default of failure(message)
};

// A failure on its way to becoming a Result<T> or a Status, so that one
// helper can make the failure of any function (`return saveFailed(q);`).
struct Failure
{
    ErrorCode code = ErrorCode::Other;
    QString message;
};

// A value or a reason why there is none. The reason is already translated
// text that the UI and the command line show as it is.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Failure failure) : m_code(failure.code), m_error(std::move(failure.message))
    {
        Q_ASSERT(m_code != ErrorCode::None);
    }

    static Result failure(QString error) { return Failure{ErrorCode::Other, std::move(error)}; }
    static Result failure(ErrorCode code, QString error)
    {
        return Failure{code, std::move(error)};
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    // Asking a failure for its value is a programming error.
    const T &value() const &
    {
        checkHasValue();
        return *m_value;
    }
    T &value() &
    {
        checkHasValue();
        return *m_value;
    }
    // By value, so that `for (x : f().value())` does not dangle.
    T value() &&
    {
        checkHasValue();
        return std::move(*m_value);
    }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    T operator*() && { return std::move(*this).value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    ErrorCode code() const { return m_code; }
    const QString &error() const { return m_error; }
    // This failure again, for a function that returns another type.
    Failure asFailure() const { return {m_code, m_error}; }

private:
    void checkHasValue() const { Q_ASSERT_X(m_value.has_value(), "Result::value", "a failure"); }

    std::optional<T> m_value;
    ErrorCode m_code = ErrorCode::None;
    QString m_error;
};

// Success or a reason.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Failure failure) : m_code(failure.code), m_error(std::move(failure.message))
    {
        Q_ASSERT(m_code != ErrorCode::None);
    }
    static Status failure(QString error) { return Failure{ErrorCode::Other, std::move(error)}; }
    static Status failure(ErrorCode code, QString error) { return Failure{code, std::move(error)}; }

    bool ok() const { return m_code == ErrorCode::None; }
    explicit operator bool() const { return ok(); }
    ErrorCode code() const { return m_code; }
    const QString &error() const { return m_error; }
    // This failure again, for a function that returns another type.
    Failure asFailure() const { return {m_code, m_error}; }

private:
    ErrorCode m_code = ErrorCode::None;
    QString m_error;
};

} // namespace kamae
