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
        for (var i = 0; i < events.Count; i++)
        {
            Visit(i, events, positions, state, problems, []);
        }
    }

    private static bool Visit(int i, List<Event> events, Dictionary<string, int> positions, int[] state, ImmutableArray<TimelineProblem>.Builder problems, List<string> path)
    {
        if (state[i] == 2)
        {
            return true;
        }

        var e = events[i];
        if (e.RelativeTo is not { } rule)
        {
            state[i] = 2;
            return true;
        }

        if (state[i] == 1)
        {
            var cycle = string.Join(" → ", path.SkipWhile(id => id != e.Id).Append(e.Id));
            problems.Add(new TimelineProblem(
                ProblemCodes.RelativeDateCycle,
                $"the relative dates form a cycle ({cycle}); give one of these events a date of its own",
                e.Id,
                null,
                "relativeTo"));
            return false;
        }

        if (!positions.TryGetValue(rule.EventId, out var anchorPosition))
        {
            state[i] = 2;
            problems.Add(new TimelineProblem(
                ProblemCodes.UnknownEvent,
                $"the date is relative to an unknown event '{rule.EventId}'; add that event, or give this one a date of its own",
                e.Id,
                null,
                "relativeTo.event"));
            return false;
        }

        state[i] = 1;
        path.Add(e.Id);
        var anchorOk = Visit(anchorPosition, events, positions, state, problems, path);
        path.RemoveAt(path.Count - 1);
        state[i] = 2;
        if (!anchorOk)
        {
            return false;
        }

        var anchor = events[anchorPosition];
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
