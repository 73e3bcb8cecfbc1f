// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace concord {

// Guideline text is Markdown; examples link to items of the project with "concord-item:<id>"
// URLs, which the guideline panel opens in the canvas. Plain links, so a guideline stays
// readable (and its links recognisable) in any Markdown viewer.
QString itemLinkUrl(const QString &itemId);
std::optional<QString> itemIdFromLink(const QString &url);
// Every item a guideline text links to, in text order, each once.
QStringList linkedItemIds(const QString &text);

enum class GuidelineExampleKind { Positive, Negative, EdgeCase };

// The guideline text with one example added: a heading per kind and label ("Edge case: Nodule"),
// a linked item (shown as `itemTitle`, e.g. its file name, or its id) and the lead's note. Used
// for "make guideline example" in the calibration review.
QString withGuidelineExample(const QString &text, GuidelineExampleKind kind, const QString &itemId,
                             const QString &labelName, const QString &note,
                             const QString &itemTitle = {});

// An item a guideline section links to, shown by `title` (its file name, or its id).
struct GuidelineItemLink
{
    QString itemId;
    QString title;
};

// The guideline text with a section on two labels readers confuse, for taxonomy health's
// "Start guideline draft": an edge case of `labelName` ("### Edge case: Nodule", so
// guidanceForLabel shows it with that label), naming the other label, with `evidence` (how often
// they were confused), a line for the lead to say what tells them apart, and the items linked.
QString withConfusionSection(const QString &text, const QString &labelName,
                             const QString &otherLabelName, const QString &evidence,
                             const std::vector<GuidelineItemLink> &items);

// The parts of a guideline about one label: every section whose heading names it, alone
// ("## Nodule") or after a colon ("### Edge case: Nodule"), case-insensitively and by the last
// part of a path ("Edge case: Finding / Opacity / Nodule" is about Nodule), each with its
// body up to the next heading of the same or a higher level. Joined in text order; empty when
// the text says nothing about the label. Pure.
QString guidanceForLabel(const QString &text, const QString &labelName);

} // namespace concord
