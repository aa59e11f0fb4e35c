using System.Globalization;
using Annals.Utility;
using NodaTime;

namespace Annals.Dates;

/// <summary>
/// One member of an <see cref="EdtfSet"/>: a date (<c>1667</c>), a range (<c>1670..1672</c>), a date or any earlier
/// one (<c>..1760-12-03</c>), or a date or any later one (<c>1760-12..</c>).
/// </summary>
/// <remarks>
/// The dates of a member have no time. The two ends of a range have the same precision, and the first is not after
/// the last. Instances are immutable and thread-safe, and compare by value.
/// </remarks>
public sealed class EdtfSetMember : IEquatable<EdtfSetMember>
{
    private EdtfSetMember(SetMemberKind kind, EdtfSingleDate? first, EdtfSingleDate? last)
    {
        Kind = kind;
        First = first;
        Last = last;
    }

    /// <summary>Gets the shape of the member.</summary>
    public SetMemberKind Kind { get; }

    /// <summary>Gets the member's first date: the date itself, the start of a range, or the date of <c>a..</c>;
    /// <see langword="null"/> for <c>..a</c>.</summary>
    public EdtfSingleDate? First { get; }

    /// <summary>Gets the member's last date: the date itself, the end of a range, or the date of <c>..a</c>;
    /// <see langword="null"/> for <c>a..</c>.</summary>
    public EdtfSingleDate? Last { get; }

    /// <summary>Gets the earliest day the member can stand for, or <see langword="null"/> for <c>..a</c>.</summary>
    public LocalDate? Earliest => First?.Earliest;

    /// <summary>Gets the latest day the member can stand for, or <see langword="null"/> for <c>a..</c>.</summary>
    public LocalDate? Latest => Last?.Latest;

    /// <summary>Creates a member that is one date.</summary>
    /// <param name="date">The date, without a time.</param>
    /// <returns>The member.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="date"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> has a time.</exception>
    public static EdtfSetMember Of(EdtfSingleDate date)
    {
        CheckDate(date, nameof(date));
        return new EdtfSetMember(SetMemberKind.Date, date, date);
    }

    /// <summary>Creates a member that is every date from one to another at their shared precision, such as <c>1670..1672</c>.</summary>
    /// <param name="first">The first date, without a time.</param>
    /// <param name="last">The last date, without a time, of the same precision and not before <paramref name="first"/>.</param>
    /// <returns>The member.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A date has a time, the precisions differ, or <paramref name="last"/> is before <paramref name="first"/>.</exception>
    public static EdtfSetMember Range(EdtfSingleDate first, EdtfSingleDate last)
    {
        CheckDate(first, nameof(first));
        CheckDate(last, nameof(last));
        Preconditions.CheckNoProblem(RangeProblem(first, last), nameof(last));
        return new EdtfSetMember(SetMemberKind.Range, first, last);
    }

    /// <summary>Creates a member that is a date or any earlier one (<c>..a</c>); it can only be a set's first member.</summary>
    /// <param name="last">The date, without a time.</param>
    /// <returns>The member.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="last"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="last"/> has a time.</exception>
    public static EdtfSetMember OnOrBefore(EdtfSingleDate last)
    {
        CheckDate(last, nameof(last));
        return new EdtfSetMember(SetMemberKind.OnOrBefore, null, last);
    }

    /// <summary>Creates a member that is a date or any later one (<c>a..</c>); it can only be a set's last member.</summary>
    /// <param name="first">The date, without a time.</param>
    /// <returns>The member.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="first"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="first"/> has a time.</exception>
    public static EdtfSetMember OnOrAfter(EdtfSingleDate first)
    {
        CheckDate(first, nameof(first));
        return new EdtfSetMember(SetMemberKind.OnOrAfter, first, null);
    }

    /// <summary>Gets whether another member is the same: same kind and equal dates.</summary>
    /// <param name="other">The other member, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(EdtfSetMember? other) =>
        other is not null && Kind == other.Kind && Equals(First, other.First) && Equals(Last, other.Last);

