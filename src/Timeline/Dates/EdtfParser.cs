using System.Globalization;
using NodaTime;

namespace Annals.Dates;

/// <summary>
/// A hand-written recursive-descent parser for EDTF levels 0 to 2. It never throws on input: every problem becomes a
/// <see cref="ParseError"/> naming what is wrong and the zero-based position of the offending character.
/// </summary>
/// <remarks>
/// <para>Grammar (no spaces anywhere except after the commas of a set):</para>
/// <code>
/// value    = set | interval | date
/// set      = "[" members "]" | "{" members "}"
/// members  = member *( "," *" " member )
/// member   = ".." date | date ".." date | date ".." | date
/// interval = ( ".." | "" | date ) "/" ( ".." | "" | date )
/// date     = [q] ["-"] year4 ["S" digit] [q]
///            [ "-" [q] month2 [q] [ "-" [q] day2 [q] ] ]
///            [ "T" hh ":" mm ":" ss [ "Z" | ("+" | "-") hh [":" mm] ] ]
/// q        = "~" | "?" | "%"
/// </code>
/// <para>
/// Year, month and day characters are ASCII digits or <c>X</c>. A month of 21 to 41 is a season. Times are allowed only
/// on a date standing alone, without qualifiers or unspecified digits.
/// </para>
/// </remarks>
internal sealed class EdtfParser
{
    /// <summary>The two-digit texts of 0 to 31, shared by the dates the fast path reads.</summary>
    private static readonly string[] TwoDigitStrings =
        [.. Enumerable.Range(0, 32).Select(i => i.ToString("D2", CultureInfo.InvariantCulture))];

    private readonly string text;
    private int pos;
    private ParseError? error;

    private EdtfParser(string text) => this.text = text;

    /// <summary>Where a date is being read; times are allowed only for a date standing alone.</summary>
    private enum Context
    {
        /// <summary>The date is the whole text, or the start of an interval (times are refused later).</summary>
        Alone,

        /// <summary>The date is the end of an interval.</summary>
        IntervalEnd,

        /// <summary>The date is in a set.</summary>
        SetMember,
    }

    private char Current => pos < text.Length ? text[pos] : '\0';

    private bool AtEnd => pos >= text.Length;

    /// <summary>Parses EDTF text.</summary>
    /// <param name="text">The text, possibly <see langword="null"/>.</param>
    /// <returns>The value, or the first problem found.</returns>
    internal static ParseResult<EdtfDate> Parse(string? text)
    {
        if (text is null)
        {
            return ParseResult<EdtfDate>.ForError(new ParseError(
                string.Empty, 0, "there is no text (null); expected an EDTF date such as 2025-04-14."));
        }

        if (text.Length == 0)
        {
            return ParseResult<EdtfDate>.ForError(new ParseError(
                text, 0, "the text is empty; expected an EDTF date such as 2025-04-14."));
        }

        if (TryParsePlain(text) is { } plain)
        {
            return ParseResult<EdtfDate>.ForValue(plain);
        }

        return ParseFully(text);
    }

    /// <summary>Parses non-empty EDTF text with the full grammar, without the fast path for plain dates.</summary>
    /// <param name="text">The text, not empty.</param>
    /// <returns>The value, or the first problem found.</returns>
    internal static ParseResult<EdtfDate> ParseFully(string text)
    {
        var parser = new EdtfParser(text);
        EdtfDate? value = parser.ParseValue();
        return value is not null && parser.error is null
            ? ParseResult<EdtfDate>.ForValue(value)
            : ParseResult<EdtfDate>.ForError(parser.error
                ?? new ParseError(text, 0, "the text could not be read as EDTF."));
    }

