using System.Globalization;
using System.Text;

namespace Annals.Serialization;

/// <summary>Builds normalized JSON paths (RFC 9535) such as <c>$.events[2].participants[0].actor</c>, with bracket
/// notation (<c>$['x-note']</c>) for names that are not plain ASCII identifiers.</summary>
internal static class JsonPath
{
    public const string Root = "$";

    public static string Property(string parent, string name)
    {
        if (IsPlain(name))
        {
            return parent + "." + name;
        }

        var builder = new StringBuilder(parent, parent.Length + name.Length + 6).Append("['");
        foreach (var c in name)
        {
            switch (c)
            {
                case '\'':
                    builder.Append("\\'");
                    break;
                case '\\':
                    builder.Append(@"\\");
                    break;
                case < ' ':
                    builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.Append("']").ToString();
    }

    public static string Index(string parent, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{parent}[{index}]");

    private static bool IsPlain(string name)
    {
        // The member-name shorthand of RFC 9535, restricted to ASCII.
        if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }
}
