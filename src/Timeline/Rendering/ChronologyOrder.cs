namespace Annals.Rendering;

/// <summary>The direction in which a renderer writes the timeline.</summary>
public enum ChronologyOrder
{
    /// <summary>Oldest first, in timeline order. This is the default.</summary>
    Ascending,

    /// <summary>Newest first: the groups and the events within each group are reversed. The group of undated events
    /// stays last.</summary>
    Descending,
}
