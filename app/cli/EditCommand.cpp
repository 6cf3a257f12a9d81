// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditCommand.h"

#include <QCoreApplication>
#include <QTextStream>

int runEdit(const QStringList &)
{
    QTextStream(stderr) << QCoreApplication::translate("cli", "modellens-cli edit: not available yet") << '\n';
    return 1;
}
