// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistorySchema.h"

using namespace Qt::StringLiterals;

namespace ml {

int HistorySchema::currentVersion() { return int(migrations().size()); }

const std::vector<QStringList> &HistorySchema::migrations()
{
    static const std::vector<QStringList> all{
            // 1: the first schema.
            {
                    // A lineage: the versions of one model (same path, or linked by the user).
                    u"CREATE TABLE models ("
                    "  id INTEGER PRIMARY KEY,"
                    "  name TEXT NOT NULL,"             // file name of its first version
                    "  path TEXT UNIQUE,"               // absolute path; NULL for a model never saved
                    "  created_at INTEGER NOT NULL)"_s, // ms since the epoch, UTC
                    u"CREATE TABLE model_versions ("
                    "  id INTEGER PRIMARY KEY,"
                    "  model_id INTEGER NOT NULL REFERENCES models(id) ON DELETE CASCADE,"
                    "  sha256 TEXT NOT NULL,"    // of the bytes, external data included
                    "  signature TEXT NOT NULL," // of the structure, weights ignored
                    "  file_name TEXT NOT NULL,"
                    "  path TEXT,"
                    "  size_bytes INTEGER NOT NULL,"
                    "  node_count INTEGER NOT NULL,"
                    "  opsets TEXT NOT NULL," // JSON {domain: version}
                    "  producer TEXT NOT NULL,"
                    "  label TEXT,"
                    "  edited INTEGER NOT NULL DEFAULT 0,"
                    "  parent_id INTEGER REFERENCES model_versions(id) ON DELETE SET NULL,"
                    "  first_seen INTEGER NOT NULL,"
                    "  graph BLOB NOT NULL," // qCompress'ed weight-stripped ModelProto
                    "  UNIQUE (model_id, sha256))"_s,
                    u"CREATE INDEX model_versions_sha ON model_versions(sha256)"_s,
                    // sha256 cache: the model file's path, size and mtime, and those of its external
                    // data files (JSON), so that storing a run does not re-hash a large model.
                    u"CREATE TABLE file_hashes ("
                    "  path TEXT PRIMARY KEY,"
                    "  size_bytes INTEGER NOT NULL,"
                    "  mtime_ns INTEGER NOT NULL,"
                    "  externals TEXT NOT NULL," // JSON [{path, size, mtime_ns}]
                    "  sha256 TEXT NOT NULL)"_s,
                    u"CREATE TABLE machines ("
                    "  id INTEGER PRIMARY KEY,"
                    "  fingerprint TEXT NOT NULL UNIQUE,"
                    "  description TEXT NOT NULL," // MachineInfo JSON
                    "  first_seen INTEGER NOT NULL)"_s,
                    u"CREATE TABLE settings ("
                    "  id INTEGER PRIMARY KEY,"
                    "  hash TEXT NOT NULL UNIQUE,"
                    "  json TEXT NOT NULL)"_s, // canonical, without temporary paths
                    u"CREATE TABLE runs ("
                    "  id INTEGER PRIMARY KEY,"
                    "  run_id TEXT NOT NULL UNIQUE," // the short id users type
                    "  version_id INTEGER REFERENCES model_versions(id) ON DELETE RESTRICT,"
                    "  machine_id INTEGER REFERENCES machines(id),"
                    "  settings_id INTEGER REFERENCES settings(id),"
                    "  backend TEXT NOT NULL, backend_version TEXT NOT NULL,"
                    "  provider TEXT NOT NULL, precision TEXT NOT NULL,"
                    "  source TEXT NOT NULL,"        // cli, gui, import:trtexec, ...
                    "  source_files TEXT,"           // JSON array, imports
                    "  started_at INTEGER NOT NULL," // ms since the epoch, UTC
                    "  duration_ms REAL,"
                    "  status TEXT NOT NULL CHECK (status IN ('completed', 'failed', 'cancelled')),"
                    "  failure TEXT,"
                    "  build_ms REAL, first_run_ms REAL, peak_rss_bytes INTEGER,"
                    "  warmup_iterations INTEGER, iterations INTEGER NOT NULL DEFAULT 0,"
                    "  mean_ms REAL, median_ms REAL, min_ms REAL, max_ms REAL,"
                    "  p90_ms REAL, p95_ms REAL, p99_ms REAL, stddev_ms REAL, cv REAL,"
                    "  throughput REAL, unstable INTEGER NOT NULL DEFAULT 0,"
                    "  rounds INTEGER NOT NULL DEFAULT 1,"
                    "  latencies BLOB,"  // IterationBlob, all rounds in order
                    "  round_ends TEXT," // JSON [end index of each round]; NULL: one round
                    "  layer_count INTEGER NOT NULL DEFAULT 0,"
                    "  result TEXT NOT NULL," // RunResult JSON without latencies and layer rows
                    "  note TEXT)"_s,
                    u"CREATE INDEX runs_started ON runs(started_at)"_s,
                    u"CREATE INDEX runs_version ON runs(version_id, started_at)"_s,
                    u"CREATE INDEX runs_machine ON runs(machine_id, started_at)"_s,
                    u"CREATE INDEX runs_settings ON runs(settings_id, started_at)"_s,
                    u"CREATE INDEX runs_status ON runs(status, started_at)"_s,
                    u"CREATE TABLE run_layers ("
                    "  run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                    "  position INTEGER NOT NULL," // order of RunResult::layers (slowest first)
                    "  node TEXT NOT NULL, graph TEXT NOT NULL, node_index INTEGER NOT NULL,"
                    "  op_type TEXT NOT NULL,"
                    "  kernels TEXT NOT NULL,"     // JSON array
                    "  fused_nodes TEXT NOT NULL," // JSON array
                    "  mean_ms REAL NOT NULL, median_ms REAL NOT NULL, share REAL NOT NULL,"
                    "  calls_per_run REAL NOT NULL, mapped INTEGER NOT NULL,"
                    "  round_means BLOB," // IterationBlob of the per-round means; NULL: one round
                    "  PRIMARY KEY (run_id, position)) WITHOUT ROWID"_s,
                    u"CREATE TABLE run_tags ("
                    "  run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                    "  tag TEXT NOT NULL,"
                    "  PRIMARY KEY (run_id, tag)) WITHOUT ROWID"_s,
                    u"CREATE INDEX run_tags_tag ON run_tags(tag)"_s,
                    // Named baselines (asv, Criterion): one run per name and model lineage.
                    u"CREATE TABLE baselines ("
                    "  name TEXT NOT NULL,"
                    "  model_id INTEGER NOT NULL REFERENCES models(id) ON DELETE CASCADE,"
                    "  run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                    "  set_at INTEGER NOT NULL,"
                    "  PRIMARY KEY (name, model_id))"_s,
                    u"CREATE INDEX baselines_run ON baselines(run_id)"_s,
            },
            // 2: the History view sorts 10,000 runs by their statistics: read in order, not sorted.
            {
                    u"CREATE INDEX IF NOT EXISTS runs_median ON runs(median_ms)"_s,
                    u"CREATE INDEX IF NOT EXISTS runs_mean ON runs(mean_ms)"_s,
                    u"CREATE INDEX IF NOT EXISTS runs_duration ON runs(duration_ms)"_s,
            },
    };
    return all;
}

} // namespace ml
