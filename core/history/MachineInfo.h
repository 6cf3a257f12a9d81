// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace ml {

// The environment a run was measured in, as a stable fingerprint: only what stays the same
// from boot to boot (no hostname, uptime, boot id, free memory, clock frequency).
//  cpu: /proc/cpuinfo "model name"; cores: logical CPUs; memory_gib: MemTotal rounded to GiB;
//  os: /etc/os-release PRETTY_NAME; kernel: uname release; onnxruntime / tensorrt: versions
//  (from the run, as the engines reported them); gpu, gpu_driver: nvidia-smi where present.
struct MachineInfo {
    QString cpu;
    int cores = 0;
    int memoryGiB = 0;
    QString os, kernel;
    QString onnxruntimeVersion, tensorrtVersion;
    QString gpu, gpuDriver;
    QString origin; // "" for a machine ModelLens saw; "imported" for what an imported file told

    // This machine. The host part is read once per process (nvidia-smi costs ~100 ms); the
    // engine versions are those given.
    static MachineInfo current(const QString &onnxruntimeVersion, const QString &tensorrtVersion);
    // sha256 (hex) of the canonical JSON (toJson(), keys sorted, compact).
    QString fingerprint() const;
    QJsonObject toJson() const;
    static MachineInfo fromJson(const QJsonObject &object);
};

} // namespace ml
