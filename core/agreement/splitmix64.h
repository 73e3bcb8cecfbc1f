// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace concord {

// The pseudo-random generator of the bootstrap: SplitMix64 (Steele, Lea & Flood 2014). Its
// output is identical on every platform and standard library, unlike
// std::uniform_int_distribution, so a seed reproduces an interval anywhere.
class SplitMix64
{
public:
    explicit SplitMix64(quint64 seed)
        : m_state(seed)
    {}
    quint64 next();
    // Uniform in [0, bound), bound > 0, by Lemire's multiply-shift with rejection.
    quint64 below(quint64 bound);

private:
    quint64 m_state;
};

} // namespace concord
