// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "TensorData.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace ml {

// How one output of two runs differs.
struct OutputDifference {
    QString name;
    std::int64_t elements = 0;
    double maxAbs = 0;           // max |a - b|
    double maxRel = 0;           // max |a - b| / max(|b|, 1e-12), over the elements
    std::int64_t mismatches = 0; // elements outside atol + rtol * |b| (NaN vs number counts)
    bool pass = false;
    QString problem; // shape or type mismatch, missing output

    QJsonObject toJson() const;
};

// Outputs of runs saved as files (one .npy per output, outputs.json naming them), and their
// comparison with NumPy's allclose rule: |a - b| <= atol + rtol * |b|.
class OutputComparison {
public:
    static Result<void> save(const QString &dir, const std::vector<TensorData> &outputs);
    static Result<std::vector<TensorData>> load(const QString &dir);
    static std::vector<OutputDifference> compare(const std::vector<TensorData> &a, const std::vector<TensorData> &b, double atol,
                                                 double rtol);
    static bool allPass(const std::vector<OutputDifference> &differences);
};

} // namespace ml
