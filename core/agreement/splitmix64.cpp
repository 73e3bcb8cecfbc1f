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

namespace {

// The 128-bit product of two 64-bit numbers as (high, low) halves, from 32-bit pieces, so it
// needs no compiler extension.
void multiply(quint64 a, quint64 b, quint64 *high, quint64 *low)
{
    const quint64 aLo = a & 0xffffffffULL, aHi = a >> 32;
    const quint64 bLo = b & 0xffffffffULL, bHi = b >> 32;
    const quint64 ll = aLo * bLo, lh = aLo * bHi, hl = aHi * bLo, hh = aHi * bHi;
    const quint64 middle = (ll >> 32) + (lh & 0xffffffffULL) + (hl & 0xffffffffULL);
    *high = hh + (lh >> 32) + (hl >> 32) + (middle >> 32);
    *low = (middle << 32) | (ll & 0xffffffffULL);
}

} // namespace

quint64 SplitMix64::below(quint64 bound)
{
    // Lemire (2019), "Fast random integer generation in an interval": the high half of
    // x · bound is uniform in [0, bound) once the few low halves below 2^64 mod bound are
    // rejected; the division that finds that threshold runs only when rejection is possible.
    quint64 high = 0, low = 0;
    multiply(next(), bound, &high, &low);
    if (low < bound) {
        const quint64 threshold = (0 - bound) % bound;
        while (low < threshold)
            multiply(next(), bound, &high, &low);
    }
    return high;
}

} // namespace concord
