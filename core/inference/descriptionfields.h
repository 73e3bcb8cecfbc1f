// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading the fields of a model description (docs/model-inference.md, docs/model-assisted-
// masks.md): each reader checks one field's type and range and throws JsonFieldError naming the
// field by its dotted path ("encoder.input.width"), which the caller turns into an error naming
// the description file.
#include "core/storage/jsonsupport.h"

#include <QString>

#include <vector>

namespace concord::descriptionfields {

[[noreturn]] void fail(const QString &field, const QString &message);
// "prefix.key", or "key" at the top.
QString joined(const QString &prefix, const char *key);
// The member, or null when absent.
const Json *member(const Json &object, const char *key);
const Json &requireMember(const Json &object, const QString &prefix, const char *key);
const Json &objectField(const Json &object, const QString &prefix, const char *key);

enum class Text { Any, NonEmpty };
QString stringField(const Json &object, const QString &prefix, const char *key,
                    Text text = Text::Any);
// `fallback` when the member is absent.
QString optionalStringField(const Json &object, const QString &prefix, const char *key,
                            const QString &fallback = {}, Text text = Text::Any);
int integerField(const Json &object, const QString &prefix, const char *key, int lowest,
                 int highest);
// A finite number; `fallback` when absent.
double numberField(const Json &object, const QString &prefix, const char *key, double fallback);
bool boolField(const Json &object, const QString &prefix, const char *key, bool fallback);
// One finite number for every channel, or an array of `channels` finite numbers; `fallback` for
// every channel when absent.
std::vector<double> perChannel(const Json &object, const QString &prefix, const char *key,
                               int channels, double fallback);

} // namespace concord::descriptionfields
