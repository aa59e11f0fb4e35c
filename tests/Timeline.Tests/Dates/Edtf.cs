using System.Globalization;
using Annals.Dates;
using NodaTime;

namespace Annals.Tests.Dates;

/// <summary>Small helpers that keep the date tests short.</summary>
internal static class Edtf
{
    /// <summary>Parses text that the test expects to be valid, failing with the parse error otherwise.</summary>
    public static EdtfDate Parse(string text)
    {
        ParseResult<EdtfDate> result = EdtfDate.Parse(text);
        result.Success.Should().BeTrue(because: $"'{text}' should parse, but: {result.Error}");
        return result.Value;
    }

    /// <summary>Parses text that the test expects to be one single date.</summary>
    public static EdtfSingleDate Single(string text) => Parse(text).Should().BeOfType<EdtfSingleDate>().Subject;

    /// <summary>Parses text that the test expects to be invalid, returning the error.</summary>
    public static ParseError Error(string? text)
    {
        ParseResult<EdtfDate> result = EdtfDate.Parse(text);
        result.Success.Should().BeFalse(because: $"'{text}' should be rejected, but parsed as {result}");
        return result.Error!;
    }

    /// <summary>Reads a day written as EDTF writes it, such as 2025-04-14 or -0044-03-15; null for empty text.</summary>
    public static LocalDate? Day(string? iso)
    {
        if (string.IsNullOrEmpty(iso))
        {
            return null;
        }

        bool negative = iso[0] == '-';
        string[] parts = (negative ? iso[1..] : iso).Split('-');
        int year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        return new LocalDate(
            negative ? -year : year,
            int.Parse(parts[1], CultureInfo.InvariantCulture),
            int.Parse(parts[2], CultureInfo.InvariantCulture));
    }

    /// <summary>A day in the ISO calendar.</summary>
    public static LocalDate D(int year, int month, int day) => new(year, month, day);
}
