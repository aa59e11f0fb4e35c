using System.Globalization;
using Annals.Timelines;
using Annals.Model;

namespace Annals.Rendering;

/// <summary>What <see cref="ChronologyHtml"/> writes and how. The defaults give a page with a section per year, oldest
/// first, in invariant English, with participants and a numbered list of sources.</summary>
/// <remarks>Immutable and thread-safe; derive a changed copy with <c>with</c>:
/// <code>var options = HtmlOptions.Default with { Culture = new CultureInfo("es-SV"), Grouping = TimelineGrouping.Month };</code>
/// </remarks>
public sealed record HtmlOptions
{
    private readonly TimelineGrouping grouping = TimelineGrouping.Year;
    private readonly ChronologyOrder order;

    /// <summary>Gets the default options.</summary>
    public static HtmlOptions Default { get; } = new();

    /// <summary>Gets the title (the page's <c>&lt;title&gt;</c> and <c>&lt;h1&gt;</c>) to use instead of the
    /// timeline's; <see langword="null"/> (the default) or a blank title uses the timeline's title, or "Chronology"
    /// ("Cronología") when it has none.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the paragraph written under the title; <see langword="null"/> (the default) uses the timeline's
    /// description. An empty or blank introduction writes none.</summary>
    public string? Introduction { get; init; }

    /// <summary>Gets how events are grouped into sections: by <see cref="TimelineGrouping.Year"/> (the default), by
    /// <see cref="TimelineGrouping.Month"/>, or not at all (<see cref="TimelineGrouping.None"/>: one list, no section
    /// headings).</summary>
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

    /// <summary>Gets the culture for dates and added words, and the page's <c>lang</c> and <c>dir</c>;
    /// <see langword="null"/> (the default) writes invariant English with <c>lang="en"</c>, the same on every machine.
    /// The current culture is never used.</summary>
    public CultureInfo? Culture { get; init; }

    /// <summary>Gets a value indicating whether to write each event's summary. The default is <see langword="true"/>.</summary>
    public bool IncludeSummaries { get; init; } = true;

    /// <summary>Gets a value indicating whether to write each event's participants, with the office each held on the
    /// event's date. The default is <see langword="true"/>.</summary>
    public bool IncludeParticipants { get; init; } = true;

    /// <summary>Gets a value indicating whether to cite sources: numbered references after each title and the list of
    /// sources at the end. The default is <see langword="true"/>.</summary>
    public bool IncludeSources { get; init; } = true;
}
