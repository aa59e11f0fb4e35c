using System.Runtime.CompilerServices;
using Annals.Model;

namespace Annals.Utility;

/// <summary>
/// Reads the pieces of the next few events (or sources) before a loop needs them, so that the processor fetches them
/// from memory together instead of one after another.
/// </summary>
/// <remarks>
/// <para>An event is a tree of small objects (the event, its date and the date's text, its title, its participants and
/// their actor ids, its sources and their links), and a large timeline's events lie in memory in the order they were
/// made, not in timeline order. A loop that writes one event at a time therefore waits for main memory at each level
/// of each event, one fetch after another: at 100,000 events and more, that waiting costs more than the writing.</para>
/// <para>Called at every index of such a loop, these methods do nothing except at the start of each block of
/// <see cref="Batch"/> items, where they read the block after next one level at a time: first the events, then what
/// the events point to, then what that points to. The reads of one level do not depend on each other, so the processor
/// has many fetches in flight at once, and by the time the loop reaches those items they are in the cache. A loop over
/// items already in the cache pays a few instructions per item.</para>
/// <para>The values read are summed into a field, so that the compiler keeps the reads. Thread-safe: the field's value
/// means nothing.</para>
/// </remarks>
internal static class ReadAhead
{
    /// <summary>How many items are read ahead at a time, and how far ahead.</summary>
    public const int Batch = 16;

    private static int sink;

    /// <summary>At the start of each block, reads the pieces of events that a renderer writes: title, summary, date
    /// and its text, participants and their actor ids, sources and their publishers and links.</summary>
    /// <typeparam name="TList">The type of the list, so that an immutable array is read without being boxed.</typeparam>
    /// <param name="events">The events the loop goes through.</param>
    /// <param name="index">The index the loop has reached.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Events<TList>(TList events, int index)
        where TList : IReadOnlyList<Event>
    {
        if (index % Batch == 0)
        {
            EventsAhead(events, index);
        }
    }

    /// <summary>At the start of each block, reads the events' dates (their bounds, not their text): what ordering and
    /// grouping look at.</summary>
    /// <typeparam name="TList">The type of the list, so that an immutable array is read without being boxed.</typeparam>
    /// <param name="events">The events the loop goes through.</param>
    /// <param name="index">The index the loop has reached.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Dates<TList>(TList events, int index)
        where TList : IReadOnlyList<Event>
    {
        if (index % Batch == 0)
        {
            DatesAhead(events, index);
        }
    }

    /// <summary>At the start of each block, reads the pieces of sources that a citation writes: publisher, author,
    /// title, link and quote.</summary>
    /// <param name="sources">The sources the loop goes through.</param>
    /// <param name="index">The index the loop has reached.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Sources(IReadOnlyList<Source> sources, int index)
    {
        if (index % Batch == 0)
        {
            SourcesAhead(sources, index);
        }
    }

    /// <summary>Gets the block to read at an index: the block after next, or the first two blocks at the start.</summary>
    private static (int From, int To) Window(int index, int count) =>
        (index == 0 ? 0 : index + Batch, Math.Min(count, index + (2 * Batch)));

    private static void EventsAhead<TList>(TList events, int index)
        where TList : IReadOnlyList<Event>
    {
        var (from, to) = Window(index, events.Count);
        var sum = 0;
        for (var i = from; i < to; i++)
        {
            // The event and the objects it points to.
            var e = events[i];
            sum += e.Title.Length + (e.Summary?.Length ?? 0) + (int)e.Date.OrderKey
                + e.Participants.Length + e.Sources.Length;
        }

        for (var i = from; i < to; i++)
        {
            // What those point to: the date's text, each participant, each source.
            var e = events[i];
            sum += e.Date.ToString().Length;
            foreach (var participant in e.Participants)
            {
                sum += (int)participant.Role;
            }

            foreach (var source in e.Sources)
            {
                sum += (int)(source.Kind ?? 0);
            }
        }

        for (var i = from; i < to; i++)
        {
            // And the strings of those.
            var e = events[i];
            foreach (var participant in e.Participants)
            {
                sum += participant.ActorId.Length;
            }

            foreach (var source in e.Sources)
            {
                sum += source.Publisher.Length + (source.Url?.Length ?? 0);
            }
        }

        sink = sum;
    }

    private static void DatesAhead<TList>(TList events, int index)
        where TList : IReadOnlyList<Event>
    {
        var (from, to) = Window(index, events.Count);
        var sum = 0;
        for (var i = from; i < to; i++)
        {
            sum += (int)events[i].Date.OrderKey;
        }

        sink = sum;
    }

    private static void SourcesAhead(IReadOnlyList<Source> sources, int index)
    {
        var (from, to) = Window(index, sources.Count);
        var sum = 0;
        for (var i = from; i < to; i++)
        {
            sum += (int)(sources[i].Kind ?? 0);
        }

        for (var i = from; i < to; i++)
        {
            var source = sources[i];
            sum += source.Publisher.Length + (source.Author?.Length ?? 0) + (source.Title?.Length ?? 0)
                + (source.Url?.Length ?? 0) + (source.Quote?.Length ?? 0);
        }

        sink = sum;
    }
}
