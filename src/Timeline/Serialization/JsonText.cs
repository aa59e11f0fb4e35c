using System.Globalization;
using System.Text;

namespace Annals.Serialization;

/// <summary>Writes JSON string literals the way a person would: every character as itself (accents, typographic
/// quotes, emoji), except those JSON requires or that would be invisible or ambiguous in an editor.</summary>
/// <remarks>
/// <para>Escaped: the quotation mark and the backslash; the control characters U+0000–U+001F (as <c>\b</c>, <c>\t</c>,
/// <c>\n</c>, <c>\f</c>, <c>\r</c> or <c>\u00XX</c>), U+007F–U+009F; the line and paragraph separators U+2028 and
/// U+2029; the byte order mark U+FEFF; and lone surrogates. The framework's encoders escape every character outside
/// the Basic Multilingual Plane, emoji included, which this one does not.</para>
/// </remarks>
internal static class JsonText
{
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
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
                    Escape(builder, c);
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(c).Append(value[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        Escape(builder, c);
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static void Escape(StringBuilder builder, char c) =>
        builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
}
