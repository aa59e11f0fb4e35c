namespace Annals.Timelines;

/// <summary>How a date-range query treats events whose dates are imprecise.</summary>
public enum DateRangeMode
{
    /// <summary>Keep an event if it may fall in the range: some possible day lies inside. This is the default, and
    /// errs towards showing too much rather than hiding an event.</summary>
    MayOverlap,

    /// <summary>Keep an event only if every possible day lies inside the range.</summary>
    CertainlyWithin,
}
