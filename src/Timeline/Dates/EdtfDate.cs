using System.Diagnostics.CodeAnalysis;
using Annals.Utility;
using NodaTime;

namespace Annals.Dates;

/// <summary>
/// An imprecise date written in EDTF (the Extended Date/Time Format of ISO 8601-2, levels 0 to 2): a single date
/// such as <c>2025-04~</c>, an interval such as <c>2025-03-15/2025-03-16</c>, or a set such as <c>[1667,1668]</c>.
/// </summary>
/// <remarks>
/// <para>
/// Every value knows its strict bounds, <see cref="Earliest"/> and <see cref="Latest"/>: the first and the last
/// calendar day it can stand for. Qualifiers (approximate, uncertain) never widen them; an open or unknown end makes
/// the bound <see langword="null"/>. Relations and range queries are answered from these bounds.
/// </para>
/// <para>
/// Equality is by value: two values are equal when their canonical EDTF text (<see cref="ToString"/>) is the same,
/// compared ordinally, and, for values made with <see cref="FromZoned"/>, their time zone ids are the same.
/// </para>
/// <para>
/// Ordering (<see cref="CompareTo(EdtfDate)"/>, the operators and <see cref="Comparer"/>) is a total order consistent
/// with equality: by <see cref="Earliest"/> (unknown first), then <see cref="Latest"/> (unknown last), then
/// <see cref="Precision"/> (finer first), then the canonical text (ordinal), then the time zone id (none first).
/// <see langword="null"/> sorts before every value.
/// </para>
/// <para>
/// The concrete types are <see cref="EdtfSingleDate"/>, <see cref="EdtfInterval"/> and <see cref="EdtfSet"/>.
/// All are immutable and thread-safe. Nothing in them reads the system clock, the machine's time zone or the
/// current culture.
/// </para>
/// </remarks>
public abstract class EdtfDate : IEquatable<EdtfDate>, IComparable<EdtfDate>, IComparable
{
    /// <summary>The order key (see <see cref="OrderKey"/>); set once by each concrete type's constructor.</summary>
    private long orderKey;

    /// <summary>Initializes the base of a value; only the sealed types of this library derive from it.</summary>
    private protected EdtfDate()
    {
    }

    /// <summary>Gets the comparer that puts values in the documented total order; it accepts <see langword="null"/>.</summary>
    /// <remarks>
    /// The order is: <see cref="Earliest"/> ascending (<see langword="null"/>, an open or unknown start, first),
    /// then <see cref="Latest"/> ascending (<see langword="null"/> last), then <see cref="Precision"/> from finer
    /// to coarser, then the canonical text compared ordinally, then the time zone id (none first).
    /// It agrees with <see cref="CompareTo(EdtfDate)"/> and is consistent with <see cref="Equals(EdtfDate)"/>.
    /// </remarks>
    public static IComparer<EdtfDate?> Comparer => EdtfDateComparer.Instance;

    /// <summary>Gets the shape of this value: a single date, an interval, or a one-of or all-of set.</summary>
    public abstract EdtfDateKind Kind { get; }

    /// <summary>
    /// Gets how finely this value is written. For a single date it is the finest component written (or, for a year
    /// alone, the decade, century or millennium its unspecified or significant digits leave open); for intervals and
    /// sets, the coarsest precision among the dates they contain.
    /// </summary>
    public abstract DatePrecision Precision { get; }

    /// <summary>
    /// Gets the earliest calendar day this value can stand for, or <see langword="null"/> when its start is open or
    /// unknown. Qualifiers do not widen it.
    /// </summary>
    /// <remarks>For a date-time it is the date in the written (wall-clock) offset or zone.</remarks>
    public abstract LocalDate? Earliest { get; }

    /// <summary>
    /// Gets the latest calendar day this value can stand for, or <see langword="null"/> when its end is open or
    /// unknown. Qualifiers do not widen it.
    /// </summary>
    /// <remarks>For a date-time it is the date in the written (wall-clock) offset or zone.</remarks>
    public abstract LocalDate? Latest { get; }

    /// <summary>Gets a value indicating whether any part of this value is approximate (<c>~</c> or <c>%</c>).</summary>
    public abstract bool IsApproximate { get; }

