namespace Annals.Timelines;

/// <summary>The stable codes of <see cref="TimelineProblem"/>.</summary>
public static class ProblemCodes
{
    /// <summary>Two events share an id.</summary>
    public const string DuplicateEventId = "TL001";

    /// <summary>Two actors share an id.</summary>
    public const string DuplicateActorId = "TL002";

    /// <summary>A participant names an actor the timeline does not have.</summary>
    public const string UnknownActor = "TL003";

    /// <summary>A relation names an event the timeline does not have.</summary>
    public const string UnknownEvent = "TL004";

    /// <summary>A source's URL is not an absolute http or https link.</summary>
    public const string BadSourceUrl = "TL005";

    /// <summary>A relation contradicts the dates of the two events.</summary>
    public const string RelationContradictsDates = "TL006";

    /// <summary>An event is related to itself.</summary>
    public const string SelfRelation = "TL007";

    /// <summary>The same actor appears twice in the same role in one event.</summary>
    public const string DuplicateParticipant = "TL008";

    /// <summary>An event has a history but no recorded day of its own.</summary>
    public const string HistoryWithoutRecorded = "TL009";

    /// <summary>An earlier state is recorded on or after the event's current state, or on the same day as another.</summary>
    public const string RevisionOutOfOrder = "TL010";

    /// <summary>Dates given relative to other events form a cycle.</summary>
    public const string RelativeDateCycle = "TL011";

    /// <summary>A relative date's offset cannot be read or applied.</summary>
    public const string RelativeDateUnreadable = "TL012";
}
