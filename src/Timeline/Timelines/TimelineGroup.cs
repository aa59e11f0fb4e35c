using System.Collections.Immutable;
using Annals.Dates;
using Annals.Model;

namespace Annals.Timelines;

/// <summary>A run of events under one heading: a year, a month, or "undated".</summary>
/// <remarks>Immutable and thread-safe. See <see cref="Timeline.GroupBy"/> for how events are assigned to groups.</remarks>
public sealed class TimelineGroup
{
    internal TimelineGroup(EdtfDate? period, ImmutableArray<Event> events)
    {
        Period = period;
        Events = events;
    }

    /// <summary>Gets the period the group covers, a year (<c>2025</c>) or a month (<c>2025-04</c>); or
    /// <see langword="null"/> for the group of events with no known day at all.</summary>
    public EdtfDate? Period { get; }

    /// <summary>Gets the group's events, in timeline order.</summary>
    public ImmutableArray<Event> Events { get; }

    /// <summary>Returns the period and the number of events.</summary>
    /// <returns>For example <c>2025-04 (2 events)</c>.</returns>
    public override string ToString() => $"{Period?.ToString() ?? "undated"} ({Events.Length} events)";
}
