using Annals.Utility;

namespace Annals.Dates;

/// <summary>
/// One end of an <see cref="EdtfInterval"/>: a known date, an open end (<c>..</c>), or an unknown end (written as nothing).
/// </summary>
/// <remarks>Instances are immutable and thread-safe, and compare by value.</remarks>
public sealed class IntervalEnd : IEquatable<IntervalEnd>
{
    private IntervalEnd(IntervalEndKind kind, EdtfSingleDate? date)
    {
        Kind = kind;
        Date = date;
    }

    /// <summary>Gets the open end (<c>..</c>): the interval extends without limit on this side.</summary>
    public static IntervalEnd Open { get; } = new(IntervalEndKind.Open, null);

    /// <summary>Gets the unknown end (written as nothing): the interval ends somewhere, but the text does not say where.</summary>
    public static IntervalEnd Unknown { get; } = new(IntervalEndKind.Unknown, null);

    /// <summary>Gets what this end says.</summary>
    public IntervalEndKind Kind { get; }

    /// <summary>Gets the date of a known end, or <see langword="null"/> for an open or unknown end.</summary>
    public EdtfSingleDate? Date { get; }

    /// <summary>Creates a known end.</summary>
    /// <param name="date">The date; it must not have a time, because EDTF intervals take none.</param>
    /// <returns>The end.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="date"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> has a time.</exception>
    public static IntervalEnd At(EdtfSingleDate date)
    {
        Preconditions.CheckNotNull(date, nameof(date));
        Preconditions.CheckArgument(
            !date.HasTime, nameof(date), "An interval end cannot have a time, but {0} has one; EDTF intervals take dates only.", date);
        return new IntervalEnd(IntervalEndKind.Known, date);
    }

    /// <summary>Gets whether another end is the same: same kind and equal date.</summary>
    /// <param name="other">The other end, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(IntervalEnd? other) => other is not null && Kind == other.Kind && Equals(Date, other.Date);

    /// <summary>Gets whether an object is an equal end.</summary>
    /// <param name="obj">The object, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> is an equal <see cref="IntervalEnd"/>.</returns>
    public override bool Equals(object? obj) => Equals(obj as IntervalEnd);

    /// <summary>Gets a hash code consistent with equality.</summary>
    /// <returns>A hash of the kind and the date.</returns>
    public override int GetHashCode() => HashCode.Combine(Kind, Date);

    /// <summary>Returns this end as EDTF writes it inside an interval.</summary>
    /// <returns>The date's canonical text, <c>..</c> for open, or the empty string for unknown.</returns>
    public override string ToString() => Kind switch
    {
        IntervalEndKind.Open => "..",
        IntervalEndKind.Unknown => string.Empty,
        _ => Date!.ToString(),
    };
}
