using System.Collections.Immutable;
using Annals.Model;

namespace Annals.Timelines;

/// <summary>An event whose record differs between two timelines, with the fields that changed.</summary>
/// <param name="Before">The event in the first timeline.</param>
/// <param name="After">The event in the second timeline.</param>
/// <param name="Changes">The fields that differ, with their old and new values.</param>
public sealed record ChangedEvent(Event Before, Event After, ImmutableArray<FieldChange> Changes);

/// <summary>
/// The differences between two timelines, or between two as-of days of one timeline: the events added, removed and
/// changed. Events are matched by id.
/// </summary>
/// <remarks>The lists follow the order of the timeline they come from (added and changed: the second; removed: the
/// first). The bookkeeping fields <c>recorded</c> and <c>history</c> are not reported as changes, because every change
/// of state also changes them. Immutable and thread-safe.</remarks>
public sealed class TimelineDiff
{
    private TimelineDiff(Timeline before, Timeline after, ImmutableArray<Event> added, ImmutableArray<Event> removed, ImmutableArray<ChangedEvent> changed)
    {
        Before = before;
        After = after;
        Added = added;
        Removed = removed;
        Changed = changed;
    }

    /// <summary>Gets the first timeline.</summary>
    public Timeline Before { get; }

    /// <summary>Gets the second timeline.</summary>
    public Timeline After { get; }

    /// <summary>Gets the events only the second timeline has.</summary>
    public ImmutableArray<Event> Added { get; }

    /// <summary>Gets the events only the first timeline has.</summary>
    public ImmutableArray<Event> Removed { get; }

    /// <summary>Gets the events both have, with different records.</summary>
    public ImmutableArray<ChangedEvent> Changed { get; }

    /// <summary>Gets a value indicating whether the two timelines hold the same events.</summary>
    public bool IsEmpty => Added.IsEmpty && Removed.IsEmpty && Changed.IsEmpty;

    /// <summary>Compares two timelines.</summary>
    /// <param name="before">The first timeline.</param>
    /// <param name="after">The second timeline.</param>
    /// <returns>The differences.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static TimelineDiff Between(Timeline before, Timeline after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var added = ImmutableArray.CreateBuilder<Event>();
        var changed = ImmutableArray.CreateBuilder<ChangedEvent>();
        foreach (var e in after)
        {
            var old = before.Find(e.Id);
            if (old is null)
            {
                added.Add(e);
                continue;
            }

            var changes = FieldChange.Between(old, e).Where(c => c.Field is not ("recorded" or "history")).ToImmutableArray();
            if (changes.Length > 0)
            {
                changed.Add(new ChangedEvent(old, e, changes));
            }
        }

        var removed = before.Where(e => after.Find(e.Id) is null).Events;
        return new TimelineDiff(before, after, added.ToImmutable(), removed, changed.ToImmutable());
    }
}
