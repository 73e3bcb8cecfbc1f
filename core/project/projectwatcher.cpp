// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/projectwatcher.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace concord {

ProjectWatcher::ProjectWatcher(const ProjectFolder &folder, QObject *parent, Notice notice)
    : QObject(parent)
    , m_folder(folder)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(50);
    connect(&m_coalesce, &QTimer::timeout, this, &ProjectWatcher::emitChanges);
    if (notice == Notice::EventsAndPolling) {
        connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this,
                &ProjectWatcher::directoryChanged);
        connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &ProjectWatcher::fileChanged);
    }
    QDir().mkpath(m_folder.journalRoot());
    m_watcher.addPath(m_folder.root());
    watchJournals();
    m_lastFingerprint = fingerprint();
    m_poll.setInterval(std::chrono::seconds(2));
    connect(&m_poll, &QTimer::timeout, this, &ProjectWatcher::poll);
    m_poll.start();
    m_started = true;
}

std::chrono::milliseconds ProjectWatcher::pollInterval() const
{
    return m_poll.intervalAsDuration();
}

void ProjectWatcher::setPollInterval(std::chrono::milliseconds interval)
{
    m_poll.setInterval(interval);
}

QHash<QString, QByteArray> ProjectWatcher::fingerprint() const
{
    const auto describe = [](const QFileInfo &file) {
        return file.fileName().toUtf8() + ':' + QByteArray::number(file.size()) + ':' +
               QByteArray::number(file.lastModified().toMSecsSinceEpoch()) + '\n';
    };
    QHash<QString, QByteArray> prints;
    QByteArray &shared = prints[QString()];
    for (const QString &path : {m_folder.projectFile(), m_folder.itemsFile()})
        shared += describe(QFileInfo(path));
    const QDir journals(m_folder.journalRoot());
    for (const QString &annotatorId : journals.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QByteArray &print = prints[annotatorId];
        const QDir sessions(journals.filePath(annotatorId));
        for (const QFileInfo &file : sessions.entryInfoList(QDir::Files, QDir::Name))
            print += describe(file);
    }
    return prints;
}

void ProjectWatcher::poll()
{
    QHash<QString, QByteArray> now = fingerprint();
    bool changed = false;
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (m_lastFingerprint.value(it.key()) == it.value())
            continue;
        changed = true;
        if (it.key().isEmpty())
            m_sharedFilesChanged = true;
        else
            m_changedAnnotators.insert(it.key());
    }
    m_lastFingerprint = std::move(now);
    if (!changed)
        return;
    watchJournals();
    m_coalesce.start();
}

// Every annotator folder, and the newest session of each (sessions are named by start time).
void ProjectWatcher::watchJournals()
{
    QStringList paths{m_folder.journalRoot()};
    for (const QString &annotatorId : m_folder.annotatorIdsWithJournals()) {
        paths << m_folder.annotatorJournalDir(annotatorId);
        const QStringList sessions = m_folder.sessionJournalFiles(annotatorId);
        if (!sessions.isEmpty())
            paths << sessions.last();
    }
    const QStringList watched = m_watcher.files() + m_watcher.directories();
    QStringList missing;
    for (const QString &path : paths) {
        if (!watched.contains(path))
            missing << path;
    }
    if (missing.isEmpty())
        return;
    m_watcher.addPaths(missing);
    // What appeared since the last look (a new annotator, a new session) has to be read too.
    if (m_started) {
        for (const QString &path : missing) {
            if (path == m_folder.journalRoot())
                continue;
            const QFileInfo info(path);
            m_changedAnnotators.insert(info.isDir() ? info.fileName()
                                                    : QFileInfo(info.absolutePath()).fileName());
        }
    }
}

void ProjectWatcher::directoryChanged(const QString &path)
{
    if (path == m_folder.root()) {
        m_sharedFilesChanged = true;
    } else if (path != m_folder.journalRoot()) {
        m_changedAnnotators.insert(QFileInfo(path).fileName());
    }
    watchJournals();
    m_coalesce.start();
}

void ProjectWatcher::fileChanged(const QString &path)
{
    m_changedAnnotators.insert(QFileInfo(QFileInfo(path).absolutePath()).fileName());
    // A file replaced by a rename (a merge extending a session) is no longer watched.
    if (QFileInfo::exists(path) && !m_watcher.files().contains(path))
        m_watcher.addPath(path);
    m_coalesce.start();
}

void ProjectWatcher::emitChanges()
{
    // What events announced now is not announced again by the next poll.
    m_lastFingerprint = fingerprint();
    QStringList annotators(m_changedAnnotators.begin(), m_changedAnnotators.end());
    annotators.sort();
    const bool shared = m_sharedFilesChanged;
    m_sharedFilesChanged = false;
    m_changedAnnotators.clear();
    Q_EMIT changed(shared, annotators);
}

} // namespace concord
