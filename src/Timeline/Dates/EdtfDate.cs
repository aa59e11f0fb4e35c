using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace Annals.Dates;

// CONTRACT STUB: the members below are the public surface that the rest of the library relies on.
// The implementation is being written in the dates work; keep these signatures.

/// <summary>An imprecise date, written in EDTF (ISO 8601-2).</summary>
public abstract class EdtfDate : IEquatable<EdtfDate>, IComparable<EdtfDate>, IComparable
{
    private protected EdtfDate()
    {
    }

    /// <summary>Gets what shape of value this is.</summary>
    public abstract EdtfDateKind Kind { get; }

    /// <summary>Gets the precision.</summary>
    public abstract DatePrecision Precision { get; }

    /// <summary>Gets the earliest possible day, or null when open or unknown.</summary>
    public abstract LocalDate? Earliest { get; }

    /// <summary>Gets the latest possible day, or null when open or unknown.</summary>
    public abstract LocalDate? Latest { get; }

    /// <summary>Gets a value indicating whether any part is approximate.</summary>
    public abstract bool IsApproximate { get; }

    /// <summary>Gets a value indicating whether any part is uncertain.</summary>
    public abstract bool IsUncertain { get; }

    /// <summary>Gets a value indicating whether any digit is unspecified (X).</summary>
    public abstract bool HasUnspecifiedDigits { get; }

    /// <summary>Parses EDTF.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The result.</returns>
    public static ParseResult<EdtfDate> Parse(string? text) => throw new NotSupportedException(text);

    /// <summary>Tries to parse EDTF.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The value.</param>
    /// <returns>Whether it parsed.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out EdtfDate? value) => throw new NotSupportedException(text);

    /// <summary>A year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The date.</returns>
    public static EdtfDate Year(int year) => throw new NotSupportedException(year.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A month.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month.</param>
    /// <returns>The date.</returns>
    public static EdtfDate Month(int year, int month) => throw new NotSupportedException(year + "-" + month);

    /// <summary>A day.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month.</param>
    /// <param name="day">The day.</param>
    /// <returns>The date.</returns>
    public static EdtfDate Day(int year, int month, int day) => throw new NotSupportedException(year + "-" + month + "-" + day);

    /// <summary>A closed interval.</summary>
    /// <param name="start">Start.</param>
    /// <param name="end">End.</param>
    /// <returns>The interval.</returns>
    public static EdtfDate Between(EdtfDate start, EdtfDate end) => throw new NotSupportedException(start + "/" + end);

    /// <summary>One of a consecutive range of dates.</summary>
    /// <param name="first">First.</param>
    /// <param name="last">Last.</param>
    /// <returns>The set.</returns>
    public static EdtfDate OneOfRange(EdtfDate first, EdtfDate last) => throw new NotSupportedException(first + ".." + last);

    /// <summary>An approximate copy.</summary>
    /// <returns>The copy.</returns>
    public abstract EdtfDate Approximate();

    /// <summary>An uncertain copy.</summary>
    /// <returns>The copy.</returns>
    public abstract EdtfDate Uncertain();

    /// <summary>How this relates to another date.</summary>
    /// <param name="other">The other.</param>
    /// <returns>The relation.</returns>
    public DateRelation RelateTo(EdtfDate other) => throw new NotSupportedException(other?.ToString());

    /// <summary>Whether certainly within.</summary>
    /// <param name="rangeStart">From, inclusive; null is open.</param>
    /// <param name="rangeEnd">To, inclusive; null is open.</param>
    /// <returns>Whether.</returns>
    public abstract bool IsCertainlyWithin(LocalDate? rangeStart, LocalDate? rangeEnd);

    /// <summary>Whether possibly overlapping.</summary>
    /// <param name="rangeStart">From, inclusive; null is open.</param>
    /// <param name="rangeEnd">To, inclusive; null is open.</param>
    /// <returns>Whether.</returns>
    public abstract bool MayOverlap(LocalDate? rangeStart, LocalDate? rangeEnd);

    /// <summary>A plain English reading, e.g. "approximately April 2025".</summary>
    /// <returns>The reading.</returns>
    public string Describe() => throw new NotSupportedException(ToString());

    /// <inheritdoc />
    public abstract override string ToString();

    /// <inheritdoc />
    public bool Equals(EdtfDate? other) => other is not null && ToString() == other.ToString();

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EdtfDate);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());

    /// <inheritdoc />
    public int CompareTo(EdtfDate? other) => throw new NotSupportedException(other?.ToString());

    /// <inheritdoc />
    public int CompareTo(object? obj) => CompareTo(obj as EdtfDate);

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(EdtfDate? left, EdtfDate? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether not equal.</returns>
    public static bool operator !=(EdtfDate? left, EdtfDate? right) => !(left == right);

    /// <summary>Less than.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether.</returns>
    public static bool operator <(EdtfDate? left, EdtfDate? right) => left is null ? right is not null : left.CompareTo(right) < 0;

    /// <summary>Less or equal.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether.</returns>
    public static bool operator <=(EdtfDate? left, EdtfDate? right) => left is null || left.CompareTo(right) <= 0;

    /// <summary>Greater than.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether.</returns>
    public static bool operator >(EdtfDate? left, EdtfDate? right) => left is not null && left.CompareTo(right) > 0;

    /// <summary>Greater or equal.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether.</returns>
    public static bool operator >=(EdtfDate? left, EdtfDate? right) => left is null ? right is null : left.CompareTo(right) >= 0;
}

/// <summary>Shape.</summary>
public enum EdtfDateKind
{
    /// <summary>A single date.</summary>
    Date,

    /// <summary>An interval.</summary>
    Interval,

    /// <summary>One of a set.</summary>
    OneOf,

    /// <summary>All of a set.</summary>
    AllOf,
}

/// <summary>Precision, coarse to fine.</summary>
public enum DatePrecision
{
    /// <summary>Millennium.</summary>
    Millennium,

    /// <summary>Century.</summary>
    Century,

    /// <summary>Decade.</summary>
    Decade,

    /// <summary>Year.</summary>
    Year,

    /// <summary>Season or other sub-year grouping.</summary>
    Season,

    /// <summary>Month.</summary>
    Month,

    /// <summary>Day.</summary>
    Day,

    /// <summary>Time of day.</summary>
    Time,
}

/// <summary>How two dates relate.</summary>
public enum DateRelation
{
    /// <summary>Certainly before.</summary>
    Before,

    /// <summary>Possibly overlapping.</summary>
    MayOverlap,

    /// <summary>Certainly after.</summary>
    After,
}
