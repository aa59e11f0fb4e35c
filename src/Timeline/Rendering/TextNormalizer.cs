using System.Text;

namespace Annals.Rendering;

/// <summary>Puts user text on one line before it is escaped: every run of white space that can break a line (line
/// feeds, carriage returns, tabs, form feeds, U+0085, U+2028, U+2029, ordinary spaces) becomes one space, the ends are
/// trimmed, and control characters become U+FFFD. No-break spaces, emoji, joiners and bidirectional marks are kept.</summary>
internal static class TextNormalizer
{
    /// <summary>Normalizes text to a single trimmed line.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The line; empty when the text holds only white space.</returns>
    public static string OneLine(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (!NeedsWork(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsBreakingSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(char.IsControl(c) ? '\uFFFD' : c);
        }

        return builder.ToString().Trim();
    }

    /// <summary>Tells whether a character is white space that may break a line (and so is folded into one space).</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for white space other than the no-break spaces U+00A0, U+2007, U+202F.</returns>
    public static bool IsBreakingSpace(char c) =>
        char.IsWhiteSpace(c) && c is not ('\u00A0' or '\u2007' or '\u202F');

    private static bool NeedsWork(string text)
    {
        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            return true;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c) || (IsBreakingSpace(c) && (c != ' ' || (i + 1 < text.Length && IsBreakingSpace(text[i + 1])))))
            {
                return true;
            }
        }

        return false;
    }
}
