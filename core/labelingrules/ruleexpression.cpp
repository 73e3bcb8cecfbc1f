// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/labelingrules/ruleexpression.h"

#include "core/util/translation.h"

#include <optional>

namespace concord {

namespace {

struct Token
{
    enum class Kind { Open, Close, And, Or, Not, Predicate, End };
    Kind kind = Kind::End;
    QString text;
};

// Splits the text into parentheses, the words and / or / not, and predicates. A predicate runs
// to the next blank outside quotes, or to a ")" it did not open itself, so that
// "dicom:(0018,0015)=CHEST" and "path:^a(b|c)$" are one predicate each.
std::optional<QString> tokenize(const QString &text, std::vector<Token> *tokens)
{
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('(') || c == QLatin1Char(')')) {
            tokens->push_back({c == QLatin1Char('(') ? Token::Kind::Open : Token::Kind::Close, c});
            ++i;
            continue;
        }
        QString word;
        int depth = 0;
        bool quoted = false;
        for (; i < text.size(); ++i) {
            const QChar d = text.at(i);
            if (quoted) {
                if (d == QLatin1Char('\\') && i + 1 < text.size()) {
                    word += d;
                    word += text.at(++i);
                    continue;
                }
                quoted = d != QLatin1Char('"');
            } else if (d == QLatin1Char('"')) {
                quoted = true;
            } else if (d.isSpace()) {
                break;
            } else if (d == QLatin1Char('(')) {
                ++depth;
            } else if (d == QLatin1Char(')')) {
                if (depth == 0)
                    break;
                --depth;
            }
            word += d;
        }
        if (quoted)
            return concord::tr("a quote in \"%1\" is not closed").arg(word);
        const QString lower = word.toLower();
        const Token::Kind kind = lower == QLatin1String("and")   ? Token::Kind::And
                                 : lower == QLatin1String("or")  ? Token::Kind::Or
                                 : lower == QLatin1String("not") ? Token::Kind::Not
                                                                 : Token::Kind::Predicate;
        tokens->push_back({kind, word});
    }
    tokens->push_back({Token::Kind::End, {}});
    return std::nullopt;
}

// A value as written: "quoted" (with \" and \\) or bare. Nothing when a quote is left open
// or followed by more text.
std::optional<QString> unquote(const QString &text)
{
    if (!text.startsWith(QLatin1Char('"')))
        return text;
    QString value;
    for (qsizetype i = 1; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            value += text.at(++i);
        } else if (c == QLatin1Char('"')) {
            if (i + 1 != text.size())
                return std::nullopt;
            return value;
        } else {
            value += c;
        }
    }
    return std::nullopt;
}

QString quoteIfNeeded(const QString &value)
{
    static const QString special = QStringLiteral(" \t\"()[]=<>~*,");
    bool plain = !value.isEmpty();
    for (const QChar c : value)
        plain = plain && !special.contains(c) && !c.isSpace();
    const QString lower = value.toLower();
    if (plain && lower != QLatin1String("and") && lower != QLatin1String("or") &&
        lower != QLatin1String("not"))
        return value;
    QString quoted = QStringLiteral("\"");
    for (const QChar c : value) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            quoted += QLatin1Char('\\');
        quoted += c;
    }
    return quoted + QLatin1Char('"');
}

// Splits "FIELD OP VALUE" at the first operator outside quotes (a DICOM tag's parentheses and
// comma are part of the field).
bool splitComparison(const QString &text, QString *field, QString *op, QString *value)
{
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && quoted) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        if (quoted)
            continue;
        for (const char *candidate : {">=", "*=", "=", "~", "<", ">"}) {
            const QLatin1String symbol(candidate);
            if (text.mid(i).startsWith(symbol)) {
                *field = text.left(i);
                *op = symbol;
                *value = text.mid(i + symbol.size());
                return true;
            }
        }
    }
    return false;
}