    /// <summary>
    /// Reads the commonest dates quickly: a year, a year and month, or a full date, all digits given, optionally followed
    /// by one qualifier (<c>2025</c>, <c>2025-04~</c>, <c>2025-02-03</c>). Anything else, including every invalid
    /// value, is left to the full parser, so results and errors are the same either way.
    /// </summary>
    /// <param name="text">The text, not empty.</param>
    /// <returns>The date, or <see langword="null"/> when the text is not such a date.</returns>
    internal static EdtfSingleDate? TryParsePlain(string text)
    {
        int length = text.Length;
        DateQualifiers qualifiers = DateQualifiers.None;
        char last = text[length - 1];
        if (IsQualifier(last))
        {
            qualifiers = last switch
            {
                '~' => DateQualifiers.Approximate,
                '?' => DateQualifiers.Uncertain,
                _ => DateQualifiers.ApproximateAndUncertain,
            };
            length--;
        }

        if (length is not (4 or 7 or 10)
            || !IsDigit(text[0]) || !IsDigit(text[1]) || !IsDigit(text[2]) || !IsDigit(text[3]))
        {
            return null;
        }

        int year = ((text[0] - '0') * 1000) + ((text[1] - '0') * 100) + ((text[2] - '0') * 10) + (text[3] - '0');
        string yearDigits = text.Substring(0, 4);
        if (length == 4)
        {
            return new EdtfSingleDate(
                new DatePattern(false, yearDigits, 0, null, null, null),
                qualifiers,
                DateQualifiers.None,
                DateQualifiers.None,
                null,
                null,
                null,
                new LocalDate(year, 1, 1),
                new LocalDate(year, 12, 31),
                text);
        }

        if (text[4] != '-' || !IsDigit(text[5]) || !IsDigit(text[6]))
        {
            return null;
        }

        int month = ((text[5] - '0') * 10) + (text[6] - '0');
        if (month is < 1 or > 12)
        {
            return null; // 00, 13–20 are errors and 21–41 seasons: the full parser says which
        }

        int monthLength = CalendarFacts.DaysInMonth(year, month);
        if (length == 7)
        {
            return new EdtfSingleDate(
                new DatePattern(false, yearDigits, 0, TwoDigitStrings[month], null, null),
                qualifiers,
                qualifiers,
                DateQualifiers.None,
                null,
                null,
                null,
                new LocalDate(year, month, 1),
                new LocalDate(year, month, monthLength),
                text);
        }

        if (text[7] != '-' || !IsDigit(text[8]) || !IsDigit(text[9]))
        {
            return null;
        }

        int day = ((text[8] - '0') * 10) + (text[9] - '0');
        if (day < 1 || day > monthLength)
        {
            return null;
        }

        var date = new LocalDate(year, month, day);
        return new EdtfSingleDate(
            new DatePattern(false, yearDigits, 0, TwoDigitStrings[month], null, TwoDigitStrings[day]),
            qualifiers,
            qualifiers,
            qualifiers,
            null,
            null,
            null,
            date,
            date,
            text);
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsDigitOrX(char c) => IsDigit(c) || c == 'X';

    private static bool IsQualifier(char c) => c is '~' or '?' or '%';

    private static string Show(char c) => c switch
    {
        ' ' => "a space",
        '\t' => "a tab",
        _ when c < ' ' || c > '~' => string.Create(CultureInfo.InvariantCulture, $"the character U+{(int)c:X4}"),
        _ => "'" + c + "'",
    };

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private EdtfDate? ParseValue()
    {
        char first = text[0];
        if (first is '[' or '{')
        {
            return ParseSet();
        }

        if (first == '/' || IsAt(".."))
        {
            return ParseInterval(null);
        }

        EdtfSingleDate? date = ParseDate(Context.Alone, out int timePosition);
        if (date is null)
        {
            return null;
        }

        if (AtEnd)
        {
            return date;
        }

        if (Current == '/')
        {
            return timePosition >= 0
                ? Fail<EdtfDate>(timePosition, "times are not allowed in intervals: EDTF intervals run between dates.")
                : ParseInterval(date);
        }

        if (IsAt(".."))
        {
            return Fail<EdtfDate>(
                pos,
                "a range with '..' is allowed only inside a set, such as [2021..]; an interval open at the end is written 2021/..");
        }

        return UnexpectedAfter("the date " + date, "the end of the text, or '/' for an interval");
    }

    private EdtfInterval? ParseInterval(EdtfSingleDate? knownStart)
    {
        IntervalEnd start;
        if (knownStart is not null)
        {
            start = IntervalEnd.At(knownStart);
        }
        else if (IsAt(".."))
        {
            pos += 2;
            start = IntervalEnd.Open;
            if (Current != '/')
            {
                return AtEnd
                    ? Fail<EdtfInterval>(pos, "expected '/' after '..': an interval open at the start is written ../2021.")
                    : Fail<EdtfInterval>(
                        pos,
                        "expected '/' after '..': an interval open at the start is written ../2021, and a range such as ..2021 is allowed only inside a set.");
            }
        }
        else
        {
            start = IntervalEnd.Unknown;
        }

        pos++; // the '/'
        int endPosition = pos;
        IntervalEnd end;
        if (AtEnd)
        {
            end = IntervalEnd.Unknown;
        }
        else if (IsAt(".."))
        {
            pos += 2;
            end = IntervalEnd.Open;
        }
        else
        {
            EdtfSingleDate? date = ParseDate(Context.IntervalEnd, out _);
            if (date is null)
            {
                return null;
            }

            end = IntervalEnd.At(date);
        }

        if (!AtEnd)
        {
            return Current == '/'
                ? Fail<EdtfInterval>(pos, "an interval has exactly one '/'.")
                : UnexpectedAfter<EdtfInterval>("the interval", "the end of the text");
        }

        if (start.Kind != IntervalEndKind.Known && end.Kind != IntervalEndKind.Known)
        {
            return Fail<EdtfInterval>(
                0,
                "an interval needs at least one date, but '" + text
                + "' has none ('..' is an open end and nothing an unknown end); write a date at one end, such as ../2021.");
        }

        if (EdtfInterval.OrderProblem(start, end) is { } problem)
        {
            return Fail<EdtfInterval>(endPosition, problem);
        }

        return EdtfInterval.FromValidEnds(start, end);
    }

    private EdtfSet? ParseSet()
    {
        char open = text[0];
        bool allOf = open == '{';
        char close = allOf ? '}' : ']';
        char wrongClose = allOf ? ']' : '}';
        pos = 1;
        if (Current == close)
        {
            return Fail<EdtfSet>(pos, "a set needs at least one member, such as [2025-01-22,2025-01-23].");
        }

        var members = new List<EdtfSetMember>();
        while (true)
        {
            EdtfSetMember? member = ParseMember(members.Count == 0);
            if (member is null)
            {
                return null;
            }

            members.Add(member);
            if (Current == ',')
            {
                if (member.Kind == SetMemberKind.OnOrAfter)
                {
                    return Fail<EdtfSet>(
                        pos - 2,
                        "only the last member of a set can be open at the end (" + member + "), but more members follow.");
                }

                pos++;
                while (Current == ' ')
                {
                    pos++;
                }

                if (Current == close || AtEnd)
                {
                    return Fail<EdtfSet>(pos, AtEnd ? "the text ends where a set member was expected after ','." : "expected a member after ','.");
                }

                continue;
            }

            if (Current == close)
            {
                pos++;
                break;
            }

            if (AtEnd)
            {
                return Fail<EdtfSet>(pos, "the set is not closed: expected ',' or '" + close + "' at the end.");
            }

            if (Current == wrongClose)
            {
                return Fail<EdtfSet>(pos, "expected '" + close + "' to close the set opened with '" + open + "'.");
            }

            return Current == ' '
                ? Fail<EdtfSet>(pos, "unexpected space: inside a set, spaces are allowed only after a comma.")
                : UnexpectedAfter<EdtfSet>("the set member " + member, "',' or '" + close + "'");
        }

        if (!AtEnd)
        {
            return Current == '/'
                ? Fail<EdtfSet>(pos, "a set cannot be the start of an interval: EDTF intervals run between dates.")
                : UnexpectedAfter<EdtfSet>("the set", "the end of the text");
        }

        return EdtfSet.FromValidMembers(allOf, [.. members]);
    }

    private EdtfSetMember? ParseMember(bool isFirst)
    {
        if (IsAt(".."))
        {
            if (!isFirst)
            {
                return Fail<EdtfSetMember>(
                    pos, "only the first member of a set can be open at the start (..date); later members cannot.");
            }

            pos += 2;
            EdtfSingleDate? last = ParseDate(Context.SetMember, out _);
            return last is null ? null : EdtfSetMember.FromValid(SetMemberKind.OnOrBefore, null, last);
        }

        EdtfSingleDate? first = ParseDate(Context.SetMember, out _);
        if (first is null)
        {
            return null;
        }

        if (!IsAt(".."))
        {
            return EdtfSetMember.FromValid(SetMemberKind.Date, first, first);
        }

        pos += 2;
        if (Current is ',' or ']' or '}' || AtEnd)
        {
            return EdtfSetMember.FromValid(SetMemberKind.OnOrAfter, first, null);
        }

        int lastPosition = pos;
        EdtfSingleDate? rangeEnd = ParseDate(Context.SetMember, out _);
        if (rangeEnd is null)
        {
            return null;
        }

        if (EdtfSetMember.RangeProblem(first, rangeEnd) is { } problem)
        {
            return Fail<EdtfSetMember>(lastPosition, problem);
        }

        return EdtfSetMember.FromValid(SetMemberKind.Range, first, rangeEnd);
    }

    private EdtfSingleDate? ParseDate(Context context, out int timePosition)
    {
        timePosition = -1;
        int firstQualifier = -1;
        var flags = new DateQualifiers[3];

        // Year: [q] ["-"] four digits or X ["S" digits] [q]
        if (!TryReadQualifier(ref firstQualifier, out DateQualifiers q))
        {
            return null;
        }

        flags[0] |= q;
        int yearPosition = pos;
        bool negative = false;
        if (Current == '-')
        {
            negative = true;
            pos++;
        }

        if (Current == 'Y')
        {
            return Fail<EdtfSingleDate>(
                pos,
                "years with the Y prefix have more than four digits, outside the supported range " + CalendarFacts.SupportedRange + ".");
        }

        int digitsPosition = pos;
        int count = CountRun(IsDigitOrX);
        if (count == 0)
        {
            return Expected<EdtfSingleDate>("a year of four digits, such as 2025");
        }

        if (count < 4)
        {
            return Fail<EdtfSingleDate>(
                digitsPosition,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"the year {text.AsSpan(digitsPosition, count)} has {count} digit{(count == 1 ? string.Empty : "s")}; a year has exactly four (write 0800 for the year 800)."));
        }

        if (count > 4)
        {
            return Fail<EdtfSingleDate>(
                digitsPosition + 4,
                "a year has exactly four digits; years beyond 9999 are outside the supported range " + CalendarFacts.SupportedRange + ".");
        }

        string yearDigits = text.Substring(digitsPosition, 4);
        pos += 4;

        int significant = 0;
        int significantPosition = -1;
        if (Current == 'S')
        {
            significantPosition = pos;
            pos++;
            int numberPosition = pos;
            int length = CountRun(IsDigit);
            if (length == 0)
            {
                return Expected<EdtfSingleDate>("the number of significant digits after 'S', such as 1950S2");
            }

            string number = text.Substring(numberPosition, length);
            if (length > 1 || number[0] is '0' or > '4')
            {
                return Fail<EdtfSingleDate>(
                    numberPosition,
                    "a four-digit year has 1 to 4 significant digits, not " + (length <= 10 ? number : number[..10] + "…") + ".");
            }

            if (yearDigits.Contains('X', StringComparison.Ordinal))
            {
                return Fail<EdtfSingleDate>(
                    significantPosition, "significant digits (S) need a year whose four digits are all given, not " + yearDigits + ".");
            }

            pos = numberPosition + 1;
            significant = number[0] - '0';
        }

        if (Current == 'E')
        {
            return Fail<EdtfSingleDate>(
                pos,
                "exponential years (E) are written with the Y prefix and have more than four digits, outside the supported range "
                + CalendarFacts.SupportedRange + ".");
        }

        if (!TryReadQualifier(ref firstQualifier, out q))
        {
            return null;
        }

        flags[0] |= q;

        // Month or season: "-" [q] two digits or X [q]
        string? monthDigits = null;
        Season? season = null;
        int monthPosition = -1;
        string? dayDigits = null;
        int dayPosition = -1;
        if (Current == '-')
        {
            int dash = pos;
            if (significant > 0)
            {
                return Fail<EdtfSingleDate>(
                    dash, "significant digits apply to a year on its own; a year with S cannot have a month.");
            }

            pos++;
            if (!TryReadQualifier(ref firstQualifier, out q))
            {
                return null;
            }

            flags[1] |= q;
            monthPosition = pos;
            if (!TryReadTwo("a month (01–12) or a season (21–41)", "month", out monthDigits))
            {
                return null;
            }

            if (!monthDigits.Contains('X', StringComparison.Ordinal) && SeasonRules.IsSeasonCode(Number(monthDigits)))
            {
                season = (Season)Number(monthDigits);
                monthDigits = null;
            }

            if (!TryReadQualifier(ref firstQualifier, out q))
            {
                return null;
            }

            flags[0] |= q;
            flags[1] |= q;

            // Day: "-" [q] two digits or X [q]
            if (Current == '-')
            {
                if (season is not null)
                {
                    return Fail<EdtfSingleDate>(
                        pos, "a season has no day: " + text[yearPosition..pos] + " is complete.");
                }

                pos++;
                if (!TryReadQualifier(ref firstQualifier, out q))
                {
                    return null;
                }

                flags[2] |= q;
                dayPosition = pos;
                if (!TryReadTwo("a day (01–31)", "day", out dayDigits))
                {
                    return null;
                }

                if (!TryReadQualifier(ref firstQualifier, out q))
                {
                    return null;
                }

                flags[0] |= q;
                flags[1] |= q;
                flags[2] |= q;
            }
        }

        if (significant > 0 && firstQualifier >= 0)
        {
            return Fail<EdtfSingleDate>(firstQualifier, "a year with significant digits (S) takes no qualifiers.");
        }

        var pattern = new DatePattern(negative, yearDigits, significant, monthDigits, season, dayDigits);
        if (!pattern.TryGetBounds(out LocalDate earliest, out LocalDate latest, out DateComponent faulty, out string? message))
        {
            int position = faulty switch
            {
                DateComponent.Year => yearPosition,
                DateComponent.Month => monthPosition,
                _ => dayPosition,
            };
            return Fail<EdtfSingleDate>(position, message!);
        }

        LocalTime? time = null;
        Offset? offset = null;
        if (Current == 'T')
        {
            timePosition = pos;
            switch (context)
            {
                case Context.IntervalEnd:
                    return Fail<EdtfSingleDate>(pos, "times are not allowed in intervals: EDTF intervals run between dates.");
                case Context.SetMember:
                    return Fail<EdtfSingleDate>(pos, "times are not allowed in sets: EDTF sets hold dates.");
            }

            if (dayDigits is null)
            {
                return Fail<EdtfSingleDate>(pos, "a time needs a full date (year, month and day) before the 'T'.");
            }

            if (pattern.HasUnspecifiedDigits)
            {
                return Fail<EdtfSingleDate>(pos, "a time needs a date without unspecified digits (X).");
            }

            if (firstQualifier >= 0)
            {
                return Fail<EdtfSingleDate>(firstQualifier, "qualifiers (~ ? %) are not allowed on date-times.");
            }

            pos++;
            if (!TryReadTime(out LocalTime timeOfDay) || !TryReadOffset(out offset))
            {
                return null;
            }

            time = timeOfDay;
            if (IsQualifier(Current))
            {
                return Fail<EdtfSingleDate>(pos, "qualifiers (~ ? %) are not allowed on date-times.");
            }
        }

        return new EdtfSingleDate(pattern, flags[0], flags[1], flags[2], time, offset, null, earliest, latest);
    }

