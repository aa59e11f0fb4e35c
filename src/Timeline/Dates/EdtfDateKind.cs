namespace Annals.Dates;

/// <summary>The shape of an <see cref="EdtfDate"/>: one date, an interval, or a set of dates.</summary>
public enum EdtfDateKind
{
    /// <summary>A single date, possibly with a time of day: an <see cref="EdtfSingleDate"/> such as <c>2025-04~</c>.</summary>
    Date,

    /// <summary>An interval from a start to an end: an <see cref="EdtfInterval"/> such as <c>2025-03-15/2025-03-16</c>.</summary>
    Interval,

    /// <summary>Exactly one of a set of dates, unknown which: an <see cref="EdtfSet"/> written in square brackets, such as <c>[1667,1668]</c>.</summary>
    OneOf,

    /// <summary>Every date of a set: an <see cref="EdtfSet"/> written in braces, such as <c>{1960,1961-12}</c>.</summary>
    AllOf,
}
