// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoadedModel.h"

#include <QCoreApplication>

#include <exception>

namespace ml {

Result<std::shared_ptr<const LoadedModel>> analyzeLoaded(std::shared_ptr<const OnnxModel> model)
{
    const QString path = model ? model->path() : QString();
    try {
        auto result = std::make_shared<LoadedModel>();
        result->model = std::move(model);
        result->facts = analyzeModel(*result->model);
        return std::shared_ptr<const LoadedModel>(std::move(result));
    } catch (const std::exception &e) {
        // analyzeModel() promises not to throw; running out of memory still can.
        return makeError(
                QCoreApplication::translate("ml::ModelLoader", "Cannot load %1: %2").arg(path, QString::fromLocal8Bit(e.what())));
    }
}

Result<std::shared_ptr<const LoadedModel>> loadModel(const QString &path)
{
    try {
        auto opened = OnnxModel::open(path);
        if (!opened)
            return opened.error();
        return analyzeLoaded(std::move(opened).value());
    } catch (const std::exception &e) {
        return makeError(
                QCoreApplication::translate("ml::ModelLoader", "Cannot load %1: %2").arg(path, QString::fromLocal8Bit(e.what())));
    }
}

} // namespace ml
