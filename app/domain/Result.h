// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace pd {

/// What went wrong, as a code the UI turns into words. The core never writes user-facing text.
enum class ErrorCode {
    None,
    InvalidJson,       ///< body is not JSON or not the expected shape
    MissingField,      ///< a required member is absent
    WrongType,         ///< a member has the wrong JSON type or an out-of-range value
    TooLarge,          ///< body or member larger than we accept
    Network,           ///< could not reach the provider (offline, refused, DNS, reset)
    Timeout,           ///< the provider did not answer in time
    Tls,               ///< TLS certificate or handshake failure: fail closed
    InsecureUrl,       ///< plain http:// to a non-loopback host, or not a URL at all
    Unauthorized,      ///< token missing, expired or revoked and refresh failed: sign in again
    Forbidden,
    NotFound,
    Provider,          ///< the provider answered with an error (see Error::problemType)
    Cancelled,
    Keychain,          ///< the OS keychain is unavailable or locked
    KeychainNotFound,  ///< no entry (not signed in)
    Storage,           ///< local SQLite failure
    StateMismatch,     ///< OAuth state did not match: possible CSRF, refused
    AccessDenied,      ///< the user cancelled sign-in in the browser
    NotReady,          ///< the provider has not finished preparing it (an export): try later
    Stale,             ///< this computer's copy is older than what the action needs: sync first
    OtherProvider,     ///< the sign-in belongs to another provider address: its tokens are never sent here
    Paging,            ///< the provider kept paging without moving forward (a loop or endless pages): stopped
};

/// Why a TLS connection was refused (with ErrorCode::Tls), so the UI can say why in plain words.
/// When a certificate has several faults, the one that matters most to the user is kept: not
/// trusted first (self-signed, unknown authority), then its dates, then its name.
enum class TlsProblem {
    Unknown,     ///< the handshake failed for another reason
    SelfSigned,  ///< the certificate is signed only by itself
    Untrusted,   ///< issued by an authority neither the system nor the CA file trusts
    Expired,     ///< the certificate (or one in its chain) has expired
    NotYetValid, ///< the certificate (or one in its chain) is not valid yet
    HostName,    ///< the certificate is for another name than the address
    OldProtocol, ///< the server offers only a TLS version older than 1.2
};

/// An error value that crosses layers (no exceptions, no bool + out-string).
struct Error
{
    ErrorCode code = ErrorCode::None;
    QString detail;      ///< technical detail for logs and "more info"; never shown alone
    int httpStatus = 0;
    QString problemType; ///< RFC 9457 `type` when the provider sent one
    TlsProblem tls = TlsProblem::Unknown; ///< with ErrorCode::Tls: why

    static Error make(ErrorCode c, QString d = {}) { return Error{c, std::move(d), 0, {}}; }
};

/// A small stand-in for std::expected (C++23), which not every compiler we target has. Never
/// dropped: a failure to record or send is something the user must hear about.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_v(std::move(value)) {}           // NOLINT(google-explicit-constructor)
    Result(Error error) : m_v(std::move(error)) {}       // NOLINT(google-explicit-constructor)

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

/// Result for operations that return nothing.
struct Unit {};
using Status = Result<Unit>;
inline Status okStatus() { return Unit{}; }

} // namespace pd
