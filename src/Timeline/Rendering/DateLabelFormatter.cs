using System.Globalization;
using System.Text;
using Annals.Dates;
using NodaTime;

namespace Annals.Rendering;

/// <summary>
/// Turns an <see cref="EdtfDate"/> into the words a reader expects: "3 February 2025", "c. late January 2025",
/// "15–16 March 2025", "between 22 and 24 January 2025", "before 2021". The rules are listed on
/// <see cref="DateLabel"/> and in <c>docs/rendering.md</c>.
/// </summary>
/// <remarks>Labels are built from the date's shape (single date, interval or set), precision, strict bounds and
/// qualifiers, and never from the current culture. Immutable and thread-safe.</remarks>
internal sealed class DateLabelFormatter
{
    private readonly DateTextFormat format;

    /// <summary>Creates a formatter for a culture's date format.</summary>
    /// <param name="format">The culture's format.</param>
    public DateLabelFormatter(DateTextFormat format)
    {
        this.format = format;
    }

    private enum Joiner
    {
        /// <summary>An en dash: "15–16 March 2025".</summary>
        Dash,

        /// <summary>A pair for "between": "22 and 24 January 2025".</summary>
        Pair,
    }

    private RenderText Text => format.Text;

    /// <summary>Writes the label of a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The label, qualifiers included ("c. …", "possibly …").</returns>
    public string Format(EdtfDate date)
    {
        ArgumentNullException.ThrowIfNull(date);
        return date switch
        {
            EdtfSingleDate single => Single(single),
            EdtfInterval interval => Interval(interval),
            EdtfSet set => Set(set),
            _ => Qualify(Span(date.Earliest, date.Latest, date.Precision, Joiner.Dash, date.HasUnspecifiedDigits), date),
        };
    }

    /// <summary>Writes the heading of a group's period: "2025" or "April 2025".</summary>
    /// <param name="period">The period: a year or a month.</param>
    /// <returns>The heading text.</returns>
    public string Period(EdtfDate period)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (period.Earliest is not { } start)
        {
            return Text.UndatedHeading;
        }

