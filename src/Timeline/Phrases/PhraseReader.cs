using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace Annals.Phrases;

/// <summary>
/// The shared machinery of the language readers: a cursor over the tokens, the end-of-phrase check, errors that point
/// at a token, the language-neutral pieces (ISO dates, years, caller-named dates), and the forms that differ between
/// languages only by their words (numbers, amounts of time, days and months), read with the language's
/// <see cref="PhraseVocabulary"/>.
/// </summary>
/// <remarks>
/// Readers are recursive-descent parsers that look at most a few tokens ahead and never go back more than a fixed
/// number of tokens, so reading is linear in the length of the phrase.
/// </remarks>
internal abstract class PhraseReader
{
    private readonly Token[] tokens;
    private int index;

    protected PhraseReader(PhraseInput input, PhraseVocabulary words)
    {
        Input = input;
        Words = words;
        tokens = input.Tokens;
        Anchor = input.Anchor;
    }

    protected PhraseInput Input { get; }

    /// <summary>Gets the language's months, weekdays, numbers, units and day words.</summary>
    protected PhraseVocabulary Words { get; }

    protected LocalDate Anchor { get; }

    protected Token Current => tokens[index];

    /// <summary>Gets how many tokens have been read: how far the reader got before succeeding or failing.</summary>
    public int TokensRead => index;

    /// <summary>A few examples of phrases, for the message given when a phrase is empty or starts with an unknown word.</summary>
    protected abstract string Examples { get; }

    /// <summary>The units, for messages: "day, week, month or year".</summary>
    protected abstract string UnitList { get; }

    /// <summary>What may follow a number that starts a phrase, for messages: "a unit (day, week, month or year) or a month".</summary>
    protected abstract string UnitOrMonth { get; }

    /// <summary>A number word, for the message "a number, such as 3 or three".</summary>
    protected abstract string NumberWordExample { get; }

    /// <summary>Reads the whole phrase: one form, then nothing but the end.</summary>
    public PhraseOutcome Read()
    {
        if (Current.Kind == TokenKind.End)
        {
            return PhraseOutcome.Failed(Current.Start, "the phrase is empty; write for example " + Examples);
        }

        var outcome = ReadPhrase();
        if (outcome.Success && Current.Kind != TokenKind.End)
        {
            return Fail(Current, Quote(Current) + " was not expected after a complete phrase; remove it");
        }

        return outcome;
    }

    /// <summary>One form: a caller-named date, or a phrase that starts with a number, an ordinal or a word.</summary>
    private PhraseOutcome ReadPhrase()
    {
        if (TryReadNamedDate(out var named))
        {
            return PhraseRules.OnDay(named);
        }

        var token = Current;
        return token.Kind switch
        {
            TokenKind.Number => ReadFromNumber(),
            TokenKind.Ordinal => ReadFromOrdinal(),
            TokenKind.Word => ReadFromWord(token)
                ?? Fail(token, Quote(token) + " is not understood; write for example " + Examples),
            _ => Unexpected(token, "a phrase such as " + Examples),
        };
    }

    /// <summary>After the article (if any) of a day: the language's forms of a day and a month, with an optional year.</summary>
    /// <param name="first">The day number or month name that starts the day.</param>
    /// <param name="day">The day read.</param>
    /// <param name="failure">Why no day could be read.</param>
    /// <returns>Whether a day was read.</returns>
    protected abstract bool TryReadDayAndMonth(Token first, out ReferenceDay day, [NotNullWhen(false)] out PhraseOutcome? failure);

    /// <summary>
    /// At a month name: the month, with the language's optional year ("March 2025", "marzo de 2025") or relation to
    /// the anchor ("March next year", "marzo pasado").
    /// </summary>
    /// <param name="period">The month read.</param>
    /// <param name="failure">Why no month could be read.</param>
    /// <returns>Whether a month was read.</returns>
    protected abstract bool TryReadMonth(out PeriodRef period, [NotNullWhen(false)] out PhraseOutcome? failure);

    /// <summary>Whether a word starts an amount of time: a number word or one of the language's vague amounts.</summary>
    /// <param name="token">The token.</param>
    /// <returns>Whether it is such a word.</returns>
    protected abstract bool IsQuantityWord(Token token);

    /// <summary>At a word: the language's vague amounts ("a few", "unos"); leaves the cursor alone when there is none.</summary>
    /// <param name="token">The current token, a word.</param>
    /// <param name="quantity">The amount read.</param>
    /// <returns>Whether an amount was read.</returns>
    protected abstract bool TryReadVagueQuantity(Token token, out Quantity quantity);

