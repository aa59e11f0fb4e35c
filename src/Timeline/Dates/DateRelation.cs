namespace Annals.Dates;

/// <summary>How two imprecise dates relate, judged by their strict bounds (see <see cref="EdtfDate.RelateTo"/>).</summary>
public enum DateRelation
{
    /// <summary>Every possible day of the first date is before every possible day of the second.</summary>
    Before,

    /// <summary>Neither is certainly before the other: they may share a day, or a bound is open or unknown.</summary>
    MayOverlap,

    /// <summary>Every possible day of the first date is after every possible day of the second.</summary>
    After,
}
