// SPDX-License-Identifier: GPL-3.0-or-later
#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

namespace ml {
namespace {
using namespace Qt::StringLiterals;
constexpr qint64 kMaxMessage = 1 << 20; // a message is a list of paths; more is not one
} // namespace

SingleInstance::SingleInstance(QObject *parent) : QObject(parent) {}
SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName()
{
    // The user is in the socket folder's permissions already; the config folder keeps
    // separate sessions (and tests) apart.
    const QByteArray key = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation).toUtf8();
    const QByteArray user = qgetenv("USER");
    return u"modellens-%1-%2"_s.arg(
            QString::fromLocal8Bit(user),
            QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(12)));
}

bool SingleInstance::sendToRunning(const QStringList &files, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(serverName());
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QJsonArray list;
    for (const QString &file : files)
        list.append(QFileInfo(file).absoluteFilePath());
    socket.write(QJsonDocument(QJsonObject{{u"files"_s, list}}).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The answer says the files were taken; without it (a hung instance) this one opens them.
    while (!socket.canReadLine())
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    return QJsonDocument::fromJson(socket.readLine()).object().value(u"ok"_s).toBool();
}

bool SingleInstance::listen()
{
    if (!m_server) {
        m_server = new QLocalServer(this);
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onConnection);
    }
    if (m_server->listen(serverName()))
        return true;
    // A socket file left behind by a crashed instance (nobody answered sendToRunning()).
    QLocalServer::removeServer(serverName());
    return m_server->listen(serverName());
}

bool SingleInstance::isListening() const { return m_server && m_server->isListening(); }

void SingleInstance::onConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadable(socket); });
        onReadable(socket); // the line may have come with the connection
    }
}

void SingleInstance::onReadable(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > kMaxMessage)
            socket->abort();
        return;
    }
    const QJsonObject message = QJsonDocument::fromJson(socket->readLine()).object();
    QStringList files;
    for (const auto &file : message.value(u"files"_s).toArray())
        if (const QString path = file.toString(); !path.isEmpty())
            files << path;
    socket->write(QJsonDocument(QJsonObject{{u"ok"_s, true}}).toJson(QJsonDocument::Compact) + '\n');
    socket->flush();
    socket->disconnectFromServer();
    Q_EMIT filesReceived(files);
}

} // namespace ml
