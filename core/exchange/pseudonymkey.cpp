// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/pseudonymkey.h"

#include "core/model/item.h"
#include "core/storage/atomicfile.h"
#include "core/util/translation.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <unistd.h>

namespace concord {

namespace {

constexpr int SecretBytes = 32;

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), count) != 1)
        qFatal("OpenSSL could not produce random bytes"); // no safe way on without them
    return bytes;
}

} // namespace

PseudonymKey::PseudonymKey(QByteArray secret)
    : m_secret(std::move(secret))
{}

PseudonymKey PseudonymKey::random()
{
    return PseudonymKey(randomBytes(SecretBytes));
}

Expected<PseudonymKey> PseudonymKey::loadOrCreate(const QString &file)
{
    const auto readKey = [&file]() -> Expected<PseudonymKey> {
        Expected<QByteArray> text = readWholeFile(file);
        if (!text)
            return text.error();
        const QByteArray secret = QByteArray::fromHex(text->trimmed());
        if (secret.size() != SecretBytes)
            return FileError{file,
                             concord::tr("not a de-identification key (64 hexadecimal digits); "
                                         "restore it from a backup, or every identifier exported "
                                         "from now on will differ from earlier exports")};
        return PseudonymKey(secret);
    };
    if (QFileInfo::exists(file))
        return readKey();
    // Written beside its place and linked into it: link() never replaces, so when two
    // processes create a key at once, both end up with the one that got there first.
    const QString temporary =
        file + QStringLiteral(".new-") + QString::fromLatin1(randomBytes(8).toHex());
    {
        QFile out(temporary);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return FileError{temporary, out.errorString()};
        out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QByteArray text = randomBytes(SecretBytes).toHex() + '\n';
        if (out.write(text) != text.size() || !out.flush() || ::fsync(out.handle()) != 0) {
            const QString why = out.errorString();
            out.remove();
            return FileError{temporary, why};
        }
    }
    const int linked =
        ::link(QFile::encodeName(temporary).constData(), QFile::encodeName(file).constData());
    const int linkError = errno;
    QFile::remove(temporary);
    if (linked != 0 && linkError != EEXIST)
        return FileError{file, qt_error_string(linkError)};
    if (linked == 0) {
        if (MaybeError error = syncDirectory(QFileInfo(file).absolutePath()))
            return *error;
    }
    return readKey();
}

QByteArray PseudonymKey::mac(const QByteArray &domain, const QString &original) const
{
    // The domain separates the uses: a patient id and a UID with the same text get unrelated
    // replacements.
    const QByteArray message = domain + '\0' + original.toUtf8();
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), m_secret.constData(), int(m_secret.size()),
         reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()),
         digest, &length);
    return QByteArray(reinterpret_cast<const char *>(digest), int(length));
}

QString PseudonymKey::uid(const QString &original) const
{
    const QByteArray digest = mac(QByteArrayLiteral("uid"), original);
    unsigned __int128 value = 0;
    for (int i = 0; i < 16; ++i)
        value = value << 8 | static_cast<unsigned char>(digest[i]);
    // PS3.5 B.2: a UUID's 128 bits as one decimal integer below the root 2.25, without
    // leading zeros; at most 39 digits, so the UID stays within 64 characters.
    QString digits;
    do {
        digits.prepend(QChar(u'0' + int(value % 10)));
        value /= 10;
    } while (value != 0);
    return QStringLiteral("2.25.") + digits;
}

QString PseudonymKey::pseudonym(const QString &kind, const QString &original) const
{
    return QStringLiteral("ANON-") +
           QString::fromLatin1(mac(kind.toUtf8(), original).left(6).toHex().toUpper());
}

int PseudonymKey::days(const QString &original, int range) const
{
    if (range <= 0)
        return 0;
    const QByteArray digest = mac(QByteArrayLiteral("days"), original);
    quint32 value = 0;
    for (int i = 0; i < 4; ++i)
        value = value << 8 | static_cast<unsigned char>(digest[i]);
    return int(value % quint32(2 * range + 1)) - range;
}

QString deidentifiedImageName(const PseudonymKey &key, const Item &item)
{
    if (!item.sopInstanceUid.isEmpty())
        return key.uid(item.sopInstanceUid) + QStringLiteral(".dcm");
    const QString suffix = QFileInfo(item.path).suffix();
    const bool plain =
        !suffix.isEmpty() && suffix.size() <= 8 &&
        std::all_of(suffix.cbegin(), suffix.cend(), [](QChar c) { return c.isLetterOrNumber(); });
    return key.pseudonym(QStringLiteral("file"), item.path) +
           (plain ? QLatin1Char('.') + suffix : QString());
}

} // namespace concord
