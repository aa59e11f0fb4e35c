using System.Collections.ObjectModel;
using Annals.Utility;
using NodaTime;

namespace Annals.Dates;

/// <summary>
/// A set of dates: "one of" them, written in square brackets (<c>[1667,1668,1670..1672]</c>), or "all of" them,
/// written in braces (<c>{1960,1961-12}</c>).
/// </summary>
/// <remarks>
/// <para>
/// A set has at least one member. Only the first member may be open at the start (<c>..a</c>) and only the last open
/// at the end (<c>a..</c>). Members keep the order they are written in. The canonical text has no spaces; the parser
/// also accepts spaces after the commas, as older drafts of EDTF wrote them, and drops them.
/// </para>
/// <para>
/// <see cref="EdtfDate.Earliest"/> is the earliest day of any member and <see cref="EdtfDate.Latest"/> the latest;
/// each is <see langword="null"/> when a member is open on that side. Instances are immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class EdtfSet : EdtfDate
{
    private readonly string text;
    private readonly LocalDate? earliest;
    private readonly LocalDate? latest;

    private EdtfSet(bool allOf, EdtfSetMember[] members)
    {
        IsAllOf = allOf;
        Members = new ReadOnlyCollection<EdtfSetMember>(members);
        text = (allOf ? "{" : "[") + string.Join(",", members.Select(m => m.ToString())) + (allOf ? "}" : "]");
        earliest = members.Any(m => m.Earliest is null) ? null : members.Min(m => m.Earliest!.Value);
        latest = members.Any(m => m.Latest is null) ? null : members.Max(m => m.Latest!.Value);
        InitializeOrderKey();
    }

    /// <summary>Gets a value indicating whether this is an "all of" set (<see langword="false"/>: "one of").</summary>
    public bool IsAllOf { get; }

    /// <summary>Gets the members, in the order written.</summary>
    public IReadOnlyList<EdtfSetMember> Members { get; }

    /// <inheritdoc />
    public override EdtfDateKind Kind => IsAllOf ? EdtfDateKind.AllOf : EdtfDateKind.OneOf;

    /// <inheritdoc />
    /// <value>The coarsest precision among the members' dates.</value>
    public override DatePrecision Precision => Dates().Min(d => d.Precision);

    /// <inheritdoc />
    /// <value>The earliest day of any member, or <see langword="null"/> when the first member is <c>..a</c>.</value>
    public override LocalDate? Earliest => earliest;

    /// <inheritdoc />
    /// <value>The latest day of any member, or <see langword="null"/> when the last member is <c>a..</c>.</value>
    public override LocalDate? Latest => latest;

    /// <inheritdoc />
    public override bool IsApproximate => Dates().Any(d => d.IsApproximate);

    /// <inheritdoc />
    public override bool IsUncertain => Dates().Any(d => d.IsUncertain);

    /// <inheritdoc />
    public override bool HasUnspecifiedDigits => Dates().Any(d => d.HasUnspecifiedDigits);

    /// <inheritdoc />
    /// <value>Always 2: sets are a level 2 feature.</value>
    public override int Level => 2;

    /// <summary>Creates a "one of" set: exactly one of the members, unknown which.</summary>
    /// <param name="members">The members, at least one; <c>..a</c> only first and <c>a..</c> only last.</param>
    /// <returns>A set of kind <see cref="EdtfDateKind.OneOf"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="members"/> or a member is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">There are no members, or an open member is out of place.</exception>
    public static EdtfSet OneOf(params IEnumerable<EdtfSetMember> members) => Create(false, members);

    /// <summary>Creates an "all of" set: every one of the members.</summary>
    /// <param name="members">The members, at least one; <c>..a</c> only first and <c>a..</c> only last.</param>
    /// <returns>A set of kind <see cref="EdtfDateKind.AllOf"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="members"/> or a member is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">There are no members, or an open member is out of place.</exception>
    public static EdtfSet AllOf(params IEnumerable<EdtfSetMember> members) => Create(true, members);

    /// <summary>Returns a copy with every date of every member approximate.</summary>
    /// <returns>For example <c>[1667~,1668~]</c> from <c>[1667,1668]</c>.</returns>
    /// <exception cref="InvalidOperationException">A date is a year with significant digits, which takes no qualifiers.</exception>
    public override EdtfSet Approximate() => Map(d => d.Approximate());

    /// <summary>Returns a copy with every date of every member uncertain.</summary>
    /// <returns>For example <c>[1667?,1668?]</c> from <c>[1667,1668]</c>.</returns>
    /// <exception cref="InvalidOperationException">A date is a year with significant digits, which takes no qualifiers.</exception>
    public override EdtfSet Uncertain() => Map(d => d.Uncertain());

    /// <summary>Returns the canonical EDTF text.</summary>
    /// <returns>The members separated by commas without spaces, in brackets or braces.</returns>
    public override string ToString() => text;

    /// <summary>Creates a set whose members the caller has validated.</summary>
    /// <param name="allOf">Whether it is an "all of" set.</param>
    /// <param name="members">The members, at least one, open members only in their places.</param>
    /// <returns>The set.</returns>
    internal static EdtfSet FromValidMembers(bool allOf, EdtfSetMember[] members) => new(allOf, members);

    /// <inheritdoc />
    internal override bool OverlapIsByBounds => false;

    /// <inheritdoc />
    private protected override bool MayOverlapCore(LocalDate? rangeStart, LocalDate? rangeEnd) =>
        Members.Any(m => m.MayOverlap(rangeStart, rangeEnd));

    private static EdtfSet Create(bool allOf, IEnumerable<EdtfSetMember> members)
    {
        Preconditions.CheckNotNull(members, nameof(members));
        EdtfSetMember[] array = [.. members];
        Preconditions.CheckArgument(array.Length > 0, nameof(members), "A set needs at least one member, but {0} were given.", 0);
        for (int i = 0; i < array.Length; i++)
        {
            EdtfSetMember member = array[i];
            Preconditions.CheckArgument(member is not null, nameof(members), "The member at index {0} is null.", i);
            Preconditions.CheckArgument(
                member.Kind != SetMemberKind.OnOrBefore || i == 0,
                nameof(members),
                "Only the first member of a set can be open at the start, but {0} is at index {1}.",
                member,
                i);
            Preconditions.CheckArgument(
                member.Kind != SetMemberKind.OnOrAfter || i == array.Length - 1,
                nameof(members),
                "Only the last member of a set can be open at the end, but {0} is at index {1}.",
                member,
                i);
        }

        return new EdtfSet(allOf, array);
    }

    private EdtfSet Map(Func<EdtfSingleDate, EdtfSingleDate> change) => new(IsAllOf, [.. Members.Select(m => m.Map(change))]);

    private IEnumerable<EdtfSingleDate> Dates() => Members.SelectMany(m => new[] { m.First, m.Last }).OfType<EdtfSingleDate>();
}
