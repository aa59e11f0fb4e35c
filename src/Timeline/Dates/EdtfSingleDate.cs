using System.Globalization;
using System.Text;
using Annals.Utility;
using NodaTime;

namespace Annals.Dates;

/// <summary>
/// One date: a year, a year and month or season, or a full date, possibly with qualifiers on its components and
/// unspecified digits (<c>X</c>); or a date with a time of day, a UTC offset and possibly a time zone.
/// </summary>
/// <remarks>
/// <para>
/// Examples: <c>2025</c>, <c>2025-04~</c>, <c>?2004-06-~11</c>, <c>1979-XX-28</c>, <c>2001-21</c>, <c>1950S2</c>,
/// <c>-0044-03-15</c>, <c>2025-02-03T10:30:00+05:00</c>.
/// </para>
/// <para>
/// Each component (year, month or season, day) carries its own <see cref="DateQualifiers"/>. In EDTF text a
/// qualifier written after a component applies to it and to every component on its left, and a qualifier written
/// before a component applies to that component only. The canonical text writes one trailing qualifier when every
/// component has the same qualifiers; otherwise it writes the longest leading run (of two or more) of identical
/// qualifiers as a suffix after the run's last component, and every other qualified component with a prefix
/// qualifier. So <c>?2004-?06-?11</c> is written <c>2004-06-11?</c>, and year and month approximate with the day
/// uncertain is written <c>2004-06~-?11</c>.
/// </para>
/// <para>
/// Date-times take no qualifiers and no unspecified digits. Their bounds are the date in the written offset or zone
/// (the wall-clock date). Instances are immutable and thread-safe; see <see cref="EdtfDate"/> for equality and order.
/// </para>
/// </remarks>
public sealed class EdtfSingleDate : EdtfDate
{
    private readonly DatePattern pattern;
    private readonly LocalDate earliest;
    private readonly LocalDate latest;
    private readonly string text;

    /// <summary>Creates a date from parts that the caller has validated, and its canonical text when the caller
    /// already has it.</summary>
    /// <param name="pattern">The digits, accepted by <see cref="DatePattern.TryGetBounds"/>.</param>
    /// <param name="yearQualifiers">The year's qualifiers.</param>
    /// <param name="monthQualifiers">The month's or season's qualifiers.</param>
    /// <param name="dayQualifiers">The day's qualifiers.</param>
    /// <param name="timeOfDay">The time of day, or <see langword="null"/>.</param>
    /// <param name="offset">The UTC offset, or <see langword="null"/>.</param>
    /// <param name="zone">The time zone, or <see langword="null"/>.</param>
    /// <param name="earliest">The earliest day.</param>
    /// <param name="latest">The latest day.</param>
    /// <param name="canonicalText">The text <see cref="Format"/> would write, or <see langword="null"/> to format it.</param>
    internal EdtfSingleDate(
        DatePattern pattern,
        DateQualifiers yearQualifiers,
        DateQualifiers monthQualifiers,
        DateQualifiers dayQualifiers,
        LocalTime? timeOfDay,
        Offset? offset,
        DateTimeZone? zone,
        LocalDate earliest,
        LocalDate latest,
        string? canonicalText = null)
    {
        this.pattern = pattern;
        YearQualifiers = yearQualifiers;
        MonthQualifiers = monthQualifiers;
        DayQualifiers = dayQualifiers;
        TimeOfDay = timeOfDay;
        Offset = offset;
        Zone = zone;
        this.earliest = earliest;
        this.latest = latest;
        text = canonicalText ?? Format();
        InitializeOrderKey();
    }

    /// <inheritdoc />
    /// <value>Always <see cref="EdtfDateKind.Date"/>.</value>
    public override EdtfDateKind Kind => EdtfDateKind.Date;

    /// <inheritdoc />
    public override DatePrecision Precision => HasTime ? DatePrecision.Time : pattern.Precision;

    /// <inheritdoc />
    /// <value>Never <see langword="null"/> for a single date.</value>
    public override LocalDate? Earliest => earliest;

    /// <inheritdoc />
    /// <value>Never <see langword="null"/> for a single date.</value>
    public override LocalDate? Latest => latest;

    /// <inheritdoc />
    public override bool IsApproximate => (Qualifiers & DateQualifiers.Approximate) != 0;

    /// <inheritdoc />
    public override bool IsUncertain => (Qualifiers & DateQualifiers.Uncertain) != 0;

    /// <inheritdoc />
    public override bool HasUnspecifiedDigits => pattern.HasUnspecifiedDigits;

