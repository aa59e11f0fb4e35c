namespace Annals.Model;

/// <summary>A typed link from one event to another, by the other's id: the deportations
/// <see cref="RelationType.Implements"/> the agreement.</summary>
/// <remarks>Building a timeline checks that the target exists and that the dates do not contradict the relation.
/// Immutable and thread-safe; compares by value.</remarks>
public sealed record EventRelation
{
    private readonly RelationType type;
    private readonly string eventId;

    /// <summary>Creates a relation.</summary>
    /// <param name="type">How this event relates to the other.</param>
    /// <param name="eventId">The other event's id.</param>
    /// <exception cref="ArgumentException"><paramref name="eventId"/> is not a valid id, or <paramref name="type"/> is not defined.</exception>
    public EventRelation(RelationType type, string eventId)
    {
        Type = type;
        this.eventId = Slug.Check(eventId, nameof(eventId));
    }

    /// <summary>Gets how this event relates to the other.</summary>
    public RelationType Type
    {
        get => type;
        init => type = FieldChecks.Defined(value, nameof(Type), "relation type");
    }

    /// <summary>Gets the other event's id.</summary>
    public string EventId
    {
        get => eventId;
        init => eventId = Slug.Check(value, nameof(EventId));
    }

    /// <summary>Returns the relation as <c>type event</c>.</summary>
    /// <returns>For example <c>implements migration-agreement</c>.</returns>
    public override string ToString() => $"{Vocabulary.Name(Type)} {EventId}";
}
