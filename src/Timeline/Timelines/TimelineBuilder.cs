using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Annals.Model;

namespace Annals.Timelines;

/// <summary>
/// Collects events and actors, then checks them all at once and produces an immutable <see cref="Timeline"/>.
/// </summary>
/// <remarks>
/// <para>Adding never throws for problems between records (duplicate ids, unknown actors, bad links, relations that
/// contradict dates): they are all reported together by <see cref="Validate"/>, <see cref="TryToImmutable"/> or
/// <see cref="ToImmutable"/>. The checks, with their codes:</para>
/// <list type="bullet">
/// <item><description><c>TL001</c> two events share an id; <c>TL002</c> two actors share an id;</description></item>
/// <item><description><c>TL003</c> a participant names an unknown actor; <c>TL008</c> the same actor appears twice in
/// one role;</description></item>
/// <item><description><c>TL004</c> a relation names an unknown event; <c>TL007</c> an event is related to itself;</description></item>
/// <item><description><c>TL005</c> a source URL is not an absolute http or https link;</description></item>
/// <item><description><c>TL006</c> a relation contradicts the dates: an event that <c>follows</c>, <c>implements</c> or
/// <c>responds-to</c> another certainly comes before it; one that <c>announces</c> another certainly comes after it;
/// or a <c>part-of</c> cannot overlap its whole.</description></item>
/// </list>
/// <para>A builder is not thread-safe. The timelines it produces are.</para>
/// </remarks>
public sealed class TimelineBuilder
{
    private readonly List<Event> events = [];
    private readonly List<Actor> actors = [];

    /// <summary>Counts the changes to the events and actors, so that a check is not repeated when nothing changed.</summary>
    private int version;

    /// <summary>The outcome of the last check and the <see cref="version"/> it was made at.</summary>
    private (int Version, List<Event> Events, ImmutableArray<TimelineProblem> Problems)? prepared;

    internal TimelineBuilder()
    {
    }

    private string? title;
    private string? description;

    /// <summary>Gets or sets the timeline's title. A blank title is stored as <see langword="null"/>.</summary>
    public string? Title
    {
        get => title;
        set => title = string.IsNullOrWhiteSpace(value) ? null : value;
    }

    /// <summary>Gets or sets the timeline's description. A blank description is stored as <see langword="null"/>.</summary>
    public string? Description
    {
        get => description;
        set => description = string.IsNullOrWhiteSpace(value) ? null : value;
    }

    /// <summary>Gets or sets a value indicating whether the caller guarantees that no two events and no two actors
    /// share an id (the file reader, which gives the builder only the first record with each id), so that the check
    /// for repeated ids, and the map of events by id when no event has relations, can be left out.</summary>
    internal bool IdsAreUnique { get; set; }

    /// <summary>Gets the number of events added.</summary>
    public int Count => events.Count;

    /// <summary>Gets the events added so far, in the order added.</summary>
    public IReadOnlyList<Event> Events => events;

    /// <summary>Gets the actors added so far, in the order added.</summary>
    public IReadOnlyList<Actor> Actors => actors;

    /// <summary>Adds an event.</summary>
    /// <param name="item">The event.</param>
    /// <returns>This builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is <see langword="null"/>.</exception>
    public TimelineBuilder Add(Event item)
    {
        ArgumentNullException.ThrowIfNull(item);
        events.Add(item);
        version++;
        return this;
    }

    /// <summary>Adds events.</summary>
    /// <param name="items">The events.</param>
    /// <returns>This builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or one of its elements is <see langword="null"/>.</exception>
    public TimelineBuilder AddRange(IEnumerable<Event> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        foreach (var item in items)
        {
            Add(item);
        }

        return this;
    }

    /// <summary>Adds events as they arrive from an asynchronous source, such as a reader streaming a large export.</summary>
    /// <param name="items">The events.</param>
    /// <param name="cancellationToken">Stops the adding; the events added so far stay in the builder.</param>
    /// <returns>This builder, for chaining, once every event has been added.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or one of its elements is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">The adding was cancelled.</exception>
    public async Task<TimelineBuilder> AddRangeAsync(IAsyncEnumerable<Event> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            Add(item);
        }

        return this;
    }

    /// <summary>Adds an actor.</summary>
    /// <param name="actor">The actor.</param>
    /// <returns>This builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is <see langword="null"/>.</exception>
    public TimelineBuilder AddActor(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actors.Add(actor);
        version++;
        return this;
    }

    /// <summary>Adds actors.</summary>
    /// <param name="items">The actors.</param>
    /// <returns>This builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or one of its elements is <see langword="null"/>.</exception>
    public TimelineBuilder AddActors(IEnumerable<Actor> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        foreach (var item in items)
        {
            AddActor(item);
        }

        return this;
    }

    /// <summary>Removes every event with an id.</summary>
    /// <param name="eventId">The id.</param>
    /// <returns><see langword="true"/> when an event was removed.</returns>
    public bool Remove(string eventId)
    {
        version++;
        return events.RemoveAll(e => e.Id == eventId) > 0;
    }

    /// <summary>Replaces every event that has the same id as <paramref name="item"/>, or adds it if there is none.</summary>
    /// <param name="item">The new version of the event.</param>
    /// <returns>This builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is <see langword="null"/>.</exception>
    public TimelineBuilder Set(Event item)
    {
        ArgumentNullException.ThrowIfNull(item);
        Remove(item.Id);
        return Add(item);
    }

    /// <summary>Checks everything added so far.</summary>
    /// <returns>Every problem found, in the order of the events and actors; empty when the timeline is valid.</returns>
    public ImmutableArray<TimelineProblem> Validate() => Prepare().Problems;

    /// <summary>Builds the timeline, or reports why it cannot be built.</summary>
    /// <param name="timeline">The timeline, when there were no problems.</param>
    /// <param name="problems">Every problem found; empty on success.</param>
    /// <returns><see langword="true"/> when the timeline was built.</returns>
    public bool TryToImmutable([NotNullWhen(true)] out Timeline? timeline, out ImmutableArray<TimelineProblem> problems)
    {
        (var resolved, problems) = Prepare();
        if (problems.Length > 0)
        {
            timeline = null;
            return false;
        }

        timeline = Timeline.FromValidated(Title, Description, resolved, actors);
        return true;
    }

    /// <summary>Computes relative dates, then checks every record; the outcome is kept until the next change, so that
    /// <see cref="Validate"/> followed by <see cref="TryToImmutable"/> checks once.</summary>
    private (List<Event> Events, ImmutableArray<TimelineProblem> Problems) Prepare()
    {
        if (prepared is { } done && done.Version == version)
        {
            return (done.Events, done.Problems);
        }

        var resolved = events;
        var relativeProblems = ImmutableArray.CreateBuilder<TimelineProblem>();
        if (events.Exists(e => e.RelativeTo is not null))
        {
            resolved = new List<Event>(events);
            RelativeDateResolver.Resolve(resolved, relativeProblems);
        }

        var problems = TimelineValidator.Validate(resolved, actors, IdsAreUnique);
        problems = relativeProblems.Count == 0 ? problems : [.. relativeProblems, .. problems];
        prepared = (version, resolved, problems);
        return (resolved, problems);
    }

    /// <summary>Builds the timeline.</summary>
    /// <returns>The timeline, its events in chronological order.</returns>
    /// <exception cref="TimelineValidationException">There were problems; the exception lists them all.</exception>
    public Timeline ToImmutable() =>
        TryToImmutable(out var timeline, out var problems) ? timeline : throw new TimelineValidationException(problems);
}
