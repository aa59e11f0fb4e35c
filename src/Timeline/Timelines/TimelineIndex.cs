using System.Collections.Immutable;
using Annals.Dates;
using Annals.Model;
using NodaTime;

namespace Annals.Timelines;

/// <summary>
/// The indexes a timeline builds on first use, so that queries by date range, actor, kind and tag cost about
/// O(log n + k) rather than a scan of every event.
/// </summary>
/// <remarks>
/// <para>Positions refer to the timeline's event array, whose order puts events with no earliest day first (those
/// with a latest day by that day, then those with none) and then sorts by earliest day. So every list below, kept in
/// position order, is also sorted by the day it is searched by, and results come out in timeline order by merging a few
/// sorted lists, never by sorting.</para>
/// <para>The date index splits events by shape: open start, open end, and closed spans grouped by length (up to a
/// month, up to a year, longer). Each closed group keeps its earliest and latest days as day numbers beside the
/// positions, and knows its longest span, so a range query binary-searches the earliest days and compares integers.
/// Only dates whose possible days have gaps (unspecified digits, sets) are checked against the range in full.</para>
/// <para>Each index (dates; actors; kinds; tags) is built the first time a query needs it, so a chain of queries only
/// pays for what it uses. Built once, then read-only: safe to share between threads.</para>
/// </remarks>
internal sealed class TimelineIndex
{
    private static readonly int[] SpanLimits = [31, 366];

    private readonly ImmutableArray<Event> events;
    private DateIndex? dates;
    private Dictionary<string, int[]>? byActor;
    private Dictionary<string, int[]>? byKind;
    private Dictionary<string, int[]>? byTag;

    public TimelineIndex(ImmutableArray<Event> events)
    {
        this.events = events;
    }

    private DateIndex Dates => LazyInitializer.EnsureInitialized(ref dates, () => new DateIndex(events));

    /// <summary>Positions, ascending, of exactly the events whose date matches a range in a mode: those for which
    /// <see cref="EdtfDate.MayOverlap"/> or <see cref="EdtfDate.IsCertainlyWithin"/> holds.</summary>
    /// <param name="start">The first day of the range, or <see langword="null"/> for an open start.</param>
    /// <param name="end">The last day of the range, not before <paramref name="start"/>, or <see langword="null"/>.</param>
    /// <param name="mode">How dates are matched.</param>
    /// <returns>The positions.</returns>
    public int[] DateMatches(LocalDate? start, LocalDate? end, DateRangeMode mode) => Dates.Matches(start, end, mode);

    public int[] Actor(string actorId) => Lookup(ref byActor, StringComparer.Ordinal, static (e, add) =>
    {
        foreach (var p in e.Participants)
        {
            add(p.ActorId);
        }
    }).TryGetValue(actorId, out var positions) ? positions : [];

    public int[] Kind(string name) => Lookup(ref byKind, StringComparer.Ordinal, static (e, add) =>
    {
        if (e.Kind is not null)
        {
            add(e.Kind.Name);
        }
    }).TryGetValue(name, out var positions) ? positions : [];

    public int[] Tag(string tag) => Lookup(ref byTag, StringComparer.OrdinalIgnoreCase, static (e, add) =>
    {
        foreach (var t in e.Tags)
        {
            add(t);
        }
    }).TryGetValue(tag, out var positions) ? positions : [];

    /// <summary>Merges ascending lists of positions into one ascending list without repeats.</summary>
    public static int[] Union(IReadOnlyList<int[]> lists)
    {
        if (lists.Count == 0)
        {
            return [];
        }

        var merged = lists[0];
        for (var i = 1; i < lists.Count; i++)
        {
            merged = Merge(merged, lists[i]);
        }

        return merged;
    }

    /// <summary>Merges two ascending lists of positions, dropping repeats.</summary>
    private static int[] Merge(int[] a, int[] b)
    {
        if (a.Length == 0)
        {
            return b;
        }

        if (b.Length == 0)
        {
            return a;
        }

        var result = new int[a.Length + b.Length];
        int i = 0, j = 0, n = 0;
        while (i < a.Length && j < b.Length)
        {
            var (x, y) = (a[i], b[j]);
            result[n++] = x <= y ? x : y;
            i += x <= y ? 1 : 0;
            j += y <= x ? 1 : 0;
        }

        while (i < a.Length)
        {
            result[n++] = a[i++];
        }

        while (j < b.Length)
        {
            result[n++] = b[j++];
        }

        return n == result.Length ? result : result[..n];
    }

