using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Annals.Dates;
using Annals.Model;
using Annals.Utility;
using NodaTime;

namespace Annals.Timelines;

/// <summary>
/// An immutable, validated chronology: events in a fixed order, the actors they name, a title and a description.
/// Every query returns another <see cref="Timeline"/>, so queries chain.
/// </summary>
/// <remarks>
/// <para>Create one with <see cref="Create"/> or through a builder (<see cref="CreateBuilder"/>, <see cref="ToBuilder"/>),
/// as with the immutable collections. Building checks everything at once; see <see cref="TimelineBuilder"/>.</para>
/// <para><b>Order.</b> Events are ordered by <see cref="EventOrder"/>: by date (earliest possible day, then latest
/// possible day, then precision, then the EDTF text; see <c>docs/dates.md</c>), then by id. Among events with equal
/// dates, relations come first: an event that <c>follows</c>, <c>implements</c>, <c>responds-to</c>,
/// <c>supersedes</c> or is <c>part-of</c> another is placed after it, and one that <c>announces</c> another before it.
/// The order never depends on the input order.</para>
/// <para><b>Equality.</b> Two timelines are equal when their titles, descriptions, events (in order) and actors (by id)
/// are equal. This is content equality, unlike the reference equality of <see cref="ImmutableArray{T}"/>.</para>
/// <para><b>Queries</b> keep the title, description and every actor, so a query's result renders like the original.
/// A query's result is not validated again: its relations may name events that the query left out.</para>
/// <para>Instances are immutable and safe to share between threads.</para>
/// </remarks>
public sealed class Timeline : IReadOnlyList<Event>, IEquatable<Timeline>
{
    private readonly ImmutableArray<Event> events;
    private readonly ImmutableSortedDictionary<string, Actor> actors;
    private readonly ConcurrentDictionary<string, string> searchText;
    private Dictionary<string, int>? indexById;
    private TimelineIndex? index;

    private Timeline(
        string? title,
        string? description,
        ImmutableArray<Event> sortedEvents,
        ImmutableSortedDictionary<string, Actor> actors,
        ConcurrentDictionary<string, string>? searchText = null,
        LocalDate? asOfDate = null)
    {
        AsOfDate = asOfDate;
        Title = title;
        Description = description;
        events = sortedEvents;
        this.actors = actors;
        this.searchText = searchText ?? new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
    }

    /// <summary>Gets a timeline with no events, no actors and no title.</summary>
    public static Timeline Empty { get; } =
        new(null, null, [], ImmutableSortedDictionary.Create<string, Actor>(StringComparer.Ordinal));

    /// <summary>Gets the title.</summary>
    public string? Title { get; }

    /// <summary>Gets the description.</summary>
    public string? Description { get; }

    /// <summary>Gets the day this timeline shows the state of, when it was made by <see cref="AsOf"/>; otherwise
    /// <see langword="null"/>.</summary>
    public LocalDate? AsOfDate { get; }

    /// <summary>Gets the events, in timeline order.</summary>
    public ImmutableArray<Event> Events => events;

    /// <summary>Gets the actors, ordered by id.</summary>
    public IEnumerable<Actor> Actors => actors.Values;

    /// <summary>Gets the number of events.</summary>
    public int Count => events.Length;

    /// <summary>Gets the first event, or <see langword="null"/> when the timeline is empty.</summary>
    public Event? FirstEvent => events.IsEmpty ? null : events[0];

    /// <summary>Gets the last event, or <see langword="null"/> when the timeline is empty.</summary>
    public Event? LastEvent => events.IsEmpty ? null : events[^1];

    /// <summary>Gets the event at a position in timeline order.</summary>
    /// <param name="index">The zero-based position.</param>
    /// <returns>The event.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside the timeline.</exception>
    public Event this[int index] => events[index];

    /// <summary>Creates a builder with no events.</summary>
    /// <returns>A new, empty builder.</returns>
    public static TimelineBuilder CreateBuilder() => new();

