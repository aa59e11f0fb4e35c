using System.Globalization;
using NodaTime;

namespace Annals.Dates;

/// <summary>
/// Plain English readings of <see cref="EdtfDate"/> values, such as "approximately April 2025" or "15–16 March 2025".
/// </summary>
/// <remarks>
/// The text is deterministic and culture-invariant: month names come from a fixed English list and numbers are
/// formatted with the invariant culture. Astronomical years zero and below are read as BCE years (0000 is 1 BCE).
/// </remarks>
internal static class EdtfDescriber
{
    /// <summary>Describes a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The reading.</returns>
    internal static string Describe(EdtfDate value) => value switch
    {
        EdtfSingleDate date => Single(date),
        EdtfInterval interval => Interval(interval),
        EdtfSet set => Set(set),
        _ => value.ToString(),
    };

    private static string Single(EdtfSingleDate date)
    {
        string core = Core(date);
        DateQualifiers[] flags = date.ComponentQualifiers();
        if (Array.TrueForAll(flags, q => q == DateQualifiers.None))
        {
            return core;
        }

        if (Array.TrueForAll(flags, q => q == flags[0]))
        {
            return Prefix(flags[0]) + core;
        }

        string[] names = ["year", date.Season is null ? "month" : "season", "day"];
        var groups = new List<(DateQualifiers Qualifiers, List<string> Names)>();
        for (int i = 0; i < flags.Length; i++)
        {
            if (flags[i] == DateQualifiers.None)
            {
                continue;
            }

            int index = groups.FindIndex(g => g.Qualifiers == flags[i]);
            if (index < 0)
            {
                groups.Add((flags[i], [names[i]]));
            }
            else
            {
                groups[index].Names.Add(names[i]);
            }
        }

        return core + " (" + string.Join(", ", groups.Select(g => JoinAnd(g.Names) + " " + Adjective(g.Qualifiers))) + ")";
    }

    private static string Prefix(DateQualifiers qualifiers) => qualifiers switch
    {
        DateQualifiers.Approximate => "approximately ",
        DateQualifiers.Uncertain => "possibly ",
        _ => "possibly approximately ",
    };

    private static string Adjective(DateQualifiers qualifiers) => qualifiers switch
    {
        DateQualifiers.Approximate => "approximate",
        DateQualifiers.Uncertain => "uncertain",
        _ => "approximate and uncertain",
    };

    private static string Core(EdtfSingleDate date)
    {
        DatePattern pattern = date.Pattern;
        LocalDate earliest = date.Earliest!.Value;
        if (date.TimeOfDay is { } time)
        {
            string clock = CalendarFacts.DateForPeople(earliest) + " at " + EdtfSingleDate.FormatTime(time);
            return (date.Zone, date.Offset) switch
            {
                ({ } zone, { } offset) => clock + " " + zone.Id + " (" + Utc(offset) + ")",
                (_, { } offset) => clock + " " + Utc(offset),
                _ => clock + " (local time)",
            };
        }

        if (pattern.SignificantDigits > 0)
        {
            (int low, int high) = pattern.YearRange();
            return "some year in " + YearSpan(low, high) + ", estimated " + CalendarFacts.YearForPeople(pattern.Year!.Value);
        }

        string year = YearPhrase(pattern, out bool yearIsPhrase);
        if (pattern.Season is { } season)
        {
            return SeasonRules.Describe(season, year, yearIsPhrase);
        }

        if (!pattern.HasMonth)
        {
            return year;
        }

        string? months = MonthList(pattern);
        string inMonth = months is null
            ? year
            : yearIsPhrase ? months + " of " + year : months + " " + year;

        if (!pattern.HasDay)
        {
            return months is null ? "some month in " + year : inMonth;
        }

        if (pattern.Day is { } day)
        {
            if (pattern.Month is not null && !yearIsPhrase)
            {
                return CalendarFacts.DateForPeople(earliest);
            }

            if (pattern.Month is not null)
            {
                return day.ToString(CultureInfo.InvariantCulture) + " " + inMonth;
            }

            return months is null
                ? "the " + Ordinal(day) + " of some month in " + year
                : "the " + Ordinal(day) + " of " + inMonth;
        }

        return pattern.DayDigits == "XX"
            ? "some day in " + inMonth
            : "day " + NumberList(pattern.DayDigits!, 31) + " of " + (months is null ? "some month in " + year : inMonth);
    }

    private static string YearPhrase(DatePattern pattern, out bool isPhrase)
    {
        isPhrase = false;
        if (pattern.Year is { } year)
        {
            return CalendarFacts.YearForPeople(year);
        }

        isPhrase = true;
        (int low, int high) = pattern.YearRange();
        int trailing = pattern.TrailingUnspecifiedYearDigits();
        if (trailing == 0)
        {
            return "some year matching " + (pattern.Negative ? "-" : string.Empty) + pattern.YearDigits;
        }

        if (trailing == 1 && low > 0 && !pattern.HasMonth)
        {
            return "the " + low.ToString(CultureInfo.InvariantCulture) + "s";
        }

        return "some year in " + YearSpan(low, high);
    }

