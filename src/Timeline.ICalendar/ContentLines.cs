using System.Text;

namespace Annals.ICalendar;

/// <summary>Folds content lines the way RFC 5545 (section 3.1) asks: at most 75 octets of UTF-8 per line, CR LF after
/// each, a continuation line starting with one space, and never inside a character.</summary>
/// <remarks>Ical.Net folds by UTF-16 code units and can split an emoji's surrogate pair across two lines, which makes
/// the file invalid UTF-8. So its output is unfolded and folded again here.</remarks>
internal static class ContentLines
{
    /// <summary>The longest line, in octets, not counting the CR LF.</summary>
    public const int MaxOctets = 75;

    /// <summary>Unfolds serialized iCalendar text and folds it again, by octets and at character boundaries.</summary>
    /// <param name="serialized">iCalendar text, folded or not, with CR LF or LF line ends.</param>
    /// <returns>The same content lines, folded, each ending with CR LF.</returns>
    public static string Refold(string serialized)
    {
        var builder = new StringBuilder(serialized.Length + (serialized.Length / 64) + 16);
        foreach (var line in Unfold(serialized))
        {
            Fold(line, builder);
        }

        return builder.ToString();
    }

    /// <summary>Joins continuation lines to the lines they continue.</summary>
    /// <param name="text">iCalendar text.</param>
    /// <returns>The logical content lines, without line ends; empty lines are dropped.</returns>
    public static IEnumerable<string> Unfold(string text)
    {
        StringBuilder? current = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.EndsWith('\r') ? raw[..^1] : raw;
            if (current is not null && line.Length > 0 && line[0] is ' ' or '\t')
            {
                current.Append(line, 1, line.Length - 1);
                continue;
            }

            if (current is not null)
            {
                yield return current.ToString();
            }

            current = line.Length > 0 ? new StringBuilder(line) : null;
        }

        if (current is not null)
        {
            yield return current.ToString();
        }
    }

    private static void Fold(string line, StringBuilder output)
    {
        var octets = 0;
        var index = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > MaxOctets)
            {
                output.Append("\r\n ");
                octets = 1;
            }

            output.Append(line, index, rune.Utf16SequenceLength);
            index += rune.Utf16SequenceLength;
            octets += size;
        }

        output.Append("\r\n");
    }
}
