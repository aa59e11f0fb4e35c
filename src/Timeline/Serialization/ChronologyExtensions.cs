using System.Collections.Immutable;

namespace Annals.Serialization;

/// <summary>The extension data of a whole timeline file: the unknown fields of the top-level object, and of each actor
/// and event (and their nested objects), keyed by the record's id.</summary>
/// <remarks>
/// <para>The model's records cannot hold fields the format does not define, so loading collects them here, and saving
/// writes them back after the known fields of the same object, in their original order. A record with no unknown
/// fields has no entry. Keys are ids, so the data follows a record when the timeline is queried or reordered; an entry
/// whose id is no longer in the timeline is simply not written.</para>
/// <para>Immutable and thread-safe; compares by value.</para>
/// </remarks>
public sealed record ChronologyExtensions
{
    private readonly ExtensionFields fields = ExtensionFields.Empty;
    private readonly ImmutableDictionary<string, ActorExtensions> actors = ImmutableDictionary.Create<string, ActorExtensions>(StringComparer.Ordinal);
    private readonly ImmutableDictionary<string, EventExtensions> events = ImmutableDictionary.Create<string, EventExtensions>(StringComparer.Ordinal);

    /// <summary>Gets an instance with no extension data.</summary>
    public static ChronologyExtensions Empty { get; } = new();

    /// <summary>Gets the unknown fields of the top-level object.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public ExtensionFields Fields
    {
        get => fields;
        init => fields = value ?? throw new ArgumentNullException(nameof(Fields));
    }

    /// <summary>Gets the extension data of the actors, by actor id.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public ImmutableDictionary<string, ActorExtensions> Actors
    {
        get => actors;
        init => actors = (value ?? throw new ArgumentNullException(nameof(Actors))).WithComparers(StringComparer.Ordinal);
    }

    /// <summary>Gets the extension data of the events, by event id.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public ImmutableDictionary<string, EventExtensions> Events
    {
        get => events;
        init => events = (value ?? throw new ArgumentNullException(nameof(Events))).WithComparers(StringComparer.Ordinal);
    }

    /// <summary>Gets a value indicating whether there is no extension data at all.</summary>
    public bool IsEmpty => fields.IsEmpty && actors.Values.All(a => a.IsEmpty) && events.Values.All(e => e.IsEmpty);

    /// <summary>Gets the extension data of an actor.</summary>
    /// <param name="actorId">The actor's id.</param>
    /// <returns>The data; <see cref="ActorExtensions.Empty"/> when there is none.</returns>
    public ActorExtensions ForActor(string actorId) =>
        actorId is not null && actors.TryGetValue(actorId, out var found) && found is not null ? found : ActorExtensions.Empty;

    /// <summary>Gets the extension data of an event.</summary>
    /// <param name="eventId">The event's id.</param>
    /// <returns>The data; <see cref="EventExtensions.Empty"/> when there is none.</returns>
    public EventExtensions ForEvent(string eventId) =>
        eventId is not null && events.TryGetValue(eventId, out var found) && found is not null ? found : EventExtensions.Empty;

    /// <inheritdoc />
    public bool Equals(ChronologyExtensions? other) =>
        other is not null
        && fields.Equals(other.fields)
        && SameEntries(actors, other.actors, other.ForActor, a => a.IsEmpty)
        && SameEntries(events, other.events, other.ForEvent, e => e.IsEmpty);

    /// <inheritdoc />
    public override int GetHashCode() => fields.GetHashCode();

    private static bool SameEntries<T>(
        ImmutableDictionary<string, T> mine,
        ImmutableDictionary<string, T> theirs,
        Func<string, T> lookUpTheirs,
        Func<T, bool> isEmpty)
        where T : class
    {
        // Entries that hold nothing are the same as no entry.
        foreach (var (id, value) in mine)
        {
            if (!value.Equals(lookUpTheirs(id)))
            {
                return false;
            }
        }

        return theirs.All(pair => mine.ContainsKey(pair.Key) || isEmpty(pair.Value));
    }
}