    /// <summary>After an amount and its unit: the words that say what it counts from ("ago", "after …", "después de …").</summary>
    /// <param name="quantity">The amount.</param>
    /// <param name="unit">Its unit.</param>
    /// <param name="unitToken">The unit's token, where the offset is reported.</param>
    /// <returns>The day the amount leads to, or why not.</returns>
    protected abstract PhraseOutcome ReadAfterAmount(Quantity quantity, PhraseUnit unit, Token unitToken);

    /// <summary>A phrase that starts with an ordinal, such as 20th.</summary>
    /// <returns>What the phrase means, or why not.</returns>
    protected abstract PhraseOutcome ReadFromOrdinal();

    /// <summary>A phrase that starts with a word.</summary>
    /// <param name="token">The current token, a word.</param>
    /// <returns>What the phrase means, or why not; <see langword="null"/> when the word starts no phrase.</returns>
    protected abstract PhraseOutcome? ReadFromWord(Token token);

    /// <summary>How a day word ("today", "mañana") is named in the explanation of a day read from it.</summary>
    /// <param name="token">The day word.</param>
    /// <returns>The name: by default the folded word.</returns>
    protected virtual string NameDayWord(Token token) => token.Text;

    protected bool IsUnit(Token token) => token.Kind == TokenKind.Word && Words.Units.ContainsKey(token.Text);

    protected bool IsMonth(Token token) => token.Kind == TokenKind.Word && Words.Months.ContainsKey(token.Text);

    protected bool IsWeekday(Token token) => token.Kind == TokenKind.Word && Words.Weekdays.ContainsKey(token.Text);

    /// <summary>Whether the token is a word for the anchor's day or a day either side ("today", "ayer"), and which.</summary>
    protected bool IsDayWord(Token token, out int offset)
    {
        offset = 0;
        return token.Kind == TokenKind.Word && Words.DayWords.TryGetValue(token.Text, out offset);
    }

    protected Token Peek(int ahead)
    {
        var i = index + ahead;
        return i < tokens.Length ? tokens[i] : tokens[^1];
    }

    protected void Advance()
    {
        if (index < tokens.Length - 1)
        {
            index++;
        }
    }

    protected void Advance(int count)
    {
        for (var i = 0; i < count; i++)
        {
            Advance();
        }
    }

    protected bool At(string word) => Current.Is(word);

    protected bool Accept(string word)
    {
        if (!Current.Is(word))
        {
            return false;
        }

        Advance();
        return true;
    }

    protected bool AcceptSymbol(char symbol)
    {
        if (!Current.IsSymbol(symbol))
        {
            return false;
        }

        Advance();
        return true;
    }

    protected string Quote(Token token) =>
        token.Kind == TokenKind.End ? "the end of the phrase" : DateText.Quote(Input.Text, token.Start, token.Length);

    protected static PhraseOutcome Fail(Token at, string message) => PhraseOutcome.Failed(at.Start, message);

    /// <summary>An error for a token where a unit was expected: names the word that is not a unit.</summary>
    protected PhraseOutcome NotAUnit(Token token, string units) =>
        token.Kind == TokenKind.Word
            ? Fail(token, Quote(token) + " is not a unit; use " + units)
            : Unexpected(token, units);

    /// <summary>An error for a token that does not fit: says what it is (if it is a bad number) and what was expected.</summary>
    protected PhraseOutcome Unexpected(Token at, string expected) => at.Kind switch
    {
        TokenKind.End => Fail(at, "the phrase ends too early; expected " + expected),
        TokenKind.Malformed => Fail(at, Quote(at) + " is not a number; write whole numbers with digits only, such as 3"),
        TokenKind.Number or TokenKind.Ordinal when at.Value < 0 => Fail(at, Quote(at) + " is too large a number"),
        _ => Fail(at, Quote(at) + " is not understood here; expected " + expected),
    };

    /// <summary>Fails on a decimal such as 3.5 or 3,5 at the current number; returns null otherwise.</summary>
    protected PhraseOutcome? DecimalNumber()
    {
        var number = Current;
        var separator = Peek(1);
        var fraction = Peek(2);
        if (number.Kind == TokenKind.Number && (separator.IsSymbol('.') || separator.IsSymbol(','))
            && separator.Start == number.End && fraction.Kind == TokenKind.Number && fraction.Start == separator.End)
        {
            return Fail(
                number,
                DateText.Quote(Input.Text, number.Start, fraction.End - number.Start)
                    + " is not a whole number; use whole days, weeks, months or years, such as 3 days");
        }

        return null;
    }

