namespace Annals.Rendering;

/// <summary>How <see cref="ChronologyTimelineJs"/> fills each slide's <c>group</c>, which TimelineJS uses to put events
/// in rows of their own, labelled at the left edge of its navigation.</summary>
public enum TimelineJsGrouping
{
    /// <summary>No <c>group</c>: TimelineJS lays the events out freely. This is the default.</summary>
    None,

    /// <summary>The name of the event's kind (<c>visit</c>, <c>call</c>, <c>x-inauguration</c>); events with no kind
    /// get no group.</summary>
    Kind,

    /// <summary>The name of one actor taking part: the first of <see cref="TimelineJsOptions.GroupActors"/> that takes
    /// part in the event, or the event's first participant when that list is empty. Events with no such participant get
    /// no group.</summary>
    Actor,
}
