#pragma once
// One run of the real exctl binary (EXCTL_PATH) against a database URL, as
// an operator or a script runs it: exit code, standard output and error.
// Shared by the exctl tests (tst_exctl*.cpp).

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

struct ExctlRun {
    int code = -1; // -1: did not end normally within a minute
    QString out;
    QString err;
};

// exctl --db url args..., with the umask of a typical login (022); env
// replaces the environment when not empty; input, when not empty, is its
// standard input (a vault passphrase's line).
ExctlRun runExctl(const QString &url, const QStringList &args, const QProcessEnvironment &env = {},
                  const QByteArray &input = {});