    /// <summary>Reads a four-digit year (0001–9999) at the current token.</summary>
    protected bool TryReadYear(out int year, [NotNullWhen(false)] out PhraseOutcome? failure)
    {
        var token = Current;
        year = 0;
        if (token.Kind != TokenKind.Number || token.Value < 0)
        {
            failure = Unexpected(token, "a four-digit year, such as 2025");
            return false;
        }

        if (token.Digits != 4)
        {
            failure = Fail(token, Quote(token) + " is not a year; write years with four digits, such as 2025");
            return false;
        }

        if (token.Value == 0)
        {
            failure = Fail(token, "year 0000 is not supported; use years 0001 to 9999");
            return false;
        }

        year = token.Value;
        failure = null;
        Advance();
        return true;
    }

    /// <summary>A phrase that is an ISO month (YYYY-MM → that month) or an ISO day (YYYY-MM-DD → that day).</summary>
    protected PhraseOutcome ReadIsoMonthOrDay()
    {
        var isMonth = Peek(1).IsSymbol('-') && Peek(2).Kind == TokenKind.Number && Peek(2).Digits == 2
            && Peek(3).Kind == TokenKind.End && Peek(2).Value is >= 1 and <= 12;
        if (isMonth)
        {
            var year = Current;
            var month = Peek(2);
            if (year.Value == 0)
            {
                return Fail(year, "year 0000 is not supported; use years 0001 to 9999");
            }

            Advance();
            Advance();
            Advance();
            return PhraseRules.Whole(PhraseRules.MonthOfYear(year.Value, month.Value));
        }

        return TryReadIsoDay(out var day, out var failure) ? PhraseRules.OnDay(day) : failure;
    }

    /// <summary>Reads an ISO day, YYYY-MM-DD, starting at the current four-digit number.</summary>
    protected bool TryReadIsoDay(out ReferenceDay day, [NotNullWhen(false)] out PhraseOutcome? failure)
    {
        day = default;
        if (!TryReadYear(out var year, out failure))
        {
            return false;
        }

        if (!TryReadIsoPart("month", out var monthToken, out failure))
        {
            return false;
        }

        if (monthToken.Value is < 1 or > 12)
        {
            failure = Fail(monthToken, "month " + monthToken.Text + " does not exist; months are 01 to 12");
            return false;
        }

        Advance();
        if (!TryReadIsoPart("day", out var dayToken, out failure))
        {
            return false;
        }

        if (!TryMakeDay(year, monthToken.Value, dayToken, out day, out failure))
        {
            return false;
        }

        Advance();
        return true;
    }

    /// <summary>In an ISO day: '-' and then, left current, the two-digit month or day.</summary>
    /// <param name="part">"month" or "day", for the messages.</param>
    /// <param name="token">The two-digit number, not yet consumed.</param>
    /// <param name="failure">Why there is no such number.</param>
    /// <returns>Whether the number is there.</returns>
    private bool TryReadIsoPart(string part, out Token token, [NotNullWhen(false)] out PhraseOutcome? failure)
    {
        token = default;
        if (!AcceptSymbol('-'))
        {
            failure = Unexpected(Current, "'-' and a two-digit " + part + ", as in 2025-01-20");
            return false;
        }

        token = Current;
        if (token.Kind != TokenKind.Number || token.Digits != 2)
        {
            failure = Unexpected(token, "a two-digit " + part + ", as in 2025-01-20");
            return false;
        }

        failure = null;
        return true;
    }

    /// <summary>Checks that a day exists in a month of a year, such as no 29 February 2025.</summary>
    protected static bool TryMakeDay(int year, int month, Token dayToken, out ReferenceDay day, [NotNullWhen(false)] out PhraseOutcome? failure)
    {
        day = default;
        var days = PhraseCalendar.DaysInMonth(year, month);
        if (dayToken.Value < 1 || dayToken.Value > days)
        {
            failure = Fail(
                dayToken,
                DateText.MonthOfYear(year, month) + " has no day " + dayToken.Text + "; it has " + DateText.Number(days) + " days");
            return false;
        }

        day = ReferenceDay.Explicit(new LocalDate(year, month, dayToken.Value));
        failure = null;
        return true;
    }

