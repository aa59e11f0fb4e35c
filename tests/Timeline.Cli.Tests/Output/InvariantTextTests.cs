using Annals.Cli.Output;
using Annals.Dates;
using NodaTime;

namespace Annals.Cli.Tests.Output;

public sealed class InvariantTextTests
{
    [Theory]
    [InlineData(2025, 4, 1, "2025-04-01")]
    [InlineData(-44, 3, 15, "-0044-03-15")]
    [InlineData(0, 1, 1, "0000-01-01")]
    [InlineData(476, 9, 4, "0476-09-04")]
    public void Date_AnyCulture_WritesIsoWithSignedFourDigitYear(int year, int month, int day, string expected)
    {
        foreach (string culture in new[] { "", "tr-TR", "th-TH", "ar-SA", "fa-IR" })
        {
            Cli.WithCulture(culture, () => InvariantText.Date(new LocalDate(year, month, day))).Should().Be(expected);
        }
    }

    [Fact]
    public void Kind_EveryKind_HasItsLowerCaseName()
    {
        Enum.GetValues<EdtfDateKind>().Select(InvariantText.Kind)
            .Should().Equal("date", "interval", "one-of", "all-of");
    }

    [Fact]
    public void Precision_EveryPrecisionUnderTurkishCulture_HasItsLowerCaseName()
    {
        Cli.WithCulture("tr-TR", () => Enum.GetValues<DatePrecision>().Select(InvariantText.Precision).ToList())
            .Should().Equal("millennium", "century", "decade", "year", "season", "month", "day", "time");
    }

    [Theory]
    [InlineData("2025-04~", "\"2025-04~\"")]
    [InlineData("a\"b\\c", "\"a\\\"b\\\\c\"")]
    [InlineData("a\nb\r\tc\u0001", "\"a\\nb\\r\\tc\\u0001\"")]
    public void Quote_Text_EscapesQuotesBackslashesAndControlCharacters(string text, string expected)
    {
        InvariantText.Quote(text).Should().Be(expected);
    }

    [Fact]
    public void OneLine_MessageWithLineBreaks_JoinsTheLinesWithSpaces()
    {
        InvariantText.OneLine("first\r\n  second\nthird").Should().Be("first second third");
    }
}