QString parsePredicate(const QString &word, RulePredicate *predicate)
{
    const qsizetype colon = word.indexOf(QLatin1Char(':'));
    QString source = colon > 0 ? word.left(colon).toLower() : QString();
    const QString rest = word.mid(colon + 1);
    QString unknown =
        concord::tr("\"%1\" is not a condition; a condition starts with key:, meta:, dicom:, "
                    "file:, path: or score:")
            .arg(word);
    if (source.startsWith(QLatin1String("score@"))) {
        predicate->prelabelSet = word.mid(6, colon - 6);
        source = QStringLiteral("score");
    }
    if (source == QLatin1String("file") || source == QLatin1String("path")) {
        const std::optional<QString> value = unquote(rest);
        if (!value || value->isEmpty())
            return concord::tr("\"%1\" needs a pattern after the colon").arg(word);
        predicate->values = {*value};
        if (source == QLatin1String("file")) {
            predicate->source = PredicateSource::FileName;
            predicate->test = PredicateTest::Glob;
            predicate->pattern =
                QRegularExpression(QRegularExpression::wildcardToRegularExpression(*value));
        } else {
            predicate->source = PredicateSource::FilePath;
            predicate->test = PredicateTest::Matches;
            predicate->pattern = QRegularExpression(*value);
        }
        return {};
    }
    const bool valueSource = source == QLatin1String("key") || source == QLatin1String("meta") ||
                             source == QLatin1String("dicom");
    if (!valueSource && source != QLatin1String("score"))
        return unknown;
    QString fieldText, op, valueText;
    if (!splitComparison(rest, &fieldText, &op, &valueText))
        return concord::tr("\"%1\" has no comparison (=, *=, ~, <, > or >=)").arg(word);
    const std::optional<QString> field = unquote(fieldText);
    if (!field || field->isEmpty())
        return concord::tr("\"%1\" names nothing before \"%2\"").arg(word, op);
    predicate->field = *field;
    if (source == QLatin1String("score")) {
        predicate->source = PredicateSource::ModelScore;
        predicate->test = PredicateTest::AtLeast;
        bool ok = false;
        predicate->number = valueText.toDouble(&ok);
        if (op != QLatin1String(">=") || !ok)
            return concord::tr("\"%1\": a score is compared as score:LABEL>=P").arg(word);
        return {};
    }
    predicate->source =
        source == QLatin1String("dicom") ? PredicateSource::Dicom : PredicateSource::ItemKey;
    if (op == QLatin1String("<") || op == QLatin1String(">")) {
        bool ok = false;
        predicate->number = valueText.toDouble(&ok);
        if (!ok)
            return concord::tr("\"%1\": \"%2\" compares with a number").arg(word, op);
        predicate->test = op == QLatin1String("<") ? PredicateTest::Less : PredicateTest::Greater;
        return {};
    }
    if (op == QLatin1String(">="))
        return concord::tr("\"%1\": >= is for scores; write not (...<...)").arg(word);
    if (op == QLatin1String("=") && valueText.startsWith(QLatin1Char('[')) &&
        valueText.endsWith(QLatin1Char(']'))) {
        predicate->test = PredicateTest::In;
        for (const QString &part : valueText.mid(1, valueText.size() - 2).split(QLatin1Char(',')))
            predicate->values << part.trimmed();
        if (predicate->values.contains(QString()))
            return concord::tr("\"%1\": the list has an empty value").arg(word);
        return {};
    }
    const std::optional<QString> value = unquote(valueText);
    if (!value || value->isEmpty())
        return concord::tr("\"%1\" needs a value after \"%2\"").arg(word, op);
    predicate->values = {*value};
    predicate->test = op == QLatin1String("=")    ? PredicateTest::Equals
                      : op == QLatin1String("*=") ? PredicateTest::Contains
                                                  : PredicateTest::Matches;
    if (predicate->test == PredicateTest::Matches)
        predicate->pattern = QRegularExpression(*value);
    return {};
}

// Recursive descent: or of ands of (not)* primaries; `depth` bounds the nesting.
class ConditionParser
{
public:
    explicit ConditionParser(std::vector<Token> tokens)
        : m_tokens(std::move(tokens))
    {}

    QString parse(RuleCondition *condition)
    {
        if (QString error = parseGroup(Token::Kind::Or, 0, condition); !error.isEmpty())
            return error;
        if (peek().kind != Token::Kind::End)
            return concord::tr("unexpected \"%1\"").arg(peek().text);
        return {};
    }

private:
    const Token &peek() const { return m_tokens[m_next]; }

    // Or-groups of and-groups (kind Or), or and-groups of unary conditions (kind And).
    QString parseGroup(Token::Kind kind, int depth, RuleCondition *condition)
    {
        std::vector<RuleCondition> parts(1);
        QString error = kind == Token::Kind::Or ? parseGroup(Token::Kind::And, depth, &parts[0])
                                                : parseUnary(depth, &parts[0]);
        while (error.isEmpty() && peek().kind == kind) {
            ++m_next;
            parts.emplace_back();
            error = kind == Token::Kind::Or ? parseGroup(Token::Kind::And, depth, &parts.back())
                                            : parseUnary(depth, &parts.back());
        }
        if (!error.isEmpty())
            return error;
        if (parts.size() == 1) {
            *condition = std::move(parts.front());
        } else {
            condition->kind =
                kind == Token::Kind::Or ? RuleCondition::Kind::Any : RuleCondition::Kind::All;
            condition->children = std::move(parts);
        }
        return {};
    }

