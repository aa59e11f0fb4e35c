namespace Annals.Model;

/// <summary>Where an event stands in its lifecycle.</summary>
/// <remarks>In the file format each value is written in lowercase: <c>planned</c>, <c>occurred</c>, <c>postponed</c>,
/// <c>cancelled</c>.</remarks>
public enum EventStatus
{
    /// <summary>The event took place. This is the default.</summary>
    Occurred,

    /// <summary>The event is expected but has not taken place yet.</summary>
    Planned,

    /// <summary>The event was planned and then moved to a later, possibly unknown, date.</summary>
    Postponed,

    /// <summary>The event was planned and then called off.</summary>
    Cancelled,
}
