using System.Collections.Immutable;
using Annals.Dates;
using NodaTime;

namespace Annals.Model;

/// <summary>
/// An earlier state of an event: the day it was recorded, and the fields that differed then. Fields left
/// <see langword="null"/> were the same as in the event's current state.
/// </summary>
/// <remarks>
/// <para>On 28 March 2025 the White House visit was recorded as planned for <c>2025-04</c> and reported; on 14 April it
/// was recorded as occurred on <c>2025-04-14</c> and confirmed. The event holds the 14 April state, and a revision
/// recorded on 28 March holds the date, status, certainty and sources of that day.</para>
/// <para>A revision can change a field but cannot remove one that the current state has. Immutable and thread-safe;
/// compares by value.</para>
/// </remarks>
public sealed record EventRevision
{
    private readonly string? title;
    private readonly string? summary;
    private readonly ImmutableArray<Source>? sources;
    private readonly EventStatus? status;
    private readonly Certainty? certainty;

    /// <summary>Creates a revision.</summary>
    /// <param name="recorded">The day this state was recorded or published.</param>
    public EventRevision(LocalDate recorded)
    {
        Recorded = recorded;
    }

    /// <summary>Gets the day this state was recorded or published.</summary>
    public LocalDate Recorded { get; init; }

    /// <summary>Gets the title then, if it differed.</summary>
    public string? Title
    {
        get => title;
        init => title = FieldChecks.OptionalLine(value, nameof(Title));
    }

    /// <summary>Gets the summary then, if it differed.</summary>
    public string? Summary
    {
        get => summary;
        init => summary = FieldChecks.OptionalLine(value, nameof(Summary));
    }

    /// <summary>Gets the date then, if it differed.</summary>
    public EdtfDate? Date { get; init; }

    /// <summary>Gets the kind then, if it differed.</summary>
    public EventKind? Kind { get; init; }

    /// <summary>Gets the status then, if it differed.</summary>
    public EventStatus? Status
    {
        get => status;
        init => status = FieldChecks.OptionalDefined(value, nameof(Status), "event status");
    }

    /// <summary>Gets the certainty then, if it differed.</summary>
    public Certainty? Certainty
    {
        get => certainty;
        init => certainty = FieldChecks.OptionalDefined(value, nameof(Certainty), "certainty");
    }

    /// <summary>Gets the location then, if it differed.</summary>
    public Location? Location { get; init; }

    /// <summary>Gets the sources then, if they differed.</summary>
    public ImmutableArray<Source>? Sources
    {
        get => sources;
        init => sources = value is null ? null : Actor.NoNulls(value.Value, nameof(Sources));
    }

    /// <summary>Gets a value indicating whether the revision changes no field.</summary>
    public bool IsEmpty =>
        title is null && summary is null && Date is null && Kind is null && status is null && certainty is null
        && Location is null && sources is null;

    /// <summary>Applies this revision to an event's current state, giving the event as it was recorded then.</summary>
    /// <param name="current">The event's current state.</param>
    /// <returns>The earlier state, with <see cref="Event.Recorded"/> set to this revision's day.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="current"/> is <see langword="null"/>.</exception>
    public Event ApplyTo(Event current)
    {
        ArgumentNullException.ThrowIfNull(current);
        return current with
        {
            Title = title ?? current.Title,
            Summary = summary ?? current.Summary,
            Date = Date ?? current.Date,
            Kind = Kind ?? current.Kind,
            Status = status ?? current.Status,
            Certainty = certainty ?? current.Certainty,
            Location = Location ?? current.Location,
            Sources = sources ?? current.Sources,
            Recorded = Recorded,
        };
    }

    /// <inheritdoc />
    public bool Equals(EventRevision? other) =>
        other is not null
        && Recorded == other.Recorded
        && title == other.title
        && summary == other.summary
        && Equals(Date, other.Date)
        && Kind == other.Kind
        && status == other.status
        && certainty == other.certainty
        && Equals(Location, other.Location)
        && (sources is null ? other.sources is null : other.sources is not null && sources.Value.SequenceEqual(other.sources.Value));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Recorded, title, Date, status, certainty);
}
