using System.Collections.Immutable;
using System.Globalization;
using Annals.Model;

namespace Annals.Rendering;

/// <summary>What <see cref="ChronologyTimelineJs"/> writes and how. The defaults give a title slide, one slide per dated
/// event with its summary, participants and sources, no groups and no eras, in invariant English, indented.</summary>
/// <remarks>Immutable and thread-safe; derive a changed copy with <c>with</c>:
/// <code>var options = TimelineJsOptions.Default with { Grouping = TimelineJsGrouping.Actor, GroupActors = ["bukele", "trump"] };</code>
/// </remarks>
public sealed record TimelineJsOptions
{
    private readonly TimelineJsGrouping grouping;
    private readonly ImmutableArray<string> groupActors = [];

    /// <summary>Gets the default options.</summary>
    public static TimelineJsOptions Default { get; } = new();

    /// <summary>Gets the headline of the title slide instead of the timeline's title; <see langword="null"/> (the
    /// default) or a blank title uses the timeline's title, or "Chronology" ("Cronología") when it has none.</summary>
    public string? Title { get; init; }

    /// <summary>Gets a value indicating whether to write the title slide (<c>title</c>). The default is
    /// <see langword="true"/>.</summary>
    public bool IncludeTitle { get; init; } = true;

    /// <summary>Gets the text of the title slide; <see langword="null"/> (the default) uses the timeline's description.
    /// An empty or blank introduction writes none.</summary>
    public string? Introduction { get; init; }

    /// <summary>Gets what goes in each slide's <c>group</c>: nothing (the default), the event's kind, or an actor.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public TimelineJsGrouping Grouping
    {
        get => grouping;
        init => grouping = FieldChecks.Defined(value, nameof(Grouping), "TimelineJS grouping");
    }

    /// <summary>Gets the ids of the actors to group by with <see cref="TimelineJsGrouping.Actor"/>, in order of
    /// preference: an event goes into the group of the first of them that takes part in it. Empty (the default) groups
    /// each event under its first participant.</summary>
    public ImmutableArray<string> GroupActors
    {
        get => groupActors;
        init => groupActors = value.IsDefault ? [] : value;
    }

    /// <summary>Gets a value indicating whether to write <c>eras</c>: one per year that has events, labelled with the
    /// year, spanning 1 January to 31 December. The default is <see langword="false"/>.</summary>
    public bool IncludeEras { get; init; }

    /// <summary>Gets the culture for dates and added words; <see langword="null"/> (the default) writes invariant
    /// English, the same on every machine. The current culture is never used.</summary>
    public CultureInfo? Culture { get; init; }

    /// <summary>Gets a value indicating whether to write each event's summary. The default is <see langword="true"/>.</summary>
    public bool IncludeSummaries { get; init; } = true;

    /// <summary>Gets a value indicating whether to write each event's participants, with the office each held on the
    /// event's date. The default is <see langword="true"/>.</summary>
    public bool IncludeParticipants { get; init; } = true;

    /// <summary>Gets a value indicating whether to list each event's sources. The default is <see langword="true"/>.</summary>
    public bool IncludeSources { get; init; } = true;

    /// <summary>Gets a value indicating whether to indent the JSON (two spaces, <c>\n</c> line ends). The default is
    /// <see langword="true"/>; <see langword="false"/> writes it on one line. Either way the document ends with one
    /// <c>\n</c>.</summary>
    public bool Indented { get; init; } = true;
}
