// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileCommand.h"

#include <QCoreApplication>
#include <QTextStream>

int runProfile(const QStringList &)
{
    QTextStream(stderr) << QCoreApplication::translate("cli", "modellens-cli profile: not available yet") << '\n';
    return 1;
}