    private static string YearSpan(int low, int high) => low > 0
        ? low.ToString(CultureInfo.InvariantCulture) + "–" + high.ToString(CultureInfo.InvariantCulture)
        : CalendarFacts.YearForPeople(low) + " to " + CalendarFacts.YearForPeople(high);

    private static string? MonthList(DatePattern pattern)
    {
        if (pattern.MonthDigits is not { } digits || digits == "XX")
        {
            return null;
        }

        return JoinOr([.. DatePattern.Completions(digits, 1, 12, ascending: true).Select(CalendarFacts.MonthName)]);
    }

    private static string NumberList(string digits, int max)
    {
        int[] values = [.. DatePattern.Completions(digits, 1, max, ascending: true)];
        bool consecutive = values[^1] - values[0] == values.Length - 1;
        return consecutive && values.Length > 2
            ? values[0].ToString(CultureInfo.InvariantCulture) + "–" + values[^1].ToString(CultureInfo.InvariantCulture)
            : JoinOr([.. values.Select(v => v.ToString(CultureInfo.InvariantCulture))]);
    }

    private static string Ordinal(int day)
    {
        string suffix = (day % 100) switch
        {
            11 or 12 or 13 => "th",
            _ => (day % 10) switch
            {
                1 => "st",
                2 => "nd",
                3 => "rd",
                _ => "th",
            },
        };
        return day.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    private static string Utc(Offset offset) => offset == Offset.Zero ? "UTC" : "UTC" + EdtfSingleDate.FormatOffset(offset);

    private static string Interval(EdtfInterval interval)
    {
        EdtfSingleDate? start = interval.Start.Date;
        EdtfSingleDate? end = interval.End.Date;
        if (start is not null && end is not null)
        {
            return Compress(start, end) is { } parts
                ? parts.Left + (parts.Left.Contains(' ', StringComparison.Ordinal) ? " – " : "–") + parts.Right
                : Single(start) + " to " + Single(end);
        }

        if (start is not null)
        {
            return "from " + Single(start) + (interval.End.Kind == IntervalEndKind.Open ? " (open end)" : " (end unknown)");
        }

        return "until " + Single(end!) + (interval.Start.Kind == IntervalEndKind.Open ? " (open start)" : " (start unknown)");
    }

    /// <summary>Shortens two plain dates of the same precision and year, such as ("15", "16 March 2025").</summary>
    private static (string Left, string Right)? Compress(EdtfSingleDate first, EdtfSingleDate last)
    {
        bool plain = first.Qualifiers == DateQualifiers.None && last.Qualifiers == DateQualifiers.None
            && !first.HasUnspecifiedDigits && !last.HasUnspecifiedDigits
            && first.Season is null && last.Season is null
            && first.Precision == last.Precision
            && first.SpecifiedYear == last.SpecifiedYear
            && first.SpecifiedYear > 0;
        if (!plain)
        {
            return null;
        }

        LocalDate a = first.Earliest!.Value;
        LocalDate b = last.Earliest!.Value;
        return first.Precision switch
        {
            DatePrecision.Day when a.Month == b.Month && a != b =>
                (a.Day.ToString(CultureInfo.InvariantCulture), CalendarFacts.DateForPeople(b)),
            DatePrecision.Day when a.Month != b.Month =>
                (a.Day.ToString(CultureInfo.InvariantCulture) + " " + CalendarFacts.MonthName(a.Month), CalendarFacts.DateForPeople(b)),
            DatePrecision.Month when a.Month != b.Month =>
                (CalendarFacts.MonthName(a.Month), Single(last)),
            _ => null,
        };
    }

    private static string Set(EdtfSet set)
    {
        if (!set.IsAllOf && set.Members.Count == 1)
        {
            EdtfSetMember only = set.Members[0];
            switch (only.Kind)
            {
                case SetMemberKind.Range:
                    return "between " + (Compress(only.First!, only.Last!) is { } parts
                        ? parts.Left + " and " + parts.Right
                        : Single(only.First!) + " and " + Single(only.Last!));
                case SetMemberKind.OnOrBefore:
                case SetMemberKind.OnOrAfter:
                    return Member(only);
            }
        }

        return (set.IsAllOf ? "all of " : "one of ") + string.Join(", ", set.Members.Select(Member));
    }

    private static string Member(EdtfSetMember member) => member.Kind switch
    {
        SetMemberKind.Date => Single(member.First!),
        SetMemberKind.Range => Compress(member.First!, member.Last!) is { } parts
            ? parts.Left + (parts.Left.Contains(' ', StringComparison.Ordinal) ? " – " : "–") + parts.Right
            : Single(member.First!) + " to " + Single(member.Last!),
        SetMemberKind.OnOrBefore => Single(member.Last!) + " or earlier",
        _ => Single(member.First!) + " or later",
    };

    private static string JoinAnd(List<string> items) => items.Count switch
    {
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    private static string JoinOr(string[] items) => items.Length switch
    {
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Length - 1)) + " or " + items[^1],
    };
}