    private bool TryReadQualifier(ref int firstQualifier, out DateQualifiers qualifiers)
    {
        qualifiers = Current switch
        {
            '~' => DateQualifiers.Approximate,
            '?' => DateQualifiers.Uncertain,
            '%' => DateQualifiers.ApproximateAndUncertain,
            _ => DateQualifiers.None,
        };
        if (qualifiers == DateQualifiers.None)
        {
            return true;
        }

        if (firstQualifier < 0)
        {
            firstQualifier = pos;
        }

        pos++;
        if (IsQualifier(Current))
        {
            Fail<object>(pos, "two qualifiers in a row: write one qualifier per place, and % for approximate and uncertain.");
            return false;
        }

        return true;
    }

    private bool TryReadTwo(string what, string name, out string digits)
    {
        digits = string.Empty;
        int start = pos;
        int count = CountRun(IsDigitOrX);
        if (count == 0)
        {
            Expected<object>(what);
            return false;
        }

        if (count != 2)
        {
            Fail<object>(
                count < 2 ? start : start + 2,
                string.Create(CultureInfo.InvariantCulture, $"a {name} has exactly two digits, such as {(name == "day" ? "05" : "04")}."));
            return false;
        }

        digits = text.Substring(start, 2);
        pos = start + 2;
        return true;
    }

