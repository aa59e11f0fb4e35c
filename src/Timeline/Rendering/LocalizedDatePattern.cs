using System.Globalization;
using System.Text;

namespace Annals.Rendering;

/// <summary>
/// A .NET date pattern (such as <c>dddd, d 'de' MMMM 'de' yyyy</c>) reduced to the parts a date label needs: day,
/// month, year and the literal text between them. The weekday and the era are dropped, so "Monday, 3 February 2025"
/// becomes "3 February 2025" and a Buddhist-era suffix never appears.
/// </summary>
/// <remarks>The renderer fills the parts itself: the year always in invariant digits, month names from a Gregorian
/// calendar. Immutable and thread-safe.</remarks>
internal sealed class LocalizedDatePattern
{
    [ThreadStatic]
    private static StringBuilder? builderOfThread;

    private readonly Part[] parts;

    /// <summary>The parts kept for each combination of a missing year (bit 1) and a missing day (bit 2), worked out
    /// once.</summary>
    private readonly Part[][] variants;

    private LocalizedDatePattern(Part[] parts)
    {
        this.parts = parts;
        variants = new Part[4][];
        for (var i = 0; i < variants.Length; i++)
        {
            var kept = new List<Part>(parts);
            if ((i & 1) != 0)
            {
                RemoveYear(kept);
            }

            if ((i & 2) != 0)
            {
                RemoveField(kept, PartKind.Day);
            }

            variants[i] = [.. kept];
        }

        var yearIndex = Array.FindIndex(parts, p => p.Kind == PartKind.Year);
        var firstField = Array.FindIndex(parts, p => p.Kind is PartKind.Day or PartKind.Month);
        YearFirst = yearIndex >= 0 && firstField >= 0 && yearIndex < firstField;
    }

    /// <summary>The kinds of part.</summary>
    public enum PartKind
    {
        /// <summary>Literal text.</summary>
        Literal,

        /// <summary>The day of the month.</summary>
        Day,

        /// <summary>The month.</summary>
        Month,

        /// <summary>The year.</summary>
        Year,
    }

    /// <summary>Gets a value indicating whether the year is written before the day and month, as in Japanese.</summary>
    public bool YearFirst { get; }

    /// <summary>Reads a .NET custom date pattern.</summary>
    /// <param name="pattern">The pattern.</param>
    /// <returns>The reduced pattern.</returns>
    public static LocalizedDatePattern Parse(string pattern)
    {
        var raw = new List<Part>();
        var literal = new StringBuilder();
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            if (c is '\'' or '"')
            {
                var end = pattern.IndexOf(c, i + 1);
                end = end < 0 ? pattern.Length : end;
                literal.Append(pattern, i + 1, end - i - 1);
                i = end + 1;
                continue;
            }

            if (c == '\\' && i + 1 < pattern.Length)
            {
                literal.Append(pattern[i + 1]);
                i += 2;
                continue;
            }

            if (c == '%')
            {
                i++;
                continue;
            }

            var run = 1;
            while (i + run < pattern.Length && pattern[i + run] == c)
            {
                run++;
            }

            var kind = c switch
            {
                'd' when run <= 2 => PartKind.Day,
                'd' => (PartKind?)null,
                'M' => PartKind.Month,
                'y' => PartKind.Year,
                'g' => null,
                _ => PartKind.Literal,
            };

            if (kind == PartKind.Literal)
            {
                literal.Append(c, run);
            }
            else
            {
                Flush(raw, literal);
                raw.Add(new Part(kind ?? PartKind.Literal, kind is null ? null : string.Empty, run, Dropped: kind is null));
            }

            i += run;
        }