    QString parseUnary(int depth, RuleCondition *condition)
    {
        if (depth > MaxConditionDepth)
            return concord::tr("the condition is nested deeper than %1 levels")
                .arg(MaxConditionDepth);
        const Token token = peek();
        ++m_next;
        switch (token.kind) {
        case Token::Kind::Not:
            condition->kind = RuleCondition::Kind::Not;
            condition->children.resize(1);
            return parseUnary(depth + 1, &condition->children.front());
        case Token::Kind::Open: {
            if (QString error = parseGroup(Token::Kind::Or, depth + 1, condition); !error.isEmpty())
                return error;
            if (peek().kind != Token::Kind::Close)
                return concord::tr("a \"(\" is not closed");
            ++m_next;
            return {};
        }
        case Token::Kind::Predicate:
            condition->kind = RuleCondition::Kind::Predicate;
            return parsePredicate(token.text, &condition->predicate);
        case Token::Kind::End:
            return concord::tr("the condition ends where a condition was expected");
        default: return concord::tr("\"%1\" where a condition was expected").arg(token.text);
        }
    }

    std::vector<Token> m_tokens;
    size_t m_next = 0;
};

QString predicateText(const RulePredicate &predicate)
{
    switch (predicate.source) {
    case PredicateSource::FileName:
        return QStringLiteral("file:") + quoteIfNeeded(predicate.values.value(0));
    case PredicateSource::FilePath:
        return QStringLiteral("path:") + quoteIfNeeded(predicate.values.value(0));
    case PredicateSource::ModelScore:
        return (predicate.prelabelSet.isEmpty()
                    ? QStringLiteral("score:")
                    : QStringLiteral("score@%1:").arg(predicate.prelabelSet)) +
               quoteIfNeeded(predicate.field) + QStringLiteral(">=") +
               QString::number(predicate.number, 'g', 17);
    case PredicateSource::ItemKey:
    case PredicateSource::Dicom: break;
    }
    QString text = predicate.source == PredicateSource::Dicom ? QStringLiteral("dicom:")
                                                              : QStringLiteral("key:");
    // A tag's parentheses and comma are read back as part of the field, never quoted.
    text +=
        predicate.source == PredicateSource::Dicom && predicate.field.startsWith(QLatin1Char('('))
            ? predicate.field
            : quoteIfNeeded(predicate.field);
    switch (predicate.test) {
    case PredicateTest::Less:
        return text + QLatin1Char('<') + QString::number(predicate.number, 'g', 17);
    case PredicateTest::Greater:
        return text + QLatin1Char('>') + QString::number(predicate.number, 'g', 17);
    case PredicateTest::In:
        return text + QStringLiteral("=[") + predicate.values.join(QLatin1Char(',')) +
               QLatin1Char(']');
    case PredicateTest::Contains:
        return text + QStringLiteral("*=") + quoteIfNeeded(predicate.values.value(0));
    case PredicateTest::Matches:
        return text + QLatin1Char('~') + quoteIfNeeded(predicate.values.value(0));
    default: return text + QLatin1Char('=') + quoteIfNeeded(predicate.values.value(0));
    }
}

QString conditionText(const RuleCondition &condition, bool nested)
{
    switch (condition.kind) {
    case RuleCondition::Kind::Predicate: return predicateText(condition.predicate);
    case RuleCondition::Kind::Not:
        return QStringLiteral("not ") + conditionText(condition.children.front(), true);
    case RuleCondition::Kind::All:
    case RuleCondition::Kind::Any: break;
    }
    QStringList parts;
    for (const RuleCondition &child : condition.children)
        parts << conditionText(child, true);
    const QString joined =
        parts.join(condition.kind == RuleCondition::Kind::All ? QStringLiteral(" and ")
                                                              : QStringLiteral(" or "));
    return nested ? QLatin1Char('(') + joined + QLatin1Char(')') : joined;
}

} // namespace

QString parseRuleCondition(const QString &text, RuleCondition *condition)
{
    if (text.size() > MaxRuleDocumentBytes / 4)
        return concord::tr("the condition is too long");
    std::vector<Token> tokens;
    if (std::optional<QString> error = tokenize(text, &tokens))
        return *error;
    RuleCondition parsed;
    if (QString error = ConditionParser(std::move(tokens)).parse(&parsed); !error.isEmpty())
        return error;
    if (QString problem = conditionProblem(parsed); !problem.isEmpty())
        return problem;
    *condition = std::move(parsed);
    return {};
}

QString ruleConditionText(const RuleCondition &condition)
{
    return conditionText(condition, false);
}

} // namespace concord
