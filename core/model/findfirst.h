// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <iterator>

namespace concord {

// The first element of `range` that `matches`, or null: the lookup behind the model's find
// functions, which hand out pointers into their lists.
template <typename Range, typename Predicate>
auto findFirst(const Range &range, Predicate matches) -> decltype(&*std::begin(range))
{
    const auto it = std::find_if(std::begin(range), std::end(range), matches);
    return it == std::end(range) ? nullptr : &*it;
}

} // namespace concord
