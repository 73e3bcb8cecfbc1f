// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace concord {

// A problem with a file the user gave us: which file, where in it, and what is wrong.
// Every message a user sees about bad input is built from one of these, so it always names
// the file.
struct FileError
{
    QString path;
    QString message;
    qint64 line = -1;   // 1-based line number, or -1 when not line-oriented
    qint64 offset = -1; // byte offset, or -1 when unknown

    QString toString() const;
};

// The value of an operation that can fail on bad input. Deliberately small: C++20 has no
// std::expected yet.
template <typename T> class Expected
{
public:
    Expected(T value)
        : m_state(std::move(value))
    {}
    Expected(FileError error)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    T &value() { return std::get<T>(m_state); }
    const T &value() const { return std::get<T>(m_state); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    const FileError &error() const { return std::get<FileError>(m_state); }

private:
    std::variant<T, FileError> m_state;
};

// Success without a value, or the error: for APIs that read best as Expected throughout.
template <> class Expected<void>
{
public:
    Expected() = default;
    Expected(FileError error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const FileError &error() const { return *m_error; }

private:
    std::optional<FileError> m_error;
};

// For operations that return nothing but may fail.
using MaybeError = std::optional<FileError>;

} // namespace concord
