using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace Annals.Phrases;

/// <summary>
/// The shared machinery of the language readers: a cursor over the tokens, the end-of-phrase check, errors that point
/// at a token, and the language-neutral pieces (ISO dates, years, caller-named dates).
/// </summary>
/// <remarks>
/// Readers are recursive-descent parsers that look at most a few tokens ahead and never go back more than a fixed
/// number of tokens, so reading is linear in the length of the phrase.
/// </remarks>
internal abstract class PhraseReader
{
    private readonly Token[] tokens;
    private int index;

    protected PhraseReader(PhraseInput input)
    {
        Input = input;
        tokens = input.Tokens;
        Anchor = input.Anchor;
    }

    protected PhraseInput Input { get; }

    protected LocalDate Anchor { get; }

    protected Token Current => tokens[index];

    /// <summary>Gets how many tokens have been read: how far the reader got before succeeding or failing.</summary>
    public int TokensRead => index;

    /// <summary>A few examples of phrases, for the message given when a phrase is empty or starts with an unknown word.</summary>
    protected abstract string Examples { get; }

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

    protected abstract PhraseOutcome ReadPhrase();

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

        if (!AcceptSymbol('-'))
        {
            failure = Unexpected(Current, "'-' and a two-digit month, as in 2025-01-20");
            return false;
        }

        var monthToken = Current;
        if (monthToken.Kind != TokenKind.Number || monthToken.Digits != 2)
        {
            failure = Unexpected(monthToken, "a two-digit month, as in 2025-01-20");
            return false;
        }

        if (monthToken.Value is < 1 or > 12)
        {
            failure = Fail(monthToken, "month " + monthToken.Text + " does not exist; months are 01 to 12");
            return false;
        }

        Advance();
        if (!AcceptSymbol('-'))
        {
            failure = Unexpected(Current, "'-' and a two-digit day, as in 2025-01-20");
            return false;
        }

        var dayToken = Current;
        if (dayToken.Kind != TokenKind.Number || dayToken.Digits != 2)
        {
            failure = Unexpected(dayToken, "a two-digit day, as in 2025-01-20");
            return false;
        }

        if (!TryMakeDay(year, monthToken.Value, dayToken, out day, out failure))
        {
            return false;
        }

        Advance();
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
                for (var i = 0; i < rest; i++)
                {
                    Advance();
                }

                return true;
            }
        }

        day = default;
        return false;
    }
}
