namespace Annals.Model;

/// <summary>An actor taking part in an event, in a role: Rubio as <see cref="ParticipantRole.Visitor"/>, Bukele as
/// <see cref="ParticipantRole.Host"/>.</summary>
/// <remarks>The actor is named by id; building a timeline checks that the actor exists. Immutable and thread-safe;
/// compares by value.</remarks>
public sealed record Participant
{
    private readonly string actorId;
    private readonly ParticipantRole role;

    /// <summary>Creates a participant.</summary>
    /// <param name="actorId">The actor's id, such as <c>rubio</c>.</param>
    /// <param name="role">The actor's role.</param>
    /// <exception cref="ArgumentException"><paramref name="actorId"/> is not a valid id, or <paramref name="role"/> is not defined.</exception>
    public Participant(string actorId, ParticipantRole role = ParticipantRole.Participant)
    {
        this.actorId = Slug.Check(actorId, nameof(actorId));
        Role = role;
    }

    /// <summary>Gets the actor's id.</summary>
    public string ActorId
    {
        get => actorId;
        init => actorId = Slug.Check(value, nameof(ActorId));
    }

    /// <summary>Gets the actor's role.</summary>
    public ParticipantRole Role
    {
        get => role;
        init => role = FieldChecks.Defined(value, nameof(Role), "participant role");
    }

    /// <summary>Creates a host.</summary>
    /// <param name="actorId">The actor's id.</param>
    /// <returns>The participant.</returns>
    public static Participant Host(string actorId) => new(actorId, ParticipantRole.Host);

    /// <summary>Creates a visitor.</summary>
    /// <param name="actorId">The actor's id.</param>
    /// <returns>The participant.</returns>
    public static Participant Visitor(string actorId) => new(actorId, ParticipantRole.Visitor);

    /// <summary>Creates a caller.</summary>
    /// <param name="actorId">The actor's id.</param>
    /// <returns>The participant.</returns>
    public static Participant Caller(string actorId) => new(actorId, ParticipantRole.Caller);

    /// <summary>Creates a callee.</summary>
    /// <param name="actorId">The actor's id.</param>
    /// <returns>The participant.</returns>
    public static Participant Callee(string actorId) => new(actorId, ParticipantRole.Callee);

    /// <summary>Returns the participant as <c>actor (role)</c>.</summary>
    /// <returns>For example <c>rubio (visitor)</c>.</returns>
    public override string ToString() => $"{ActorId} ({Vocabulary.Name(Role)})";
}
