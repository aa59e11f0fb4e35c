using System.Collections.Immutable;
using Annals.Model;
using NodaTime;

namespace Annals.Timelines;

/// <summary>
/// The indexes a timeline builds on first use, so that queries by date range, actor, kind and tag cost about
/// O(log n + k) rather than a scan of every event.
/// </summary>
/// <remarks>
/// <para>Positions refer to the timeline's event array, whose order puts events with no earliest day first and then
/// sorts by earliest day. The date index splits events by shape: open start, open end, and closed spans grouped by
/// length (up to a month, up to a year, longer). Each closed group is sorted by earliest day and knows its longest
/// span, so a range query only looks at events whose earliest day lies within that span of the range.</para>
/// <para>Built once, then read-only: safe to share between threads.</para>
/// </remarks>
internal sealed class TimelineIndex
{
    private static readonly int[] SpanLimits = [31, 366];

    private readonly ImmutableArray<Event> events;
    private readonly int[] openStartByLatest;
    private readonly int openStartUnboundedCount;
    private readonly int[] openEnd;
    private readonly SpanGroup[] spans;
    private readonly Dictionary<string, int[]> byActor;
    private readonly Dictionary<string, int[]> byKind;
    private readonly Dictionary<string, int[]> byTag;

    public TimelineIndex(ImmutableArray<Event> events)
    {
        this.events = events;
        var openStart = new List<int>();
        var openEndList = new List<int>();
        var groups = new List<int>[SpanLimits.Length + 1];
        var longest = new int[SpanLimits.Length + 1];
        for (var g = 0; g < groups.Length; g++)
        {
            groups[g] = [];
        }

        var actors = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var kinds = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var tags = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < events.Length; i++)
        {
            var e = events[i];
            var (earliest, latest) = (e.Date.Earliest, e.Date.Latest);
            if (earliest is null)
            {
                openStart.Add(i);
            }
            else if (latest is null)
            {
                openEndList.Add(i);
            }
            else
            {
                var length = Period.Between(earliest.Value, latest.Value, PeriodUnits.Days).Days;
                var group = 0;
                while (group < SpanLimits.Length && length > SpanLimits[group])
                {
                    group++;
                }

                groups[group].Add(i);
                longest[group] = Math.Max(longest[group], length);
            }

            foreach (var p in e.Participants)
            {
                AddTo(actors, p.ActorId, i);
            }

            if (e.Kind is not null)
            {
                AddTo(kinds, e.Kind.Name, i);
            }

            foreach (var tag in e.Tags)
            {
                AddTo(tags, tag, i);
            }
        }

        // Open-start events sorted by latest day, the unbounded ones (no latest day either) first.
        openStart.Sort((a, b) => Nullable.Compare(events[a].Date.Latest, events[b].Date.Latest));
        openStartByLatest = [.. openStart];
        openStartUnboundedCount = openStart.Count(i => events[i].Date.Latest is null);
        openEnd = [.. openEndList];
        spans = groups.Select((g, i) => new SpanGroup([.. g], longest[i])).ToArray();
        byActor = Freeze(actors);
        byKind = Freeze(kinds);
        byTag = Freeze(tags);
    }

    /// <summary>Positions of every event whose span may touch [start, end], in no particular order; a superset of the
    /// events that may overlap the range, and so of those certainly within it.</summary>
    public List<int> DateCandidates(LocalDate? start, LocalDate? end)
    {
        var result = new List<int>();

        // No earliest day: the unbounded ones always qualify; the others if their latest day reaches the start.
        var from = start is { } s ? LowerBoundByLatest(s) : openStartUnboundedCount;
        for (var i = 0; i < openStartUnboundedCount; i++)
        {
            result.Add(openStartByLatest[i]);
        }

        for (var i = Math.Max(from, openStartUnboundedCount); i < openStartByLatest.Length; i++)
        {
            result.Add(openStartByLatest[i]);
        }

        // No latest day: qualify if their earliest day is not after the end.
        var openEndStop = end is { } e1 ? UpperBoundByEarliest(openEnd, e1) : openEnd.Length;
        for (var i = 0; i < openEndStop; i++)
        {
            result.Add(openEnd[i]);
        }

        // Closed spans: the earliest day lies between (start - longest span) and end.
        foreach (var group in spans)
        {
            var first = start is { } s2 && s2 >= LocalDate.MinIsoValue.PlusDays(group.LongestSpan)
                ? LowerBoundByEarliest(group.Positions, s2.PlusDays(-group.LongestSpan))
                : 0;
            var stop = end is { } e2 ? UpperBoundByEarliest(group.Positions, e2) : group.Positions.Length;
            for (var i = first; i < stop; i++)
            {
                result.Add(group.Positions[i]);
            }
        }

        return result;
    }

    public int[] Actor(string actorId) => byActor.TryGetValue(actorId, out var positions) ? positions : [];

    public int[] Kind(string name) => byKind.TryGetValue(name, out var positions) ? positions : [];

    public int[] Tag(string tag) => byTag.TryGetValue(tag, out var positions) ? positions : [];

    private static void AddTo(Dictionary<string, List<int>> map, string key, int position)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map.Add(key, list);
        }

        if (list.Count == 0 || list[^1] != position)
        {
            list.Add(position);
        }
    }

    private static Dictionary<string, int[]> Freeze(Dictionary<string, List<int>> map) =>
        map.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), map.Comparer);

    private int LowerBoundByLatest(LocalDate day)
    {
        int low = openStartUnboundedCount, high = openStartByLatest.Length;
        while (low < high)
        {
            var mid = low + ((high - low) / 2);
            if (events[openStartByLatest[mid]].Date.Latest!.Value < day)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private int LowerBoundByEarliest(int[] positions, LocalDate day)
    {
        int low = 0, high = positions.Length;
        while (low < high)
        {
            var mid = low + ((high - low) / 2);
            if (events[positions[mid]].Date.Earliest!.Value < day)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private int UpperBoundByEarliest(int[] positions, LocalDate day)
    {
        int low = 0, high = positions.Length;
        while (low < high)
        {
            var mid = low + ((high - low) / 2);
            if (events[positions[mid]].Date.Earliest!.Value <= day)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private sealed record SpanGroup(int[] Positions, int LongestSpan);
}
