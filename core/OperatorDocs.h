// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace ml {

// Documentation of one operator version, from the schemas compiled into libonnx.
struct OperatorDoc {
    QString opType;
    QString domain;
    int sinceVersion = 0;
    QString summary;
    struct Item {
        QString name;
        QString type; // type constraint or attribute type
        QString description;
        bool optional = false;
    };
    QList<Item> inputs;
    QList<Item> outputs;
    QList<Item> attributes;
};

// The schema in force for `opType` of `domain` at opset `opsetVersion`, or nothing when
// libonnx has no schema for it (custom domains, opsets newer than it knows).
std::optional<OperatorDoc> operatorDoc(const QString &opType, const QString &domain, int opsetVersion);

// The operators of `domain` that exist (and are not deprecated) at opset `opsetVersion`,
// sorted: what an "add node" picker offers.
QStringList operatorTypes(const QString &domain, int opsetVersion);

} // namespace ml
