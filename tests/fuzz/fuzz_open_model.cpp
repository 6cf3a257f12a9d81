// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target for the model loader: the input bytes are written to a file in a private
// temporary folder and opened the way the application opens a model (OnnxModel::open takes a
// path: the file is memory-mapped, rewritten by the weight stripper, parsed, its external
// references checked). What opens is then analyzed (checker, shape inference, our own graph
// checks), summarized as `modellens-cli inspect` does, every tensor payload is read back and
// summarized as the tensor panel does, and a clone of the model is materialized, as saving does.
//
// Besides the sanitizers, protobuf itself is the oracle for the weight stripper: a file that
// opens must be one that protobuf parses as it is, and the materialized model must equal what
// protobuf makes of it (deferring payloads and putting them back changes nothing).
//
// Run through scripts/fuzz.sh. Built only with -DMODELLENS_FUZZ=ON and clang.

#include "ModelFacts.h"
#include "ModelSummary.h"
#include "OnnxModel.h"
#include "ProtoWalk.h"
#include "TensorValues.h"

#include <QJsonDocument>
#include <QString>

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/util/field_comparator.h>
#include <google/protobuf/util/message_differencer.h>

#include <cerrno>
#include <climits>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include <fcntl.h>
#include <unistd.h>

namespace {

std::string g_dir;   // private folder (mkdtemp, mode 0700), removed at exit
std::string g_model; // g_dir + "/model.onnx"
std::string g_data;  // g_dir + "/weights.bin": a valid external data file to refer to

void removeTempDir()
{
    if (g_dir.empty())
        return;
    // Only the files this target writes; analyzeModel and open() write nothing else.
    ::unlink(g_model.c_str());
    ::unlink(g_data.c_str());
    ::rmdir(g_dir.c_str());
}

bool writeFile(const std::string &path, const std::uint8_t *data, std::size_t size)
{
    // O_TRUNC on the same inode: the previous iteration's model (and its mapping) is gone.
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ::close(fd);
            return false;
        }
        data += n;
        size -= static_cast<std::size_t>(n);
    }
    return ::close(fd) == 0;
}

// The input parsed by protobuf as it is, without the weight stripper, with the limit that
// OnnxModel::open sets.
bool parseDirectly(const std::uint8_t *data, std::size_t size, onnx::ModelProto &out)
{
    if (size > static_cast<std::size_t>(INT_MAX))
        return false;
    google::protobuf::io::CodedInputStream input(data, static_cast<int>(size));
    input.SetRecursionLimit(200);
    return out.ParseFromCodedStream(&input) && input.ConsumedEntireMessage();
}

[[noreturn]] void fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz_open_model: %s%s%s\n", what, detail.isEmpty() ? "" : ": ", detail.toUtf8().constData());
    std::abort();
}

[[noreturn]] void die(const char *what)
{
    std::fprintf(stderr, "fuzz_open_model: %s: %s\n", what, std::strerror(errno));
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    const char *tmp = std::getenv("TMPDIR");
    std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/modellens-fuzz-XXXXXX";
    if (!::mkdtemp(pattern.data()))
        die("cannot create a temporary folder");
    g_dir = pattern;
    g_model = g_dir + "/model.onnx";
    g_data = g_dir + "/weights.bin";
    std::atexit(removeTempDir);

    // 4 KiB of external data beside the model, so that inputs naming "weights.bin" get past
    // the external-data checks and their payloads are read.
    std::string data(4096, '\0');
    for (std::size_t i = 0; i < data.size(); ++i)
        data[i] = static_cast<char>(i * 31u);
    if (!writeFile(g_data, reinterpret_cast<const std::uint8_t *>(data.data()), data.size()))
        die("cannot write weights.bin");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (!writeFile(g_model, data, size))
        die("cannot write the model file");

    // The oracle for the weight stripper: what protobuf makes of the bytes as they are.
    onnx::ModelProto direct;
    const bool parses = parseDirectly(data, size, direct);

    auto opened = ml::OnnxModel::open(QString::fromStdString(g_model));
    if (!opened) {
        // Refusals must say something.
        if (opened.errorMessage().isEmpty())
            fail("refused without a message");
        return 0;
    }
    const std::shared_ptr<ml::OnnxModel> model = std::move(opened).value();
    // What opens must be protobuf (the stripper must not make bytes parse that do not).
    if (!parses)
        fail("opened, but protobuf refuses the file");

    const ml::ModelFacts facts = ml::analyzeModel(*model);
    const QByteArray json = QJsonDocument(ml::inspectJson(*model, facts)).toJson(QJsonDocument::Compact);
    const QString text = ml::inspectText(*model, facts);
    if (json.isEmpty() || text.isEmpty())
        fail("empty summary");

    // Every payload, wherever it lives (proto, the model file, external data), read and
    // summarized as the tensor panel and the .npy export do.
    ml::walk::tensors(model->proto(), [&](const onnx::TensorProto &t) {
        (void)model->storageOf(t);
        auto bytes = model->tensorBytes(t);
        if (!bytes)
            return;
        (void)ml::tensorStatistics(bytes.value(), t.data_type());
        (void)ml::tensorValues(bytes.value(), t.data_type(), 0, 64);
        (void)ml::tensorToNpy(*model, t);
    });

    // The materialized model is the model in the file: deferring payloads at open and
    // putting them back changes nothing.
    const std::shared_ptr<ml::OnnxModel> copy = model->clone();
    auto full = copy->materialize();
    if (!full)
        fail("materialize() failed", full.errorMessage());
    std::string differences;
    google::protobuf::util::DefaultFieldComparator comparator;
    comparator.set_float_comparison(google::protobuf::util::DefaultFieldComparator::EXACT);
    comparator.set_treat_nan_as_equal(true);
    google::protobuf::util::MessageDifferencer differencer;
    differencer.set_field_comparator(&comparator);
    differencer.ReportDifferencesToString(&differences);
    if (!differencer.Compare(direct, full.value()))
        fail("the materialized model differs from the file", QString::fromStdString(differences.substr(0, 2000)));
    return 0;
}
