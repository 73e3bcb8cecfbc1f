// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sha256.h"

#include <QFile>

#include <openssl/evp.h>
#include <openssl/sha.h>

#include <memory>

namespace concord {

static std::string toHex(const unsigned char *digest, size_t size)
{
    static const char digits[] = "0123456789abcdef";
    std::string hex(size * 2, '0');
    for (size_t i = 0; i < size; ++i) {
        hex[2 * i] = digits[digest[i] >> 4];
        hex[2 * i + 1] = digits[digest[i] & 0xf];
    }
    return hex;
}

// OpenSSL 3's one-shot SHA256() looks the algorithm up by name on every call: a lock and string
// compares per journal line, a tenth of opening a million-event project. The algorithm is
// therefore fetched once, and each thread reuses one context.
static const EVP_MD *sha256Algorithm()
{
    static const EVP_MD *const algorithm = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return algorithm;
}

Sha256Digest sha256Digest(const char *data, size_t size)
{
    using Context = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;
    thread_local const Context context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    Sha256Digest digest{};
    unsigned int length = 0;
    if (context && sha256Algorithm() &&
        EVP_DigestInit_ex2(context.get(), sha256Algorithm(), nullptr) == 1 &&
        EVP_DigestUpdate(context.get(), data, size) == 1 &&
        EVP_DigestFinal_ex(context.get(), digest.data(), &length) == 1 && length == digest.size())
        return digest;
    SHA256(reinterpret_cast<const unsigned char *>(data), size,
           digest.data()); // the slow path still works
    return digest;
}

std::string sha256Hex(const char *data, size_t size)
{
    const Sha256Digest digest = sha256Digest(data, size);
    return toHex(digest.data(), digest.size());
}

bool fileHasSha256(const QString &path, const QString &expectedHex)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const std::optional<std::string> hash = sha256Hex(file);
    return hash && QString::fromStdString(*hash).compare(expectedHex, Qt::CaseInsensitive) == 0;
}

std::optional<std::string> sha256Hex(QIODevice &device)
{
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                    EVP_MD_CTX_free);
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1)
        return std::nullopt;
    char buffer[1 << 16];
    while (true) {
        const qint64 n = device.read(buffer, sizeof buffer);
        if (n < 0)
            return std::nullopt;
        if (n == 0)
            break;
        EVP_DigestUpdate(context.get(), buffer, size_t(n));
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(context.get(), digest, &length);
    return toHex(digest, length);
}

} // namespace concord
