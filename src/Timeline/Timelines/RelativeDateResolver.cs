using System.Collections.Immutable;
using System.Globalization;
using Annals.Dates;
using Annals.Model;
using Annals.Phrases;
using NodaTime;

namespace Annals.Timelines;

/// <summary>
/// Computes the dates of events given relative to other events, in dependency order, and reports unknown anchors,
/// cycles and offsets that cannot be read.
/// </summary>
/// <remarks>
/// An anchor with a single known day resolves the phrase against that day. An anchor spanning several days resolves
/// it against its earliest and its latest day and keeps everything between: one of the days from the first result's
/// earliest to the second's latest.
/// </remarks>
internal static class RelativeDateResolver
{
    public static void Resolve(List<Event> events, ImmutableArray<TimelineProblem>.Builder problems)
    {
        if (!events.Exists(e => e.RelativeTo is not null))
        {
            return;
        }

        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < events.Count; i++)
        {
            positions.TryAdd(events[i].Id, i);
        }

        // 0 = not visited, 1 = in progress, 2 = done (resolved or failed).
        var state = new int[events.Count];
        var path = new List<int>();
        for (var i = 0; i < events.Count; i++)
        {
            Visit(i, events, positions, state, problems, path);
        }
    }

    /// <summary>Resolves an event's date after the dates it depends on, following its chain of anchors. The chain is
    /// followed with a list rather than by recursion, so that a chain of any length cannot overflow the stack.</summary>
    /// <returns>Whether the event's date is known: its own, or computed.</returns>
    private static bool Visit(int start, List<Event> events, Dictionary<string, int> positions, int[] state, ImmutableArray<TimelineProblem>.Builder problems, List<int> path)
    {
        // Walk down the anchors until an event whose outcome is known without another: path holds the events waiting
        // for their anchor, each the anchor of the one before.
        bool known;
        var current = start;
        while (true)
        {
            var e = events[current];
            if (state[current] == 2 || e.RelativeTo is null)
            {
                state[current] = 2;
                known = true;
                break;
            }

            if (state[current] == 1)
            {
                problems.Add(new TimelineProblem(
                    ProblemCodes.RelativeDateCycle,
                    $"the relative dates form a cycle ({Cycle(events, path, current)}); give one of these events a date of its own",
                    e.Id,
                    null,
                    "relativeTo"));
                known = false;
                break;
            }

            if (!positions.TryGetValue(e.RelativeTo.EventId, out var anchorPosition))
            {
                state[current] = 2;
                problems.Add(new TimelineProblem(
                    ProblemCodes.UnknownEvent,
                    $"the date is relative to an unknown event '{e.RelativeTo.EventId}'; add that event, or give this one a date of its own",
                    e.Id,
                    null,
                    "relativeTo.event"));
                known = false;
                break;
            }

            state[current] = 1;
            path.Add(current);
            current = anchorPosition;
        }

        // Then back up, computing each waiting event's date from its anchor's.
        while (path.Count > 0)
        {
            var i = path[^1];
            path.RemoveAt(path.Count - 1);
            state[i] = 2;
            known = known && Compute(i, events, positions, problems);
        }

        return known;
    }

    /// <summary>Names the events of a cycle, from the one found twice: <c>a → b → a</c>, shortened when long.</summary>
    private static string Cycle(List<Event> events, List<int> path, int repeated)
    {
        var ids = path.Skip(path.IndexOf(repeated)).Append(repeated).Select(i => events[i].Id).ToList();
        return ids.Count <= 10
            ? string.Join(" → ", ids)
            : string.Join(" → ", ids.Take(5))
                + string.Create(CultureInfo.InvariantCulture, $" → … ({ids.Count - 8:N0} more) → ")
                + string.Join(" → ", ids.TakeLast(3));
    }

    /// <summary>Computes the date of an event whose anchor's date is known.</summary>
    private static bool Compute(int i, List<Event> events, Dictionary<string, int> positions, ImmutableArray<TimelineProblem>.Builder problems)
    {
        var e = events[i];
        var rule = e.RelativeTo!;
        var anchor = events[positions[rule.EventId]];
        if (Compute(rule, anchor.Date) is { } computed)
        {
            if (computed.Date is not null)
            {
                events[i] = e with { Date = computed.Date };
                return true;
            }

            problems.Add(new TimelineProblem(
                ProblemCodes.RelativeDateUnreadable,
                $"cannot compute '{rule}' from '{anchor.Id}' ({anchor.Date}): {computed.Error}",
                e.Id,
                null,
                "relativeTo.offset"));
        }

        return false;
    }

    private static (EdtfDate? Date, string? Error)? Compute(RelativeDate rule, EdtfDate anchor)
    {
        if (anchor.Earliest is not { } first || anchor.Latest is not { } last)
        {
            return (null, "the anchor's date has an open or unknown end");
        }

        var early = ResolveAt(rule, first);
        if (!early.Success)
        {
            return (null, early.Error.Message);
        }

        if (first == last)
        {
            return (early.Value.Date, null);
        }

        var late = ResolveAt(rule, last);
        if (!late.Success)
        {
            return (null, late.Error.Message);
        }

        var from = early.Value.Date.Earliest;
        var to = late.Value.Date.Latest;
        if (from is null || to is null)
        {
            return (null, "the offset gives an open-ended date");
        }

        var range = EdtfDate.Parse($"[{Iso(from.Value)}..{Iso(to.Value)}]");
        return range.Success ? (range.Value, null) : (null, range.Error.Message);
    }

    private static ParseResult<ResolvedDate> ResolveAt(RelativeDate rule, LocalDate day) =>
        RelativeDates.Resolve($"{rule.Offset} {Iso(day)}", day);

    private static string Iso(LocalDate day) => day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
