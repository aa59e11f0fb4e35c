using System.Text;
using Annals.Rendering;
using FsCheck.Xunit;

namespace Annals.Tests.Rendering;

/// <summary>The escaper that appends into the line, without making strings, writes exactly what the escaper that
/// returned strings wrote (kept here, as it was, for reference).</summary>
public class EscaperEquivalenceTests
{
    [Property(MaxTest = 3000, Arbitrary = [typeof(MarkupArbitraries)])]
    public void Append_AnyText_SameAsTheStringEscaper(MarkupText text)
    {
        char[]? scratch = null;
        foreach (var (mode, expected) in new[]
        {
            (EscapeMode.Block, ReferenceEscaper.Escape(text.Value)),
            (EscapeMode.Inline, ReferenceEscaper.EscapeInline(text.Value)),
            (EscapeMode.Cell, ReferenceEscaper.EscapeCell(text.Value)),
        })
        {
            var builder = new TextBuffer().Append("prefix ");
            MarkdownEscaper.Append(builder, text.Value, mode, ref scratch);
            builder.ToString().Should().Be("prefix " + expected, mode.ToString());
        }

        MarkdownEscaper.Escape(text.Value).Should().Be(ReferenceEscaper.Escape(text.Value));
        MarkdownEscaper.EscapeInline(text.Value).Should().Be(ReferenceEscaper.EscapeInline(text.Value));
        MarkdownEscaper.EscapeCell(text.Value).Should().Be(ReferenceEscaper.EscapeCell(text.Value));
        TextNormalizer.OneLine(text.Value).Should().Be(ReferenceNormalizer.OneLine(text.Value));
    }

    [Theory]
    [InlineData("::x")]
    [InlineData(":x")]
    [InlineData("-x")]
    [InlineData("  1. list  ")]
    [InlineData("a  b\tc\u00A0")]
    [InlineData("\u00A0mailto:x www.a.b http://x!")]
    [InlineData("++==\"\"")]
    [InlineData("")]
    [InlineData(" ")]
    public void Append_Examples_SameAsTheStringEscaper(string text)
    {
        char[]? scratch = null;
        var builder = new TextBuffer();
        MarkdownEscaper.Append(builder, text, EscapeMode.Cell, ref scratch);
        builder.ToString().Should().Be(ReferenceEscaper.EscapeCell(text));
        builder.Clear();
        MarkdownEscaper.Append(builder, text, EscapeMode.Block, ref scratch);
        builder.ToString().Should().Be(ReferenceEscaper.Escape(text));
    }

    [Property(MaxTest = 3000, Arbitrary = [typeof(MarkupArbitraries)])]
    public void Destination_AnyText_SameAsTheCharacterByCharacterEncoder(MarkupText text)
    {
        var url = "https://example.org/" + text.Value;

        LinkPolicy.Destination(url).Should().Be(ReferenceDestination(url));
    }

    [Theory]
    [InlineData("https://example.org/a\\uD800b")]
    [InlineData("https://example.org/\\uDC00")]
    [InlineData("https://example.org/😂😂|^{}")]
    [InlineData("https://example.org/\\u007F\\u0000 ")]
    public void Destination_SurrogatesAndControls_SameAsTheCharacterByCharacterEncoder(string escapedUrl)
    {
        var url = System.Text.RegularExpressions.Regex.Unescape(escapedUrl);

        LinkPolicy.Destination(url).Should().Be(ReferenceDestination(url));
    }

    /// <summary>The destination encoder as it was, a character at a time, kept for reference.</summary>
    private static string ReferenceDestination(string url)
    {
        var builder = new StringBuilder("<");
        Span<byte> bytes = stackalloc byte[4];
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (c is > ' ' and < '\u007F' && c is not ('<' or '>' or '\\' or '"' or '`' or '{' or '}' or '|' or '^'))
            {
                builder.Append(c);
                continue;
            }

            var length = char.IsSurrogatePair(url, i)
                ? Encoding.UTF8.GetBytes(url.AsSpan(i++, 2), bytes)
                : Encoding.UTF8.GetBytes(url.AsSpan(i, 1), bytes);
            foreach (var b in bytes[..length])
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.Append('>').ToString();
    }

    private static class ReferenceEscaper
    {

    internal static string Escape(string? text) => Escape(text, atLineStart: true);

    internal static string EscapeInline(string? text) => Escape(text, atLineStart: false);

    internal static string EscapeCell(string? text)
    {
        var escaped = Escape(text, atLineStart: false);
        return escaped.Length > 0 && escaped[0] is '-' or ':' ? "\\" + escaped : escaped;
    }

    private static string Escape(string? text, bool atLineStart)
    {
        var line = ReferenceNormalizer.OneLine(text);
        if (line.Length == 0)
        {
            return line;
        }

        var builder = new StringBuilder(line.Length + 8);
        var listMarkerEnd = atLineStart ? ListMarkerPunctuation(line) : -1;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (NeedsEscape(line, i) || i == listMarkerEnd || (atLineStart && i == 0 && c is '-' or '+' or '=' or ':' or '!')
                || (c == '!' && i == line.Length - 1))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool NeedsEscape(string s, int i)
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

    private static bool Doubled(string s, int i) =>
        (i > 0 && s[i - 1] == s[i]) || (i + 1 < s.Length && s[i + 1] == s[i]);

    private static bool EndsWith(string s, int i, string word) =>
        i >= word.Length && s.AsSpan(i - word.Length, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static int ListMarkerPunctuation(string s)
    {
        var i = 0;
        while (i < s.Length && i < 10 && char.IsAsciiLetterOrDigit(s[i]))
        {
            i++;
        }

        return i > 0 && i < s.Length && s[i] is '.' or ')' && (i + 1 == s.Length || s[i + 1] == ' ') ? i : -1;
    }

    }

    private static class ReferenceNormalizer
    {

    internal static string OneLine(string? text)
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

    internal static bool IsBreakingSpace(char c) =>
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
}