    /// <summary>Gets a value indicating whether any part of this value is uncertain (<c>?</c> or <c>%</c>).</summary>
    public abstract bool IsUncertain { get; }

    /// <summary>Gets a value indicating whether any digit of this value is unspecified (<c>X</c>).</summary>
    public abstract bool HasUnspecifiedDigits { get; }

    /// <summary>Gets whether, for a reader, the date is undated: it has no bound at all, or its year is unspecified
    /// digits only (<c>XXXX</c>, <c>XXXX-04</c>), so that its bounds are merely the limits of the calendar.</summary>
    internal bool IsUndated =>
        (Earliest is null && Latest is null)
        || (this is EdtfSingleDate { SpecifiedYear: null } single && single.YearDigits.All(c => c is 'X' or '-'));

    /// <summary>Gets the lowest EDTF conformance level (0, 1 or 2) whose syntax can write this value.</summary>
    /// <remarks>
    /// Level 0: plain dates, date-times and intervals between plain dates. Level 1: whole-date qualifiers, negative
    /// years, unspecified digits at the end of the year (at most two) or of whole months and days, seasons 21–24, and
    /// open or unknown interval ends. Level 2: everything else (component qualifiers, other unspecified digits,
    /// seasons 25–41, significant digits and sets).
    /// </remarks>
    public abstract int Level { get; }

    /// <summary>Gets the id of the time zone of a value made with <see cref="FromZoned"/>; otherwise <see langword="null"/>.</summary>
    internal virtual string? ZoneId => null;

    /// <summary>
    /// Gets the first three steps of the documented order (<see cref="Earliest"/>, <see cref="Latest"/>,
    /// <see cref="Precision"/>) packed into one number, computed once: two values compare as their keys do, and only
    /// values with equal keys need their texts compared.
    /// </summary>
    internal long OrderKey => orderKey;

    /// <summary>Gets a value indicating whether <see cref="MayOverlap"/> is decided by the strict bounds alone, as it
    /// is for every value whose possible days are consecutive; <see langword="false"/> for dates with unspecified digits
    /// and for sets, whose possible days can have gaps.</summary>
    internal virtual bool OverlapIsByBounds => true;

    /// <summary>Parses EDTF text. Never throws: bad input gives a failed result naming the problem and its position.</summary>
    /// <param name="text">The text, for example <c>2025-04~</c>, <c>1984?/2004~</c> or <c>[1667,1668,1670..1672]</c>.
    /// <see langword="null"/> and empty text give a failed result.</param>
    /// <returns>The parsed value, or a <see cref="ParseError"/> with the zero-based position of the offending character.</returns>
    /// <remarks>
    /// The whole text must be one EDTF value; no spaces are allowed except after the commas of a set. Dates must lie
    /// in NodaTime's supported years, -9998 to 9999; years written with the <c>Y</c> prefix are therefore refused.
    /// </remarks>
    public static ParseResult<EdtfDate> Parse(string? text) => EdtfParser.Parse(text);

    /// <summary>Tries to parse EDTF text. Never throws.</summary>
    /// <param name="text">The text; see <see cref="Parse"/>.</param>
    /// <param name="value">The parsed value when parsing succeeded; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the text is valid EDTF within the supported range.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out EdtfDate? value)
    {
        ParseResult<EdtfDate> result = Parse(text);
        value = result.Success ? result.Value : null;
        return value is not null;
    }

