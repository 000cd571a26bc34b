// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorText.h"

#include <QDir>
#include <QLocale>
#include <QUrl>

namespace pd::ui {

QString ErrorText::keychain()
{
    // Also what a Flatpak sandbox shows when the desktop runs no Secret Service or KWallet: the app can
    // only talk to the keyring the desktop session provides (packaging/flatpak, finish-args).
    return tr("Your system keychain is locked or unavailable, so the app cannot store your sign-in safely. "
              "Unlock it (on Linux: the GNOME Keyring / KWallet; on macOS: Keychain Access; on Windows: "
              "Credential Manager) and try again. On Linux, your desktop's keyring service (GNOME Keyring "
              "or KWallet) must also be running: some desktops do not start one, and an app installed as "
              "a Flatpak can only use the one your desktop runs.");
}

bool ErrorText::isOffline(const Error &error)
{
    return error.code == ErrorCode::Network || error.code == ErrorCode::Timeout;
}

QString ErrorText::providerAddress(const QString &typed)
{
    const QString t = typed.trimmed();
    if (t.isEmpty())
        return tr("Enter the address of your provider, for example https://privacy.hkcloud.example.");
    const QUrl url(t, QUrl::StrictMode);
    if (url.scheme() == QLatin1String("http") && url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return tr("For a provider on this computer, use the address 127.0.0.1 (or [::1]) instead of localhost, "
                  "for example %1. The name localhost could be made to lead somewhere else.")
            .arg(QStringLiteral("http://127.0.0.1%1/").arg(url.port() > 0 ? QStringLiteral(":%1").arg(url.port()) : QString()));
    if (url.scheme() == QLatin1String("http"))
        return tr("This address uses plain http://, which is only allowed for this computer (127.0.0.1). Use https://.");
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
        return tr("This is not a web address. It should start with https://, for example "
                  "https://privacy.hkcloud.example.");
    if (url.scheme() != QLatin1String("https"))
        return tr("This address starts with %1://. Only https:// addresses can be used.").arg(url.scheme());
    return tr("This address cannot be used. Check it and try again.");
}

QString ErrorText::common(const Error &error)
{
    switch (error.code) {
    case ErrorCode::None:
        return {};
    case ErrorCode::InvalidJson:
    case ErrorCode::MissingField:
    case ErrorCode::WrongType:
        return tr("Hong Kong Cloud sent an answer this app does not understand, so nothing was changed. "
                  "Try again later; if it keeps happening, the app may need an update.");
    case ErrorCode::TooLarge:
        return tr("Hong Kong Cloud sent more data than this app accepts at once, so nothing was changed. "
                  "Try again later; if it keeps happening, the app may need an update.");
    case ErrorCode::Network:
        return tr("The app could not reach Hong Kong Cloud. Check that this computer is online, then try again.");
    case ErrorCode::Timeout:
        return tr("Hong Kong Cloud did not answer in time. It may be busy; try again in a few minutes.");
    case ErrorCode::Tls:
        return tls(error);
    case ErrorCode::InsecureUrl:
        return tr("The provider address is not a secure https:// address, so the app did not connect.");
    case ErrorCode::Unauthorized:
        return tr("Your sign-in has expired or was withdrawn. Sign out and sign in again to update your data.");
    case ErrorCode::Forbidden:
        return tr("Hong Kong Cloud refused this for your account. If you think this is wrong, contact support.");
    case ErrorCode::NotFound:
        return tr("Hong Kong Cloud could not find this data. It may have been deleted already.");
    case ErrorCode::Provider:
        if (error.httpStatus >= 500)
            return tr("Hong Kong Cloud had a problem on its side. Your data here is unchanged; try again later.");
        return tr("Hong Kong Cloud refused the request. Try again; if it keeps happening, contact support.");
    case ErrorCode::Cancelled:
        return tr("Cancelled. Nothing was changed.");
    case ErrorCode::Keychain:
        return keychain();
    case ErrorCode::KeychainNotFound:
        return tr("Your saved sign-in was not found on this computer. Sign in again.");
    case ErrorCode::Storage:
        return tr("The app could not read or write its data on this computer (the disk may be full or the "
                  "folder not writable). Free some space or check the folder, then try again.");
    case ErrorCode::StateMismatch:
        return tr("The answer from the browser did not belong to this sign-in, so the app refused it to keep "
                  "your account safe. Press Sign in to start again.");
    case ErrorCode::AccessDenied:
        return tr("Sign-in was cancelled in the browser. Nothing was changed. Press Sign in to try again.");
    case ErrorCode::NotReady:
        return tr("Hong Kong Cloud has not finished preparing this yet. Try again later.");
    case ErrorCode::Stale:
        return tr("The copy of your data on this computer is older than this needs. Update it (F5) and try again.");
    case ErrorCode::OtherProvider:
        return tr("Your sign-in belongs to a different provider address, so the app did not send it here. "
                  "Sign in at this address to use it.");
    case ErrorCode::Paging:
        return tr("Hong Kong Cloud kept sending the same data over and over, so the app stopped updating. What was "
                  "already updated is kept; nothing wrong was saved. Try again later; if it keeps happening, "
                  "contact support.");
    }
    return tr("Something went wrong. Try again; if it keeps happening, contact support.");
}

QString ErrorText::tls(const Error &error)
{
    switch (error.tls) {
    case TlsProblem::SelfSigned:
        return tr("The provider's security certificate is not trusted: it is signed only by itself, so nothing "
                  "vouches for it. The app did not connect and sent nothing. If your company uses its own "
                  "certificate authority, choose its file in Settings; otherwise the connection may be intercepted.");
    case TlsProblem::Untrusted:
        return tr("The provider's security certificate is not trusted: it was issued by an authority this computer "
                  "does not trust. The app did not connect and sent nothing. If your company uses its own "
                  "certificate authority, choose its file in Settings; otherwise the connection may be intercepted.");
    case TlsProblem::Expired:
        return tr("The provider's security certificate has expired, so the app did not connect and sent nothing. "
                  "The provider must renew it; also check that this computer's date and time are right.");
    case TlsProblem::NotYetValid:
        return tr("The provider's security certificate is not valid yet, so the app did not connect and sent "
                  "nothing. Check that this computer's date and time are right.");
    case TlsProblem::HostName:
        return tr("The provider's security certificate is for a different name than the address the app uses, "
                  "so the app did not connect and sent nothing. Check the address; if it is right, the connection "
                  "may be intercepted.");
    case TlsProblem::OldProtocol:
        return tr("The provider offers only an old, unsafe version of the secure connection (TLS older than 1.2), "
                  "so the app did not connect and sent nothing. The provider must be updated.");
    case TlsProblem::Unknown:
        break;
    }
    return tr("The provider's security certificate could not be verified, so the app did not connect. "
              "Check the address; if it is right, the connection may be intercepted.");
}

QString ErrorText::caFile(const CaFile &file)
{
    const QString path = QDir::toNativeSeparators(file.path);
    const QString when = QLocale().toString(file.when.toLocalTime().date(), QLocale::LongFormat);
    switch (file.problem) {
    case CaFile::Problem::None:
        return {};
    case CaFile::Problem::Missing:
        return tr("The certificate authority file %1 does not exist.").arg(path);
    case CaFile::Problem::Unreadable:
        return tr("The certificate authority file %1 cannot be read: it is not a file, it is too large, or you may "
                  "not open it.").arg(path);
    case CaFile::Problem::NoCertificate:
        return tr("The file %1 holds no certificate. A certificate authority file is a PEM file with one or more "
                  "blocks that start with -----BEGIN CERTIFICATE-----.").arg(path);
    case CaFile::Problem::Expired:
        return tr("The certificate authority file %1 holds a certificate (%2) that expired on %3, so it cannot be "
                  "trusted. Ask for a current one.").arg(path, file.subject, when);
    case CaFile::Problem::NotYetValid:
        return tr("The certificate authority file %1 holds a certificate (%2) that is not valid until %3. Check "
                  "that this computer's date and time are right.").arg(path, file.subject, when);
    }
    return {};
}

QString ErrorText::caFileAtStart(const CaFile &file)
{
    return caFile(file) + QLatin1Char(' ')
           + tr("It was chosen in Settings, but only the system's certificate authorities are trusted now, so a "
                "provider that needs it cannot be reached. Choose the file again in Settings, or clear it there.");
}

QString ErrorText::signIn(const Error &error)
{
    switch (error.code) {
    case ErrorCode::Network:
        return tr("Sign-in did not finish: the app could not reach Hong Kong Cloud. Check that this computer "
                  "is online and the address is right, then press Sign in again.");
    case ErrorCode::Timeout:
        return tr("Sign-in did not finish in time. Press Sign in to start again; complete the form in your "
                  "browser within a few minutes.");
    case ErrorCode::Unauthorized:
    case ErrorCode::Provider:
        return tr("Hong Kong Cloud did not accept the sign-in. Press Sign in to start again.");
    default:
        return common(error);
    }
}

QString ErrorText::sync(const Error &error)
{
    return common(error);
}

QString ErrorText::otherProvider(const QString &issuer, const QString &providerNow)
{
    return tr("You were signed in at %1. The app now uses %2, a different provider address, so your sign-in "
              "was not sent there: sign in to use it. Your copy of your data and any requests not yet sent "
              "stay on this computer for %1, and are used again when you go back to that address.")
        .arg(issuer, providerNow);
}

QString ErrorText::restore(const Error &error)
{
    if (error.code == ErrorCode::Storage)
        return tr("The data saved on this computer could not be opened. Sign in again to download it anew.");
    return common(error);
}

} // namespace pd::ui
