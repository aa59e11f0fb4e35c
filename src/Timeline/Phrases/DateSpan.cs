using NodaTime;

namespace Annals.Phrases;

/// <summary>
/// What a phrase resolves to before it becomes an EDTF value: the earliest and latest possible days, the EDTF shape,
/// and whether the value is approximate. <see cref="ToEdtf"/> writes the EDTF text that is then parsed.
/// </summary>
/// <remarks>Start and End are the strict bounds: the EDTF value's Earliest and Latest.</remarks>
internal sealed record DateSpan
{
    private DateSpan(LocalDate start, LocalDate end, SpanShape shape, bool approximate)
    {
        Start = start;
        End = end;
        Shape = shape;
        Approximate = approximate;
    }

    public LocalDate Start { get; }

    public LocalDate End { get; }

    public SpanShape Shape { get; }

    public bool Approximate { get; }

    public static DateSpan Day(LocalDate day) => new(day, day, SpanShape.Day, false);

    public static DateSpan ApproximateDay(LocalDate day) => new(day, day, SpanShape.Day, true);

    public static DateSpan Month(int year, int month) =>
        new(new LocalDate(year, month, 1), PhraseCalendar.EndOfMonth(year, month), SpanShape.Month, false);

    public static DateSpan Year(int year) => new(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31), SpanShape.Year, false);

    /// <summary>The days from <paramref name="first"/> to <paramref name="last"/>; a single day when they are equal.</summary>
    public static DateSpan Days(LocalDate first, LocalDate last, bool approximate = false) =>
        first == last
            ? new(first, last, SpanShape.Day, approximate)
            : new(first, last, SpanShape.DayInterval, approximate);

    /// <summary>Approximately the months from the first month's first day to the last month's last day.</summary>
    public static DateSpan ApproximateMonths(int year, int firstMonth, int lastMonth) =>
        new(new LocalDate(year, firstMonth, 1), PhraseCalendar.EndOfMonth(year, lastMonth), SpanShape.MonthInterval, true);

    /// <summary>One day, not known which, from <paramref name="first"/> to <paramref name="last"/>.</summary>
    public static DateSpan OneOf(LocalDate first, LocalDate last) =>
        first == last ? Day(first) : new(first, last, SpanShape.OneOfDays, false);

    /// <summary>The EDTF text: 2025-04, 2025-03-01~/2025-03-10~, [2025-01-22..2025-01-27] and so on.</summary>
    public string ToEdtf()
    {
        var mark = Approximate ? "~" : string.Empty;
        return Shape switch
        {
            SpanShape.Day => DateText.Edtf(Start) + mark,
            SpanShape.Month => DateText.EdtfMonth(Start.Year, Start.Month) + mark,
            SpanShape.Year => DateText.EdtfYear(Start.Year) + mark,
            SpanShape.DayInterval => DateText.Edtf(Start) + mark + "/" + DateText.Edtf(End) + mark,
            SpanShape.MonthInterval =>
                DateText.EdtfMonth(Start.Year, Start.Month) + mark + "/" + DateText.EdtfMonth(End.Year, End.Month) + mark,
            _ => "[" + DateText.Edtf(Start) + ".." + DateText.Edtf(End) + "]",
        };
    }

    /// <summary>A short English reading for explanations: "April 2025", "about 1 March 2025 to 10 March 2025".</summary>
    public string Describe()
    {
        var about = Approximate ? "about " : string.Empty;
        return Shape switch
        {
            SpanShape.Day => about + DateText.Day(Start),
            SpanShape.Month => about + DateText.MonthOfYear(Start.Year, Start.Month),
            SpanShape.Year => about + DateText.Year(Start.Year),
            SpanShape.DayInterval => about + DateText.Day(Start) + " to " + DateText.Day(End),
            SpanShape.MonthInterval =>
                about + DateText.MonthOfYear(Start.Year, Start.Month) + " to " + DateText.MonthOfYear(End.Year, End.Month),
            _ => "one day from " + DateText.Day(Start) + " to " + DateText.Day(End),
        };
    }
}
