using System.Buffers;

namespace Annals.Rendering;

/// <summary>
/// Escapes text the user wrote (titles, summaries, names, publishers, quotes) so that Markdown prints it as it was
/// written: it can never open a heading, list, quote, table, code block, footnote, link, image, HTML tag or any other
/// construct, in CommonMark, GitHub Flavored Markdown or Markdig's advanced extensions.
/// </summary>
/// <remarks>
/// <para>The result is one line, safe at the start of a line, inside a paragraph, list item, heading, footnote,
/// link text or table cell. The rules:</para>
/// <list type="bullet">
/// <item><description>Line breaks, tabs and runs of spaces become one space, and the ends are trimmed, so a newline in a
/// title can never start a new block. Control characters become U+FFFD.</description></item>
/// <item><description>These are always escaped with a backslash: <c>\ ` * _ [ ] { } &lt; &gt; | # ~ ^ $ &amp;</c>.
/// Escaping <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> means no HTML tag, comment or entity is ever recognised; escaping
/// the brackets means no link, image or footnote reference; the pipe cannot split a table cell.</description></item>
/// <item><description>Doubled <c>+</c>, <c>=</c>, <c>"</c> and <c>:</c> (Markdig's inserted, marked, cited and custom
/// inline spans) are escaped; so is a <c>:</c> before <c>/</c> or after <c>mailto</c> or <c>tel</c>, and a
/// <c>.</c> after <c>www</c>, so that no autolink (<c>http://</c>, <c>https://</c>, <c>ftp://</c>, <c>mailto:</c>,
/// <c>tel:</c>, <c>www.</c>) is made from the user's text.</description></item>
/// <item><description>A <c>!</c> at the end is escaped, so that it cannot make an image of a footnote reference written
/// after the text.</description></item>
/// <item><description>At the start of the text, a <c>-</c>, <c>+</c>, <c>=</c>, <c>:</c> or <c>!</c> is escaped, and the
/// <c>.</c> or <c>)</c> of a leading list number or letter (<c>1.</c>, <c>a)</c>, <c>iv.</c>), so nothing opens a
/// list, thematic break, setext underline or definition.</description></item>
/// <item><description>Everything else, including parentheses, full stops, emoji (with joiners and skin tones) and
/// right-to-left text and marks, passes through unchanged.</description></item>
/// </list>
/// <para>All members are thread-safe.</para>
/// </remarks>
public static class MarkdownEscaper
{
    /// <summary>Escapes user text for Markdown.</summary>
    /// <param name="text">The text; <see langword="null"/> gives an empty string.</param>
    /// <returns>One line of Markdown that reads as exactly <paramref name="text"/> with its white space folded.</returns>
    public static string Escape(string? text) => Escape(text, atLineStart: true);

    /// <summary>Escapes user text that follows other text on its line, such as a title after a date: the same as
    /// <see cref="Escape(string?)"/> without the rules for the start of a line.</summary>
    /// <param name="text">The text.</param>
    /// <returns>One line of Markdown.</returns>
    internal static string EscapeInline(string? text) => Escape(text, atLineStart: false);

    /// <summary>Escapes user text for a table cell: the inline rules, and a leading <c>-</c> or <c>:</c> escaped, so that
    /// a cell can never make its row read as the table's delimiter row (<c>| --- | :-: |</c>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>One line of Markdown.</returns>
    internal static string EscapeCell(string? text)
    {
        var buffer = new TextBuffer((text?.Length ?? 0) + 8);
        char[]? scratch = null;
        Append(buffer, text, EscapeMode.Cell, ref scratch);
        return buffer.ToString();
    }

