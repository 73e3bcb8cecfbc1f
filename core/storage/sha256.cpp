// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sha256.h"

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

std::string sha256Hex(const char *data, size_t size)
{
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char *>(data), size, digest);
    return toHex(digest, sizeof digest);
}

std::optional<std::string> sha256Hex(QIODevice &device)
{
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
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