    /// <inheritdoc />
    public override int Level
    {
        get
        {
            DateQualifiers[] flags = ComponentQualifiers();
            bool qualified = Array.Exists(flags, q => q != DateQualifiers.None);
            bool uniform = Array.TrueForAll(flags, q => q == flags[0]);
            int qualifierLevel = !qualified ? 0 : uniform ? 1 : 2;
            return Math.Max(pattern.Level, qualifierLevel);
        }
    }

    /// <summary>Gets the astronomical year when all four of its digits are given (for <c>1950S2</c>, the estimate 1950); otherwise <see langword="null"/>.</summary>
    public int? SpecifiedYear => pattern.Year;

    /// <summary>Gets the month, 1 to 12, when it is written with both digits given; otherwise <see langword="null"/> (also for a season).</summary>
    public int? SpecifiedMonth => pattern.Month;

    /// <summary>Gets the day, 1 to 31, when it is written with both digits given; otherwise <see langword="null"/>.</summary>
    public int? SpecifiedDay => pattern.Day;

    /// <summary>Gets the year as written, with its sign and any unspecified digits, for example <c>2025</c>, <c>-0044</c> or <c>19XX</c>.</summary>
    public string YearDigits => (pattern.Negative ? "-" : string.Empty) + pattern.YearDigits;

    /// <summary>Gets the month as written, for example <c>04</c> or <c>1X</c>, or <see langword="null"/> when there is no month (or a season instead).</summary>
    public string? MonthDigits => pattern.MonthDigits;

    /// <summary>Gets the day as written, for example <c>14</c> or <c>XX</c>, or <see langword="null"/> when there is no day.</summary>
    public string? DayDigits => pattern.DayDigits;

    /// <summary>Gets the season or sub-year grouping written in the month position, or <see langword="null"/>.</summary>
    public Season? Season => pattern.Season;

    /// <summary>Gets the number of significant digits of the year (the <c>2</c> of <c>1950S2</c>), or <see langword="null"/>.</summary>
    public int? SignificantDigits => pattern.SignificantDigits > 0 ? pattern.SignificantDigits : null;

    /// <summary>Gets the qualifiers of the year.</summary>
    public DateQualifiers YearQualifiers { get; }

    /// <summary>Gets the qualifiers of the month or season (<see cref="DateQualifiers.None"/> when there is none).</summary>
    public DateQualifiers MonthQualifiers { get; }

    /// <summary>Gets the qualifiers of the day (<see cref="DateQualifiers.None"/> when there is none).</summary>
    public DateQualifiers DayQualifiers { get; }

    /// <summary>Gets the union of the qualifiers of all components.</summary>
    public DateQualifiers Qualifiers => YearQualifiers | MonthQualifiers | DayQualifiers;

    /// <summary>Gets a value indicating whether this is a date-time.</summary>
    public bool HasTime => TimeOfDay is not null;

    /// <summary>Gets the time of day, in whole seconds, or <see langword="null"/> for a date without a time.</summary>
    public LocalTime? TimeOfDay { get; }

    /// <summary>Gets the UTC offset of a date-time, or <see langword="null"/> for a local date-time or a date.</summary>
    public Offset? Offset { get; }

    /// <summary>Gets the time zone of a value made with <see cref="EdtfDate.FromZoned"/>, or <see langword="null"/>.</summary>
    public DateTimeZone? Zone { get; }

    /// <inheritdoc />
    internal override string? ZoneId => Zone?.Id;

    /// <inheritdoc />
    internal override bool OverlapIsByBounds => !pattern.HasUnspecifiedDigits;

    /// <summary>Gets the digits of this date, for the describer.</summary>
    internal DatePattern Pattern => pattern;

    /// <summary>Returns a copy with every component approximate, keeping any uncertainty.</summary>
    /// <returns>For example <c>2025-04~</c> from <c>2025-04</c>, or <c>2025-04%</c> from <c>2025-04?</c>.</returns>
    /// <exception cref="InvalidOperationException">This is a date-time, or a year with significant digits; neither takes qualifiers.</exception>
    public override EdtfSingleDate Approximate() => Qualify(DateQualifiers.Approximate);

    /// <summary>Returns a copy with every component uncertain, keeping any approximation.</summary>
    /// <returns>For example <c>2021?</c> from <c>2021</c>.</returns>
    /// <exception cref="InvalidOperationException">This is a date-time, or a year with significant digits; neither takes qualifiers.</exception>
    public override EdtfSingleDate Uncertain() => Qualify(DateQualifiers.Uncertain);

