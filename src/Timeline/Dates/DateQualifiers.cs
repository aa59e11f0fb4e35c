namespace Annals.Dates;

/// <summary>
/// The EDTF qualifiers of a date or of one of its components: approximate (<c>~</c>), uncertain (<c>?</c>), or both (<c>%</c>).
/// </summary>
/// <remarks>
/// Qualifiers describe how much the writer trusts a value; they never change its strict bounds
/// (<see cref="EdtfDate.Earliest"/> and <see cref="EdtfDate.Latest"/>).
/// </remarks>
[Flags]
public enum DateQualifiers
{
    /// <summary>No qualifier: the value is stated as known.</summary>
    None = 0,

    /// <summary>Approximate (<c>~</c>): the value is an estimate, for example "circa".</summary>
    Approximate = 1,

    /// <summary>Uncertain (<c>?</c>): the value is doubtful, for example "possibly" or "reportedly".</summary>
    Uncertain = 2,

    /// <summary>Both approximate and uncertain (<c>%</c>).</summary>
    ApproximateAndUncertain = Approximate | Uncertain,
}
