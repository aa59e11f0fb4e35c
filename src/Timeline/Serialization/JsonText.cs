using System.Buffers;
using System.Globalization;
using System.Text;

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

    public static string Quote(string value)
    {
        var rest = value.AsSpan();
        var next = rest.IndexOfAnyExcept(PlainAscii);
        if (next < 0)
        {
            return string.Concat("\"", value, "\"");
        }

        var builder = new StringBuilder(value.Length + 16).Append('"');
        while (next >= 0)
        {
            builder.Append(rest[..next]);
            var c = rest[next];
            var length = 1;
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append(@"\\");
                    break;
                case '\b':
                    builder.Append(@"\b");
                    break;
                case '\t':
                    builder.Append(@"\t");
                    break;
                case '\n':
                    builder.Append(@"\n");
                    break;
                case '\f':
                    builder.Append(@"\f");
                    break;
                case '\r':
                    builder.Append(@"\r");
                    break;
                case < ' ' or (>= '\u007F' and <= '\u009F') or '\u2028' or '\u2029' or '\uFEFF':
                    builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    break;
                default:
                    if (char.IsHighSurrogate(c) && next + 1 < rest.Length && char.IsLowSurrogate(rest[next + 1]))
                    {
                        builder.Append(rest.Slice(next, 2)); // a pair: an emoji or another astral character
                        length = 2;
                    }
                    else if (char.IsSurrogate(c))
                    {
                        builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"); // a lone surrogate
                    }
                    else
                    {
                        builder.Append(c); // any other character, as itself
                    }

                    break;
            }

            rest = rest[(next + length)..];
            next = rest.IndexOfAnyExcept(PlainAscii);
        }

        return builder.Append(rest).Append('"').ToString();
    }
}
