// SPDX-License-Identifier: GPL-3.0-or-later
// A client process that only sends an outbox, for the crash test: tst_outbox_crash starts it,
// kills it with SIGKILL at random moments, and starts it again until the outbox is empty.
// Tokens come from the environment (a test-only process; the app itself uses the keychain).
#include "api/ApiClient.h"
#include "store/Outbox.h"
#include "sync/OutboxSender.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: pd-outbox-runner OUTBOX_FILE PROVIDER_URL\n");
        return 2;
    }
    auto outbox = pd::Outbox::open(args.at(1));
    if (!outbox) {
        std::fprintf(stderr, "cannot open outbox: %s\n", qPrintable(outbox.error().detail));
        return 4;
    }
    QNetworkAccessManager nam;
    pd::ApiClient api(&nam);
    api.setBaseUrl(QUrl(args.at(2)));
    api.setTokens({qEnvironmentVariable("PD_ACCESS_TOKEN"), qEnvironmentVariable("PD_REFRESH_TOKEN"), 3600});
    pd::OutboxSender sender(&api, outbox->get());
    sender.setBackoff(5, 100);
    QObject::connect(&sender, &pd::OutboxSender::drained, &app, [&] {
        const qint64 attention = (*outbox)->attentionCount();
        std::printf("drained, %lld need attention\n", static_cast<long long>(attention));
        std::fflush(stdout);
        app.exit(attention == 0 ? 0 : 3);
    });
    QObject::connect(&sender, &pd::OutboxSender::sessionExpired, &app, [&] { app.exit(5); });
    QTimer::singleShot(0, &sender, &pd::OutboxSender::kick);
    return app.exec();
}
