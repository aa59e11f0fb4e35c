using System.Collections.Immutable;
using Annals.Dates;
using NodaTime;

namespace Annals.Model;

/// <summary>
/// A dated diplomatic event: what happened (or is planned), when, who took part in which role, how certain it is, and
/// which sources say so.
/// </summary>
/// <remarks>
/// <para>Only the id, the title and the date are required. An event is <see cref="EventStatus.Occurred"/> and
/// <see cref="Certainty.Confirmed"/> unless told otherwise; everything else starts empty.</para>
/// <code>
/// var visit = new Event("rubio-visit", "Rubio visits El Salvador", EdtfDate.Day(2025, 2, 3))
/// {
///     Kind = EventKind.Visit,
///     Participants = [Participant.Visitor("rubio"), Participant.Host("bukele")],
/// };
/// </code>
/// <para>Immutable and thread-safe; use <c>with</c> to derive a changed copy. Two events are equal when every field is
/// equal; lists (participants, sources, tags, relations) are compared in order.</para>
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "Event is the domain's word; Visual Basic callers can write [Event].")]
public sealed record Event
{
    private readonly string id;
    private readonly string title;
    private readonly string? summary;
    private readonly EdtfDate date;
    private readonly EventStatus status;
    private readonly Certainty certainty;
    private readonly ImmutableArray<Participant> participants = [];
    private readonly ImmutableArray<Source> sources = [];
    private readonly ImmutableArray<string> tags = [];
    private readonly ImmutableArray<EventRelation> relations = [];
    private readonly ImmutableArray<EventRevision> history = [];

    /// <summary>Creates an event.</summary>
    /// <param name="id">A stable id (a slug), such as <c>rubio-visit-2025</c>.</param>
    /// <param name="title">A one-line title.</param>
    /// <param name="date">When it happened or is planned.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a valid id, or <paramref name="title"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="date"/> is <see langword="null"/>.</exception>
    public Event(string id, string title, EdtfDate date)
    {
        this.id = Slug.Check(id, nameof(id));
        this.title = FieldChecks.Required(title, nameof(title));
        this.date = date ?? throw NoDate(nameof(date));
    }

    /// <summary>Gets the stable id.</summary>
    public string Id
    {
        get => id;
        init => id = Slug.Check(value, nameof(Id));
    }

    /// <summary>Gets the title, as the user wrote it.</summary>
    public string Title
    {
        get => title;
        init => title = FieldChecks.Required(value, nameof(Title));
    }

    /// <summary>Gets an optional summary of a sentence or a paragraph.</summary>
    public string? Summary
    {
        get => summary;
        init => summary = FieldChecks.OptionalLine(value, nameof(Summary));
    }

    /// <summary>Gets when the event happened or is planned.</summary>
    public EdtfDate Date
    {
        get => date;
        init => date = value ?? throw NoDate(nameof(Date));
    }

    /// <summary>Gets the rule that computes <see cref="Date"/> from another event's date, if the date is given relative
    /// to another event. Building a timeline recomputes <see cref="Date"/> from it.</summary>
    public RelativeDate? RelativeTo { get; init; }

    /// <summary>Gets the time zone the event's local times are in, if it matters (for calendars).</summary>
    public DateTimeZone? TimeZone { get; init; }

    /// <summary>Gets what kind of event this is, or <see langword="null"/> when not classified.</summary>
    public EventKind? Kind { get; init; }

    /// <summary>Gets whether the event took place, is planned, or was postponed or cancelled.</summary>
    public EventStatus Status
    {
        get => status;
        init => status = FieldChecks.Defined(value, nameof(Status), "event status");
    }

    /// <summary>Gets how firmly the event is established.</summary>
    public Certainty Certainty
    {
        get => certainty;
        init => certainty = FieldChecks.Defined(value, nameof(Certainty), "certainty");
    }

    /// <summary>Gets the actors taking part, each in a role.</summary>
    public ImmutableArray<Participant> Participants
    {
        get => participants;
        init => participants = Actor.NoNulls(value, nameof(Participants));
    }

    /// <summary>Gets where the event took place.</summary>
    public Location? Location { get; init; }

