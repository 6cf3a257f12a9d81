// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The shared model corpus for the view tests: it sits beside the checkout
// (MODELLENS_SHARED_MODELS); without it the tests that need it skip with a message.

#include <QDir>
#include <QFile>
#include <QString>
#include <QTest>

inline QString sharedModel(const char *name)
{
    return QDir(QStringLiteral(MODELLENS_SHARED_MODELS)).filePath(QLatin1String(name));
}

#define REQUIRE_SHARED_MODELS()                                                                                                  \
    do {                                                                                                                         \
        if (!QFile::exists(sharedModel("resnet18_dynbatch.onnx")))                                                               \
            QSKIP("shared models not found in " MODELLENS_SHARED_MODELS " (set MODELLENS_SHARED_MODELS)");                       \
    } while (false)