    /// <summary>A day and month with no year: the most recent such day on or before the anchor.</summary>
    protected bool TryMakeDayWithoutYear(int month, Token dayToken, out ReferenceDay day, [NotNullWhen(false)] out PhraseOutcome? failure)
    {
        day = default;
        var most = month == 2 ? 29 : PhraseCalendar.DaysInMonth(2000, month);
        if (dayToken.Value < 1 || dayToken.Value > most)
        {
            failure = Fail(dayToken, DateText.Month(month) + " has no day " + dayToken.Text);
            return false;
        }

        if (!PhraseRules.TryDayWithoutYear(Anchor, month, dayToken.Value, out day))
        {
            failure = Fail(dayToken, PhraseCalendar.OutOfRange);
            return false;
        }

        failure = null;
        return true;
    }

    /// <summary>Matches the rest of the phrase against the caller's named dates ("Trump took office").</summary>
    protected bool TryReadNamedDate(out ReferenceDay day)
    {
        foreach (var named in Input.NamedDates)
        {
            var rest = tokens.Length - 1 - index;
            if (rest != named.Tokens.Length)
            {
                continue;
            }

            var matches = true;
            for (var i = 0; i < rest && matches; i++)
            {
                var mine = tokens[index + i];
                var theirs = named.Tokens[i];
                matches = mine.Kind == theirs.Kind && string.Equals(mine.Text, theirs.Text, StringComparison.Ordinal);
            }

            if (matches)
            {
                day = new ReferenceDay(named.Day, named.Name + " (" + DateText.Day(named.Day) + ")");
                Advance(rest);
                return true;
            }
        }

        day = default;
        return false;
    }

    /// <summary>
    /// A phrase that starts with a number: an amount ("3 days ago"), an ISO month or day ("2025-01-20"), a day and a
    /// month ("20 January 2025", "20 de enero de 2025") or a year ("2025").
    /// </summary>
    protected PhraseOutcome ReadFromNumber()
    {
        var number = Current;
        var next = Peek(1);
        if (DecimalNumber() is { } decimalNumber)
        {
            return decimalNumber;
        }

        if (number.Value < 0)
        {
            return Unexpected(number, "a number");
        }

        if (number.Kind == TokenKind.Number && IsUnit(next))
        {
            return ReadAmount(AmountUse.FromWhatFollows);
        }

        if (number.IsYearNumber && next.IsSymbol('-'))
        {
            return ReadIsoMonthOrDay();
        }

        if (number.IsDayNumber && (IsMonth(next) || next.Is(Words.Of)))
        {
            return ReadOnDay();
        }

        if (number.IsYearNumber)
        {
            return ReadWholeYear();
        }

        return next.Kind == TokenKind.Word
            ? NotAUnit(next, UnitList)
            : Unexpected(next, UnitOrMonth + " after " + Quote(number));
    }

    /// <summary>
    /// After "in" or "en", once the language's own forms are ruled out: a year ("in 2025") or an amount of time after
    /// the anchor ("in 3 weeks", "en dos semanas").
    /// </summary>
    /// <param name="expected">What was expected, for the message when neither follows.</param>
    /// <returns>The year or the day, or why not.</returns>
    protected PhraseOutcome ReadYearOrAmountAfterIn(string expected)
    {
        var token = Current;
        if (token.Kind == TokenKind.Number)
        {
            if (DecimalNumber() is { } decimalNumber)
            {
                return decimalNumber;
            }

            if (IsUnit(Peek(1)))
            {
                return ReadAmount(AmountUse.AfterAnchor);
            }

            if (token.IsYearNumber || Peek(1).Kind != TokenKind.Word)
            {
                return ReadWholeYear();
            }

            return NotAUnit(Peek(1), UnitList);
        }

        if (IsQuantityWord(token))
        {
            return ReadAmount(AmountUse.AfterAnchor);
        }

        return Unexpected(token, expected);
    }

    /// <summary>A year as a whole ("2025", "in 2025").</summary>
    protected PhraseOutcome ReadWholeYear() =>
        TryReadYear(out var year, out var failure) ? PhraseRules.Whole(PhraseRules.Year(year)) : failure;

    /// <summary>A month as a whole ("March", "in March 2025").</summary>
    protected PhraseOutcome ReadWholeMonth() =>
        TryReadMonth(out var period, out var failure) ? PhraseRules.Whole(period) : failure;

    /// <summary>After a month name: its year ("March 2025"), at the current four-digit number.</summary>
    protected bool TryReadMonthOfYear(int month, out PeriodRef period, [NotNullWhen(false)] out PhraseOutcome? failure)
    {
        if (!TryReadYear(out var year, out failure))
        {
            period = default;
            return false;
        }

        period = PhraseRules.MonthOfYear(year, month);
        return true;
    }