    /// <summary>Returns a copy whose every component has exactly the given qualifiers.</summary>
    /// <param name="qualifiers">The qualifiers for the year, month or season, and day alike.</param>
    /// <returns>For example <c>2025-04-14%</c> for <see cref="DateQualifiers.ApproximateAndUncertain"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="qualifiers"/> is not a combination of the defined flags.</exception>
    /// <exception cref="InvalidOperationException">This is a date-time, or a year with significant digits.</exception>
    public EdtfSingleDate WithQualifiers(DateQualifiers qualifiers) => WithQualifiers(
        qualifiers,
        pattern.HasMonth ? qualifiers : DateQualifiers.None,
        pattern.HasDay ? qualifiers : DateQualifiers.None);

    /// <summary>Returns a copy with the given qualifiers on each component (EDTF level 2).</summary>
    /// <param name="year">The year's qualifiers.</param>
    /// <param name="month">The month's or season's qualifiers; must be <see cref="DateQualifiers.None"/> when there is no month.</param>
    /// <param name="day">The day's qualifiers; must be <see cref="DateQualifiers.None"/> when there is no day.</param>
    /// <returns>For example <c>2004-06~-?11</c> for an approximate year and month and an uncertain day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is not a combination of the defined flags.</exception>
    /// <exception cref="ArgumentException">A qualifier is given for a component the date does not have.</exception>
    /// <exception cref="InvalidOperationException">This is a date-time, or a year with significant digits.</exception>
    public EdtfSingleDate WithQualifiers(DateQualifiers year, DateQualifiers month, DateQualifiers day)
    {
        Preconditions.CheckArgumentRange(nameof(year), (int)year, 0, 3);
        Preconditions.CheckArgumentRange(nameof(month), (int)month, 0, 3);
        Preconditions.CheckArgumentRange(nameof(day), (int)day, 0, 3);
        Preconditions.CheckArgument(
            pattern.HasMonth || month == DateQualifiers.None, nameof(month), "{0} has no month or season to qualify.", text);
        Preconditions.CheckArgument(
            pattern.HasDay || day == DateQualifiers.None, nameof(day), "{0} has no day to qualify.", text);
        Preconditions.CheckState(!HasTime, "{0} is a date-time; EDTF allows no qualifiers on date-times.", text);
        Preconditions.CheckState(
            pattern.SignificantDigits == 0, "{0} has significant digits; EDTF allows no qualifiers on them.", text);
        return new EdtfSingleDate(pattern, year, month, day, null, null, null, earliest, latest);
    }

    /// <summary>Returns the canonical EDTF text.</summary>
    /// <returns>For example <c>2025-04~</c>, <c>2004-06~-?11</c> or <c>2025-02-03T10:30:00Z</c>.</returns>
    public override string ToString() => text;

    /// <summary>Creates a date from numbers that the caller has validated.</summary>
    /// <param name="year">The year, within the supported range.</param>
    /// <param name="month">The month, or <see langword="null"/>.</param>
    /// <param name="day">The day, valid for the month, or <see langword="null"/> (requires a month).</param>
    /// <returns>The date.</returns>
    internal static EdtfSingleDate FromNumbers(int year, int? month, int? day) =>
        FromValidPattern(new DatePattern(
            year < 0,
            CalendarFacts.FormatYear(Math.Abs(year)),
            0,
            month is { } m ? CalendarFacts.TwoDigits(m) : null,
            null,
            day is { } d ? CalendarFacts.TwoDigits(d) : null));

    /// <summary>Creates an unqualified date from a pattern that the caller has validated.</summary>
    /// <param name="pattern">The pattern.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentException">The pattern is not valid after all (a bug in the caller).</exception>
    internal static EdtfSingleDate FromValidPattern(DatePattern pattern)
    {
        pattern.TryGetBounds(out LocalDate first, out LocalDate last, out _, out string? message);
        Preconditions.CheckNoProblem(message, nameof(pattern));
        return new EdtfSingleDate(
            pattern, DateQualifiers.None, DateQualifiers.None, DateQualifiers.None, null, null, null, first, last);
    }

    /// <summary>Creates a date-time; fractions of a second are dropped.</summary>
    /// <param name="dateTime">The local date and time, in the ISO calendar.</param>
    /// <param name="offset">The offset in whole minutes, or <see langword="null"/>.</param>
    /// <param name="zone">The zone, or <see langword="null"/>.</param>
    /// <returns>The date-time.</returns>
    internal static EdtfSingleDate FromDateTime(LocalDateTime dateTime, Offset? offset, DateTimeZone? zone)
    {
        EdtfSingleDate date = FromNumbers(dateTime.Year, dateTime.Month, dateTime.Day);
        var time = new LocalTime(dateTime.Hour, dateTime.Minute, dateTime.Second);
        return new EdtfSingleDate(
            date.pattern, DateQualifiers.None, DateQualifiers.None, DateQualifiers.None, time, offset, zone, date.earliest, date.latest);
    }

