#include "displayformat.h"

#include <QRegularExpression>

#include <algorithm>

namespace displayformat {

namespace {

struct Digits {
    bool negative = false;
    QString whole;
    QString fraction; // all of the asset's decimals
};

Digits digitsOf(exchange::Amount amount, int decimals)
{
    decimals = std::max(decimals, 0);
    // Exact text with every fraction digit: "-45.686843668515307538".
    const QString exact = QString::fromStdString(amount.format(decimals, decimals));
    Digits d;
    QStringView rest(exact);
    if (rest.startsWith(u'-')) {
        d.negative = true;
        rest = rest.mid(1);
    }
    const auto point = rest.indexOf(u'.');
    d.whole = (point < 0 ? rest : rest.left(point)).toString();
    d.fraction = point < 0 ? QString() : rest.mid(point + 1).toString();
    return d;
}

QString grouped(const QString &whole, const QLocale &locale)
{
    if (locale.numberOptions().testFlag(QLocale::OmitGroupSeparator))
        return whole;
    const QString separator = locale.groupSeparator();
    QString text = whole;
    for (auto i = text.size() - 3; i > 0; i -= 3)
        text.insert(i, separator);
    return text;
}

QString localDigits(const QString &ascii, const QLocale &locale)
{
    const QString zero = locale.zeroDigit();
    if (zero == u"0")
        return ascii;
    QString text;
    for (QChar c : ascii)
        text += c.isDigit() ? QString(QChar(zero.at(0).unicode() + (c.unicode() - u'0'))) : QString(c);
    return text;
}

} // namespace

QString approximatePrefix()
{
    return QStringLiteral("\u2248 ");
}

bool isRounded(exchange::Amount amount, int decimals, int displayDecimals)
{
    const Digits d = digitsOf(amount, decimals);
    const auto shown = std::clamp<qsizetype>(displayDecimals, 0, d.fraction.size());
    for (qsizetype i = shown; i < d.fraction.size(); ++i) {
        if (d.fraction.at(i) != u'0')
            return true;
    }
    return false;
}

QString amountText(exchange::Amount amount, int decimals, int displayDecimals, const QLocale &locale)
{
    const Digits d = digitsOf(amount, decimals);
    const auto shown = std::clamp<qsizetype>(displayDecimals, 0, d.fraction.size());
    const bool rounded = isRounded(amount, decimals, displayDecimals);
    // Toward zero: the hidden digits are dropped.
    const QString fraction = d.fraction.left(shown);
    QString text = localDigits(grouped(d.whole, locale), locale);
    if (!fraction.isEmpty())
        text += locale.decimalPoint() + localDigits(fraction, locale);
    if (d.negative)
        text.prepend(locale.negativeSign());
    return rounded ? approximatePrefix() + text : text;
}

QString decimalText(const QString &plain, const QLocale &locale)
{
    static const QRegularExpression decimal(QStringLiteral("\\A-?[0-9]+(\\.[0-9]+)?\\z"));
    if (!decimal.match(plain).hasMatch())
        return plain;
    QStringView rest(plain);
    const bool negative = rest.startsWith(u'-');
    if (negative)
        rest = rest.mid(1);
    const auto point = rest.indexOf(u'.');
    const QString whole = (point < 0 ? rest : rest.left(point)).toString();
    QString text = localDigits(grouped(whole, locale), locale);
    if (point >= 0)
        text += locale.decimalPoint() + localDigits(rest.mid(point + 1).toString(), locale);
    if (negative)
        text.prepend(locale.negativeSign());
    return text;
}

QString amountText(exchange::Amount amount, const exchange::Asset &asset, const QLocale &locale)
{
    return amountText(amount, asset.decimals, std::min(asset.displayDecimals, asset.decimals), locale);
}

QString fullAmountText(exchange::Amount amount, const exchange::Asset &asset, const QLocale &locale)
{
    const Digits d = digitsOf(amount, asset.decimals);
    qsizetype significant = d.fraction.size();
    while (significant > 0 && d.fraction.at(significant - 1) == u'0')
        --significant;
    const auto shown = std::max<qsizetype>(significant, std::min(asset.displayDecimals, asset.decimals));
    return amountText(amount, asset.decimals, static_cast<int>(shown), locale);
}

QString signedAmountText(exchange::Amount amount, const exchange::Asset &asset, const QLocale &locale)
{
    QString text = amountText(amount, asset, locale);
    if (amount.isPositive())
        text.insert(text.startsWith(approximatePrefix()) ? approximatePrefix().size() : 0, locale.positiveSign());
    return text;
}

QString exactAmountText(exchange::Amount amount, int decimals)
{
    return QString::fromStdString(amount.format(std::max(decimals, 0)));
}

QString exactAmountText(exchange::Amount amount, const exchange::Asset &asset)
{
    return exactAmountText(amount, asset.decimals);
}

QString exactAmountTooltip(exchange::Amount amount, const exchange::Asset &asset)
{
    return exactAmountText(amount, asset) + u' ' + QString::fromStdString(asset.code);
}

QString dateTimeFormat(const QLocale &locale)
{
    // The language's short format, with seconds where it has none (the Audit
    // log and the fills need them, and every screen shows the same).
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    if (!format.contains(u's')) {
        const auto minutes = format.lastIndexOf(QStringLiteral("mm"));
        if (minutes >= 0)
            format.insert(minutes + 2, QStringLiteral(":ss"));
    }
    return format;
}

QString dateTimeText(const QDateTime &when, const QLocale &locale)
{
    if (!when.isValid())
        return {};
    return locale.toString(when.toLocalTime(), dateTimeFormat(locale));
}

QString dateTimeText(qint64 msSinceEpoch, const QLocale &locale)
{
    if (msSinceEpoch == 0)
        return {};
    return dateTimeText(QDateTime::fromMSecsSinceEpoch(msSinceEpoch), locale);
}

} // namespace displayformat