    /// <summary>
    /// After "next", "last" or "this" (or "próximo", "pasado", "este"), given as <paramref name="offset"/> 1, -1 or 0:
    /// a weekday ("next Friday", "este viernes") or a month name ("last March", "el próximo marzo").
    /// </summary>
    /// <param name="word">The relative word, where the result starts and where a month out of range is reported.</param>
    /// <param name="offset">1 for the next, -1 for the last, 0 for the one of the anchor's week or year.</param>
    /// <param name="expected">What was expected, for the message when neither follows.</param>
    /// <returns>The day or month, or why not.</returns>
    protected PhraseOutcome ReadRelativeWeekdayOrMonth(Token word, int offset, string expected)
    {
        var token = Current;
        if (IsWeekday(token))
        {
            var weekday = Words.Weekdays[token.Text];
            Advance();
            AcceptPeriodAfterName();
            return offset switch
            {
                0 => PhraseRules.WeekdayOfWeek(Anchor, weekday, 0, word.Start),
                > 0 => PhraseRules.Weekday(Anchor, weekday, WeekdayRelation.Next, word.Start),
                _ => PhraseRules.Weekday(Anchor, weekday, WeekdayRelation.Last, word.Start),
            };
        }

        if (IsMonth(token))
        {
            var month = Words.Months[token.Text];
            Advance();
            AcceptPeriodAfterName();
            var relation = offset switch { 0 => MonthRelation.This, > 0 => MonthRelation.Next, _ => MonthRelation.Last };
            return PhraseRules.TryNamedMonth(Anchor, month, relation, out var period)
                ? PhraseRules.Whole(period)
                : Fail(word, PhraseCalendar.OutOfRange);
        }

        return NotAUnit(token, expected);
    }

    /// <summary>After "early", "mid" or "late" (or "principios de"…): a month or a year; null when neither follows.</summary>
    protected PhraseOutcome? ReadPartOfMonthOrYear(PeriodPart part, Token word)
    {
        var token = Current;
        if (IsMonth(token))
        {
            return TryReadMonth(out var month, out var failure) ? PhraseRules.Part(part, month, word.Start) : failure;
        }

        if (token.Kind == TokenKind.Number)
        {
            return TryReadYear(out var year, out var failure)
                ? PhraseRules.Part(part, PhraseRules.Year(year), word.Start)
                : failure;
        }

        return null;
    }

    /// <summary>Early, mid or late in a month or year relative to the anchor's ("late next year", "a finales del mes pasado").</summary>
    protected PhraseOutcome PartOfRelativePeriod(PeriodPart part, PhraseUnit unit, int offset, Token word) =>
        PhraseRules.TryRelativePeriod(Anchor, unit, offset, out var period)
            ? PhraseRules.Part(part, period, word.Start)
            : Fail(word, PhraseCalendar.OutOfRange);

    /// <summary>
    /// An amount of time and its unit ("3 days", "a few weeks", "tres días"), then what it counts from: the anchor
    /// (<see cref="AmountUse.AfterAnchor"/>, <see cref="AmountUse.BeforeAnchor"/>) or the language's words that follow.
    /// </summary>
    protected PhraseOutcome ReadAmount(AmountUse use)
    {
        if (!TryReadQuantity(out var quantity, out var failure))
        {
            return failure;
        }

        var unitToken = Current;
        if (!IsUnit(unitToken))
        {
            return NotAUnit(unitToken, UnitList);
        }

        var unit = Words.Units[unitToken.Text];
        Advance();
        return use switch
        {
            AmountUse.AfterAnchor => OffsetFromAnchor(quantity, unit, 1, unitToken),
            AmountUse.BeforeAnchor => OffsetFromAnchor(quantity, unit, -1, unitToken),
            _ => ReadAfterAmount(quantity, unit, unitToken),
        };
    }

    /// <summary>An amount after (<paramref name="sign"/> 1) or before (-1) the anchor.</summary>
    protected PhraseOutcome OffsetFromAnchor(Quantity quantity, PhraseUnit unit, int sign, Token unitToken) =>
        PhraseRules.Offset(ReferenceDay.Anchor(Anchor), quantity, unit, sign, unitToken.Start);

    /// <summary>An amount after (<paramref name="sign"/> 1) or before (-1) the day that follows.</summary>
    protected PhraseOutcome ReadOffsetFromDay(Quantity quantity, PhraseUnit unit, int sign, Token unitToken) =>
        TryReadDay(out var from, out var failure)
            ? PhraseRules.Offset(from, quantity, unit, sign, unitToken.Start)
            : failure;