    private bool TryReadTime(out LocalTime time)
    {
        time = default;
        if (!TryReadTimeField("hour", 23, out int hour) || !TryReadColon("minutes")
            || !TryReadTimeField("minute", 59, out int minute) || !TryReadColon("seconds")
            || !TryReadTimeField("second", 59, out int second))
        {
            return false;
        }

        if (Current == '.' || Current == ',')
        {
            Fail<object>(pos, "fractions of a second are not supported; write whole seconds, such as T10:30:00.");
            return false;
        }

        time = new LocalTime(hour, minute, second);
        return true;
    }

    private bool TryReadTimeField(string name, int max, out int value)
    {
        value = 0;
        int start = pos;
        int count = CountRun(IsDigit);
        if (count != 2)
        {
            Fail<object>(count == 0 ? start : Math.Min(start + 2, start + count), "a time is written hh:mm:ss, such as T10:30:00.");
            return false;
        }

        value = Number(text.Substring(start, 2));
        if (value > max)
        {
            Fail<object>(
                start,
                string.Create(CultureInfo.InvariantCulture, $"{name} {value:D2} does not exist: {name}s are 00–{max:D2}."));
            return false;
        }

        pos = start + 2;
        return true;
    }

    private bool TryReadColon(string next)
    {
        if (Current == ':')
        {
            pos++;
            return true;
        }

        Fail<object>(pos, "a time is written hh:mm:ss, such as T10:30:00; expected ':' before the " + next + ".");
        return false;
    }

