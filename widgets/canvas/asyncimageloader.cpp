// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/canvas/asyncimageloader.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace concord {

using LoadResult = Expected<std::shared_ptr<const DisplayImage>>;

AsyncImageLoader::AsyncImageLoader(QObject *parent)
    : QObject(parent)
{}

void AsyncImageLoader::request(const QString &key, const QString &path)
{
    m_wanted = key;
    if (const auto cached = m_cache.value(key)) {
        remember(key, cached);
        Q_EMIT loaded(key, cached);
        return;
    }
    start(key, path);
}

void AsyncImageLoader::prefetch(const QString &key, const QString &path)
{
    if (!m_cache.contains(key))
        start(key, path);
}

void AsyncImageLoader::clear()
{
    m_cache.clear();
    m_recent.clear();
    m_wanted.clear();
}

void AsyncImageLoader::start(const QString &key, const QString &path)
{
    if (m_running.contains(key))
        return;
    m_running << key;
    auto *watcher = new QFutureWatcher<LoadResult>(this);
    connect(watcher, &QFutureWatcher<LoadResult>::finished, this, [this, watcher, key] {
        watcher->deleteLater();
        m_running.removeAll(key);
        LoadResult result = watcher->result();
        if (!result) {
            if (key == m_wanted)
                Q_EMIT failed(key, result.error().toString());
            return;
        }
        remember(key, *result);
        if (key == m_wanted)
            Q_EMIT loaded(key, *result);
    });
    watcher->setFuture(QtConcurrent::run([path] { return prepareDisplayImage(path); }));
}

void AsyncImageLoader::remember(const QString &key,
                                const std::shared_ptr<const DisplayImage> &image)
{
    m_cache.insert(key, image);
    m_recent.removeAll(key);
    m_recent << key;
    while (m_recent.size() > CacheSize || (m_recent.size() > 1 && cachedBytes() > m_budgetBytes))
        m_cache.remove(m_recent.takeFirst());
}

size_t AsyncImageLoader::cachedBytes() const
{
    size_t bytes = 0;
    for (const auto &image : m_cache)
        bytes += image->memoryBytes();
    return bytes;
}

} // namespace concord
