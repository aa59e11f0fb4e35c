namespace Annals.Timelines;

/// <summary>How <see cref="Timeline.GroupBy"/> groups events.</summary>
public enum TimelineGrouping
{
    /// <summary>One group holding every event.</summary>
    None,

    /// <summary>One group per year.</summary>
    Year,

    /// <summary>One group per month, with year groups for events that span several months of a year.</summary>
    Month,
}