        return period.Precision >= DatePrecision.Month ? format.Month(start.Year, start.Month) : format.Year(start.Year);
    }

    private string Qualify(string label, EdtfDate date)
    {
        if (date.IsApproximate)
        {
            label = RenderText.Fill(Text.Circa, label);
        }

        return date.IsUncertain ? RenderText.Fill(Text.Possibly, label) : label;
    }

    /// <summary>A single date, with its qualifiers. Seasons, quarters and halves are named ("spring 2001", "first
    /// quarter of 2025"); quadrimesters, which have no everyday name, are written as their months ("May–August 2025").
    /// Qualifiers on any component (<c>2004-06-~11</c>) qualify the whole label.</summary>
    private string Single(EdtfSingleDate date) => Qualify(Core(date), date);

    private string Core(EdtfSingleDate date)
    {
        if (date.IsUndated)
        {
            return Text.Undated;
        }

        if (date.Season is { } season && date.SpecifiedYear is { } year
            && season is not (>= Season.FirstQuadrimester and <= Season.ThirdQuadrimester))
        {
            return SeasonLabel(season, year);
        }

        if (date.TimeOfDay is { } time && date.Earliest is { } day)
        {
            return format.Day(day) + ", " + Time(time, date.Offset, date.Zone);
        }

        return Span(date.Earliest, date.Latest, date.Precision, Joiner.Dash, date.HasUnspecifiedDigits);
    }

    private string Interval(EdtfInterval interval)
    {
        var (start, end) = (interval.Start.Date, interval.End.Date);
        return (start, end) switch
        {
            (null, null) => Text.Undated,
            (null, { } last) => RenderText.Fill(Text.Before, Single(last)),
            ({ } first, null) => RenderText.Fill(Text.After, Single(first)),
            ({ } first, { } last) when IsPlain(first) && IsPlain(last) && first.Precision == last.Precision =>
                Span(first.Earliest, last.Latest, first.Precision, Joiner.Dash, unspecified: false),
            ({ } first, { } last) => Single(first) + " – " + Single(last),
        };
    }

    private string Set(EdtfSet set)
    {
        var members = set.Members;
        if (members.Count == 1)
        {
            var only = members[0];
            return only.Kind == SetMemberKind.Range && !set.IsAllOf
                ? Qualify(Between(only.First!, only.Last!), set)
                : Member(only);
        }

        if (members.All(m => m.Kind == SetMemberKind.Date && IsPlain(m.First!))
            && members.Select(m => m.First!.Precision).Distinct().Count() == 1
            && SharedPeriodList(members.Select(m => m.First!).ToList(), set.IsAllOf) is { } shared)
        {
            return shared;
        }

        return JoinList(members.Select(Member).ToList(), set.IsAllOf);
    }

    private string Member(EdtfSetMember member) => member.Kind switch
    {
        SetMemberKind.OnOrBefore => RenderText.Fill(Text.OrEarlier, Single(member.Last!)),
        SetMemberKind.OnOrAfter => RenderText.Fill(Text.OrLater, Single(member.First!)),
        SetMemberKind.Range => RangeMember(member.First!, member.Last!),
        _ => Single(member.First!),
    };

    private string RangeMember(EdtfSingleDate first, EdtfSingleDate last)
    {
        var span = Span(first.Earliest, last.Latest, first.Precision, Joiner.Dash, unspecified: false);
        return IsPlain(first) && IsPlain(last) ? span : Single(first) + " – " + Single(last);
    }

    private string Between(EdtfSingleDate first, EdtfSingleDate last) =>
        IsPlain(first) && IsPlain(last)
            ? RenderText.Fill(Text.Between, Span(first.Earliest, last.Latest, first.Precision, Joiner.Pair, unspecified: false))
            : RenderText.Fill(Text.Between, RenderText.Fill(Text.Pair, Single(first), Single(last)));

    /// <summary>Days of one month, months of one year, or years, written with the shared part once:
    /// "15 and 16 March 2025", "March or May 2025", "1667 or 1668".</summary>
    private string? SharedPeriodList(List<EdtfSingleDate> dates, bool allOf)
    {
        var days = dates.Select(d => d.Earliest!.Value).ToList();
        var first = days[0];
        switch (dates[0].Precision)
        {
            case DatePrecision.Day when days.All(d => d.Year == first.Year && d.Month == first.Month):
                return format.DayText(JoinList(days.Select(d => format.DayNumber(d.Day)).ToList(), allOf), first);
            case DatePrecision.Month when days.All(d => d.Year == first.Year):
                return format.MonthText(JoinList(days.Select(d => format.MonthName(d.Month)).ToList(), allOf), first.Year, first.Month);
            case DatePrecision.Year:
                return JoinList(days.Select(d => format.Year(d.Year)).ToList(), allOf);
            default:
                return null;
        }
    }

    private string JoinList(List<string> items, bool allOf)
    {
        if (items.Count == 1)
        {
            return items[0];
        }

        return string.Join(", ", items.Take(items.Count - 1)) + (allOf ? Text.ListAnd : Text.ListOr) + items[^1];
    }

    /// <summary>A date that reads as a plain span: no qualifiers, season or time.</summary>
    private static bool IsPlain(EdtfSingleDate date) =>
        !date.IsApproximate && !date.IsUncertain && date.Season is null && !date.HasTime
        && date.Precision is DatePrecision.Year or DatePrecision.Month or DatePrecision.Day;

    private string SeasonLabel(Season season, int year)
    {
        var yearText = format.Year(year);
        var code = (int)season;
        if (code >= (int)Season.FirstQuarter)
        {
            var (template, index) = code <= (int)Season.FourthQuarter
                ? (Text.Quarter, code - (int)Season.FirstQuarter)
                : (Text.Semester, code - (int)Season.FirstSemestral);
            return RenderText.Fill(template, Text.Ordinals[index], yearText);
        }

        var name = ((code - (int)Season.Spring) % 4) switch
        {
            0 => Text.Spring,
            1 => Text.Summer,
            2 => Text.Autumn,
            _ => Text.Winter,
        };
        var label = RenderText.Fill(Text.SeasonOfYear, name, yearText);
        return code switch
        {
            >= (int)Season.SouthernSpring => RenderText.Fill(Text.SouthernHemisphere, label),
            >= (int)Season.NorthernSpring => RenderText.Fill(Text.NorthernHemisphere, label),
            _ => label,
        };
    }

    private static string Time(LocalTime time, Offset? offset, DateTimeZone? zone)
    {
        var text = time.ToString(time.Second == 0 ? "HH:mm" : "HH:mm:ss", CultureInfo.InvariantCulture);
        if (zone is not null)
        {
            return text + " " + zone.Id;
        }

        if (offset is not { } o)
        {
            return text;
        }

        if (o == Offset.Zero)
        {
            return text + " UTC";
        }

        var minutes = Math.Abs(o.Seconds / 60);
        return text + " UTC" + (o.Seconds < 0 ? "−" : "+")
            + (minutes / 60).ToString("00", CultureInfo.InvariantCulture) + ":"
            + (minutes % 60).ToString("00", CultureInfo.InvariantCulture);
    }

    /// <summary>The label of the days from <paramref name="first"/> to <paramref name="last"/>, at a precision.</summary>
    private string Span(LocalDate? first, LocalDate? last, DatePrecision precision, Joiner joiner, bool unspecified)
    {
        if (first is not { } start || last is not { } end)
        {
            return first is { } only ? Point(only, precision) : last is { } other ? Point(other, precision) : Text.Undated;
        }

        if (end < start)
        {
            (start, end) = (end, start);
        }

        if (precision < DatePrecision.Year)
        {
            return Years(start.Year, end.Year, joiner);
        }

        var wholeYears = start.Month == 1 && start.Day == 1 && end.Month == 12 && end.Day == 31;
        if (precision == DatePrecision.Year || (wholeYears && joiner == Joiner.Dash))
        {
            return start.Year == end.Year ? format.Year(start.Year) : Pair(format.Year(start.Year), format.Year(end.Year), joiner, days: false);
        }

        var wholeMonths = start.Day == 1 && end.Day == DaysInMonth(end);
        if (precision is DatePrecision.Month or DatePrecision.Season || (wholeMonths && joiner == Joiner.Dash))
        {
            return Months(start, end, joiner);
        }

        return Days(start, end, joiner, unspecified);
    }

    /// <summary>The label of the period at a precision that holds a day: the day, its month or its year.</summary>
    private string Point(LocalDate day, DatePrecision precision) => precision switch
    {
        >= DatePrecision.Day => format.Day(day),
        DatePrecision.Month or DatePrecision.Season => format.Month(day.Year, day.Month),
        _ => format.Year(day.Year),
    };

    private string Years(int first, int last, Joiner joiner)
    {
        if (joiner == Joiner.Dash && last - first == 9 && first % 10 == 0)
        {
            return RenderText.Fill(Text.Decade, format.Year(first));
        }

        if (joiner == Joiner.Dash && last - first == 99 && first % 100 == 0 && first >= 0)
        {
            return RenderText.Fill(Text.Century, format.Year(first), Roman((first / 100) + 1));
        }

        return first == last ? format.Year(first) : Pair(format.Year(first), format.Year(last), joiner, days: false);
    }

    private string Months(LocalDate start, LocalDate end, Joiner joiner)
    {
        if (start.Year == end.Year && start.Month == end.Month)
        {
            return format.Month(start.Year, start.Month);
        }

        if (start.Year == end.Year)
        {
            var names = joiner == Joiner.Dash
                ? format.MonthName(start.Month) + "–" + format.MonthName(end.Month)
                : RenderText.Fill(Text.Pair, format.MonthName(start.Month), format.MonthName(end.Month));
            return format.MonthText(names, start.Year, start.Month);
        }

        return Pair(format.Month(start.Year, start.Month), format.Month(end.Year, end.Month), joiner, days: false);
    }

    private string Days(LocalDate start, LocalDate end, Joiner joiner, bool unspecified)
    {
        if (start == end)
        {
            return format.Day(start);
        }

        if (start.Year == end.Year && start.Month == end.Month)
        {
            if (unspecified && joiner == Joiner.Dash && PartOfMonth(start.Day, end.Day, DaysInMonth(end)) is { } part)
            {
                return format.MonthText(RenderText.Fill(part, format.MonthName(start.Month)), start.Year, start.Month);
            }

            var days = joiner == Joiner.Dash
                ? format.DayNumber(start.Day) + "–" + format.DayNumber(end.Day)
                : RenderText.Fill(Text.DayPair, format.DayNumber(start.Day), format.DayNumber(end.Day));
            return format.DayText(days, start);
        }

        if (start.Year == end.Year)
        {
            // The shared year is written once: after the second day, or before the first where the year leads.
            var first = format.YearFirst ? format.Day(start) : format.Day(start, withYear: false);
            var second = format.YearFirst ? format.Day(end, withYear: false) : format.Day(end);
            return Pair(first, second, joiner, days: true);
        }

        return Pair(format.Day(start), format.Day(end), joiner, days: true);
    }

    private string Pair(string first, string second, Joiner joiner, bool days) => joiner == Joiner.Dash
        ? first + (first.Contains(' ', StringComparison.Ordinal) || second.Contains(' ', StringComparison.Ordinal) ? " – " : "–") + second
        : RenderText.Fill(days ? Text.DayPair : Text.Pair, first, second);

    /// <summary>Early (days 1–10), mid (10–20) or late (20 to the end) of a month, for days that unspecified digits
    /// leave open (<c>2025-01-2X</c>).</summary>
    private string? PartOfMonth(int firstDay, int lastDay, int daysInMonth)
    {
        if (firstDay == 1 && lastDay <= 10)
        {
            return Text.EarlyMonth;
        }

        if (firstDay >= 10 && lastDay <= 20)
        {
            return Text.MidMonth;
        }

        return firstDay >= 20 && lastDay <= daysInMonth ? Text.LateMonth : null;
    }

    private static int DaysInMonth(LocalDate date) => date.Calendar.GetDaysInMonth(date.Year, date.Month);

    private static string Roman(int number)
    {
        ReadOnlySpan<(int Value, string Numeral)> numerals =
        [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ];
        var builder = new StringBuilder();
        foreach (var (value, numeral) in numerals)
        {
            while (number >= value)
            {
                builder.Append(numeral);
                number -= value;
            }
        }

        return builder.ToString();
    }
}