    /// <summary>Formats an offset as EDTF writes it.</summary>
    /// <param name="offset">The offset, in whole minutes.</param>
    /// <returns><c>Z</c> for zero, otherwise for example <c>+05:00</c> or <c>-03:30</c>.</returns>
    internal static string FormatOffset(Offset offset)
    {
        int seconds = offset.Seconds;
        if (seconds == 0)
        {
            return "Z";
        }

        int magnitude = Math.Abs(seconds);
        return (seconds < 0 ? "-" : "+")
            + CalendarFacts.TwoDigits(magnitude / 3600) + ":" + CalendarFacts.TwoDigits(magnitude % 3600 / 60);
    }

    /// <summary>Formats a time of day as EDTF writes it.</summary>
    /// <param name="time">The time.</param>
    /// <returns>For example <c>10:30:00</c>.</returns>
    internal static string FormatTime(LocalTime time) =>
        CalendarFacts.TwoDigits(time.Hour) + ":" + CalendarFacts.TwoDigits(time.Minute) + ":" + CalendarFacts.TwoDigits(time.Second);

    /// <summary>Gets the qualifier character for a set of qualifiers.</summary>
    /// <param name="qualifiers">Qualifiers other than none.</param>
    /// <returns><c>~</c>, <c>?</c> or <c>%</c>.</returns>
    internal static char QualifierChar(DateQualifiers qualifiers) => qualifiers switch
    {
        DateQualifiers.Approximate => '~',
        DateQualifiers.Uncertain => '?',
        _ => '%',
    };

    /// <summary>Gets the qualifiers of the components present: year, then month or season, then day.</summary>
    /// <returns>One entry per component written.</returns>
    internal DateQualifiers[] ComponentQualifiers()
    {
        int count = 1 + (pattern.HasMonth ? 1 : 0) + (pattern.HasDay ? 1 : 0);
        DateQualifiers[] all = [YearQualifiers, MonthQualifiers, DayQualifiers];
        return all[..count];
    }

    /// <inheritdoc />
    private protected override bool MayOverlapCore(LocalDate? rangeStart, LocalDate? rangeEnd) =>
        pattern.HasUnspecifiedDigits
            ? pattern.HasPossibleDayWithin(rangeStart, rangeEnd)
            : base.MayOverlapCore(rangeStart, rangeEnd);

    private EdtfSingleDate Qualify(DateQualifiers added) => WithQualifiers(
        YearQualifiers | added,
        pattern.HasMonth ? MonthQualifiers | added : DateQualifiers.None,
        pattern.HasDay ? DayQualifiers | added : DateQualifiers.None);

    private string Format()
    {
        string?[] parts = [pattern.YearText, pattern.MonthText, pattern.DayDigits];
        DateQualifiers[] flags = ComponentQualifiers();
        var builder = new StringBuilder(32);
        bool uniform = Array.TrueForAll(flags, q => q == flags[0]);
        if (uniform)
        {
            AppendParts(builder, parts, flags.Length);
            if (flags[0] != DateQualifiers.None)
            {
                builder.Append(QualifierChar(flags[0]));
            }
        }
        else
        {
            int run = 0;
            if (flags[0] != DateQualifiers.None)
            {
                run = 1;
                while (run < flags.Length && flags[run] == flags[0])
                {
                    run++;
                }
            }

            // A leading run of one is written as a prefix, which is shorter than nothing and equally clear.
            if (run < 2)
            {
                run = 0;
            }

            for (int i = 0; i < flags.Length; i++)
            {
                if (i > 0)
                {
                    builder.Append('-');
                }

                if (i >= run && flags[i] != DateQualifiers.None)
                {
                    builder.Append(QualifierChar(flags[i]));
                }

                builder.Append(parts[i]);
                if (run > 0 && i == run - 1)
                {
                    builder.Append(QualifierChar(flags[0]));
                }
            }
        }

        if (TimeOfDay is { } time)
        {
            builder.Append('T').Append(FormatTime(time));
            if (Offset is { } offset)
            {
                builder.Append(FormatOffset(offset));
            }
        }

        return builder.ToString();
    }

    private static void AppendParts(StringBuilder builder, string?[] parts, int count)
    {
        for (int i = 0; i < count; i++)
        {
            if (i > 0)
            {
                builder.Append('-');
            }

            builder.Append(parts[i]);
        }
    }
}