    /// <summary>Appends user text, escaped, without making strings on the way.</summary>
    /// <param name="buffer">Where to append.</param>
    /// <param name="text">The text; empty for none.</param>
    /// <param name="mode">Which rules apply: those of <see cref="Escape(string?)"/>, <see cref="EscapeInline"/> or
    /// <see cref="EscapeCell"/>.</param>
    /// <param name="scratch">A buffer for folding white space, reused between calls.</param>
    internal static void Append(TextBuffer buffer, ReadOnlySpan<char> text, EscapeMode mode, ref char[]? scratch)
    {
        var line = TextNormalizer.OneLine(text, ref scratch);
        if (line.IsEmpty)
        {
            return;
        }

        var atLineStart = mode == EscapeMode.Block;
        // A cell must not start with '-' or ':', unless the ':' is escaped anyway.
        if (mode == EscapeMode.Cell && (line[0] == '-' || (line[0] == ':' && !NeedsEscape(line, 0))))
        {
            buffer.Append('\\');
        }

        // Only the characters in Special can need a backslash (the punctuation of a list marker is one of them), except
        // the first one at the start of a line: the search jumps from one to the next, and the runs between are copied
        // whole.
        var listMarkerEnd = atLineStart ? ListMarkerPunctuation(line) : -1;
        var plainFrom = 0;
        var i = atLineStart ? 0 : line.IndexOfAny(Special);
        while (i >= 0)
        {
            var c = line[i];
            if (NeedsEscape(line, i) || i == listMarkerEnd || (atLineStart && i == 0 && c is '-' or '+' or '=' or ':' or '!')
                || (c == '!' && i == line.Length - 1))
            {
                buffer.Append(line[plainFrom..i]).Append('\\');
                plainFrom = i;
            }

            var next = line[(i + 1)..].IndexOfAny(Special);
            i = next < 0 ? -1 : i + 1 + next;
        }

        buffer.Append(line[plainFrom..]);
    }

    private static string Escape(string? text, bool atLineStart)
    {
        var line = TextNormalizer.OneLine(text);
        if (!line.AsSpan().ContainsAny(Special))
        {
            return line;
        }

        var buffer = new TextBuffer(line.Length + 8);
        char[]? scratch = null;
        Append(buffer, line, atLineStart ? EscapeMode.Block : EscapeMode.Inline, ref scratch);
        return buffer.ToString();
    }

    /// <summary>Every character that can need a backslash, in some position.</summary>
    private static readonly SearchValues<char> Special = SearchValues.Create("\\`*_[]{}<>|#~^$&+=\":.!-)");

    private static bool NeedsEscape(ReadOnlySpan<char> s, int i)
    {
        var c = s[i];
        switch (c)
        {
            case '\\' or '`' or '*' or '_' or '[' or ']' or '{' or '}' or '<' or '>' or '|' or '#' or '~' or '^' or '$' or '&':
                return true;
            case '+' or '=' or '"':
                return Doubled(s, i);
            case ':':
                return Doubled(s, i)
                    || (i + 1 < s.Length && s[i + 1] == '/')
                    || EndsWith(s, i, "mailto")
                    || EndsWith(s, i, "tel");
            case '.':
                return EndsWith(s, i, "www");
            default:
                return false;
        }
    }

    private static bool Doubled(ReadOnlySpan<char> s, int i) =>
        (i > 0 && s[i - 1] == s[i]) || (i + 1 < s.Length && s[i + 1] == s[i]);

    private static bool EndsWith(ReadOnlySpan<char> s, int i, string word) =>
        i >= word.Length && s.Slice(i - word.Length, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Finds the <c>.</c> or <c>)</c> of a list marker at the start: up to nine digits or up to a few letters
    /// (Markdig's alphabetic and Roman lists), followed by the punctuation and then a space or the end.</summary>
    private static int ListMarkerPunctuation(ReadOnlySpan<char> s)
    {
        var i = 0;
        while (i < s.Length && i < 10 && char.IsAsciiLetterOrDigit(s[i]))
        {
            i++;
        }

        return i > 0 && i < s.Length && s[i] is '.' or ')' && (i + 1 == s.Length || s[i + 1] == ' ') ? i : -1;
    }
}

/// <summary>Which escaping rules apply to a piece of user text.</summary>
internal enum EscapeMode
{
    /// <summary>Text at the start of a line: <see cref="MarkdownEscaper.Escape(string?)"/>.</summary>
    Block,

    /// <summary>Text after other text on its line.</summary>
    Inline,

    /// <summary>Text in a table cell.</summary>
    Cell,
}