    /// <summary>Gets the sources for the event.</summary>
    public ImmutableArray<Source> Sources
    {
        get => sources;
        init => sources = Actor.NoNulls(value, nameof(Sources));
    }

    /// <summary>Gets free-form tags, such as <c>migration</c>.</summary>
    /// <exception cref="ArgumentException">A tag is null, empty or blank.</exception>
    public ImmutableArray<string> Tags
    {
        get => tags;
        init
        {
            var checkedTags = Actor.NoNulls(value, nameof(Tags));
            foreach (var tag in checkedTags)
            {
                FieldChecks.Required(tag, nameof(Tags));
            }

            tags = checkedTags;
        }
    }

    /// <summary>Gets links to other events.</summary>
    public ImmutableArray<EventRelation> Relations
    {
        get => relations;
        init => relations = Actor.NoNulls(value, nameof(Relations));
    }

    /// <summary>Gets the day this state of the event was recorded or published, or <see langword="null"/> when the
    /// event counts as always known.</summary>
    public LocalDate? Recorded { get; init; }

    /// <summary>Gets the event's earlier states, each with the day it was recorded and the fields that differed then.
    /// See <see cref="AsOf"/>.</summary>
    /// <exception cref="ArgumentException">Set with a null element.</exception>
    public ImmutableArray<EventRevision> History
    {
        get => history;
        init => history = Actor.NoNulls(value, nameof(History));
    }

    /// <summary>Gets the event as it was known on a day.</summary>
    /// <param name="day">The day.</param>
    /// <returns>
    /// The current state when it was recorded on or before <paramref name="day"/>, or when it has no
    /// <see cref="Recorded"/> day (it counts as always known); otherwise the latest earlier state recorded on or before
    /// <paramref name="day"/>, with the history before it; or <see langword="null"/> when the event was first recorded
    /// after <paramref name="day"/>.
    /// </returns>
    public Event? AsOf(LocalDate day)
    {
        if (Recorded is not { } recorded || recorded <= day)
        {
            return this;
        }

        EventRevision? latest = null;
        var earlier = ImmutableArray.CreateBuilder<EventRevision>();
        foreach (var revision in history)
        {
            if (revision.Recorded <= day && (latest is null || revision.Recorded >= latest.Recorded))
            {
                latest = revision;
            }
        }

        if (latest is null)
        {
            return null;
        }

        foreach (var revision in history)
        {
            if (revision.Recorded < latest.Recorded)
            {
                earlier.Add(revision);
            }
        }

        return latest.ApplyTo(this) with { History = earlier.ToImmutable() };
    }

    /// <summary>Tells whether an actor takes part, optionally in a given role.</summary>
    /// <param name="actorId">The actor's id.</param>
    /// <param name="role">The role, or <see langword="null"/> for any role.</param>
    /// <returns><see langword="true"/> when a participant matches.</returns>
    public bool Involves(string actorId, ParticipantRole? role = null)
    {
        foreach (var participant in participants)
        {
            if (participant.ActorId == actorId && (role is null || participant.Role == role))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public bool Equals(Event? other) =>
        other is not null
        && id == other.id
        && title == other.title
        && summary == other.summary
        && date.Equals(other.date)
        && Equals(RelativeTo, other.RelativeTo)
        && TimeZone?.Id == other.TimeZone?.Id
        && Kind == other.Kind
        && status == other.status
        && certainty == other.certainty
        && Equals(Location, other.Location)
        && participants.SequenceEqual(other.participants)
        && sources.SequenceEqual(other.sources)
        && tags.SequenceEqual(other.tags, StringComparer.Ordinal)
        && relations.SequenceEqual(other.relations)
        && Recorded == other.Recorded
        && history.SequenceEqual(other.history);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(id, title, date, status, certainty, participants.Length);

    /// <summary>Returns the event as <c>id (date): title</c>, for debugging.</summary>
    /// <returns>For example <c>rubio-visit (2025-02-03): Rubio visits El Salvador</c>.</returns>
    public override string ToString() => $"{id} ({date}): {title}";

    private static ArgumentNullException NoDate(string paramName) => new(
        paramName,
        "An event needs a date, but null was given; for a date not known at all, use EdtfDate.Parse(\"XXXX\").Value (any year).");
}
