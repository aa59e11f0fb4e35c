using System.Globalization;
using Annals.Model;
using Annals.Timelines;

namespace Annals.Rendering;

/// <summary>What <see cref="ChronologyMarkdown"/> writes and how. Every property has a sensible default, so
/// <c>new MarkdownOptions()</c> (or <see cref="Default"/>) renders a list grouped by year, oldest first, in invariant
/// English, with participants and footnoted sources.</summary>
/// <remarks>Immutable and thread-safe; derive a changed copy with <c>with</c>:
/// <code>var options = MarkdownOptions.Default with { Style = MarkdownStyle.Table, Culture = new CultureInfo("es-SV") };</code>
/// </remarks>
public sealed record MarkdownOptions
{
    private readonly int headingLevel = 1;
    private readonly TimelineGrouping grouping = TimelineGrouping.Year;
    private readonly ChronologyOrder order;
    private readonly MarkdownStyle style;

    /// <summary>Gets the default options.</summary>
    public static MarkdownOptions Default { get; } = new();

    /// <summary>Gets the title to print instead of the timeline's; <see langword="null"/> (the default) or a blank
    /// title uses the timeline's title, or "Chronology" ("Cronología") when it has none.</summary>
    public string? Title { get; init; }

    /// <summary>Gets a value indicating whether to write the title heading. The default is <see langword="true"/>;
    /// turn it off to embed the chronology under a heading of your own.</summary>
    public bool IncludeTitle { get; init; } = true;

    /// <summary>Gets the paragraph written under the title; <see langword="null"/> (the default) uses the timeline's
    /// description. An empty or blank introduction writes none.</summary>
    public string? Introduction { get; init; }

    /// <summary>Gets the level of the title heading, 1 (<c>#</c>, the default) to 5; group headings are one level
    /// deeper.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value outside 1 to 5.</exception>
    public int HeadingLevel
    {
        get => headingLevel;
        init => headingLevel = value is >= 1 and <= 5
            ? value
            : throw new ArgumentOutOfRangeException(
                nameof(HeadingLevel),
                string.Create(
                    System.Globalization.CultureInfo.InvariantCulture,
                    $"The heading level must be 1 to 5, so that group headings (one deeper) stay within Markdown's six levels; {value} was given."));
    }

    /// <summary>Gets how events are grouped under headings: by <see cref="TimelineGrouping.Year"/> (the default),
    /// by <see cref="TimelineGrouping.Month"/>, or not at all (<see cref="TimelineGrouping.None"/>).</summary>
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

    /// <summary>Gets the layout: a list (the default) or a table per group.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public MarkdownStyle Style
    {
        get => style;
        init => style = FieldChecks.Defined(value, nameof(Style), "style");
    }

    /// <summary>Gets the culture for dates and added words; <see langword="null"/> (the default) writes invariant
    /// English ("3 February 2025"), the same on every machine. The current culture is never used.</summary>
    public CultureInfo? Culture { get; init; }

    /// <summary>Gets a value indicating whether to write a table of contents linking to the group headings. The default
    /// is <see langword="false"/>.</summary>
    public bool IncludeTableOfContents { get; init; }

    /// <summary>Gets a value indicating whether to write a Mermaid timeline diagram (a <c>```mermaid</c> block) above
    /// the events. The default is <see langword="false"/>.</summary>
    public bool IncludeMermaid { get; init; }

    /// <summary>Gets a value indicating whether to write each event's summary. The default is <see langword="true"/>.</summary>
    public bool IncludeSummaries { get; init; } = true;

    /// <summary>Gets a value indicating whether to write each event's participants, with the office each held on the
    /// event's date. The default is <see langword="true"/>.</summary>
    public bool IncludeParticipants { get; init; } = true;

    /// <summary>Gets a value indicating whether to cite sources as footnotes. The default is <see langword="true"/>.</summary>
    public bool IncludeSources { get; init; } = true;
}