    /// <summary>Creates a timeline from events and the actors they name.</summary>
    /// <param name="events">The events, in any order.</param>
    /// <param name="actors">The actors; may be omitted when no event has participants.</param>
    /// <param name="title">An optional title.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is <see langword="null"/>.</exception>
    /// <exception cref="TimelineValidationException">The records have problems; the exception lists them all.</exception>
    public static Timeline Create(IEnumerable<Event> events, IEnumerable<Actor>? actors = null, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        var builder = CreateBuilder().AddRange(events);
        builder.Title = title;
        if (actors is not null)
        {
            builder.AddActors(actors);
        }

        return builder.ToImmutable();
    }

    /// <summary>Creates a timeline from events that arrive asynchronously, such as from a reader streaming a large export,
    /// and the actors they name. The events are collected as they arrive, then checked and ordered once, as by
    /// <see cref="Create"/>.</summary>
    /// <param name="events">The events, in any order.</param>
    /// <param name="actors">The actors; may be omitted when no event has participants.</param>
    /// <param name="title">An optional title.</param>
    /// <param name="cancellationToken">Stops the collecting.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is <see langword="null"/>.</exception>
    /// <exception cref="TimelineValidationException">The records have problems; the exception lists them all.</exception>
    /// <exception cref="OperationCanceledException">The collecting was cancelled.</exception>
    public static async Task<Timeline> CreateAsync(
        IAsyncEnumerable<Event> events,
        IEnumerable<Actor>? actors = null,
        string? title = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        var builder = await CreateBuilder().AddRangeAsync(events, cancellationToken).ConfigureAwait(false);
        builder.Title = title;
        if (actors is not null)
        {
            builder.AddActors(actors);
        }

        return builder.ToImmutable();
    }

    /// <summary>Creates a builder holding this timeline's title, description, events and actors.</summary>
    /// <returns>A new builder.</returns>
    public TimelineBuilder ToBuilder()
    {
        var builder = CreateBuilder().AddRange(events).AddActors(actors.Values);
        builder.Title = Title;
        builder.Description = Description;
        return builder;
    }

    /// <summary>Finds an event by id.</summary>
    /// <param name="eventId">The id.</param>
    /// <returns>The event, or <see langword="null"/> when this timeline has none with that id.</returns>
    public Event? Find(string eventId) => IndexOf(eventId) is var i and >= 0 ? events[i] : null;

    /// <summary>Finds an actor by id.</summary>
    /// <param name="actorId">The id.</param>
    /// <returns>The actor, or <see langword="null"/> when this timeline has none with that id.</returns>
    public Actor? FindActor(string actorId) =>
        actorId is not null && actors.TryGetValue(actorId, out var actor) ? actor : null;

    /// <summary>Runs a query.</summary>
    /// <param name="query">The filters.</param>
    /// <returns>The events that match every filter, in timeline order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is <see langword="null"/>.</exception>
    public Timeline Query(TimelineQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.IsEmpty)
        {
            return this;
        }

        var candidates = query.Candidates(Index, out var datesMatched);
        var predicate = query.Compile(this, datesMatched);
        if (candidates is null)
        {
            return predicate is null ? this : Where(predicate);
        }

        if (predicate is null)
        {
            // The index answered the whole query: take the events it found, already in timeline order.
            if (candidates.Length == events.Length)
            {
                return this;
            }

            var found = new Event[candidates.Length];
            for (var i = 0; i < found.Length; i++)
            {
                found[i] = events[candidates[i]];
            }

            return WithEvents(ImmutableCollectionsMarshal.AsImmutableArray(found));
        }

        var kept = ImmutableArray.CreateBuilder<Event>(Math.Min(candidates.Length, 1024));
        foreach (var position in candidates)
        {
            var e = events[position];
            if (predicate(e))
            {
                kept.Add(e);
            }
        }