    private bool TryReadOffset(out Offset? offset)
    {
        offset = null;
        if (Current == 'Z')
        {
            pos++;
            offset = NodaTime.Offset.Zero;
            return true;
        }

        if (Current is not ('+' or '-'))
        {
            return true;
        }

        int sign = Current == '-' ? -1 : 1;
        int start = pos;
        pos++;
        int hoursPosition = pos;
        if (CountRun(IsDigit) != 2)
        {
            Fail<object>(hoursPosition, "an offset is written Z, +hh or +hh:mm, such as +05:00 or -06.");
            return false;
        }

        int hours = Number(text.Substring(hoursPosition, 2));
        pos = hoursPosition + 2;
        int minutes = 0;
        if (Current == ':')
        {
            pos++;
            int minutesPosition = pos;
            if (CountRun(IsDigit) != 2)
            {
                Fail<object>(minutesPosition, "an offset is written Z, +hh or +hh:mm, such as +05:00 or -06.");
                return false;
            }

            minutes = Number(text.Substring(minutesPosition, 2));
            pos = minutesPosition + 2;
            if (minutes > 59)
            {
                Fail<object>(minutesPosition, string.Create(CultureInfo.InvariantCulture, $"offset minutes {minutes:D2} do not exist: minutes are 00–59."));
                return false;
            }
        }

        if (hours * 60 + minutes > 18 * 60)
        {
            Fail<object>(start, "the offset " + text[start..pos] + " is beyond ±18:00, the largest offset supported.");
            return false;
        }

        offset = NodaTime.Offset.FromSeconds(sign * (hours * 3600 + minutes * 60));
        return true;
    }

