using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Annals.Model;

/// <summary>
/// The written names of the model's enumerations, as the file format, the command line and the renderers spell them:
/// lowercase, with words joined by hyphens (<see cref="RelationType.RespondsTo"/> is <c>responds-to</c>).
/// </summary>
/// <remarks>All members are thread-safe. Names never depend on the current culture.</remarks>
public static class Vocabulary
{
    private static readonly ConcurrentDictionary<Type, (ImmutableArray<string> Names, ImmutableDictionary<string, object> Values)> Cache = new();

    /// <summary>Gets the written name of an enumeration value, such as <c>responds-to</c>.</summary>
    /// <typeparam name="TEnum">The enumeration.</typeparam>
    /// <param name="value">A defined value of the enumeration.</param>
    /// <returns>The value's name in lowercase kebab case.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        ToKebab(FieldChecks.Defined(value, nameof(value), typeof(TEnum).Name).ToString());

    /// <summary>Gets every written name of an enumeration, in declaration order.</summary>
    /// <typeparam name="TEnum">The enumeration.</typeparam>
    /// <returns>The names, such as <c>planned</c>, <c>occurred</c>, ….</returns>
    public static ImmutableArray<string> Names<TEnum>()
        where TEnum : struct, Enum => Table<TEnum>().Names;

    /// <summary>Reads a written name back into its enumeration value. Matching is exact and ordinal.</summary>
    /// <typeparam name="TEnum">The enumeration.</typeparam>
    /// <param name="name">A written name such as <c>responds-to</c>.</param>
    /// <param name="value">The value, when the name is known.</param>
    /// <returns><see langword="true"/> when the name is one of <see cref="Names{TEnum}"/>.</returns>
    public static bool TryParse<TEnum>(string? name, out TEnum value)
        where TEnum : struct, Enum
    {
        if (name is not null && Table<TEnum>().Values.TryGetValue(name, out var boxed))
        {
            value = (TEnum)boxed;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>
    /// Finds the known name closest to a misspelt one, for "did you mean" messages: <c>ocurred</c> suggests
    /// <c>occurred</c>.
    /// </summary>
    /// <param name="name">The unknown name.</param>
    /// <param name="candidates">The known names.</param>
    /// <param name="suggestion">The closest candidate, when one is close enough to be a likely typo.</param>
    /// <returns><see langword="true"/> when a suggestion was found.</returns>
    public static bool TrySuggest(string name, IEnumerable<string> candidates, [NotNullWhen(true)] out string? suggestion) =>
        TrySuggest(name, candidates, null, out suggestion);

    /// <summary>Finds the known name closest to a misspelt one, within a budget of work shared by many calls.</summary>
    /// <param name="name">The unknown name.</param>
    /// <param name="candidates">The known names.</param>
    /// <param name="budget">The work left for suggestions, or <see langword="null"/> for no bound; when it runs out,
    /// no suggestion is made.</param>
    /// <param name="suggestion">The closest candidate, when one is close enough to be a likely typo.</param>
    /// <returns><see langword="true"/> when a suggestion was found.</returns>
    internal static bool TrySuggest(string name, IEnumerable<string> candidates, SuggestionBudget? budget, [NotNullWhen(true)] out string? suggestion)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(candidates);
        suggestion = null;
        if (budget is { IsSpent: true })
        {
            return false;
        }

        // Names longer than any word of the vocabularies are not typos of them; skipping them also bounds the work.
        if (name.Length > 64)
        {
            return false;
        }

        var best = int.MaxValue;
        var lowered = name.ToLowerInvariant();
        foreach (var candidate in candidates)
        {
            if (candidate.Length > 64)
            {
                continue;
            }

            if (budget is not null && !budget.TrySpend((lowered.Length + 1L) * (candidate.Length + 1L)))
            {
                suggestion = null;
                return false;
            }

            var distance = EditDistance(lowered, candidate.ToLowerInvariant());
            if (distance < best)
            {
                best = distance;
                suggestion = candidate;
            }
        }

        // A likely typo: at most a third of the longer word differs (and at least one edit is always allowed).
        if (suggestion is not null && best <= Math.Max(1, Math.Max(lowered.Length, suggestion.Length) / 3))
        {
            return true;
        }

        suggestion = null;
        return false;
    }

    internal static string ToKebab(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static int EditDistance(string a, string b)
    {
        // Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions.
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    private static (ImmutableArray<string> Names, ImmutableDictionary<string, object> Values) Table<TEnum>()
        where TEnum : struct, Enum =>
        Cache.GetOrAdd(typeof(TEnum), static _ =>
        {
            var values = Enum.GetValues<TEnum>();
            var names = values.Select(v => ToKebab(v.ToString())).ToImmutableArray();
            var map = ImmutableDictionary.CreateRange(
                StringComparer.Ordinal,
                values.Select(v => new KeyValuePair<string, object>(ToKebab(v.ToString()), v)));
            return (names, map);
        });
}