        return kept.Count == events.Length ? this : WithEvents(kept.DrainToImmutable());
    }

    /// <summary>Keeps the events that satisfy a predicate. This also serves LINQ's <c>where</c> clause.</summary>
    /// <param name="predicate">The test.</param>
    /// <returns>The events that pass, in timeline order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="predicate"/> is <see langword="null"/>.</exception>
    public Timeline Where(Func<Event, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var kept = ImmutableArray.CreateBuilder<Event>();
        foreach (var e in events)
        {
            if (predicate(e))
            {
                kept.Add(e);
            }
        }

        return kept.Count == events.Length ? this : WithEvents(kept.DrainToImmutable());
    }

    /// <summary>Keeps the events in a date range.</summary>
    /// <param name="from">The start of the range (its earliest day), or <see langword="null"/> for no start.</param>
    /// <param name="to">The end of the range (its latest day), or <see langword="null"/> for no end.</param>
    /// <param name="mode">Whether an event must certainly lie in the range or may merely overlap it.</param>
    /// <returns>The matching events.</returns>
    public Timeline Between(EdtfDate? from, EdtfDate? to, DateRangeMode mode = DateRangeMode.MayOverlap) =>
        Query(new TimelineQuery { From = from, To = to, DateMode = mode });

    /// <summary>Keeps the events an actor takes part in, optionally in one role.</summary>
    /// <param name="actorId">The actor's id.</param>
    /// <param name="role">The role, or <see langword="null"/> for any.</param>
    /// <returns>The matching events.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actorId"/> is <see langword="null"/>.</exception>
    public Timeline Involving(string actorId, ParticipantRole? role = null)
    {
        ArgumentNullException.ThrowIfNull(actorId);
        return Query(new TimelineQuery { Actors = [actorId], Roles = role is null ? [] : [role.Value] });
    }

    /// <summary>Keeps the events of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The matching events.</returns>
    public Timeline OfKind(EventKind kind) => Query(new TimelineQuery { Kinds = [kind] });

    /// <summary>Keeps the events whose kind carries a CAMEO code.</summary>
    /// <param name="cameoCode">The code, such as <c>043</c>.</param>
    /// <returns>The matching events.</returns>
    public Timeline WithCameoCode(string cameoCode) => Query(new TimelineQuery { CameoCodes = [cameoCode] });

    /// <summary>Keeps the events whose kind belongs to a PLOVER category.</summary>
    /// <param name="category">The category, such as <c>CONSULT</c>.</param>
    /// <returns>The matching events.</returns>
    public Timeline WithPloverCategory(string category) => Query(new TimelineQuery { PloverCategories = [category] });

    /// <summary>Keeps the events with a status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The matching events.</returns>
    public Timeline WithStatus(EventStatus status) => Query(new TimelineQuery { Statuses = [status] });

    /// <summary>Keeps the events with a certainty.</summary>
    /// <param name="certainty">The certainty.</param>
    /// <returns>The matching events.</returns>
    public Timeline WithCertainty(Certainty certainty) => Query(new TimelineQuery { Certainties = [certainty] });

    /// <summary>Keeps the events with a tag (ignoring case).</summary>
    /// <param name="tag">The tag.</param>
    /// <returns>The matching events.</returns>
    public Timeline Tagged(string tag) => Query(new TimelineQuery { Tags = [tag] });

    /// <summary>Keeps the events whose text holds every word of <paramref name="text"/>, ignoring case and accents:
    /// "nunez" finds "Núñez".</summary>
    /// <param name="text">One or more words.</param>
    /// <returns>The matching events.</returns>
    public Timeline Search(string text) => Query(new TimelineQuery { Text = text });

    /// <summary>Finds the first event that certainly comes after a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The event, or <see langword="null"/> when none certainly comes after it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="date"/> is <see langword="null"/>.</exception>
    public Event? NextAfter(EdtfDate date)
    {
        ArgumentNullException.ThrowIfNull(date);
        foreach (var e in events)
        {
            if (e.Date.RelateTo(date) == DateRelation.After)
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>Finds the last event that certainly comes before a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The event, or <see langword="null"/> when none certainly comes before it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="date"/> is <see langword="null"/>.</exception>
    public Event? PreviousBefore(EdtfDate date)
    {
        ArgumentNullException.ThrowIfNull(date);
        Event? found = null;
        foreach (var e in events)
        {
            if (e.Date.RelateTo(date) == DateRelation.Before)
            {
                found = e;
            }
        }

        return found;
    }

    /// <summary>Finds the event that follows another in timeline order.</summary>
    /// <param name="item">An event of this timeline.</param>
    /// <returns>The next event, or <see langword="null"/> when <paramref name="item"/> is the last.</returns>
    /// <exception cref="ArgumentException"><paramref name="item"/> is not in this timeline.</exception>
    public Event? NextAfter(Event item)
    {
        var i = PositionOf(item);
        return i + 1 < events.Length ? events[i + 1] : null;
    }

    /// <summary>Finds the event that precedes another in timeline order.</summary>
    /// <param name="item">An event of this timeline.</param>
    /// <returns>The previous event, or <see langword="null"/> when <paramref name="item"/> is the first.</returns>
    /// <exception cref="ArgumentException"><paramref name="item"/> is not in this timeline.</exception>
    public Event? PreviousBefore(Event item)
    {
        var i = PositionOf(item);
        return i > 0 ? events[i - 1] : null;
    }

    /// <summary>Groups the events by year or by month.</summary>
    /// <param name="grouping">How to group.</param>
    /// <returns>The groups, in chronological order, with the group of undated events (if any) last.</returns>
    /// <remarks>
    /// <para>An event goes into the finest period (month, then year) that holds both its earliest and latest day. An
    /// event that spans several months of one year goes into that year's group when grouping by month; an event that
    /// spans years goes into the period of its earliest day. An event with only one known bound goes by that bound.
    /// Undated events go into a last group whose <see cref="TimelineGroup.Period"/> is <see langword="null"/>: those
    /// whose year is unspecified digits only (<c>XXXX</c>, <c>XXXX-04</c>), whose bounds are merely the limits of the
    /// calendar.</para>
    /// <para>Groups are ordered by their first day; a year's group comes before the month groups of the same year.
    /// Within a group, events keep timeline order.</para>
    /// </remarks>
    public ImmutableArray<TimelineGroup> GroupBy(TimelineGrouping grouping)
    {
        if (grouping == TimelineGrouping.None)
        {
            return events.IsEmpty ? [] : [new TimelineGroup(null, events)];
        }

        // Groups are found by a number standing for the period, so that no period is made per event.
        // Events in timeline order mostly come in runs of one period, so the last group is tried first.
        var groups = new Dictionary<int, (EdtfDate? Period, ImmutableArray<Event>.Builder Events)>();
        var lastKey = 0;
        ImmutableArray<Event>.Builder? last = null;
        for (var i = 0; i < events.Length; i++)
        {
            ReadAhead.Dates(events, i);
            var e = events[i];
            var key = PeriodKeyOf(e.Date, grouping);
            if (last is null || key != lastKey)
            {
                if (!groups.TryGetValue(key, out var group))
                {
                    group = (PeriodOf(e.Date, grouping), ImmutableArray.CreateBuilder<Event>());
                    groups.Add(key, group);
                }

                (last, lastKey) = (group.Events, key);
            }

            last.Add(e);
        }

        return groups.Values
            .OrderBy(g => g.Period is null)
            .ThenBy(g => g.Period?.Earliest)
            .ThenBy(g => g.Period?.Precision)
            .Select(g => new TimelineGroup(g.Period, g.Events.ToImmutable()))
            .ToImmutableArray();
    }

    /// <summary>Gets the timeline as it was known on a day: each event in its latest state recorded on or before that
    /// day, without the events first recorded after it. Events with no recorded day count as always known.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The timeline as of <paramref name="day"/>, reordered for the dates known then, with
    /// <see cref="AsOfDate"/> set.</returns>
    /// <remarks>See <see cref="Event.AsOf"/>. The result is not validated again.</remarks>
    public Timeline AsOf(LocalDate day)
    {
        var known = new List<Event>(events.Length);
        foreach (var e in events)
        {
            if (e.AsOf(day) is { } state)
            {
                known.Add(state);
            }
        }

        return new Timeline(Title, Description, Sort(known), actors, null, day);
    }

    /// <summary>Lists the planned events that are overdue on a day: still <see cref="EventStatus.Planned"/> in the
    /// state known that day, although their latest possible day is already past.</summary>
    /// <param name="day">The day to judge from.</param>
    /// <returns>The overdue events, in timeline order, in their state as of <paramref name="day"/>.</returns>
    public Timeline OverduePlans(LocalDate day) => AsOf(day).Where(e => IsOverdue(e, day));

    /// <summary>Tells whether an event is a plan whose window has passed on a day with no outcome recorded.</summary>
    /// <param name="item">The event, in the state known on <paramref name="day"/>.</param>
    /// <param name="day">The day to judge from.</param>
    /// <returns><see langword="true"/> when the event is planned and its latest possible day is before <paramref name="day"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is <see langword="null"/>.</exception>
    public static bool IsOverdue(Event item, LocalDate day)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Status == EventStatus.Planned && item.Date.Latest is { } latest && latest < day;
    }

    /// <summary>Compares this timeline with another.</summary>
    /// <param name="other">The later timeline.</param>
    /// <returns>The events added, removed and changed from this timeline to <paramref name="other"/>.</returns>
    public TimelineDiff DiffTo(Timeline other) => TimelineDiff.Between(this, other);

    /// <summary>Compares the timeline as known on two days.</summary>
    /// <param name="from">The earlier day.</param>
    /// <param name="to">The later day.</param>
    /// <returns>What changed between the two as-of views.</returns>
    public TimelineDiff DiffBetween(LocalDate from, LocalDate to) => TimelineDiff.Between(AsOf(from), AsOf(to));

    /// <summary>Merges another timeline into this one.</summary>
    /// <param name="other">The other timeline.</param>
    /// <returns>The outcome: the merged timeline, or the conflicts (different records under one id) and problems
    /// that prevent it. Conflicts are never resolved silently.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    public TimelineMerge Merge(Timeline other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return TimelineMerge.Of(this, other);
    }

    /// <summary>Returns an enumerator over the events in timeline order.</summary>
    /// <returns>The enumerator.</returns>
    public ImmutableArray<Event>.Enumerator GetEnumerator() => events.GetEnumerator();

    /// <inheritdoc />
    IEnumerator<Event> IEnumerable<Event>.GetEnumerator() => ((IEnumerable<Event>)events).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)events).GetEnumerator();

    /// <inheritdoc />
    public bool Equals(Timeline? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Title == other.Title
                && Description == other.Description
                && events.SequenceEqual(other.events)
                && actors.Count == other.actors.Count
                && actors.Values.SequenceEqual(other.actors.Values)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Timeline);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Title, events.Length, events.IsEmpty ? null : events[0].Id);

    /// <summary>Returns the title and the number of events.</summary>
    /// <returns>For example <c>El Salvador–United States, 2025 (9 events)</c>.</returns>
    public override string ToString() => $"{Title ?? "Untitled timeline"} ({events.Length} events)";

    internal static Timeline FromValidated(string? title, string? description, IReadOnlyList<Event> events, IReadOnlyList<Actor> actors)
    {
        var actorMap = ImmutableSortedDictionary.CreateRange(
            StringComparer.Ordinal,
            actors.Select(a => new KeyValuePair<string, Actor>(a.Id, a)));
        return new Timeline(title, description, Sort(events), actorMap);
    }

    /// <summary>The folded text that free-text queries search: title, summary, tags, location, participants.</summary>
    internal string SearchText(Event e) => searchText.GetOrAdd(e.Id, _ =>
    {
        var parts = new List<string?> { e.Title, e.Summary, e.Location?.Name, e.Kind?.Name };
        parts.AddRange(e.Tags);
        foreach (var p in e.Participants)
        {
            parts.Add(p.ActorId);
            parts.Add(FindActor(p.ActorId)?.Name);
        }

        return TextMatcher.Fold(string.Join('\n', parts.Where(s => s is not null)));
    });

    private TimelineIndex Index => LazyInitializer.EnsureInitialized(ref index, () => new TimelineIndex(events));

    /// <summary>Puts events in timeline order: by <see cref="EventOrder"/>, then related events with equal dates in
    /// cause-and-effect order (<see cref="SameDateOrdering"/>).</summary>
    /// <remarks>The events are first sorted by their dates' packed order keys (earliest day, latest day, precision),
    /// which compares numbers only. Each run of equal keys, typically the events of one day, is then sorted by the rest
    /// of the order: when the run's dates are equal, as they usually are, by id, comparing the ids' first eight
    /// characters as numbers and whole ids only where those tie; otherwise in full.</remarks>
    private static ImmutableArray<Event> Sort(IReadOnlyList<Event> items)
    {
        var sorted = new Event[items.Count];
        var keys = new long[sorted.Length];
        var related = false;
        for (var i = 0; i < sorted.Length; i++)
        {
            var e = items[i];
            sorted[i] = e;
            keys[i] = e.Date.OrderKey;
            related |= !e.Relations.IsEmpty;
        }

        if (IsInOrder(keys, sorted))
        {
            // Already in order, as a file saved by this library is: nothing to sort.
            if (related)
            {
                SameDateOrdering.Apply(sorted);
            }

            return ImmutableCollectionsMarshal.AsImmutableArray(sorted);
        }

        Array.Sort(keys, sorted);
        var scratch = new RunScratch(sorted.Length);
        for (var start = 0; start < sorted.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                SortRun(sorted, scratch, start, end - start);
            }

            start = end;
        }

        if (related)
        {
            SameDateOrdering.Apply(sorted);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(sorted);
    }

    /// <summary>Tells whether events are already in <see cref="EventOrder"/>, comparing neighbours by their keys, and in
    /// full only where keys are equal.</summary>
    private static bool IsInOrder(long[] keys, Event[] events)
    {
        for (var i = 1; i < keys.Length; i++)
        {
            if (keys[i - 1] > keys[i] || (keys[i - 1] == keys[i] && EventOrder.Instance.Compare(events[i - 1], events[i]) > 0))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Sorts a run of events whose dates have equal order keys: by the dates' texts (and zones), then by id.
    /// A run usually holds one or a few distinct dates ("2025-02-03" and "2025-02-03~"), which are ranked once; a run
    /// with many is sorted in full by <see cref="EventOrder"/>.</summary>
    private static void SortRun(Event[] sorted, RunScratch scratch, int start, int length)
    {
        const int MaxDistinct = 8;
        var distinct = scratch.Distinct;
        distinct.Clear();
        var end = start + length;
        for (var i = start; i < end; i++)
        {
            if (IndexOfText(distinct, sorted[i].Date) < 0)
            {
                if (distinct.Count == MaxDistinct)
                {
                    Array.Sort(sorted, start, length, EventOrder.Instance);
                    return;
                }

                distinct.Add(sorted[i].Date);
            }
        }

        if (distinct.Count == 1)
        {
            SortById(sorted, scratch.IdKeys, start, length);
            return;
        }

        distinct.Sort(EdtfDateComparer.Instance);
        var ranks = scratch.Ranks;
        for (var i = start; i < end; i++)
        {
            ranks[i] = IndexOfText(distinct, sorted[i].Date);
        }

        Array.Sort(ranks, sorted, start, length);
        for (var i = start; i < end;)
        {
            var rankEnd = i + 1;
            while (rankEnd < end && ranks[rankEnd] == ranks[i])
            {
                rankEnd++;
            }

            if (rankEnd - i > 1)
            {
                SortById(sorted, scratch.IdKeys, i, rankEnd - i);
            }

            i = rankEnd;
        }
    }

    private static int IndexOfText(List<EdtfDate> dates, EdtfDate date)
    {
        for (var i = 0; i < dates.Count; i++)
        {
            if (SameText(dates[i], date))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool SameText(EdtfDate x, EdtfDate y) =>
        ReferenceEquals(x, y)
        || (string.Equals(x.ToString(), y.ToString(), StringComparison.Ordinal)
            && string.Equals(x.ZoneId, y.ZoneId, StringComparison.Ordinal));

    /// <summary>Sorts a range of events by id (ordinal). Ids are slugs, all ASCII, so their first eight characters
    /// packed one per byte compare as the characters do; only ids whose first eight characters are equal are compared
    /// whole.</summary>
    private static void SortById(Event[] events, ulong[] idKeys, int start, int length)
    {
        var end = start + length;
        for (var i = start; i < end; i++)
        {
            var id = events[i].Id;
            ulong key = 0;
            for (var c = 0; c < 8; c++)
            {
                key = (key << 8) | (c < id.Length ? (byte)id[c] : 0UL);
            }

            idKeys[i] = key;
        }

        Array.Sort(idKeys, events, start, length);
        for (var i = start; i < end;)
        {
            var tieEnd = i + 1;
            while (tieEnd < end && idKeys[tieEnd] == idKeys[i])
            {
                tieEnd++;
            }

            if (tieEnd - i > 1)
            {
                Array.Sort(events, i, tieEnd - i, IdOrder.Instance);
            }

            i = tieEnd;
        }
    }

    /// <summary>Gets a number that stands for <see cref="PeriodOf"/>'s period: distinct for distinct periods.</summary>
    private static int PeriodKeyOf(EdtfDate date, TimelineGrouping grouping)
    {
        var (earliest, latest) = (date.Earliest, date.Latest);
        var (first, last) = (earliest ?? latest, latest ?? earliest);
        // An undated value spans every year of the calendar, so a value within one year needs no further look.
        if (first is not { } start || last is not { } end || (start.Year != end.Year && date.IsUndated))
        {
            return int.MinValue;
        }

        var byMonth = grouping == TimelineGrouping.Month
            && (start.Year != end.Year || start.Month == end.Month);
        return (start.Year * 13) + (byMonth ? start.Month : 0);
    }

    private static EdtfDate? PeriodOf(EdtfDate date, TimelineGrouping grouping)
    {
        var (first, last) = (date.Earliest ?? date.Latest, date.Latest ?? date.Earliest);
        if (first is not { } start || last is not { } end || date.IsUndated)
        {
            return null;
        }

        if (grouping == TimelineGrouping.Month && start.Year == end.Year && start.Month == end.Month)
        {
            return EdtfDate.Month(start.Year, start.Month);
        }

        if (grouping == TimelineGrouping.Month && start.Year != end.Year)
        {
            return EdtfDate.Month(start.Year, start.Month);
        }

        return EdtfDate.Year(start.Year);
    }

    private int IndexOf(string eventId)
    {
        if (eventId is null)
        {
            return -1;
        }

        var index = Volatile.Read(ref indexById);
        if (index is null)
        {
            index = new Dictionary<string, int>(events.Length, StringComparer.Ordinal);
            for (var i = 0; i < events.Length; i++)
            {
                index.TryAdd(events[i].Id, i);
            }

            Volatile.Write(ref indexById, index);
        }

        return index.TryGetValue(eventId, out var position) ? position : -1;
    }

    private int PositionOf(Event item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var i = IndexOf(item.Id);
        if (i < 0 || !events[i].Equals(item))
        {
            throw new ArgumentException(
                $"The event '{item.Id}' is not in this timeline; pass one of its events (from Events or Find), or use the overload that takes a date.",
                nameof(item));
        }

        return i;
    }

    private Timeline WithEvents(ImmutableArray<Event> subset) => new(Title, Description, subset, actors, searchText, AsOfDate);

    /// <summary>Work arrays for sorting runs of equal keys, made lazily once per sort.</summary>
    private sealed class RunScratch(int length)
    {
        private ulong[]? idKeys;
        private int[]? ranks;

        public List<EdtfDate> Distinct { get; } = [];

        public ulong[] IdKeys => idKeys ??= new ulong[length];

        public int[] Ranks => ranks ??= new int[length];
    }

    /// <summary>Orders events by id (ordinal): <see cref="EventOrder"/> for events whose dates are equal.</summary>
    private sealed class IdOrder : IComparer<Event>
    {
        public static readonly IdOrder Instance = new();

        public int Compare(Event? x, Event? y) => string.CompareOrdinal(x!.Id, y!.Id);
    }
}
