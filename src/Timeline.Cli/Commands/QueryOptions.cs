using System.Collections.Immutable;
using System.CommandLine;
using Annals.Timelines;

namespace Annals.Cli.Commands;

/// <summary>The filter options shared by commands that select events (<c>--from</c>, <c>--actor</c>, …), mapped onto
/// <see cref="QueryFilters"/>, which checks them.</summary>
internal sealed class QueryOptions
{
    public Option<string?> From { get; } = new("--from") { Description = "Keep events that may fall on or after this EDTF date's earliest day (e.g. 2025-02)." };

    public Option<string?> To { get; } = new("--to") { Description = "Keep events that may fall on or before this EDTF date's latest day (e.g. 2025-04)." };

    public Option<bool> Strict { get; } = new("--strict") { Description = "With --from/--to, keep only events certainly within the range." };

    public Option<string[]> Actor { get; } = Repeatable("--actor", "Keep events this actor (an id) takes part in; repeat for any of several.");

    public Option<string[]> Role { get; } = Repeatable("--role", "Keep events where the actor has this role (host, visitor, caller, callee, participant, sender, receiver, signatory, speaker, subject, mediator).");

    public Option<string[]> Kind { get; } = Repeatable("--kind", "Keep events of this kind (visit, call, x-…), CAMEO code (042) or PLOVER category (CONSULT).");

    public Option<string[]> Status { get; } = Repeatable("--status", "Keep events with this status (planned, occurred, postponed, cancelled).");

    public Option<string[]> Certainty { get; } = Repeatable("--certainty", "Keep events with this certainty (confirmed, reported, alleged, disputed).");

    public Option<string[]> Tag { get; } = Repeatable("--tag", "Keep events with this tag.");

    public Option<string?> Text { get; } = new("--text") { Description = "Keep events whose text holds all these words, ignoring case and accents." };

    public void AddTo(Command command)
    {
        command.Options.Add(From);
        command.Options.Add(To);
        command.Options.Add(Strict);
        command.Options.Add(Actor);
        command.Options.Add(Role);
        command.Options.Add(Kind);
        command.Options.Add(Status);
        command.Options.Add(Certainty);
        command.Options.Add(Tag);
        command.Options.Add(Text);
    }

    public QueryFilters Read(ParseResult parseResult) => new()
    {
        From = parseResult.GetValue(From),
        To = parseResult.GetValue(To),
        Strict = parseResult.GetValue(Strict),
        Actors = Values(parseResult, Actor),
        Roles = Values(parseResult, Role),
        Kinds = Values(parseResult, Kind),
        Statuses = Values(parseResult, Status),
        Certainties = Values(parseResult, Certainty),
        Tags = Values(parseResult, Tag),
        Text = parseResult.GetValue(Text),
    };

    private static ImmutableArray<string> Values(ParseResult parseResult, Option<string[]> option) =>
        [.. parseResult.GetValue(option) ?? []];

    private static Option<string[]> Repeatable(string name, string description) => new(name)
    {
        Description = description,
        AllowMultipleArgumentsPerToken = false,
        Arity = ArgumentArity.OneOrMore,
    };
}
