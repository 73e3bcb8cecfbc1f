// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/runtimemodule.h"
#include "core/util/translation.h"

#include <QDir>
#include <QFile>
#include <QStringList>

#include <dlfcn.h>

#include <filesystem>
#include <system_error>

namespace concord {

namespace {

// The running program's file. /proc/self/exe names it even when the program was found through
// PATH or a symbolic link, and cannot be pointed elsewhere by the caller, unlike argv[0].
std::filesystem::path runningProgram()
{
    std::error_code error;
    std::filesystem::path program = std::filesystem::read_symlink("/proc/self/exe", error);
    return error ? std::filesystem::path() : program;
}

bool liesIn(const std::filesystem::path &file, const std::filesystem::path &folder)
{
    std::error_code error;
    const std::filesystem::path canonicalFolder = std::filesystem::canonical(folder, error);
    if (error || file.empty())
        return false;
    const std::filesystem::path relative = file.lexically_relative(canonicalFolder);
    return !relative.empty() && *relative.begin() != "..";
}

// Where the module may be, in the order tried (runtimemodule.h says why only these).
QStringList moduleCandidates(const char *fileName)
{
    const std::filesystem::path program = runningProgram();
    QStringList candidates;
    if (liesIn(program, CONCORD_BUILD_DIR))
        candidates.append(QStringLiteral(CONCORD_MODULE_BUILD_DIR "/") +
                          QString::fromUtf8(fileName));
    if (!program.empty()) {
        const QString folder = QFile::decodeName(program.parent_path().c_str());
        candidates.append(QDir::cleanPath(folder +
                                          QStringLiteral("/" CONCORD_MODULE_DIR_FROM_PROGRAM "/") +
                                          QString::fromUtf8(fileName)));
    }
    return candidates;
}

} // namespace

Expected<const void *> loadRuntimeModule(const char *fileName, const char *entryPoint, int version)
{
    const QStringList candidates = moduleCandidates(fileName);
    QStringList tried;
    for (const QString &candidate : candidates) {
        if (!QFile::exists(candidate)) {
            tried.append(concord::tr("%1 (not there)").arg(candidate));
            continue;
        }
        // RTLD_NOW: a module that cannot resolve a symbol fails here, with a message, rather
        // than in the middle of a command. RTLD_LOCAL: its symbols stay its own.
        void *handle = ::dlopen(QFile::encodeName(candidate).constData(), RTLD_NOW | RTLD_LOCAL);
        if (!handle) {
            tried.append(
                QStringLiteral("%1 (%2)").arg(candidate, QString::fromLocal8Bit(::dlerror())));
            continue;
        }
        using Entry = const void *(*)();
        const auto entry = reinterpret_cast<Entry>(::dlsym(handle, entryPoint));
        const void *table = entry ? entry() : nullptr;
        if (!table) {
            tried.append(
                concord::tr("%1 (has no %2)").arg(candidate, QString::fromUtf8(entryPoint)));
        } else if (const int found = *static_cast<const int *>(table); found != version) {
            tried.append(concord::tr("%1 (version %2, this program needs %3)")
                             .arg(candidate)
                             .arg(found)
                             .arg(version));
        } else {
            return table;
        }
        ::dlclose(handle);
    }
    if (tried.isEmpty())
        tried.append(concord::tr("no place to look: the program's own path is unknown"));
    return FileError{QString::fromUtf8(fileName),
                     concord::tr("looked for %1").arg(tried.join(QStringLiteral(", ")))};
}

} // namespace concord
