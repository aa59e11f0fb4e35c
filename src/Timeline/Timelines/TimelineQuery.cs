using System.Collections.Immutable;
using System.Globalization;
using Annals.Dates;
using Annals.Model;

namespace Annals.Timelines;

/// <summary>
/// A query over a timeline, as a value: the filters a user sets on the command line or in code. Within one filter the
/// values are or-ed (<c>--status planned --status postponed</c>); different filters are and-ed.
/// </summary>
/// <remarks>
/// <para>An empty filter does not filter. <see cref="All"/> matches every event.</para>
/// <list type="bullet">
/// <item><description>Dates: <see cref="From"/> contributes its earliest day and <see cref="To"/> its latest day, so
/// <c>From = 2025-02, To = 2025-04</c> covers 1 February to 30 April 2025. <see cref="DateMode"/> says whether an event
/// must certainly lie inside, or merely possibly overlap.</description></item>
/// <item><description>Actors and roles: a participant must be one of <see cref="Actors"/> (if any are given) in one of
/// <see cref="Roles"/> (if any are given).</description></item>
/// <item><description>Kinds match by name; CAMEO codes and PLOVER categories match the event kind's codes.</description></item>
/// <item><description>Text: every word must appear, ignoring case and accents, in the title, summary, tags, location
/// name, or a participant's id or name.</description></item>
/// </list>
/// <para>Immutable and thread-safe; compares by value (lists in order).</para>
/// </remarks>
public sealed record TimelineQuery
{
    private readonly ImmutableArray<string> actors = [];
    private readonly ImmutableArray<ParticipantRole> roles = [];
    private readonly ImmutableArray<EventKind> kinds = [];
    private readonly ImmutableArray<string> cameoCodes = [];
    private readonly ImmutableArray<string> ploverCategories = [];
    private readonly ImmutableArray<EventStatus> statuses = [];
    private readonly ImmutableArray<Certainty> certainties = [];
    private readonly ImmutableArray<string> tags = [];

    /// <summary>Gets a query that matches every event.</summary>
    public static TimelineQuery All { get; } = new();

    /// <summary>Gets the start of the date range; its earliest day is the first day of the range.</summary>
    public EdtfDate? From { get; init; }

    /// <summary>Gets the end of the date range; its latest day is the last day of the range.</summary>
    public EdtfDate? To { get; init; }

    /// <summary>Gets how imprecise dates are matched against the range.</summary>
    public DateRangeMode DateMode { get; init; }

    /// <summary>Gets the actor ids, any of which must take part.</summary>
    public ImmutableArray<string> Actors { get => actors; init => actors = WithoutNulls(value, nameof(Actors)); }

    /// <summary>Gets the roles, any of which the matching participant must have.</summary>
    public ImmutableArray<ParticipantRole> Roles { get => roles; init => roles = OrEmpty(value); }

    /// <summary>Gets the kinds, any of which the event must be.</summary>
    public ImmutableArray<EventKind> Kinds { get => kinds; init => kinds = WithoutNulls(value, nameof(Kinds)); }

    /// <summary>Gets CAMEO codes, such as <c>042</c>, any of which the event's kind must carry.</summary>
    public ImmutableArray<string> CameoCodes { get => cameoCodes; init => cameoCodes = WithoutNulls(value, nameof(CameoCodes)); }

    /// <summary>Gets PLOVER categories, such as <c>CONSULT</c>, any of which the event's kind must belong to
    /// (compared ignoring case).</summary>
    public ImmutableArray<string> PloverCategories { get => ploverCategories; init => ploverCategories = WithoutNulls(value, nameof(PloverCategories)); }

    /// <summary>Gets the statuses, any of which the event must have.</summary>
    public ImmutableArray<EventStatus> Statuses { get => statuses; init => statuses = OrEmpty(value); }

    /// <summary>Gets the certainties, any of which the event must have.</summary>
    public ImmutableArray<Certainty> Certainties { get => certainties; init => certainties = OrEmpty(value); }

    /// <summary>Gets the tags, any of which the event must carry (compared ignoring case).</summary>
    public ImmutableArray<string> Tags { get => tags; init => tags = WithoutNulls(value, nameof(Tags)); }

    /// <summary>Gets words that must all appear in the event's text, ignoring case and accents.</summary>
    public string? Text { get; init; }

    /// <summary>Gets a value indicating whether the date range ends before it starts (the latest day of
    /// <see cref="To"/> is before the earliest day of <see cref="From"/>). Such a range holds no day, so the query
    /// matches nothing; a caller taking the range from a user should report it.</summary>
    public bool IsRangeInverted => From?.Earliest is { } start && To?.Latest is { } end && end < start;

    /// <summary>Gets a value indicating whether this query matches every event.</summary>
    public bool IsEmpty => Equals(All);

