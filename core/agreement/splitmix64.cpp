// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/splitmix64.h"

namespace concord {

quint64 SplitMix64::next()
{
    quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

quint64 SplitMix64::below(quint64 bound)
{
    // Rejection of the lowest 2^64 mod bound values makes `x % bound` exactly uniform; portable
    // (no 128-bit multiply), and rejection is rare for the bounds a bootstrap uses.
    const quint64 threshold = (0 - bound) % bound;
    quint64 x = next();
    while (x < threshold)
        x = next();
    return x % bound;
}

} // namespace concord
