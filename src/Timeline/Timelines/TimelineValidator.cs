using System.Collections.Immutable;
using Annals.Dates;
using Annals.Model;

namespace Annals.Timelines;

/// <summary>Checks a set of events and actors against each other and reports every problem, in input order.</summary>
internal static class TimelineValidator
{
    /// <summary>Checks events and actors.</summary>
    /// <param name="events">The events.</param>
    /// <param name="actors">The actors.</param>
    /// <param name="idsAreUnique">Whether the caller guarantees that ids are not repeated, so that they need not be
    /// checked; events are then mapped by id only when some event has relations to look up.</param>
    /// <returns>Every problem, in the order of the actors and events.</returns>
    public static ImmutableArray<TimelineProblem> Validate(IReadOnlyList<Event> events, IReadOnlyList<Actor> actors, bool idsAreUnique = false)
    {
        var problems = ImmutableArray.CreateBuilder<TimelineProblem>();
        var suggestions = new Suggestions();
        var actorIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < actors.Count; i++)
        {
            if (!actorIds.Add(actors[i].Id))
            {
                problems.Add(new TimelineProblem(
                    ProblemCodes.DuplicateActorId,
                    $"another actor already has the id '{actors[i].Id}'; give each actor its own id",
                    null,
                    actors[i].Id,
                    "id"));
            }
        }

        var needsMap = !idsAreUnique;
        for (var i = 0; i < events.Count && !needsMap; i++)
        {
            needsMap = !events[i].Relations.IsEmpty;
        }

        var byId = new Dictionary<string, Event>(needsMap ? events.Count : 0, StringComparer.Ordinal);
        foreach (var e in needsMap ? events : Array.Empty<Event>())
        {
            if (!byId.TryAdd(e.Id, e))
            {
                problems.Add(new TimelineProblem(
                    ProblemCodes.DuplicateEventId,
                    $"another event already has the id '{e.Id}'; give each event its own id, or merge the two records",
                    e.Id,
                    null,
                    "id"));
            }
        }

        foreach (var e in events)
        {
            CheckParticipants(e, actorIds, suggestions, problems);
            CheckSources(e, problems);
            CheckRelations(e, byId, suggestions, problems);
            CheckHistory(e, problems);
        }

