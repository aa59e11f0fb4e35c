namespace Annals.Serialization;

/// <summary>Choices for saving a timeline file. The layout itself is fixed, so that a timeline always saves to the
/// same bytes.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SaveOptions
{
    /// <summary>Gets the default options: every actor of the timeline and every relation are written.</summary>
    public static SaveOptions Default { get; } = new();

    /// <summary>Gets the options for saving an excerpt, such as a query's result: only the actors the events name
    /// are written, and relations to events outside the excerpt are left out, so that the file loads on its own.</summary>
    public static SaveOptions Excerpt { get; } = new() { OnlyReferencedActors = true, OmitRelationsToMissingEvents = true };

    /// <summary>Gets a value indicating whether to write only the actors that take part in the written events, rather
    /// than every actor of the timeline.</summary>
    public bool OnlyReferencedActors { get; init; }

    /// <summary>Gets a value indicating whether to leave out relations that name events the timeline does not hold
    /// (a query's result keeps such relations). Their extension data is left out with them.</summary>
    public bool OmitRelationsToMissingEvents { get; init; }
}