        Flush(raw, literal);
        return new LocalizedDatePattern(DropWeekdayAndEra(raw));
    }

    /// <summary>Writes the pattern with the given texts.</summary>
    /// <param name="day">The day text, such as "3" or "15–16"; <see langword="null"/> to leave the day out.</param>
    /// <param name="monthNumber">The month number, for numeric month fields.</param>
    /// <param name="monthText">The month text, such as "February" or "late January".</param>
    /// <param name="year">The year text; <see langword="null"/> to leave the year (and the text that belongs to it) out.</param>
    /// <returns>The text.</returns>
    public string Format(string? day, int monthNumber, string monthText, string? year)
    {
        var builder = builderOfThread ??= new StringBuilder();
        builder.Clear();
        foreach (var part in variants[(year is null ? 1 : 0) | (day is null ? 2 : 0)])
        {
            switch (part.Kind)
            {
                case PartKind.Day:
                    builder.Append(day);
                    break;
                case PartKind.Year:
                    builder.Append(year);
                    break;
                case PartKind.Month when part.Width == 2:
                    builder.Append((char)('0' + (monthNumber / 10))).Append((char)('0' + (monthNumber % 10)));
                    break;
                case PartKind.Month when part.Width == 1:
                    builder.Append(monthNumber.ToString(CultureInfo.InvariantCulture));
                    break;
                case PartKind.Month:
                    builder.Append(monthText);
                    break;
                default:
                    builder.Append(part.Text);
                    break;
            }
        }

        var start = 0;
        var end = builder.Length;
        while (start < end && char.IsWhiteSpace(builder[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(builder[end - 1]))
        {
            end--;
        }

        return builder.ToString(start, end - start);
    }

    /// <summary>Gets a value indicating whether the month is written as a name (MMM or MMMM) rather than a number.</summary>
    public bool HasMonthName => Array.Exists(parts, p => p.Kind == PartKind.Month && p.Width > 2);

    /// <summary>Gets the width of the day field (1 for d, 2 for dd), or 0 when the pattern has no day.</summary>
    public int DayWidth => Array.Find(parts, p => p.Kind == PartKind.Day)?.Width ?? 0;

    private static void Flush(List<Part> parts, StringBuilder literal)
    {
        if (literal.Length > 0)
        {
            parts.Add(new Part(PartKind.Literal, literal.ToString(), 0, Dropped: false));
            literal.Clear();
        }
    }

    private static Part[] DropWeekdayAndEra(List<Part> raw)
    {
        // A dropped field (weekday, era) takes the separator that ties it to the rest with it: the literal after it
        // when it leads, otherwise the punctuation and spaces before it.
        var result = new List<Part>(raw);
        for (var i = 0; i < result.Count; i++)
        {
            if (!result[i].Dropped)
            {
                continue;
            }

            var hasFieldBefore = result.Take(i).Any(p => p.Kind != PartKind.Literal);
            result.RemoveAt(i);
            if (!hasFieldBefore && i < result.Count && result[i].Kind == PartKind.Literal)
            {
                result.RemoveAt(i);
            }
            else if (hasFieldBefore && i > 0 && result[i - 1].Kind == PartKind.Literal)
            {
                var text = result[i - 1].Text!;
                var trimmed = text.TrimEnd(' ', ',', '،', '.', '\u00A0');
                if (trimmed.Length == 0 || trimmed.Length < text.Length)
                {
                    result[i - 1] = result[i - 1] with { Text = trimmed };
                }
            }

            i--;
        }

        return [.. result.Where(p => p.Kind != PartKind.Literal || p.Text!.Length > 0)];
    }

    private static void RemoveYear(List<Part> kept)
    {
        var y = kept.FindIndex(p => p.Kind == PartKind.Year);
        if (y < 0)
        {
            return;
        }

        var fieldBefore = kept.FindLastIndex(y, p => p.Kind is PartKind.Day or PartKind.Month);
        var fieldAfter = kept.FindIndex(y, p => p.Kind is PartKind.Day or PartKind.Month);
        if (fieldAfter < 0)
        {
            // The year ends the date ("3 February 2025", "3 февраля 2025 г."): drop it and everything after the last
            // field before it.
            kept.RemoveRange(fieldBefore + 1, kept.Count - fieldBefore - 1);
        }
        else if (fieldBefore < 0)
        {
            // The year leads ("2025年2月3日"): drop it and everything up to the first field after it.
            kept.RemoveRange(0, fieldAfter);
        }
        else
        {
            kept.RemoveRange(y, fieldAfter - y);
        }
    }

    private static void RemoveField(List<Part> kept, PartKind kind)
    {
        var i = kept.FindIndex(p => p.Kind == kind);
        if (i < 0)
        {
            return;
        }

        kept.RemoveAt(i);
        if (i < kept.Count && kept[i].Kind == PartKind.Literal)
        {
            kept.RemoveAt(i);
        }
        else if (i > 0 && kept[i - 1].Kind == PartKind.Literal)
        {
            kept.RemoveAt(i - 1);
        }
    }

    private sealed record Part(PartKind Kind, string? Text, int Width, bool Dropped);
}
