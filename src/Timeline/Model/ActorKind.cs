namespace Annals.Model;

/// <summary>What sort of actor takes part in events.</summary>
/// <remarks>In the file format each value is written in lowercase: <c>person</c>, <c>state</c>, <c>organization</c>,
/// <c>group</c>, <c>media</c>.</remarks>
public enum ActorKind
{
    /// <summary>A named person, such as a head of state or a minister.</summary>
    Person,

    /// <summary>A sovereign state or its government acting as a whole.</summary>
    State,

    /// <summary>A formal organisation: an agency, a ministry, an international body, a company.</summary>
    Organization,

    /// <summary>An informal or non-state group, such as a gang or a movement.</summary>
    Group,

    /// <summary>A media outlet acting as a party to events, not merely reporting them.</summary>
    Media,
}
