using System.Collections.Immutable;
using Annals.Dates;
using Annals.Model;

namespace Annals.Timelines;

/// <summary>
/// A query's filters as a user types them: plain strings, such as the options of <c>timeline render</c>. Turn them into
/// a <see cref="TimelineQuery"/> with <see cref="ToQuery"/>, which checks every value and says what is wrong.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record QueryFilters
{
    /// <summary>Gets the start of the date range, in EDTF (<c>2025-02</c>).</summary>
    public string? From { get; init; }

    /// <summary>Gets the end of the date range, in EDTF (<c>2025-04</c>).</summary>
    public string? To { get; init; }

    /// <summary>Gets a value indicating whether events must lie certainly within the range, rather than possibly
    /// overlap it.</summary>
    public bool Strict { get; init; }

    /// <summary>Gets actor ids.</summary>
    public ImmutableArray<string> Actors { get; init; } = [];

    /// <summary>Gets role names (<c>host</c>, <c>visitor</c>, …).</summary>
    public ImmutableArray<string> Roles { get; init; } = [];

    /// <summary>Gets kind names (<c>visit</c>, <c>x-inauguration</c>), CAMEO codes (<c>042</c>) or PLOVER categories
    /// (<c>CONSULT</c>).</summary>
    public ImmutableArray<string> Kinds { get; init; } = [];

    /// <summary>Gets status names (<c>planned</c>, …).</summary>
    public ImmutableArray<string> Statuses { get; init; } = [];

    /// <summary>Gets certainty names (<c>reported</c>, …).</summary>
    public ImmutableArray<string> Certainties { get; init; } = [];

    /// <summary>Gets tags.</summary>
    public ImmutableArray<string> Tags { get; init; } = [];

    /// <summary>Gets free-text words.</summary>
    public string? Text { get; init; }

    /// <summary>Checks every filter and builds the query.</summary>
    /// <returns>The query, or every problem found, one per line, each naming the filter and what would fix it
    /// (<c>--status: unknown status 'ocurred' (did you mean 'occurred'?)</c>).</returns>
    /// <remarks>Kind values may be kind names, three-digit CAMEO codes or PLOVER categories; codes and categories are
    /// recognised by their form (digits, or all capitals).</remarks>
    public QueryParseResult ToQuery()
    {
        var problems = new List<string>();
        var from = ParseDate(From, "--from", problems);
        var to = ParseDate(To, "--to", problems);
        var kinds = ImmutableArray.CreateBuilder<EventKind>();
        var cameo = ImmutableArray.CreateBuilder<string>();
        var plover = ImmutableArray.CreateBuilder<string>();
        foreach (var value in Kinds.IsDefault ? [] : Kinds)
        {
            if (value.Length > 0 && value.All(char.IsAsciiDigit))
            {
                cameo.Add(value);
            }
            else if (value.Length > 0 && value.All(c => char.IsAsciiLetterUpper(c) || c == '_'))
            {
                plover.Add(value);
            }
            else if (EventKind.TryGet(value, out var kind))
            {
                kinds.Add(kind);
            }
            else
            {
                problems.Add($"--kind: unknown kind '{value}'{Suggest(value, EventKind.BuiltIns.Select(k => k.Name))}; use a built-in kind, a custom kind starting with 'x-', a CAMEO code such as 042, or a PLOVER category such as CONSULT");
            }
        }

        var query = new TimelineQuery
        {
            From = from,
            To = to,
            DateMode = Strict ? DateRangeMode.CertainlyWithin : DateRangeMode.MayOverlap,
            Actors = Actors.IsDefault ? [] : Actors,
            Roles = ParseNames<ParticipantRole>(Roles, "--role", "role", problems),
            Kinds = kinds.ToImmutable(),
            CameoCodes = cameo.ToImmutable(),
            PloverCategories = plover.ToImmutable(),
            Statuses = ParseNames<EventStatus>(Statuses, "--status", "status", problems),
            Certainties = ParseNames<Certainty>(Certainties, "--certainty", "certainty", problems),
            Tags = Tags.IsDefault ? [] : Tags,
            Text = string.IsNullOrWhiteSpace(Text) ? null : Text,
        };

        if (query.IsRangeInverted)
        {
            problems.Add($"--to: the range ends ({To}) before it starts ({From}); swap the two dates");
        }

        return new QueryParseResult(problems.Count == 0 ? query : null, [.. problems]);
    }

    private static EdtfDate? ParseDate(string? text, string option, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var result = EdtfDate.Parse(text);
        if (!result.Success)
        {
            problems.Add($"{option}: '{text}' is not an EDTF date, {result.Error}");
            return null;
        }

        return result.Value;
    }

    private static ImmutableArray<T> ParseNames<T>(ImmutableArray<string> values, string option, string noun, List<string> problems)
        where T : struct, Enum
    {
        var parsed = ImmutableArray.CreateBuilder<T>();
        foreach (var value in values.IsDefault ? [] : values)
        {
            if (Vocabulary.TryParse<T>(value, out var item))
            {
                parsed.Add(item);
            }
            else
            {
                problems.Add($"{option}: unknown {noun} '{value}'{Suggest(value, Vocabulary.Names<T>())}; use one of {string.Join(", ", Vocabulary.Names<T>())}");
            }
        }

        return parsed.ToImmutable();
    }

    private static string Suggest(string value, IEnumerable<string> candidates) =>
        Vocabulary.TrySuggest(value, candidates, out var suggestion) ? $" (did you mean '{suggestion}'?)" : string.Empty;
}

/// <summary>The outcome of <see cref="QueryFilters.ToQuery"/>: a query, or the problems that prevent it.</summary>
/// <param name="Query">The query, or <see langword="null"/> when there were problems.</param>
/// <param name="Problems">One line per problem, each naming the filter.</param>
public sealed record QueryParseResult(TimelineQuery? Query, ImmutableArray<string> Problems)
{
    /// <summary>Gets a value indicating whether every filter was valid.</summary>
    public bool Success => Query is not null;
}
