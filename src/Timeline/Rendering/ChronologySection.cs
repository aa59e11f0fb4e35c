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

        // Timeline.GroupBy files a date whose year is all unspecified digits (XXXX) under the calendar's first year,
        // because its bounds are the calendar's limits; for a reader it is undated, so it joins the undated group.
        var dated = new List<ChronologySection>();
        var undated = new List<Event>();
        foreach (var group in timeline.GroupBy(grouping))
        {
            var known = new List<Event>(group.Events.Length);
            foreach (var e in group.Events)
            {
                (group.Period is null || DateLabelFormatter.IsUndated(e.Date) ? undated : known).Add(e);
            }

            if (known.Count > 0)
            {
                dated.Add(new ChronologySection(labels.Period(group.Period!), group.Period, InOrder(known, descending)));
            }
        }

        if (descending)
        {
            dated.Reverse();
        }

        if (undated.Count > 0)
        {
            dated.Add(new ChronologySection(text.UndatedHeading, null, InOrder(undated, descending)));
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
