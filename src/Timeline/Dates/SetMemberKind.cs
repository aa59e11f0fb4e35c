namespace Annals.Dates;

/// <summary>The shape of one member of an <see cref="EdtfSet"/>.</summary>
public enum SetMemberKind
{
    /// <summary>One date, such as <c>1667</c>.</summary>
    Date,

    /// <summary>Every date from a first to a last one at their shared precision, such as <c>1670..1672</c>.</summary>
    Range,

    /// <summary>A date or any earlier one, such as <c>..1760-12-03</c>; allowed only as a set's first member.</summary>
    OnOrBefore,

    /// <summary>A date or any later one, such as <c>1760-12..</c>; allowed only as a set's last member.</summary>
    OnOrAfter,
}