    /// <summary>Gets whether an object is an equal member.</summary>
    /// <param name="obj">The object, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> is an equal <see cref="EdtfSetMember"/>.</returns>
    public override bool Equals(object? obj) => Equals(obj as EdtfSetMember);

    /// <summary>Gets a hash code consistent with equality.</summary>
    /// <returns>A hash of the kind and the dates.</returns>
    public override int GetHashCode() => HashCode.Combine(Kind, First, Last);

    /// <summary>Returns the member as EDTF writes it inside a set.</summary>
    /// <returns>For example <c>1667</c>, <c>1670..1672</c>, <c>..1760-12-03</c> or <c>1760-12..</c>.</returns>
    public override string ToString() => Kind switch
    {
        SetMemberKind.Date => First!.ToString(),
        SetMemberKind.Range => First + ".." + Last,
        SetMemberKind.OnOrBefore => ".." + Last,
        _ => First + "..",
    };

    /// <summary>Creates a member whose dates the caller has validated.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="first">The first date, as for <see cref="First"/>.</param>
    /// <param name="last">The last date, as for <see cref="Last"/>.</param>
    /// <returns>The member.</returns>
    internal static EdtfSetMember FromValid(SetMemberKind kind, EdtfSingleDate? first, EdtfSingleDate? last) => new(kind, first, last);

    /// <summary>Says what is wrong with a range, or returns <see langword="null"/> when it is valid.</summary>
    /// <param name="first">The first date.</param>
    /// <param name="last">The last date.</param>
    /// <returns>A message naming the dates, or <see langword="null"/>.</returns>
    internal static string? RangeProblem(EdtfSingleDate first, EdtfSingleDate last)
    {
        if (first.Precision != last.Precision)
        {
            return string.Create(
                CultureInfo.InvariantCulture,
                $"both ends of a range must have the same precision, but {first} is of {Name(first.Precision)} precision and {last} of {Name(last.Precision)} precision.");
        }

        return first.Earliest > last.Earliest
            ? string.Create(CultureInfo.InvariantCulture, $"the range {first}..{last} runs backwards: {first} comes after {last}.")
            : null;
    }

    /// <summary>Gets whether some day the member can stand for may lie in a range.</summary>
    /// <param name="rangeStart">The first day, or <see langword="null"/> for open.</param>
    /// <param name="rangeEnd">The last day, or <see langword="null"/> for open.</param>
    /// <returns><see langword="true"/> when a possible day may lie in the range.</returns>
    internal bool MayOverlap(LocalDate? rangeStart, LocalDate? rangeEnd) => Kind == SetMemberKind.Date
        ? First!.MayOverlap(rangeStart, rangeEnd)
        : (Latest is not { } l || rangeStart is not { } s || l >= s) && (Earliest is not { } f || rangeEnd is not { } e || f <= e);

    /// <summary>Returns a copy with each date changed; the change must keep precision and order.</summary>
    /// <param name="change">The change, such as adding a qualifier.</param>
    /// <returns>The changed member.</returns>
    internal EdtfSetMember Map(Func<EdtfSingleDate, EdtfSingleDate> change)
    {
        if (Kind == SetMemberKind.Date)
        {
            EdtfSingleDate date = change(First!);
            return new EdtfSetMember(Kind, date, date);
        }

        return new EdtfSetMember(Kind, First is { } first ? change(first) : null, Last is { } last ? change(last) : null);
    }

    private static string Name(DatePrecision precision) => precision.ToString().ToLowerInvariant();

    private static void CheckDate(EdtfSingleDate date, string paramName)
    {
        Preconditions.CheckNotNull(date, paramName);
        Preconditions.CheckArgument(
            !date.HasTime, paramName, "A set member cannot have a time, but {0} has one; EDTF sets take dates only.", date);
    }
}
