// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quality/noteterms.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <map>
#include <set>

namespace concord {

namespace {

// Words of a note: letters only, folded, four letters or more, no stop words.
QStringList noteWords(const QString &note)
{
    static const QSet<QString> stopWords = [] {
        const QStringList words =
            QStringLiteral(
                "this that with from have were they their there which would could should "
                "about label labels reader readers item image than also only some none "
                "like looks seems because into what when where been both more missed "
                "wrong correct case here")
                .split(QLatin1Char(' '));
        return QSet<QString>(words.begin(), words.end());
    }();
    static const QRegularExpression nonLetters(QStringLiteral("[^\\p{L}]+"));
    QStringList words;
    for (const QString &word : note.toCaseFolded().split(nonLetters, Qt::SkipEmptyParts)) {
        if (word.size() >= 4 && !stopWords.contains(word))
            words.append(word);
    }
    return words;
}

} // namespace

std::vector<RecurringTerm> recurringTerms(const Project &project, const ItemList &items,
                                          const AnnotationStore &store)
{
    // Words that label names already use are concepts the taxonomy has.
    QSet<QString> named;
    for (const Label &label : project.taxonomy.labels()) {
        for (const QString &word : noteWords(label.name)) {
            // The word and its plain English plurals: mass, masses; opacity, opacities.
            named.insert(word);
            named.insert(word + QLatin1Char('s'));
            named.insert(word + QLatin1String("es"));
            if (word.endsWith(QLatin1Char('y')))
                named.insert(word.chopped(1) + QLatin1String("ies"));
        }
    }
    std::map<QString, std::set<QString>> itemsByTerm;
    const auto addNote = [&](const QString &itemId, const QString &note) {
        for (const QString &word : noteWords(note)) {
            if (!named.contains(word))
                itemsByTerm[word].insert(itemId);
        }
    };
    for (const auto &[annotatorId, work] : store.allWork()) {
        for (const QualityDecision &decision : work.decisions())
            addNote(decision.itemId, decision.note);
        for (auto reference = work.references().begin(); reference != work.references().end();
             ++reference)
            addNote(reference.key(), reference.value().note);
    }
    std::vector<RecurringTerm> terms;
    for (const auto &[term, itemIds] : itemsByTerm) {
        if (itemIds.size() < 3)
            continue;
        RecurringTerm recurring{term, int(itemIds.size()), {}};
        for (const Item &item : items.items()) {
            if (itemIds.contains(item.id))
                recurring.itemIds.append(item.id);
        }
        terms.push_back(std::move(recurring));
    }
    std::stable_sort(
        terms.begin(), terms.end(),
        [](const RecurringTerm &a, const RecurringTerm &b) { return a.items > b.items; });
    return terms;
}

} // namespace concord
