using System.Globalization;
using Annals.Dates;
using NodaTime;

namespace Annals.Rendering;

/// <summary>
/// Turns an <see cref="EdtfDate"/> into the words a reader expects: "3 February 2025", "c. late January 2025",
/// "15–16 March 2025", "between 22 and 24 January 2025", "before 2021". The rules are listed in
/// <c>docs/rendering.md</c> and on <see cref="DateLabel"/>.
/// </summary>
/// <remarks>Labels are built from the date's shape, precision, strict bounds and qualifiers, never from the current
/// culture. Immutable and thread-safe.</remarks>
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
        var label = date.Kind switch
        {
            EdtfDateKind.Interval => Interval(date),
            EdtfDateKind.OneOf => OneOf(date),
            EdtfDateKind.AllOf => Span(date.Earliest, date.Latest, date.Precision, Joiner.Dash, date.HasUnspecifiedDigits),
            _ => Span(date.Earliest, date.Latest, date.Precision, Joiner.Dash, date.HasUnspecifiedDigits),
        };
        return Qualify(label, date.IsApproximate, date.IsUncertain);
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

    private string Qualify(string label, bool approximate, bool uncertain)
    {
        if (approximate)
        {
            label = RenderText.Fill(Text.Circa, label);
        }

        return uncertain ? RenderText.Fill(Text.Possibly, label) : label;
    }

    private string Interval(EdtfDate date) => (date.Earliest, date.Latest) switch
    {
        (null, null) => Text.Undated,
        (null, { } end) => RenderText.Fill(Text.Before, Point(end, date.Precision)),
        ({ } start, null) => RenderText.Fill(Text.After, Point(start, date.Precision)),
        _ => Span(date.Earliest, date.Latest, date.Precision, Joiner.Dash, unspecified: false),
    };

    private string OneOf(EdtfDate date)
    {
        switch (date.Earliest, date.Latest)
        {
            case (null, null):
                return Text.Undated;
            case (null, { } end):
                return RenderText.Fill(Text.OrEarlier, Point(end, date.Precision));
            case ({ } start, null):
                return RenderText.Fill(Text.OrLater, Point(start, date.Precision));
            case ({ } start, { } end):
                var single = Span(start, end, date.Precision, Joiner.Dash, date.HasUnspecifiedDigits);
                return Point(start, date.Precision) == Point(end, date.Precision)
                    ? single
                    : RenderText.Fill(Text.Between, Span(start, end, date.Precision, Joiner.Pair, unspecified: false));
        }
    }

    /// <summary>The label of the period at a precision that holds a day: the day, its month or its year.</summary>
    private string Point(LocalDate day, DatePrecision precision) => precision switch
    {
        >= DatePrecision.Day => format.Day(day),
        DatePrecision.Month or DatePrecision.Season => format.Month(day.Year, day.Month),
        _ => format.Year(day.Year),
    };

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

        var wholeYears = start.Month == 1 && start.Day == 1 && end.Month == 12 && end.Day == 31;
        var wholeMonths = start.Day == 1 && end.Day == end.Calendar.GetDaysInMonth(end.Year, end.Month);
        if (precision < DatePrecision.Year)
        {
            return Years(start.Year, end.Year, joiner);
        }

        if (precision == DatePrecision.Year || (wholeYears && joiner == Joiner.Dash))
        {
            return start.Year == end.Year ? format.Year(start.Year) : Pair(format.Year(start.Year), format.Year(end.Year), joiner, days: false);
        }

        if (precision is DatePrecision.Month or DatePrecision.Season || (wholeMonths && joiner == Joiner.Dash))
        {
            return Months(start, end, joiner);
        }

        return Days(start, end, joiner, unspecified);
    }

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
            if (unspecified && joiner == Joiner.Dash && PartOfMonth(start.Day, end.Day, end.Calendar.GetDaysInMonth(end.Year, end.Month)) is { } part)
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

    /// <summary>Early (days 1–10), mid (10–20) or late (20–end) in a month, for days left open by unspecified digits.</summary>
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

        if (firstDay >= 20 && lastDay <= daysInMonth)
        {
            return Text.LateMonth;
        }

        return null;
    }

    private static string Roman(int number)
    {
        ReadOnlySpan<(int Value, string Numeral)> numerals =
        [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ];
        if (number <= 0)
        {
            return number.ToString(CultureInfo.InvariantCulture);
        }

        var builder = new System.Text.StringBuilder();
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
