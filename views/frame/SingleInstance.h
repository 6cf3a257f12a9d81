// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace ml {

// One window for many models: the first ModelLens of a user listens on a local socket; a
// later `modellens other.onnx` (a double-click in the file manager) hands its files to it
// and exits, and the first opens them as tabs. The socket's name is the user's and the
// config folder's, so that sessions with their own settings (tests, XDG_CONFIG_HOME) have
// their own window. The protocol is one JSON line each way:
//   {"files": ["/abs/a.onnx", ...]}\n   answered by   {"ok": true}\n
class SingleInstance : public QObject {
    Q_OBJECT
public:
    explicit SingleInstance(QObject *parent = nullptr);
    ~SingleInstance() override;

    static QString serverName();
    // Client side, before any window exists (a short blocking exchange, at most
    // `timeoutMs`): true when a running ModelLens took the files (made absolute here, from
    // this process's working directory).
    static bool sendToRunning(const QStringList &files, int timeoutMs = 3000);

    // Server side: listens (replacing a socket left behind by a ModelLens that crashed:
    // call it only after sendToRunning() found nobody). False when it could not listen.
    bool listen();
    bool isListening() const;

Q_SIGNALS:
    // Files another instance handed over (possibly none: it only wants the window raised).
    void filesReceived(const QStringList &files);

private:
    void onConnection();
    void onReadable(QLocalSocket *socket);

    QLocalServer *m_server = nullptr;
};

} // namespace ml
