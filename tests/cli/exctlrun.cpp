#include "exctlrun.h"

#include <QProcess>

#include <sys/stat.h>

ExctlRun runExctl(const QString &url, const QStringList &args, const QProcessEnvironment &env, const QByteArray &input)
{
    QProcess process;
    if (!env.isEmpty())
        process.setProcessEnvironment(env);
    // The umask of a typical login: files 0644 unless made otherwise.
    process.setChildProcessModifier([] { ::umask(022); });
    process.start(QStringLiteral(EXCTL_PATH), QStringList{QStringLiteral("--db"), url} + args);
    if (!input.isEmpty()) {
        process.write(input);
        process.closeWriteChannel();
    }
    if (!process.waitForFinished(60000))
        return {};
    return ExctlRun{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                    QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}
