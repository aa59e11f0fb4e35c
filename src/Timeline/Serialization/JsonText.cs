using System.Buffers;
using System.Globalization;

namespace Annals.Serialization;

/// <summary>Writes JSON string literals the way a person would: every character as itself (accents, typographic
/// quotes, emoji), except those JSON requires or that would be invisible or ambiguous in an editor.</summary>
/// <remarks>
/// <para>Escaped: the quotation mark and the backslash; the control characters U+0000–U+001F (as <c>\b</c>, <c>\t</c>,
/// <c>\n</c>, <c>\f</c>, <c>\r</c> or <c>\u00XX</c>) and U+007F–U+009F; the line and paragraph separators U+2028 and
/// U+2029; the byte order mark U+FEFF; and lone surrogates. The framework's encoders escape every character outside
/// the Basic Multilingual Plane, emoji included, which this one does not.</para>
/// </remarks>
internal static class JsonText
{
    /// <summary>The printable ASCII characters that never need an escape: everything from the space to the tilde but
    /// the quotation mark and the backslash. Searching for anything else is fast (vectorized); the few characters found
    /// are then looked at one by one.</summary>
    private static readonly SearchValues<char> PlainAscii = SearchValues.Create(
        " !#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    /// <summary>Writes a string literal: the value between quotation marks, escaped as this class describes.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="value">The string.</param>
    public static void WriteQuoted(TextWriter writer, string value)
    {
        var rest = value.AsSpan();
        var next = rest.IndexOfAnyExcept(PlainAscii);
        writer.Write('"');
        if (next < 0)
        {
            writer.Write(value);
            writer.Write('"');
            return;
        }

        while (next >= 0)
        {
            writer.Write(rest[..next]);
            var c = rest[next];
            var length = 1;
            switch (c)
            {
                case '"':
                    writer.Write("\\\"");
                    break;
                case '\\':
                    writer.Write(@"\\");
                    break;
                case '\b':
                    writer.Write(@"\b");
                    break;
                case '\t':
                    writer.Write(@"\t");
                    break;
                case '\n':
                    writer.Write(@"\n");
                    break;
                case '\f':
                    writer.Write(@"\f");
                    break;
                case '\r':
                    writer.Write(@"\r");
                    break;
                case < ' ' or (>= '\u007F' and <= '\u009F') or '\u2028' or '\u2029' or '\uFEFF':
                    WriteUnicodeEscape(writer, c);
                    break;
                default:
                    if (char.IsHighSurrogate(c) && next + 1 < rest.Length && char.IsLowSurrogate(rest[next + 1]))
                    {
                        writer.Write(rest.Slice(next, 2)); // a pair: an emoji or another astral character
                        length = 2;
                    }
                    else if (char.IsSurrogate(c))
                    {
                        WriteUnicodeEscape(writer, c); // a lone surrogate
                    }
                    else
                    {
                        writer.Write(c); // any other character, as itself
                    }

                    break;
            }

            rest = rest[(next + length)..];
            next = rest.IndexOfAnyExcept(PlainAscii);
        }

        writer.Write(rest);
        writer.Write('"');
    }

    private static void WriteUnicodeEscape(TextWriter writer, char c)
    {
        Span<char> escape = stackalloc char[6];
        escape[0] = '\\';
        escape[1] = 'u';
        ((int)c).TryFormat(escape[2..], out _, "X4", CultureInfo.InvariantCulture);
        writer.Write(escape);
    }
}
