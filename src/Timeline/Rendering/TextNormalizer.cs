namespace Annals.Rendering;

/// <summary>Puts user text on one line before it is escaped: every run of white space that can break a line (line
/// feeds, carriage returns, tabs, form feeds, U+0085, U+2028, U+2029, ordinary spaces) becomes one space, the ends are
/// trimmed, and control characters become U+FFFD. No-break spaces, emoji, joiners and bidirectional marks are kept.</summary>
internal static class TextNormalizer
{
    private static readonly System.Buffers.SearchValues<char> PrintableAscii = System.Buffers.SearchValues.Create(
        " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");

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

        char[]? scratch = null;
        return OneLine(text, ref scratch).ToString();
    }

    /// <summary>Normalizes text to a single trimmed line, without making a string.</summary>
    /// <param name="text">The text.</param>
    /// <param name="scratch">A buffer to normalize into when the text needs it, grown as needed and reusable.</param>
    /// <returns>The line: <paramref name="text"/> itself when it is one already, otherwise part of
    /// <paramref name="scratch"/>.</returns>
    public static ReadOnlySpan<char> OneLine(ReadOnlySpan<char> text, ref char[]? scratch)
    {
        if (text.IsEmpty || !NeedsWork(text))
        {
            return text;
        }

        if (scratch is null || scratch.Length < text.Length)
        {
            scratch = new char[Math.Max(text.Length, 256)];
        }

        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsBreakingSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace)
            {
                scratch[length++] = ' ';
                pendingSpace = false;
            }

            scratch[length++] = char.IsControl(c) ? '\uFFFD' : c;
        }

        return scratch.AsSpan(0, length).Trim();
    }

    /// <summary>Tells whether a character is white space that may break a line (and so is folded into one space).</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for white space other than the no-break spaces U+00A0, U+2007, U+202F.</returns>
    public static bool IsBreakingSpace(char c) =>
        char.IsWhiteSpace(c) && c is not ('\u00A0' or '\u2007' or '\u202F');

    private static bool NeedsWork(ReadOnlySpan<char> text)
    {
        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            return true;
        }

        // Most text is printable ASCII: then only a run of spaces needs work. Both checks are vectorized.
        var first = text.IndexOfAnyExcept(PrintableAscii);
        if (first < 0)
        {
            return text.Contains("  ", StringComparison.Ordinal);
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
