// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace ml {

// What kind of failure an Error is, for code that must react to it (a cancel is shown calmly,
// a crash is reported, an invalid field is marked). The message says the rest, for people;
// code never compares message text.
enum class ErrorCode {
    Failed,          // anything not listed below
    Cancelled,       // the user (or a newer job) cancelled it
    Crashed,         // a child process died of a signal
    OutOfMemory,     // a memory limit, the kernel's OOM killer, std::bad_alloc
    TimedOut,        // a time limit ran out
    InvalidModel,    // the model cannot be opened, parsed or run as it is
    InvalidSettings, // settings or options that do not parse or do not fit the model
    Io,              // reading or writing a file or folder failed
};

// An error as a value: what went wrong, in words a user can act on, and its kind. Crosses
// threads and library boundaries where an exception must not.
struct Error {
    QString message;
    ErrorCode code = ErrorCode::Failed;

    bool cancelled() const { return code == ErrorCode::Cancelled; }
};

// Result<T>: either a value or an Error. Result<void> carries only success or an Error.
template<typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_state); }
    const T &value() const & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_state); }
    QString errorMessage() const { return ok() ? QString() : error().message; }
    ErrorCode errorCode() const { return ok() ? ErrorCode::Failed : error().code; }
    bool cancelled() const { return !ok() && error().cancelled(); }

private:
    std::variant<T, Error> m_state;
};

template<>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }
    QString errorMessage() const { return ok() ? QString() : m_error->message; }
    ErrorCode errorCode() const { return ok() ? ErrorCode::Failed : m_error->code; }
    bool cancelled() const { return !ok() && m_error->cancelled(); }

private:
    std::optional<Error> m_error;
};

inline Error makeError(QString message, ErrorCode code = ErrorCode::Failed) { return Error{std::move(message), code}; }

// The same failure with more context in front of its message, its code kept.
inline Error withContext(const QString &prefix, Error error)
{
    error.message = prefix + error.message;
    return error;
}

} // namespace ml

// Errors travel in queued signals (a job's failed(job, error)).
Q_DECLARE_METATYPE(ml::Error)