    private bool IsAt(string token) => string.CompareOrdinal(text, pos, token, 0, token.Length) == 0;

    /// <summary>Counts the characters from the current position that satisfy a test, without moving.</summary>
    private int CountRun(Func<char, bool> test)
    {
        int end = pos;
        while (end < text.Length && test(text[end]))
        {
            end++;
        }

        return end - pos;
    }

    private T? Fail<T>(int position, string message)
        where T : class
    {
        error ??= new ParseError(text, Math.Clamp(position, 0, text.Length), message);
        return null;
    }

    private T? Expected<T>(string what)
        where T : class
    {
        if (AtEnd)
        {
            return Fail<T>(pos, "the text ends where " + what + " was expected.");
        }

        string found = Show(Current);
        return Current == ' '
            ? Fail<T>(pos, "expected " + what + ", but found a space; EDTF has no spaces except after the commas of a set.")
            : Fail<T>(pos, "expected " + what + ", but found " + found + ".");
    }

    private EdtfDate? UnexpectedAfter(string what, string expected) => UnexpectedAfter<EdtfDate>(what, expected);

    private T? UnexpectedAfter<T>(string what, string expected)
        where T : class
    {
        if (Current == ' ')
        {
            return Fail<T>(pos, "unexpected space after " + what + ": EDTF has no spaces except after the commas of a set.");
        }

        if (IsQualifier(Current))
        {
            return Fail<T>(pos, "unexpected qualifier " + Show(Current) + " after " + what + ": write one qualifier per place, and % for approximate and uncertain.");
        }

        return Fail<T>(pos, "unexpected " + Show(Current) + " after " + what + "; expected " + expected + ".");
    }
}
