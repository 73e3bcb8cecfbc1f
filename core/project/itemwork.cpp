// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/itemwork.h"

namespace concord {

ItemStatus ItemWork::status() const
{
    if (explicitStatus == ItemStatus::Done || explicitStatus == ItemStatus::Skipped)
        return explicitStatus;
    return isEmpty() ? ItemStatus::New : ItemStatus::InProgress;
}

const BoxAnnotation *ItemWork::findBox(quint64 id) const
{
    for (const BoxAnnotation &box : boxes) {
        if (box.id == id)
            return &box;
    }
    return nullptr;
}

BoxAnnotation *ItemWork::findBox(quint64 id)
{
    return const_cast<BoxAnnotation *>(std::as_const(*this).findBox(id));
}

} // namespace concord
