using Annals.Dates;

namespace Annals.Tests.Dates;

public class DescribeTests
{
    [Theory]
    [InlineData("2025-02-03", "3 February 2025")]
    [InlineData("2025-04", "April 2025")]
    [InlineData("2025", "2025")]
    [InlineData("2025-04~", "approximately April 2025")]
    [InlineData("2021?", "possibly 2021")]
    [InlineData("2025-04-14%", "possibly approximately 14 April 2025")]
    [InlineData("2004-06~-11", "11 June 2004 (year and month approximate)")]
    [InlineData("?2004-06-~11", "11 June 2004 (year uncertain, day approximate)")]
    [InlineData("201X", "the 2010s")]
    [InlineData("20XX", "some year in 2000–2099")]
    [InlineData("2025-XX", "some month in 2025")]
    [InlineData("2025-03-XX", "some day in March 2025")]
    [InlineData("2025-XX-XX", "some day in 2025")]
    [InlineData("1979-XX-28", "the 28th of some month in 1979")]
    [InlineData("156X-12-25", "25 December of some year in 1560–1569")]
    [InlineData("1984-1X", "October, November or December 1984")]
    [InlineData("2025-03-1X", "day 10–19 of March 2025")]
    [InlineData("2001-21", "spring 2001")]
    [InlineData("2001-29", "spring 2001 (Southern Hemisphere)")]
    [InlineData("2001-35", "the third quarter of 2001")]
    [InlineData("1950S2", "some year in 1900–1999, estimated 1950")]
    [InlineData("-0044-03-15", "15 March 45 BCE")]
    [InlineData("2025-02-03T10:30:00Z", "3 February 2025 at 10:30:00 UTC")]
    [InlineData("2025-02-03T10:30:00+05:00", "3 February 2025 at 10:30:00 UTC+05:00")]
    [InlineData("2025-03-15/2025-03-16", "15–16 March 2025")]
    [InlineData("2025-03-15/2025-04-16", "15 March – 16 April 2025")]
    [InlineData("2025-03/2025-05", "March–May 2025")]
    [InlineData("1984?/2004~", "possibly 1984 to approximately 2004")]
    [InlineData("2025-04/..", "from April 2025 (open end)")]
    [InlineData("../2021", "until 2021 (open start)")]
    [InlineData("/2021", "until 2021 (start unknown)")]
    [InlineData("[2025-01-22,2025-01-23]", "one of 22 January 2025, 23 January 2025")]
    [InlineData("[2025-01-22..2025-01-24]", "between 22 and 24 January 2025")]
    [InlineData("[1667,1668,1670..1672]", "one of 1667, 1668, 1670 to 1672")]
    [InlineData("[..2021]", "2021 or earlier")]
    [InlineData("[2021..]", "2021 or later")]
    [InlineData("{2025-03-15,2025-03-16}", "all of 15 March 2025, 16 March 2025")]
    [InlineData("{1960,1961-12}", "all of 1960, December 1961")]
    public void Describe_ReadsTheValueInPlainEnglish(string text, string expected)
    {
        Edtf.Parse(text).Describe().Should().Be(expected);
    }
}
