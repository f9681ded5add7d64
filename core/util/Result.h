#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace leverage {

// A failure a person can act on (message) with a code the caller can branch on. The
// technical detail goes to the log, not here.
struct Error
{
    enum class Code
    {
        None,
        NotFound,
        NotAWorkspace,
        NewerVersion,
        ReadOnly,
        Locked,
        Corrupt,
        Io,
        Conflict,
        Invalid,
        Database
    };
    Code code = Code::None;
    QString message;
};

// Success, or an Error. Core returns these instead of throwing or opening dialogs.
class Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}
    static Status ok() { return {}; }

    bool isOk() const { return !m_error.has_value(); }
    explicit operator bool() const { return isOk(); }
    const Error &error() const { return *m_error; }
    QString message() const { return m_error ? m_error->message : QString(); }
    Error::Code code() const { return m_error ? m_error->code : Error::Code::None; }

private:
    std::optional<Error> m_error;
};

template <typename T> class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool isOk() const { return m_value.has_value(); }
    explicit operator bool() const { return isOk(); }
    // On a temporary Result these return the value itself, so `for (auto &x : *repo.all())`
    // iterates a living list instead of one destroyed with the Result.
    T &value() & { return *m_value; }
    const T &value() const & { return *m_value; }
    T value() && { return std::move(*m_value); }
    T &operator*() & { return *m_value; }
    const T &operator*() const & { return *m_value; }
    T operator*() && { return std::move(*m_value); }
    T *operator->() { return &*m_value; }
    const T *operator->() const { return &*m_value; }
    const Error &error() const { return *m_error; }
    QString message() const { return m_error ? m_error->message : QString(); }
    Error::Code code() const { return m_error ? m_error->code : Error::Code::None; }
    Status status() const { return m_error ? Status(*m_error) : Status(); }

private:
    std::optional<T> m_value;
    std::optional<Error> m_error;
};

} // namespace leverage
