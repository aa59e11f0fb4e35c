using System.Text;

namespace Annals.Rendering;

/// <summary>
/// Escapes text the user wrote (titles, summaries, names, publishers, quotes, URLs) for HTML, so that it reads exactly
/// as written and can never open a tag, an entity, a comment or an attribute: the same result is safe as element
/// content and inside a quoted attribute value.
/// </summary>
/// <remarks>
/// <para>The rules:</para>
/// <list type="bullet">
/// <item><description>The text is put on one line first, as for Markdown: line breaks, tabs and runs of spaces become one
/// space, the ends are trimmed, and control characters become U+FFFD.</description></item>
/// <item><description><c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c>, <c>"</c> and <c>'</c> become <c>&amp;amp;</c>,
/// <c>&amp;lt;</c>, <c>&amp;gt;</c>, <c>&amp;quot;</c> and <c>&amp;#39;</c>, entities that HTML and XML both know, so
/// the output also reads in an XML parser.</description></item>
/// <item><description>Characters that XML does not allow and that cannot be encoded in UTF-8 (a lone surrogate, U+FFFE,
/// U+FFFF) become U+FFFD.</description></item>
/// <item><description>Everything else, including emoji, right-to-left text and bidirectional marks, passes through
/// unchanged: no other character is turned into an entity.</description></item>
/// </list>
/// <para>All members are thread-safe.</para>
/// </remarks>
public static class HtmlEscaper
{
    /// <summary>Escapes user text for HTML element content or a quoted attribute value.</summary>
    /// <param name="text">The text; <see langword="null"/> gives an empty string.</param>
    /// <returns>One line of HTML text that reads as exactly <paramref name="text"/> with its white space folded.</returns>
    public static string Escape(string? text) => EscapeVerbatim(TextNormalizer.OneLine(text));

    /// <summary>Escapes text without folding its white space: for the renderer's own words and for attribute values
    /// (such as URLs) that have no white space to fold.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The escaped text.</returns>
    internal static string EscapeVerbatim(string text)
    {
        var i = 0;
        while (i < text.Length && !NeedsWork(text, i))
        {
            i++;
        }

        if (i == text.Length)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16).Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '"':
                    builder.Append("&quot;");
                    break;
                case '\'':
                    builder.Append("&#39;");
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[++i]);
                    }
                    else
                    {
                        builder.Append(IsForbidden(c) ? '\uFFFD' : c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    private static bool NeedsWork(string text, int i)
    {
        var c = text[i];
        if (c is '&' or '<' or '>' or '"' or '\'' || (IsForbidden(c) && !char.IsSurrogate(c)))
        {
            return true;
        }

        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
        }

        // A low surrogate is fine only after a high one.
        return char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));
    }

    /// <summary>Characters that XML 1.0 does not allow in a document, other than those the normalizer already replaced.</summary>
    private static bool IsForbidden(char c) =>
        char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' || (char.IsControl(c) && c is not ('\t' or '\n' or '\r'));
}
