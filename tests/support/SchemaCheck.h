// SPDX-License-Identifier: GPL-3.0-or-later
// Validates JSON against a JSON Schema with Debian's python3-jsonschema (validate_json_schema.py):
// the same validator a reader of docs/ would use, not one written for the test.
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryFile>

namespace pd::test {

struct SchemaVerdict
{
    bool ran = false;   ///< the validator ran to the end (false: python3 or the module is missing)
    bool valid = false;
    QString messages;   ///< the validator's stderr: every violation, or why it could not run
};

/// `sourceDir` is the project's root (PD_SOURCE_DIR); `schema` a path under it.
inline SchemaVerdict validateJson(const QString &sourceDir, const QString &schema, const QByteArray &json)
{
    SchemaVerdict v;
    QTemporaryFile file;
    if (!file.open() || file.write(json) != json.size() || !file.flush()) {
        v.messages = QStringLiteral("cannot write the instance to a temporary file");
        return v;
    }
    QProcess proc;
    proc.start(QStringLiteral("/usr/bin/python3"),
               {sourceDir + QStringLiteral("/tests/support/validate_json_schema.py"), sourceDir + QLatin1Char('/') + schema,
                file.fileName()});
    if (!proc.waitForFinished(60000) || proc.exitStatus() != QProcess::NormalExit) {
        v.messages = QStringLiteral("validator did not finish: ") + proc.errorString();
        return v;
    }
    v.messages = QString::fromUtf8(proc.readAllStandardError());
    v.ran = proc.exitCode() == 0 || proc.exitCode() == 1;
    v.valid = proc.exitCode() == 0;
    return v;
}

} // namespace pd::test
