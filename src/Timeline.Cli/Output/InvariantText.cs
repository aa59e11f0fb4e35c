using System.Globalization;
using System.Text;
using Annals.Dates;
using NodaTime;
using NodaTime.Text;

namespace Annals.Cli.Output;

/// <summary>
/// The tool's spelling of library values as text: fixed words, ISO dates and invariant culture, so that the output is
/// the same on every machine.
/// </summary>
internal static class InvariantText
{
    /// <summary>ISO calendar dates with a signed, at least four-digit year: <c>2025-04-01</c>, <c>-0044-03-15</c>.</summary>
    private static readonly LocalDatePattern IsoDate = LocalDatePattern.CreateWithInvariantCulture("uuuu-MM-dd");

    /// <summary>Formats a day as <c>uuuu-MM-dd</c> (for example <c>-0044-03-15</c>).</summary>
    /// <param name="date">The day.</param>
    /// <returns>The ISO text.</returns>
    public static string Date(LocalDate date) => IsoDate.Format(date);

    /// <summary>Names a kind of date in lower case: <c>date</c>, <c>interval</c>, <c>one-of</c> or <c>all-of</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name.</returns>
    public static string Kind(EdtfDateKind kind) => kind switch
    {
        EdtfDateKind.Date => "date",
        EdtfDateKind.Interval => "interval",
        EdtfDateKind.OneOf => "one-of",
        EdtfDateKind.AllOf => "all-of",
        _ => LowerCaseName(kind),
    };

    /// <summary>Names a precision in lower case: <c>millennium</c>, <c>century</c>, … <c>day</c>, <c>time</c>.</summary>
    /// <param name="precision">The precision.</param>
    /// <returns>The name.</returns>
    public static string Precision(DatePrecision precision) => precision switch
    {
        DatePrecision.Millennium => "millennium",
        DatePrecision.Century => "century",
        DatePrecision.Decade => "decade",
        DatePrecision.Year => "year",
        DatePrecision.Season => "season",
        DatePrecision.Month => "month",
        DatePrecision.Day => "day",
        DatePrecision.Time => "time",
        _ => LowerCaseName(precision),
    };

    /// <summary>
    /// Quotes user text for a one-line message: wraps it in double quotes and escapes quotes, backslashes and control
    /// characters (so a line break in the input cannot split the message).
    /// </summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <returns>The quoted text.</returns>
    public static string Quote(string? text)
    {
        var builder = new StringBuilder((text?.Length ?? 0) + 2);
        builder.Append('"');
        foreach (char c in text ?? string.Empty)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    if (char.IsControl(c))
                    {
                        builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
        return builder.ToString();
    }

    /// <summary>Quotes user text for a message as <see cref="Quote"/> does, shortened to its first 77 characters and
    /// <c>...</c> when it is longer than 80, so that a huge input cannot make a huge message.</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <returns>The quoted text, for example <c>"2025-01-01~~~~~~…..."</c>.</returns>
    public static string QuoteShort(string? text)
    {
        const int Max = 80;
        if (text is null || text.Length <= Max)
        {
            return Quote(text);
        }

        var cut = char.IsHighSurrogate(text[Max - 4]) ? Max - 4 : Max - 3;
        return Quote(string.Concat(text.AsSpan(0, cut), "..."));
    }

    /// <summary>Joins the lines of a message into one line, so that a message always fits its single line of output.</summary>
    /// <param name="text">The message.</param>
    /// <returns>The message with each line break (and the blanks around it) replaced by one space.</returns>
    public static string OneLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.IndexOfAny(['\r', '\n']) < 0)
        {
            return text;
        }

        return string.Join(
            ' ',
            text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private static string LowerCaseName<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        (Enum.GetName(value) ?? Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture))
            .ToLowerInvariant();
}