    /// <summary>Builds, the first time it is needed, a map from each key to the ascending positions of the events
    /// that have it.</summary>
    private Dictionary<string, int[]> Lookup(
        ref Dictionary<string, int[]>? map,
        StringComparer comparer,
        Action<Event, Action<string>> keysOf)
    {
        var built = Volatile.Read(ref map);
        if (built is not null)
        {
            return built;
        }

        var lists = new Dictionary<string, List<int>>(comparer);
        var position = 0;
        void Add(string key)
        {
            if (!lists.TryGetValue(key, out var list))
            {
                list = [];
                lists.Add(key, list);
            }

            if (list.Count == 0 || list[^1] != position)
            {
                list.Add(position);
            }
        }

        Action<string> add = Add;
        for (; position < events.Length; position++)
        {
            keysOf(events[position], add);
        }

        built = lists.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), comparer);
        Interlocked.CompareExchange(ref map, built, null);
        return Volatile.Read(ref map)!;
    }

    /// <summary>The date index: events by the shape of their bounds, with their bounds as day numbers.</summary>
    private sealed class DateIndex
    {
        private readonly ImmutableArray<Event> events;

        /// <summary>Events with no earliest day but a latest day, in position order, which is by latest day.</summary>
        private readonly DayList openStart;

        /// <summary>Events with neither an earliest nor a latest day, in position order.</summary>
        private readonly int[] unbounded;

        /// <summary>Events with an earliest day but no latest day, in position order, which is by earliest day.</summary>
        private readonly DayList openEnd;

        /// <summary>Events with both days, by the length of their span, each in position order (by earliest day).</summary>
        private readonly SpanGroup[] spans;

        /// <summary>For each position, whether the date's possible days have gaps, so that overlapping its bounds is not
        /// enough; <see langword="null"/> when no date has gaps.</summary>
        private readonly bool[]? gaps;

        public DateIndex(ImmutableArray<Event> events)
        {
            this.events = events;
            var openStartBuilder = new DayListBuilder();
            var unboundedList = new List<int>();
            var openEndBuilder = new DayListBuilder();
            var groups = new SpanGroupBuilder[SpanLimits.Length + 1];
            for (var g = 0; g < groups.Length; g++)
            {
                groups[g] = new SpanGroupBuilder();
            }

            for (var i = 0; i < events.Length; i++)
            {
                var date = events[i].Date;
                var (earliest, latest) = (date.Earliest, date.Latest);
                if (!date.OverlapIsByBounds)
                {
                    (gaps ??= new bool[events.Length])[i] = true;
                }

                if (earliest is null && latest is null)
                {
                    unboundedList.Add(i);
                }
                else if (earliest is null)
                {
                    openStartBuilder.Add(i, DayNumbers.Of(latest!.Value));
                }
                else if (latest is null)
                {
                    openEndBuilder.Add(i, DayNumbers.Of(earliest.Value));
                }
                else
                {
                    var first = DayNumbers.Of(earliest.Value);
                    var last = DayNumbers.Of(latest.Value);
                    var length = last - first;
                    var group = 0;
                    while (group < SpanLimits.Length && length > SpanLimits[group])
                    {
                        group++;
                    }

                    groups[group].Add(i, first, last);
                }
            }

            openStart = openStartBuilder.Build();
            unbounded = [.. unboundedList];
            openEnd = openEndBuilder.Build();
            spans = [.. groups.Select(g => g.Build())];
        }

        public int[] Matches(LocalDate? start, LocalDate? end, DateRangeMode mode)
        {
            int? s = start is { } a ? DayNumbers.Of(a) : null;
            int? e = end is { } b ? DayNumbers.Of(b) : null;
            var certainly = mode == DateRangeMode.CertainlyWithin;

            // Events with no earliest day come first in position order, so their matches lead the result.
            var leading = new List<int>();
            if (!certainly || s is null)
            {
                // Certainly within: only without a start, and then only if the latest day is known and not after the end.
                // May overlap: if the latest day is unknown, or not before the start.
                var from = certainly ? 0 : s is { } s1 ? openStart.LowerBound(s1) : 0;
                var to = certainly && e is { } e1 ? openStart.UpperBound(e1) : openStart.Count;
                for (var i = from; i < to; i++)
                {
                    leading.Add(openStart.Positions[i]);
                }

                if (!certainly || e is null)
                {
                    leading.AddRange(unbounded);
                }
            }

            var lists = new List<int[]>(spans.Length + 1);
            if (!certainly || e is null)
            {
                // Certainly within: only without an end, and then if the earliest day is not before the start.
                // May overlap: if the earliest day is not after the end.
                var from = certainly && s is { } s2 ? openEnd.LowerBound(s2) : 0;
                var to = !certainly && e is { } e2 ? openEnd.UpperBound(e2) : openEnd.Count;
                lists.Add(openEnd.Positions[from..Math.Max(from, to)]);
            }

            foreach (var group in spans)
            {
                lists.Add(certainly ? group.Within(s, e) : group.Overlapping(s, e));
            }

            var result = Concat(leading, Union(lists));
            return gaps is null || certainly ? result : KeepPossibleOverlaps(result, start, end);
        }

        private static int[] Concat(List<int> first, int[] second)
        {
            if (first.Count == 0)
            {
                return second;
            }

            var result = new int[first.Count + second.Length];
            first.CopyTo(result);
            second.CopyTo(result, first.Count);
            return result;
        }

        private int[] KeepPossibleOverlaps(int[] positions, LocalDate? start, LocalDate? end)
        {
            var kept = new List<int>(positions.Length);
            foreach (var position in positions)
            {
                if (!gaps![position] || events[position].Date.MayOverlap(start, end))
                {
                    kept.Add(position);
                }
            }

            return kept.Count == positions.Length ? positions : [.. kept];
        }
    }

    /// <summary>Positions with one day number each, in position order, which is also ascending day order.</summary>
    private sealed class DayList(int[] positions, int[] days)
    {
        public int[] Positions { get; } = positions;

        public int Count => Positions.Length;

        /// <summary>Gets the first index whose day is on or after <paramref name="day"/>.</summary>
        public int LowerBound(int day)
        {
            int low = 0, high = days.Length;
            while (low < high)
            {
                var mid = low + ((high - low) / 2);
                if (days[mid] < day)
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

        /// <summary>Gets the first index whose day is after <paramref name="day"/>.</summary>
        public int UpperBound(int day) => day == int.MaxValue ? days.Length : LowerBound(day + 1);
    }

    private sealed class DayListBuilder
    {
        private readonly List<int> positions = [];
        private readonly List<int> days = [];

        public void Add(int position, int day)
        {
            positions.Add(position);
            days.Add(day);
        }

        public DayList Build() => new([.. positions], [.. days]);
    }

    /// <summary>Closed spans of up to a given length: positions with their earliest and latest day numbers, in position
    /// order (by earliest day), and the longest span among them.</summary>
    private sealed class SpanGroup(int[] positions, DayList byEarliest, int[] latest, int longest)
    {
        /// <summary>The positions of spans that share a day with [start, end].</summary>
        public int[] Overlapping(int? start, int? end)
        {
            // A span that reaches the start begins at most its length before it.
            var from = start is { } s ? byEarliest.LowerBound(s - longest) : 0;
            var to = end is { } e ? byEarliest.UpperBound(e) : positions.Length;
            return Select(from, to, start is { } s2 ? i => latest[i] >= s2 : null);
        }

        /// <summary>The positions of spans that lie within [start, end].</summary>
        public int[] Within(int? start, int? end)
        {
            var from = start is { } s ? byEarliest.LowerBound(s) : 0;
            var to = end is { } e ? byEarliest.UpperBound(e) : positions.Length;
            return Select(from, to, end is { } e2 ? i => latest[i] <= e2 : null);
        }

        private int[] Select(int from, int to, Func<int, bool>? keep)
        {
            if (to <= from)
            {
                return [];
            }

            if (keep is null)
            {
                return positions[from..to];
            }

            var selected = new List<int>(to - from);
            for (var i = from; i < to; i++)
            {
                if (keep(i))
                {
                    selected.Add(positions[i]);
                }
            }

            return [.. selected];
        }
    }

    private sealed class SpanGroupBuilder
    {
        private readonly List<int> positions = [];
        private readonly List<int> earliest = [];
        private readonly List<int> latest = [];
        private int longest;

        public void Add(int position, int first, int last)
        {
            positions.Add(position);
            earliest.Add(first);
            latest.Add(last);
            longest = Math.Max(longest, last - first);
        }

        public SpanGroup Build()
        {
            int[] all = [.. positions];
            return new SpanGroup(all, new DayList(all, [.. earliest]), [.. latest], longest);
        }
    }
}