        return problems.ToImmutable();
    }

    private static void CheckParticipants(Event e, HashSet<string> actorIds, Suggestions suggestions, ImmutableArray<TimelineProblem>.Builder problems)
    {
        var participants = e.Participants;
        var seen = participants.Length > 16 ? new HashSet<(string, ParticipantRole)>() : null;
        for (var i = 0; i < participants.Length; i++)
        {
            var p = participants[i];
            if (!actorIds.Contains(p.ActorId))
            {
                var hint = suggestions.TryActor(p.ActorId, actorIds, out var suggestion)
                    ? $" (did you mean '{suggestion}'?)"
                    : "; add the actor to the timeline first";
                problems.Add(new TimelineProblem(
                    ProblemCodes.UnknownActor,
                    $"unknown actor '{p.ActorId}'{hint}",
                    e.Id,
                    null,
                    $"participants[{i}].actor"));
            }

            if (seen is null ? IsRepeated(participants, i) : !seen.Add((p.ActorId, p.Role)))
            {
                problems.Add(new TimelineProblem(
                    ProblemCodes.DuplicateParticipant,
                    $"'{p.ActorId}' is listed twice as {Vocabulary.Name(p.Role)}; remove one",
                    e.Id,
                    null,
                    $"participants[{i}]"));
            }
        }
    }

    /// <summary>Tells whether an earlier participant has the same actor and role as the one at <paramref name="index"/>.</summary>
    private static bool IsRepeated(ImmutableArray<Participant> participants, int index)
    {
        var p = participants[index];
        for (var j = 0; j < index; j++)
        {
            if (participants[j].Role == p.Role && string.Equals(participants[j].ActorId, p.ActorId, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static void CheckSources(Event e, ImmutableArray<TimelineProblem>.Builder problems)
    {
        CheckSources(e.Id, e.Sources, "sources", problems);
        for (var h = 0; h < e.History.Length; h++)
        {
            if (e.History[h].Sources is { } earlier)
            {
                CheckSources(e.Id, earlier, $"history[{h}].sources", problems);
            }
        }
    }

    private static void CheckSources(string eventId, ImmutableArray<Source> sources, string field, ImmutableArray<TimelineProblem>.Builder problems)
    {
        for (var i = 0; i < sources.Length; i++)
        {
            var url = sources[i].Url;
            if (url is not null && !Source.IsWebUrl(url))
            {
                problems.Add(new TimelineProblem(
                    ProblemCodes.BadSourceUrl,
                    $"'{Shorten(url)}' is not an absolute http or https link; use a link such as 'https://example.org/article'",
                    eventId,
                    null,
                    $"{field}[{i}].url"));
            }
        }
    }

    private static void CheckRelations(Event e, Dictionary<string, Event> byId, Suggestions suggestions, ImmutableArray<TimelineProblem>.Builder problems)
    {
        for (var i = 0; i < e.Relations.Length; i++)
        {
            var relation = e.Relations[i];
            var field = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"relations[{i}].event");
            if (relation.EventId == e.Id)
            {
                problems.Add(new TimelineProblem(
                    ProblemCodes.SelfRelation,
                    $"the event {Vocabulary.Name(relation.Type)} itself; name another event",
                    e.Id,
                    null,
                    field));
                continue;
            }

            if (!byId.TryGetValue(relation.EventId, out var target))
            {
                var hint = suggestions.TryEvent(relation.EventId, byId.Keys, out var suggestion)
                    ? $" (did you mean '{suggestion}'?)"
                    : "; add that event, or remove the relation";
                problems.Add(new TimelineProblem(
                    ProblemCodes.UnknownEvent,
                    $"unknown event '{relation.EventId}'{hint}",
                    e.Id,
                    null,
                    field));
                continue;
            }

            if (Contradicts(relation.Type, e.Date, target.Date) is { } why)
            {
                problems.Add(new TimelineProblem(
                    ProblemCodes.RelationContradictsDates,
                    $"'{e.Id}' ({e.Date}) {Vocabulary.Name(relation.Type)} '{target.Id}' ({target.Date}), but {why}; fix one of the dates or the relation",
                    e.Id,
                    null,
                    field));
            }
        }
    }

    private static void CheckHistory(Event e, ImmutableArray<TimelineProblem>.Builder problems)
    {
        if (e.History.IsEmpty)
        {
            return;
        }

        if (e.Recorded is not { } recorded)
        {
            problems.Add(new TimelineProblem(
                ProblemCodes.HistoryWithoutRecorded,
                "the event has earlier states but no recorded day of its own; set 'recorded' to the day its current state was recorded",
                e.Id,
                null,
                "recorded"));
            return;
        }

        var days = new HashSet<NodaTime.LocalDate>();
        for (var i = 0; i < e.History.Length; i++)
        {
            var day = e.History[i].Recorded;
            if (day >= recorded)
            {
                problems.Add(new TimelineProblem(
                    ProblemCodes.RevisionOutOfOrder,
                    $"this earlier state is recorded on {Iso(day)}, not before the current state's {Iso(recorded)}; earlier states must be recorded earlier",
                    e.Id,
                    null,
                    $"history[{i}].recorded"));
            }
            else if (!days.Add(day))
            {
                problems.Add(new TimelineProblem(
                    ProblemCodes.RevisionOutOfOrder,
                    $"another earlier state is also recorded on {Iso(day)}; merge the two",
                    e.Id,
                    null,
                    $"history[{i}].recorded"));
            }
        }
    }

    private static string Iso(NodaTime.LocalDate day) =>
        day.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string? Contradicts(RelationType type, EdtfDate self, EdtfDate other) => type switch
    {
        RelationType.Follows or RelationType.Implements or RelationType.RespondsTo
            when self.RelateTo(other) == DateRelation.Before => "it certainly comes before it",
        RelationType.Announces when self.RelateTo(other) == DateRelation.After => "it certainly comes after it",
        RelationType.PartOf when self.RelateTo(other) != DateRelation.MayOverlap => "their dates cannot overlap",
        _ => null,
    };

    /// <summary>"Did you mean" suggestions for unknown actor and event ids: the candidates are sorted once, and the
    /// work is bounded by one <see cref="SuggestionBudget"/> for the whole validation.</summary>
    private sealed class Suggestions
    {
        private readonly SuggestionBudget budget = new();
        private string[]? actorIds;
        private string[]? eventIds;

        public bool TryActor(string id, IEnumerable<string> candidates, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? suggestion) =>
            Try(id, ref actorIds, candidates, out suggestion);

        public bool TryEvent(string id, IEnumerable<string> candidates, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? suggestion) =>
            Try(id, ref eventIds, candidates, out suggestion);

        private bool Try(string id, ref string[]? sorted, IEnumerable<string> candidates, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? suggestion)
        {
            suggestion = null;
            if (budget.IsSpent)
            {
                return false;
            }

            sorted ??= [.. candidates.Order(StringComparer.Ordinal)];
            return Vocabulary.TrySuggest(id, sorted, budget, out suggestion);
        }
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "...");
}
