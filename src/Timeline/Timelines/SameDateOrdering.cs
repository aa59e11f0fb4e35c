using Annals.Model;

namespace Annals.Timelines;

/// <summary>
/// Orders events that share a date so that related events read in cause-and-effect order: within a run of equal dates,
/// an event that <c>follows</c>, <c>implements</c>, <c>responds-to</c>, <c>supersedes</c> or is <c>part-of</c> another
/// comes after it, and one that <c>announces</c> another comes before it. Ties left after that keep id order, and a
/// cycle of relations falls back to id order, so the result stays deterministic.
/// </summary>
internal static class SameDateOrdering
{
    /// <summary>Reorders, in place, every run of equal dates in an array already sorted by <see cref="EventOrder"/>.</summary>
    public static void Apply(Event[] sorted)
    {
        var start = 0;
        while (start < sorted.Length)
        {
            var date = sorted[start].Date;
            var related = !sorted[start].Relations.IsEmpty;
            var end = start + 1;
            while (end < sorted.Length && IsSameDate(sorted[end].Date, date))
            {
                related |= !sorted[end].Relations.IsEmpty;
                end++;
            }

            // Only relations reorder a run; most runs have none.
            if (end - start > 1 && related)
            {
                Reorder(sorted, start, end);
            }

            start = end;
        }
    }

    /// <summary>Equal dates have equal order keys, so the keys rule most pairs out without comparing texts.</summary>
    private static bool IsSameDate(Annals.Dates.EdtfDate x, Annals.Dates.EdtfDate y) =>
        ReferenceEquals(x, y) || (x.OrderKey == y.OrderKey && x.Equals(y));

    private static void Reorder(Event[] sorted, int start, int end)
    {
        var count = end - start;
        var position = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            position.TryAdd(sorted[start + i].Id, i);
        }

        // after[i] lists the events that must come after event i.
        var after = new List<int>[count];
        var pending = new int[count];
        var hasEdge = false;
        for (var i = 0; i < count; i++)
        {
            after[i] = [];
        }

        for (var i = 0; i < count; i++)
        {
            foreach (var relation in sorted[start + i].Relations)
            {
                if (!position.TryGetValue(relation.EventId, out var j) || j == i)
                {
                    continue;
                }

                var (first, second) = relation.Type == RelationType.Announces ? (i, j) : (j, i);
                after[first].Add(second);
                pending[second]++;
                hasEdge = true;
            }
        }

        if (!hasEdge)
        {
            return;
        }

        // Kahn's algorithm, always taking the ready event that comes first in id order.
        var ready = new SortedSet<int>();
        for (var i = 0; i < count; i++)
        {
            if (pending[i] == 0)
            {
                ready.Add(i);
            }
        }

        var result = new List<Event>(count);
        var placed = new bool[count];
        var firstUnplaced = 0; // only ever moves forward, so finding it costs one pass in all
        while (result.Count < count)
        {
            int next;
            if (ready.Count > 0)
            {
                next = ready.Min;
                ready.Remove(next);
            }
            else
            {
                // A cycle: place the first unplaced event in id order and carry on.
                while (placed[firstUnplaced])
                {
                    firstUnplaced++;
                }

                next = firstUnplaced;
            }

            placed[next] = true;
            result.Add(sorted[start + next]);
            foreach (var successor in after[next])
            {
                if (!placed[successor] && --pending[successor] == 0)
                {
                    ready.Add(successor);
                }
            }
        }

        result.CopyTo(sorted, start);
    }
}