    /// <summary>Creates a date of year precision, such as <c>2025</c> or <c>-0044</c>.</summary>
    /// <param name="year">The astronomical year: 0 is 1 BCE, -1 is 2 BCE.</param>
    /// <returns>A single date of <see cref="DatePrecision.Year"/> precision.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside -9998 to 9999.</exception>
    public static EdtfDate Year(int year)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, CalendarFacts.MinYear, CalendarFacts.MaxYear);
        return EdtfSingleDate.FromNumbers(year, null, null);
    }

    /// <summary>Creates a date of month precision, such as <c>2025-04</c>.</summary>
    /// <param name="year">The astronomical year, -9998 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>A single date of <see cref="DatePrecision.Month"/> precision.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> or <paramref name="month"/> is out of range.</exception>
    public static EdtfDate Month(int year, int month)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, CalendarFacts.MinYear, CalendarFacts.MaxYear);
        Preconditions.CheckArgumentRange(nameof(month), month, 1, 12);
        return EdtfSingleDate.FromNumbers(year, month, null);
    }

    /// <summary>Creates a date of day precision, such as <c>2025-04-14</c>.</summary>
    /// <param name="year">The astronomical year, -9998 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="day">The day, 1 to the length of the month.</param>
    /// <returns>A single date of <see cref="DatePrecision.Day"/> precision.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A component is out of range; for example
    /// <c>Day(2025, 2, 30)</c> fails with "2025-02-30 is not a day: February 2025 has 28 days."</exception>
    public static EdtfDate Day(int year, int month, int day)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, CalendarFacts.MinYear, CalendarFacts.MaxYear);
        Preconditions.CheckArgumentRange(nameof(month), month, 1, 12);
        int length = CalendarFacts.DaysInMonth(year, month);
        Preconditions.CheckArgumentRange(
            nameof(day),
            day,
            1,
            length,
            "{0:D4}-{1:D2}-{2:D2} is not a day: {3} {0:D4} has {4} days.",
            year,
            month,
            day,
            CalendarFacts.MonthName(month),
            length);
        return EdtfSingleDate.FromNumbers(year, month, day);
    }

    /// <summary>Creates a season or other sub-year grouping of a year, such as <c>2001-21</c> (spring 2001).</summary>
    /// <param name="year">The astronomical year, -9998 to 9999 (9998 at most for seasons that end in the next year).</param>
    /// <param name="season">The season, quarter, quadrimester or semestral.</param>
    /// <returns>A single date of <see cref="DatePrecision.Season"/> precision.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range, or
    /// <paramref name="season"/> is not a defined <see cref="Dates.Season"/>.</exception>
    public static EdtfSingleDate OfSeason(int year, Season season)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, CalendarFacts.MinYear, CalendarFacts.MaxYear);
        Preconditions.CheckArgumentRange(nameof(season), (int)season, SeasonRules.FirstCode, SeasonRules.LastCode);
        Preconditions.CheckArgumentRange(
            nameof(year),
            year,
            CalendarFacts.MinYear,
            SeasonRules.EndsInNextYear(season) ? CalendarFacts.MaxYear - 1 : CalendarFacts.MaxYear,
            "{0} of the year 9999 ends in the year 10000, after the last supported year 9999.",
            season);
        return EdtfSingleDate.FromValidPattern(
            new DatePattern(year < 0, CalendarFacts.FormatYear(Math.Abs(year)), 0, null, season, null));
    }

    /// <summary>Creates a date of day precision from a NodaTime date.</summary>
    /// <param name="date">The day, in the ISO calendar.</param>
    /// <returns>A single date such as <c>2025-04-14</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public static EdtfSingleDate FromLocalDate(LocalDate date)
    {
        CheckIso(date.Calendar, nameof(date));
        return EdtfSingleDate.FromNumbers(date.Year, date.Month, date.Day);
    }

    /// <summary>Creates a date of month precision from a NodaTime year and month.</summary>
    /// <param name="yearMonth">The month, in the ISO calendar.</param>
    /// <returns>A single date such as <c>2025-04</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="yearMonth"/> is not in the ISO calendar.</exception>
    public static EdtfSingleDate FromYearMonth(YearMonth yearMonth)
    {
        CheckIso(yearMonth.Calendar, nameof(yearMonth));
        return EdtfSingleDate.FromNumbers(yearMonth.Year, yearMonth.Month, null);
    }

    /// <summary>Creates a date-time without an offset (a local, "floating" time), such as <c>2025-02-03T10:30:00</c>.</summary>
    /// <param name="dateTime">The date and time of day, in the ISO calendar. Fractions of a second are dropped,
    /// because EDTF writes whole seconds.</param>
    /// <returns>A single date of <see cref="DatePrecision.Time"/> precision.</returns>
    /// <exception cref="ArgumentException"><paramref name="dateTime"/> is not in the ISO calendar.</exception>
    public static EdtfSingleDate FromLocalDateTime(LocalDateTime dateTime)
    {
        CheckIso(dateTime.Calendar, nameof(dateTime));
        return EdtfSingleDate.FromDateTime(dateTime, null, null);
    }

    /// <summary>Creates a date-time with a UTC offset, such as <c>2025-02-03T10:30:00+05:00</c>.</summary>
    /// <param name="dateTime">The date, time of day and offset, in the ISO calendar. Fractions of a second are dropped.</param>
    /// <returns>A single date of <see cref="DatePrecision.Time"/> precision whose bounds are its local date.</returns>
    /// <exception cref="ArgumentException"><paramref name="dateTime"/> is not in the ISO calendar, or its offset
    /// has a seconds component, which EDTF cannot write.</exception>
    public static EdtfSingleDate FromOffsetDateTime(OffsetDateTime dateTime)
    {
        CheckIso(dateTime.Calendar, nameof(dateTime));
        CheckWholeMinutes(dateTime.Offset, nameof(dateTime));
        return EdtfSingleDate.FromDateTime(dateTime.LocalDateTime, dateTime.Offset, null);
    }

    /// <summary>
    /// Creates a date-time in a time zone. The value keeps the zone: its text shows the offset in force
    /// (for example <c>2025-02-03T10:30:00+01:00</c>), and equality also compares the zone id.
    /// </summary>
    /// <param name="dateTime">The zoned date-time, in the ISO calendar. Fractions of a second are dropped.</param>
    /// <returns>A single date of <see cref="DatePrecision.Time"/> precision whose bounds are its wall-clock date.</returns>
    /// <exception cref="ArgumentException"><paramref name="dateTime"/> is not in the ISO calendar, or the offset
    /// in force has a seconds component (as local mean time offsets do), which EDTF cannot write.</exception>
    /// <remarks>Parsing the text of such a value gives an offset date-time without the zone, so it is not equal to it.</remarks>
    public static EdtfSingleDate FromZoned(ZonedDateTime dateTime)
    {
        CheckIso(dateTime.Calendar, nameof(dateTime));
        CheckWholeMinutes(dateTime.Offset, nameof(dateTime));
        return EdtfSingleDate.FromDateTime(dateTime.LocalDateTime, dateTime.Offset, dateTime.Zone);
    }

    /// <summary>Creates the interval from one single date to another, such as <c>2025-03-15/2025-03-16</c>.</summary>
    /// <param name="start">The first date; it must be an <see cref="EdtfSingleDate"/> without a time.</param>
    /// <param name="end">The last date; it must be an <see cref="EdtfSingleDate"/> without a time, and not certainly before <paramref name="start"/>.</param>
    /// <returns>An <see cref="EdtfInterval"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An argument is not a single date, has a time, or
    /// <paramref name="end"/> ends before <paramref name="start"/> begins.</exception>
    /// <remarks>For open or unknown ends use <see cref="EdtfInterval.Create"/>.</remarks>
    public static EdtfDate Between(EdtfDate start, EdtfDate end) =>
        EdtfInterval.Create(
            IntervalEnd.At(AsSingleDate(start, nameof(start))),
            IntervalEnd.At(AsSingleDate(end, nameof(end))));

    /// <summary>Creates "one of" a consecutive range of dates, such as <c>[2025-01-22..2025-01-24]</c>.</summary>
    /// <param name="first">The first date of the range; an <see cref="EdtfSingleDate"/> without a time.</param>
    /// <param name="last">The last date of the range; a single date of the same precision, not before <paramref name="first"/>.</param>
    /// <returns>An <see cref="EdtfSet"/> of kind <see cref="EdtfDateKind.OneOf"/> with one range member.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An argument is not a single date or has a time, the precisions differ,
    /// or <paramref name="last"/> comes before <paramref name="first"/>.</exception>
    public static EdtfDate OneOfRange(EdtfDate first, EdtfDate last) =>
        EdtfSet.OneOf(EdtfSetMember.Range(AsSingleDate(first, nameof(first)), AsSingleDate(last, nameof(last))));

    /// <summary>Returns a copy of this value marked approximate (<c>~</c>) throughout.</summary>
    /// <returns>For a single date, the date with every component approximate; for an interval, both known ends
    /// approximate; for a set, every date in it approximate. Bounds are unchanged.</returns>
    /// <exception cref="InvalidOperationException">This is a date-time; EDTF has no qualifiers for date-times.</exception>
    public abstract EdtfDate Approximate();

    /// <summary>Returns a copy of this value marked uncertain (<c>?</c>) throughout.</summary>
    /// <returns>For a single date, the date with every component uncertain; for an interval, both known ends
    /// uncertain; for a set, every date in it uncertain. Bounds are unchanged.</returns>
    /// <exception cref="InvalidOperationException">This is a date-time; EDTF has no qualifiers for date-times.</exception>
    public abstract EdtfDate Uncertain();

    /// <summary>Relates this value to another by their strict bounds.</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see cref="DateRelation.Before"/> when this value's <see cref="Latest"/> is before the other's
    /// <see cref="Earliest"/> (both known); <see cref="DateRelation.After"/> when this value's <see cref="Earliest"/>
    /// is after the other's <see cref="Latest"/> (both known); otherwise <see cref="DateRelation.MayOverlap"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    public DateRelation RelateTo(EdtfDate other)
    {
        Preconditions.CheckNotNull(other, nameof(other));
        if (Latest is { } latest && other.Earliest is { } otherEarliest && latest < otherEarliest)
        {
            return DateRelation.Before;
        }

        if (Earliest is { } earliest && other.Latest is { } otherLatest && earliest > otherLatest)
        {
            return DateRelation.After;
        }

        return DateRelation.MayOverlap;
    }

    /// <summary>Gets whether every possible day of this value is before every possible day of another.</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when <see cref="RelateTo"/> gives <see cref="DateRelation.Before"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    public bool IsCertainlyBefore(EdtfDate other) => RelateTo(other) == DateRelation.Before;

    /// <summary>Gets whether every possible day of this value is after every possible day of another.</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when <see cref="RelateTo"/> gives <see cref="DateRelation.After"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    public bool IsCertainlyAfter(EdtfDate other) => RelateTo(other) == DateRelation.After;

    /// <summary>Gets whether every day this value can stand for lies in a range of days.</summary>
    /// <param name="rangeStart">The first day of the range, inclusive; <see langword="null"/> leaves the range open at the start.</param>
    /// <param name="rangeEnd">The last day of the range, inclusive; <see langword="null"/> leaves the range open at the end.</param>
    /// <returns><see langword="true"/> when <see cref="Earliest"/> is on or after <paramref name="rangeStart"/> and
    /// <see cref="Latest"/> is on or before <paramref name="rangeEnd"/>. An open or unknown bound of this value is
    /// certainly within only a range that is open on that side. For sets this means every member is within.</returns>
    /// <exception cref="ArgumentException">A range day is not in the ISO calendar, or <paramref name="rangeStart"/>
    /// is after <paramref name="rangeEnd"/>.</exception>
    public bool IsCertainlyWithin(LocalDate? rangeStart, LocalDate? rangeEnd)
    {
        CheckRange(rangeStart, rangeEnd);
        bool startWithin = rangeStart is not { } from || (Earliest is { } earliest && earliest >= from);
        bool endWithin = rangeEnd is not { } to || (Latest is { } latest && latest <= to);
        return startWithin && endWithin;
    }

    /// <summary>Gets whether some day this value can stand for may lie in a range of days.</summary>
    /// <param name="rangeStart">The first day of the range, inclusive; <see langword="null"/> leaves the range open at the start.</param>
    /// <param name="rangeEnd">The last day of the range, inclusive; <see langword="null"/> leaves the range open at the end.</param>
    /// <returns><see langword="true"/> when a possible day may be in the range. Open and unknown bounds of this value
    /// reach any day. Unspecified digits are honoured exactly (<c>1979-XX-28</c> does not overlap 1–10 March 1979),
    /// and a set overlaps when any of its members does.</returns>
    /// <exception cref="ArgumentException">A range day is not in the ISO calendar, or <paramref name="rangeStart"/>
    /// is after <paramref name="rangeEnd"/>.</exception>
    public bool MayOverlap(LocalDate? rangeStart, LocalDate? rangeEnd)
    {
        CheckRange(rangeStart, rangeEnd);
        return MayOverlapCore(rangeStart, rangeEnd);
    }

    /// <summary>Describes this value in plain English, independent of the current culture.</summary>
    /// <returns>For example "3 February 2025", "approximately April 2025", "possibly 2021", "the 2010s",
    /// "spring 2001", "15–16 March 2025", "from April 2025 (open end)" or "one of 1667, 1668".</returns>
    public string Describe() => EdtfDescriber.Describe(this);

    /// <summary>Returns the canonical EDTF text of this value.</summary>
    /// <returns>Text that <see cref="Parse"/> reads back to an equal value (except that a zone from
    /// <see cref="FromZoned"/> is shown only as its offset).</returns>
    public abstract override string ToString();

    /// <summary>Gets whether another value is equal to this one: same canonical text and same time zone id.</summary>
    /// <param name="other">The other value, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(EdtfDate? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && string.Equals(ToString(), other.ToString(), StringComparison.Ordinal)
            && string.Equals(ZoneId, other.ZoneId, StringComparison.Ordinal));

    /// <summary>Gets whether an object is an equal <see cref="EdtfDate"/>.</summary>
    /// <param name="obj">The object, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> is an equal <see cref="EdtfDate"/>.</returns>
    public override bool Equals(object? obj) => Equals(obj as EdtfDate);

    /// <summary>Gets a hash code consistent with <see cref="Equals(EdtfDate)"/>.</summary>
    /// <returns>A hash of the canonical text and the time zone id.</returns>
    public override int GetHashCode() => HashCode.Combine(
        StringComparer.Ordinal.GetHashCode(ToString()),
        ZoneId is null ? 0 : StringComparer.Ordinal.GetHashCode(ZoneId));

    /// <summary>Compares this value with another in the documented total order (see <see cref="Comparer"/>).</summary>
    /// <param name="other">The other value, or <see langword="null"/>, which sorts first.</param>
    /// <returns>Negative, zero or positive as this value sorts before, with or after <paramref name="other"/>;
    /// zero exactly when the values are equal.</returns>
    public int CompareTo(EdtfDate? other) => EdtfDateComparer.Instance.Compare(this, other);

    /// <summary>Compares this value with an object in the documented total order.</summary>
    /// <param name="obj">An <see cref="EdtfDate"/>, or <see langword="null"/>, which sorts first.</param>
    /// <returns>Negative, zero or positive as this value sorts before, with or after <paramref name="obj"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is neither <see langword="null"/> nor an <see cref="EdtfDate"/>.</exception>
    public int CompareTo(object? obj)
    {
        Preconditions.CheckArgument(
            obj is null or EdtfDate, nameof(obj), "An EdtfDate can only be compared with another EdtfDate, not with a {0}.", obj?.GetType());
        return CompareTo(obj as EdtfDate);
    }

    /// <summary>Gets whether two values are equal (see <see cref="Equals(EdtfDate)"/>).</summary>
    /// <param name="left">The first value, or <see langword="null"/>.</param>
    /// <param name="right">The second value, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or they are equal.</returns>
    public static bool operator ==(EdtfDate? left, EdtfDate? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Gets whether two values differ (see <see cref="Equals(EdtfDate)"/>).</summary>
    /// <param name="left">The first value, or <see langword="null"/>.</param>
    /// <param name="right">The second value, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when exactly one is <see langword="null"/> or they are not equal.</returns>
    public static bool operator !=(EdtfDate? left, EdtfDate? right) => !(left == right);

    /// <summary>Gets whether one value sorts before another in the documented total order.</summary>
    /// <param name="left">The first value, or <see langword="null"/>, which sorts first.</param>
    /// <param name="right">The second value, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(EdtfDate? left, EdtfDate? right) => EdtfDateComparer.Instance.Compare(left, right) < 0;

    /// <summary>Gets whether one value sorts before or with another in the documented total order.</summary>
    /// <param name="left">The first value, or <see langword="null"/>, which sorts first.</param>
    /// <param name="right">The second value, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts before <paramref name="right"/> or equals it.</returns>
    public static bool operator <=(EdtfDate? left, EdtfDate? right) => EdtfDateComparer.Instance.Compare(left, right) <= 0;

    /// <summary>Gets whether one value sorts after another in the documented total order.</summary>
    /// <param name="left">The first value, or <see langword="null"/>, which sorts first.</param>
    /// <param name="right">The second value, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(EdtfDate? left, EdtfDate? right) => EdtfDateComparer.Instance.Compare(left, right) > 0;

    /// <summary>Gets whether one value sorts after or with another in the documented total order.</summary>
    /// <param name="left">The first value, or <see langword="null"/>, which sorts first.</param>
    /// <param name="right">The second value, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts after <paramref name="right"/> or equals it.</returns>
    public static bool operator >=(EdtfDate? left, EdtfDate? right) => EdtfDateComparer.Instance.Compare(left, right) >= 0;

    /// <summary>Computes <see cref="OrderKey"/>; each concrete type calls this at the end of its constructor, once its
    /// bounds and precision are known.</summary>
    private protected void InitializeOrderKey() => orderKey = DayNumbers.OrderKey(Earliest, Latest, Precision);

    /// <summary>Gets whether some possible day may lie in an already validated range.</summary>
    /// <param name="rangeStart">The first day, or <see langword="null"/> for open.</param>
    /// <param name="rangeEnd">The last day, or <see langword="null"/> for open.</param>
    /// <returns><see langword="true"/> when a possible day may lie in the range.</returns>
    /// <remarks>The default compares the strict bounds, which is exact for values whose possible days are consecutive.</remarks>
    private protected virtual bool MayOverlapCore(LocalDate? rangeStart, LocalDate? rangeEnd) =>
        BoundsOverlap(Earliest, Latest, rangeStart, rangeEnd);

    /// <summary>Gets whether two spans of days, each possibly unbounded at either side, share a day.</summary>
    /// <param name="first">The first day of the first span, or <see langword="null"/> when unbounded.</param>
    /// <param name="last">The last day of the first span, or <see langword="null"/> when unbounded.</param>
    /// <param name="rangeStart">The first day of the second span, or <see langword="null"/> when unbounded.</param>
    /// <param name="rangeEnd">The last day of the second span, or <see langword="null"/> when unbounded.</param>
    /// <returns><see langword="true"/> when the spans may share a day.</returns>
    private protected static bool BoundsOverlap(LocalDate? first, LocalDate? last, LocalDate? rangeStart, LocalDate? rangeEnd) =>
        (last is not { } l || rangeStart is not { } s || l >= s) && (first is not { } f || rangeEnd is not { } e || f <= e);

    /// <summary>Checks that a value passed as a date argument is a single date without a time.</summary>
    /// <param name="value">The argument.</param>
    /// <param name="paramName">The parameter's name.</param>
    /// <returns>The argument as a single date.</returns>
    private protected static EdtfSingleDate AsSingleDate(EdtfDate value, string paramName)
    {
        Preconditions.CheckNotNull(value, paramName);
        Preconditions.CheckArgument(
            value is EdtfSingleDate, paramName, "Expected a single date, but {0} is an interval or a set.", value);
        var single = (EdtfSingleDate)value;
        Preconditions.CheckArgument(
            !single.HasTime, paramName, "Expected a date without a time, but {0} has a time; EDTF allows no times here.", value);
        return single;
    }

    private static void CheckIso(CalendarSystem calendar, string paramName) =>
        Preconditions.CheckArgument(
            calendar == CalendarSystem.Iso,
            paramName,
            "The value is in the {0} calendar; EDTF dates are ISO (proleptic Gregorian). Convert it with WithCalendar(CalendarSystem.Iso) first.",
            calendar.Id);

    private static void CheckWholeMinutes(Offset offset, string paramName) =>
        Preconditions.CheckArgument(
            offset.Seconds % 60 == 0,
            paramName,
            "The offset {0} has a seconds component, which EDTF cannot write; use FromLocalDateTime for such times.",
            offset);

    private static void CheckRange(LocalDate? rangeStart, LocalDate? rangeEnd)
    {
        if (rangeStart is { } start)
        {
            CheckIso(start.Calendar, nameof(rangeStart));
        }

        if (rangeEnd is { } end)
        {
            CheckIso(end.Calendar, nameof(rangeEnd));
            Preconditions.CheckArgument(
                rangeStart is not { } from || from <= end,
                nameof(rangeEnd),
                "The range ends on {0:uuuu-MM-dd}, before it starts on {1:uuuu-MM-dd}.",
                end,
                rangeStart);
        }
    }
}
