#pragma once
// One run of the real exctl binary (EXCTL_PATH) against a database URL, as
// an operator or a script runs it: exit code, standard output and error.
// Shared by the exctl tests (tst_exctl*.cpp).

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

struct ExctlRun {
    int code = -1; // -1: did not end normally within a minute
    QString out;
    QString err;
};

// exctl --db url args..., with the umask of a typical login (022); env
// replaces the environment when not empty.
ExctlRun runExctl(const QString &url, const QStringList &args, const QProcessEnvironment &env = {});