    /// <summary>A number ("3"), a number word ("three", "tres") or one of the language's vague amounts ("a few", "unos").</summary>
    protected bool TryReadQuantity(out Quantity quantity, [NotNullWhen(false)] out PhraseOutcome? failure)
    {
        var token = Current;
        quantity = default;
        failure = null;
        if (token.Kind == TokenKind.Number)
        {
            failure = DecimalNumber() ?? (token.Value < 0 ? Unexpected(token, "a number") : null);
            if (failure is not null)
            {
                return false;
            }

            Advance();
            quantity = Quantity.Exact(token.Value, token.Start);
            return true;
        }

        if (token.Kind == TokenKind.Word)
        {
            if (TryReadVagueQuantity(token, out quantity))
            {
                return true;
            }

            if (Words.Numbers.TryGetValue(token.Text, out var count))
            {
                Advance();
                quantity = Quantity.Exact(count, token.Start);
                return true;
            }
        }

        failure = Unexpected(token, "a number, such as 3 or " + NumberWordExample);
        return false;
    }

    /// <summary>A day as a whole ("on 20 January 2025", "el 20 de enero").</summary>
    protected PhraseOutcome ReadOnDay() =>
        TryReadDay(out var day, out var failure) ? PhraseRules.OnDay(day) : failure;

    /// <summary>
    /// A day: a caller-named date, a day word ("today", "ayer"), an ISO day ("2025-01-20"), or the language's day and
    /// month, after an optional article ("the 20th of January", "el 20 de enero"). Without a year, the most recent
    /// such day on or before the anchor.
    /// </summary>
    protected bool TryReadDay(out ReferenceDay day, [NotNullWhen(false)] out PhraseOutcome? failure)
    {
        failure = null;
        if (TryReadNamedDate(out day))
        {
            return true;
        }

        var token = Current;
        if (IsDayWord(token, out var offset))
        {
            Advance();
            if (!PhraseCalendar.TryAddDays(Anchor, offset, out var date))
            {
                failure = Fail(token, PhraseCalendar.OutOfRange);
                return false;
            }

            day = new ReferenceDay(date, NameDayWord(token) + " (" + DateText.Day(date) + ")");
            return true;
        }

        if (token.IsYearNumber && Peek(1).IsSymbol('-'))
        {
            return TryReadIsoDay(out day, out failure);
        }

        if (token.Is(Words.Article) && Peek(1).IsDayNumber)
        {
            Advance();
            token = Current;
        }

        return TryReadDayAndMonth(token, out day, out failure);
    }

    /// <summary>
    /// After a day number: the language's "of" if written, and a month name ("20 January", "20th of January",
    /// "20 de enero").
    /// </summary>
    /// <param name="dayToken">The day number, the current token.</param>
    /// <param name="example">A day written in full, for the message when no month follows: "20 January 2025".</param>
    /// <param name="month">The month read.</param>
    /// <param name="failure">Why no month could be read.</param>
    /// <returns>Whether a month was read.</returns>
    protected bool TryReadMonthAfterDay(Token dayToken, string example, out int month, [NotNullWhen(false)] out PhraseOutcome? failure)
    {
        Advance();
        Accept(Words.Of);
        var monthToken = Current;
        if (!IsMonth(monthToken))
        {
            month = 0;
            failure = Unexpected(monthToken, "a month name after " + Quote(dayToken) + ", as in " + example);
            return false;
        }

        Advance();
        month = Words.Months[monthToken.Text];
        failure = null;
        return true;
    }

    /// <summary>After a day and a month: an optional four-digit year.</summary>
    protected bool TryFinishDay(int month, Token dayToken, out ReferenceDay day, [NotNullWhen(false)] out PhraseOutcome? failure)
    {
        if (Current.Kind == TokenKind.Number)
        {
            if (!TryReadYear(out var year, out failure))
            {
                day = default;
                return false;
            }

            return TryMakeDay(year, month, dayToken, out day, out failure);
        }

        return TryMakeDayWithoutYear(month, dayToken, out day, out failure);
    }

    /// <summary>Skips the period of an abbreviated month or weekday name ("Jan.", "Fri."), where the language has them.</summary>
    private void AcceptPeriodAfterName()
    {
        if (Words.NamesTakeAPeriod)
        {
            AcceptSymbol('.');
        }
    }
}
