using System.Globalization;
using Annals.Model;
using Annals.Timelines;

namespace Annals.Rendering;

/// <summary>What <see cref="ChronologyMermaid"/> writes and how. The defaults give a titled diagram with a section per
/// year, oldest first, in invariant English.</summary>
/// <remarks>Immutable and thread-safe; derive a changed copy with <c>with</c>.</remarks>
public sealed record MermaidOptions
{
    private readonly TimelineGrouping grouping = TimelineGrouping.Year;
    private readonly ChronologyOrder order;

    /// <summary>Gets the default options.</summary>
    public static MermaidOptions Default { get; } = new();

    /// <summary>Gets the title to print instead of the timeline's; <see langword="null"/> (the default) or a blank
    /// title uses the timeline's title, and no title line is written when it has none.</summary>
    public string? Title { get; init; }

    /// <summary>Gets a value indicating whether to write the <c>title</c> line. The default is <see langword="true"/>.</summary>
    public bool IncludeTitle { get; init; } = true;

    /// <summary>Gets how events are grouped into sections: by year (the default), by month, or none.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public TimelineGrouping Grouping
    {
        get => grouping;
        init => grouping = FieldChecks.Defined(value, nameof(Grouping), "grouping");
    }

    /// <summary>Gets the order: oldest first (the default) or newest first.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public ChronologyOrder Order
    {
        get => order;
        init => order = FieldChecks.Defined(value, nameof(Order), "order");
    }

    /// <summary>Gets the culture for dates and added words; <see langword="null"/> (the default) for invariant English.</summary>
    public CultureInfo? Culture { get; init; }

    /// <summary>Gets a value indicating whether to add the status and certainty words after a title, as in
    /// "Bukele visits Trump at the White House (planned, reported)". The default is <see langword="true"/>.</summary>
    public bool IncludeStatus { get; init; } = true;
}
