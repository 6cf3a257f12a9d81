// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisor runs children with QProcess and a worker thread: the tests need an event
// loop, hence a QCoreApplication around GoogleTest.
#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // Runs the tests make (and the modellens-cli they start) go to a history of the build
    // tree's own, never the user's.
    if (qEnvironmentVariableIsEmpty("MODELLENS_DB"))
        qputenv("MODELLENS_DB", MODELLENS_TEST_HISTORY);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
