using System.Globalization;
using System.Text;

namespace Annals.Rendering;

/// <summary>
/// Makes heading anchors the way GitHub does (github-slugger), so a table of contents can link to them: lower-case the
/// heading's text, drop everything but letters, marks, digits, connector punctuation (<c>_</c>), hyphens and spaces,
/// turn each space into a hyphen, and number repeats: <c>2025</c>, <c>2025-1</c>, <c>2025-2</c>.
/// </summary>
/// <remarks>Headings must be added in document order, including those that are not linked. Not thread-safe.</remarks>
internal sealed class GitHubSlugger
{
    private readonly HashSet<string> used = new(StringComparer.Ordinal);

    /// <summary>Makes the anchor of the next heading.</summary>
    /// <param name="headingText">The heading's text as displayed (unescaped).</param>
    /// <returns>The anchor, without the leading <c>#</c>.</returns>
    public string Add(string headingText)
    {
        var slug = Slug(headingText);
        var candidate = slug;
        for (var n = 1; !used.Add(candidate); n++)
        {
            candidate = slug + "-" + n.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    /// <summary>Makes the anchor of a heading without numbering repeats.</summary>
    /// <param name="headingText">The heading's text as displayed.</param>
    /// <returns>The anchor.</returns>
    public static string Slug(string headingText)
    {
        var builder = new StringBuilder(headingText.Length);
        foreach (var c in headingText.ToLowerInvariant())
        {
            if (c == ' ')
            {
                builder.Append('-');
                continue;
            }

            var category = char.GetUnicodeCategory(c);
            if (c == '-' || char.IsLetterOrDigit(c) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.EnclosingMark or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.LetterNumber
                or UnicodeCategory.OtherNumber)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
