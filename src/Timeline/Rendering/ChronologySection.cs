using Annals.Dates;
using Annals.Model;
using Annals.Timelines;

namespace Annals.Rendering;

/// <summary>A run of events as a renderer writes it: under a heading ("2025", "April 2025", "Undated"), or under
/// none when the timeline is not grouped; the events already in the order to write.</summary>
internal sealed class ChronologySection
{
    private ChronologySection(string? heading, EdtfDate? period, IReadOnlyList<Event> events)
    {
        Heading = heading;
        Period = period;
        Events = events;
    }

    /// <summary>Gets the heading text (plain, unescaped), or <see langword="null"/> for an ungrouped timeline.</summary>
    public string? Heading { get; }

    /// <summary>Gets the year or month the section covers, or <see langword="null"/> for the undated section and an
    /// ungrouped timeline.</summary>
    public EdtfDate? Period { get; }

    /// <summary>Gets the events, in the order to write them.</summary>
    public IReadOnlyList<Event> Events { get; }

    /// <summary>Splits a timeline into the sections to write.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="grouping">How to group.</param>
    /// <param name="order">Oldest or newest first; the undated group stays last either way.</param>
    /// <param name="labels">Writes the period headings.</param>
    /// <param name="text">The words, for "Undated".</param>
    /// <returns>The sections; none for an empty timeline.</returns>
    public static IReadOnlyList<ChronologySection> Of(
        Timeline timeline, TimelineGrouping grouping, ChronologyOrder order, DateLabelFormatter labels, RenderText text)
    {
        if (timeline.Count == 0)
        {
            return [];
        }

        var descending = order == ChronologyOrder.Descending;
        if (grouping == TimelineGrouping.None)
        {
            return [new ChronologySection(null, null, InOrder(timeline.Events, descending))];
        }

        var dated = new List<ChronologySection>();
        ChronologySection? undated = null;
        foreach (var group in timeline.GroupBy(grouping))
        {
            if (group.Period is { } period)
            {
                dated.Add(new ChronologySection(labels.Period(period), period, InOrder(group.Events, descending)));
            }
            else
            {
                undated = new ChronologySection(text.UndatedHeading, null, InOrder(group.Events, descending));
            }
        }

        if (descending)
        {
            dated.Reverse();
        }

        if (undated is not null)
        {
            dated.Add(undated);
        }

        return dated;
    }

    private static IReadOnlyList<Event> InOrder(IReadOnlyList<Event> events, bool descending)
    {
        if (!descending)
        {
            return events;
        }

        var reversed = new Event[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            reversed[i] = events[events.Count - 1 - i];
        }

        return reversed;
    }
}
