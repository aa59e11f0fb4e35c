using System.Text;

namespace Annals.ICalendar;

/// <summary>Makes user text fit iCalendar's TEXT values, before Ical.Net escapes it.</summary>
/// <remarks>
/// RFC 5545 TEXT may hold any character except the control characters other than horizontal tab; line breaks are
/// written as <c>\n</c>. So: CR LF and a lone CR become LF; tab and LF are kept; every other C0 control character, DEL
/// and any unpaired surrogate becomes U+FFFD, so that the file stays valid UTF-8 and parses.
/// </remarks>
internal static class CalendarText
{
    /// <summary>The character that stands for one that iCalendar text cannot hold.</summary>
    public const char Replacement = '\uFFFD';

    /// <summary>Cleans text for a TEXT value.</summary>
    /// <param name="text">The text, as the user wrote it.</param>
    /// <returns>The same text when it needs no change; otherwise the cleaned copy.</returns>
    public static string Clean(string text)
    {
        if (!NeedsCleaning(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                builder.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (c is '\n' or '\t')
            {
                builder.Append(c);
            }
            else if (c < ' ' || c == '\u007F')
            {
                builder.Append(Replacement);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append(Replacement);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool NeedsCleaning(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c < ' ' && c is not '\n' and not '\t') || c == '\u007F')
            {
                return true;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }
}
