// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/canvas/displayimage.h"

#include <QHash>
#include <QObject>
#include <QStringList>

namespace concord {

// Decodes images on a worker thread so the window never waits for a file, and keeps the few
// most recent ones, so stepping back and forth between items is instant. Prefetching the next
// item uses the same cache. The cache is bounded by count and by bytes: four radiographs fit
// many times over, but four 50-megapixel colour photographs would not, so the oldest go first
// and only the most recent image is kept whatever its size. Signals arrive on the GUI thread.
class AsyncImageLoader : public QObject
{
    Q_OBJECT

public:
    explicit AsyncImageLoader(QObject *parent = nullptr);

    // Asks for an image; `loaded` or `failed` follows, at once when it is cached.
    void request(const QString &key, const QString &path);
    void prefetch(const QString &key, const QString &path);
    void clear();

    // The most memory the cache may hold (DisplayImage::memoryBytes), the newest image apart.
    void setCacheBudget(size_t bytes) { m_budgetBytes = bytes; }
    bool isCached(const QString &key) const { return m_cache.contains(key); }
    size_t cachedBytes() const;

Q_SIGNALS:
    void loaded(const QString &key, std::shared_ptr<const DisplayImage> image);
    void failed(const QString &key, const QString &message);

private:
    void start(const QString &key, const QString &path);
    void remember(const QString &key, const std::shared_ptr<const DisplayImage> &image);

    static constexpr int CacheSize = 4;
    static constexpr size_t DefaultBudgetBytes = size_t(768) * 1024 * 1024;
    size_t m_budgetBytes = DefaultBudgetBytes;
    QHash<QString, std::shared_ptr<const DisplayImage>> m_cache;
    QStringList m_recent; // most recent last
    QStringList m_running;
    QString m_wanted; // the key the window is waiting for
};

} // namespace concord
