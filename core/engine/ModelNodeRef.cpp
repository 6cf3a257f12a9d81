// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelNodeRef.h"

#include "ModelFacts.h"

using namespace Qt::StringLiterals;

namespace ml {

QString ModelNodeRef::opType() const { return node ? QString::fromStdString(node->op_type()) : QString(); }

QString ModelNodeRef::label() const { return node ? nodeLabel(*node, index) : QString(); }

QString ModelNodeRef::qualifiedLabel() const { return graphPath.isEmpty() ? label() : graphPath + u" / "_s + label(); }

QString ModelNodeRef::subgraphPath(const QString &parentPath, const QString &nodeLabel, const std::string &attribute)
{
    const QString here = nodeLabel + u'.' + QString::fromStdString(attribute);
    return parentPath.isEmpty() ? here : parentPath + u" / "_s + here;
}

} // namespace ml
