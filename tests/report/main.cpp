// SPDX-License-Identifier: GPL-3.0-or-later
// Qt's SQL driver plugins are loaded through the application instance, and the tests start
// child processes (the CLI, cmark-gfm, python3, chromium): a QCoreApplication around
// GoogleTest (hence not gtest_main).
#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("modellens-report-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