    /// <inheritdoc />
    public bool Equals(TimelineQuery? other) =>
        other is not null
        && Equals(From, other.From)
        && Equals(To, other.To)
        && DateMode == other.DateMode
        && actors.SequenceEqual(other.actors)
        && roles.SequenceEqual(other.roles)
        && kinds.SequenceEqual(other.kinds)
        && cameoCodes.SequenceEqual(other.cameoCodes)
        && ploverCategories.SequenceEqual(other.ploverCategories)
        && statuses.SequenceEqual(other.statuses)
        && certainties.SequenceEqual(other.certainties)
        && tags.SequenceEqual(other.tags)
        && Text == other.Text;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(From, To, DateMode, actors.Length, statuses.Length, Text);

    /// <summary>Makes the test an event must pass.</summary>
    /// <param name="context">The timeline queried, for free-text search.</param>
    /// <param name="datesMatched">Whether the events tested are already known to match the date range, so that the
    /// range need not be tested again.</param>
    /// <returns>The test, or <see langword="null"/> when every event passes.</returns>
    internal Func<Event, bool>? Compile(Timeline context, bool datesMatched = false)
    {
        var checks = new List<Func<Event, bool>>();
        if (IsRangeInverted)
        {
            return static _ => false;
        }

        if ((From is not null || To is not null) && !datesMatched)
        {
            var start = From?.Earliest;
            var end = To?.Latest;
            var certainly = DateMode == DateRangeMode.CertainlyWithin;
            checks.Add(e => certainly ? e.Date.IsCertainlyWithin(start, end) : e.Date.MayOverlap(start, end));
        }

        if (actors.Length > 0 || roles.Length > 0)
        {
            var actorSet = actors.ToHashSet(StringComparer.Ordinal);
            var roleSet = roles.ToHashSet();
            checks.Add(e => e.Participants.Any(p =>
                (actorSet.Count == 0 || actorSet.Contains(p.ActorId)) && (roleSet.Count == 0 || roleSet.Contains(p.Role))));
        }

        if (kinds.Length > 0)
        {
            checks.Add(e => e.Kind is not null && kinds.Contains(e.Kind));
        }

        if (cameoCodes.Length > 0)
        {
            checks.Add(e => e.Kind is not null && e.Kind.CameoCodes.Any(cameoCodes.Contains));
        }

        if (ploverCategories.Length > 0)
        {
            checks.Add(e => e.Kind?.PloverCategory is { } category
                && ploverCategories.Contains(category, StringComparer.OrdinalIgnoreCase));
        }

        if (statuses.Length > 0)
        {
            checks.Add(e => statuses.Contains(e.Status));
        }

        if (certainties.Length > 0)
        {
            checks.Add(e => certainties.Contains(e.Certainty));
        }

        if (tags.Length > 0)
        {
            checks.Add(e => e.Tags.Any(t => tags.Contains(t, StringComparer.OrdinalIgnoreCase)));
        }

        if (!string.IsNullOrWhiteSpace(Text))
        {
            var words = TextMatcher.Words(Text);
            checks.Add(e =>
            {
                var haystack = context.SearchText(e);
                return words.All(w => haystack.Contains(w, StringComparison.Ordinal));
            });
        }

        return checks.Count switch
        {
            0 => null,
            1 => checks[0],
            _ => e => checks.TrueForAll(check => check(e)),
        };
    }

    /// <summary>Picks the smallest set of candidate positions the indexes offer, sorted ascending; or null when no
    /// filter is indexed and the whole timeline must be scanned. Every candidate is still checked against the other
    /// filters; <paramref name="datesMatched"/> says whether the candidates are exactly the events in the date
    /// range, so that the range need not be checked again.</summary>
    internal int[]? Candidates(TimelineIndex index, out bool datesMatched)
    {
        datesMatched = false;
        if (IsRangeInverted)
        {
            return [];
        }

        int[]? best = null;
        void Offer(int[] positions)
        {
            if (best is null || positions.Length < best.Length)
            {
                best = positions;
            }
        }

        if (actors.Length > 0)
        {
            Offer(Union(actors.Select(index.Actor)));
        }

        if (kinds.Length > 0)
        {
            Offer(Union(kinds.Select(k => index.Kind(k.Name))));
        }

        if (tags.Length > 0)
        {
            Offer(Union(tags.Select(index.Tag)));
        }

        if ((From is not null || To is not null) && (best is null || best.Length > 64))
        {
            var dates = index.DateMatches(From?.Earliest, To?.Latest, DateMode);
            if (best is null || dates.Length < best.Length)
            {
                best = dates;
                datesMatched = true;
            }
        }

        return best;
    }

    private static int[] Union(IEnumerable<int[]> lists) => TimelineIndex.Union([.. lists]);

    private static ImmutableArray<T> OrEmpty<T>(ImmutableArray<T> value) => value.IsDefault ? [] : value;

    private static ImmutableArray<T> WithoutNulls<T>(ImmutableArray<T> value, string name)
        where T : class
    {
        value = OrEmpty(value);
        var at = value.IndexOf(null!);
        if (at >= 0)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"TimelineQuery.{name} holds null at index {at}; remove it, or leave {name} empty for no filter."),
                name);
        }

        return value;
    }
}
