using Annals.Dates;

namespace Annals.Tests.Dates;

public class SeasonTests
{
    [Theory]
    [InlineData("2001-21", Season.Spring, "2001-03-01", "2001-05-31", 1)]
    [InlineData("2001-22", Season.Summer, "2001-06-01", "2001-08-31", 1)]
    [InlineData("2001-23", Season.Autumn, "2001-09-01", "2001-11-30", 1)]
    [InlineData("2001-24", Season.Winter, "2001-12-01", "2002-02-28", 1)]
    [InlineData("2003-24", Season.Winter, "2003-12-01", "2004-02-29", 1)]
    [InlineData("2001-25", Season.NorthernSpring, "2001-03-01", "2001-05-31", 2)]
    [InlineData("2001-26", Season.NorthernSummer, "2001-06-01", "2001-08-31", 2)]
    [InlineData("2001-27", Season.NorthernAutumn, "2001-09-01", "2001-11-30", 2)]
    [InlineData("2001-28", Season.NorthernWinter, "2001-12-01", "2002-02-28", 2)]
    [InlineData("2001-29", Season.SouthernSpring, "2001-09-01", "2001-11-30", 2)]
    [InlineData("2001-30", Season.SouthernSummer, "2001-12-01", "2002-02-28", 2)]
    [InlineData("2001-31", Season.SouthernAutumn, "2001-03-01", "2001-05-31", 2)]
    [InlineData("2001-32", Season.SouthernWinter, "2001-06-01", "2001-08-31", 2)]
    [InlineData("2001-33", Season.FirstQuarter, "2001-01-01", "2001-03-31", 2)]
    [InlineData("2001-34", Season.SecondQuarter, "2001-04-01", "2001-06-30", 2)]
    [InlineData("2001-35", Season.ThirdQuarter, "2001-07-01", "2001-09-30", 2)]
    [InlineData("2001-36", Season.FourthQuarter, "2001-10-01", "2001-12-31", 2)]
    [InlineData("2001-37", Season.FirstQuadrimester, "2001-01-01", "2001-04-30", 2)]
    [InlineData("2001-38", Season.SecondQuadrimester, "2001-05-01", "2001-08-31", 2)]
    [InlineData("2001-39", Season.ThirdQuadrimester, "2001-09-01", "2001-12-31", 2)]
    [InlineData("2001-40", Season.FirstSemestral, "2001-01-01", "2001-06-30", 2)]
    [InlineData("2001-41", Season.SecondSemestral, "2001-07-01", "2001-12-31", 2)]
    public void Parse_SeasonCode_MapsToItsDocumentedMonths(string text, Season season, string earliest, string latest, int level)
    {
        EdtfSingleDate date = Edtf.Single(text);

        date.Season.Should().Be(season);
        date.SpecifiedMonth.Should().BeNull();
        date.Precision.Should().Be(DatePrecision.Season);
        date.Earliest.Should().Be(Edtf.Day(earliest));
        date.Latest.Should().Be(Edtf.Day(latest));
        date.Level.Should().Be(level);
        date.ToString().Should().Be(text);
    }

    [Fact]
    public void Parse_QualifiedSeason_KeepsTheSeasonBounds()
    {
        EdtfSingleDate date = Edtf.Single("2001-21~");

        date.IsApproximate.Should().BeTrue();
        date.MonthQualifiers.Should().Be(DateQualifiers.Approximate);
        date.Earliest.Should().Be(Edtf.D(2001, 3, 1));
        date.Latest.Should().Be(Edtf.D(2001, 5, 31));
        date.Describe().Should().Be("approximately spring 2001");
    }

    [Fact]
    public void OfSeason_FromCode_EqualsTheParsedSeason()
    {
        EdtfDate.OfSeason(2001, Season.SouthernSummer).Should().Be(Edtf.Parse("2001-30"));
    }

    [Fact]
    public void Parse_WinterOf9999_IsRejectedBecauseItEndsIn10000()
    {
        ParseError error = Edtf.Error("9999-24");

        error.Position.Should().Be(5);
        error.Message.Should().Contain("10000").And.Contain("-9998..9999");
    }

    [Fact]
    public void OfSeason_WinterOf9999_Throws()
    {
        Action act = () => EdtfDate.OfSeason(9999, Season.Winter);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("year").WithMessage("*10000*");
    }

    [Theory]
    [InlineData("2001-21-05", 7, "a season has no day")]
    [InlineData("2001-42", 5, "month 42 does not exist")]
    [InlineData("2001-20", 5, "month 20 does not exist")]
    public void Parse_BadSeason_IsRejected(string text, int position, string message)
    {
        ParseError error = Edtf.Error(text);

        error.Position.Should().Be(position);
        error.Message.Should().Contain(message);
    }

    [Fact]
    public void Parse_SeasonWithUnspecifiedYear_SpansEverySeasonOfTheDecade()
    {
        EdtfSingleDate date = Edtf.Single("201X-24");

        date.Earliest.Should().Be(Edtf.D(2010, 12, 1));
        date.Latest.Should().Be(Edtf.D(2020, 2, 29));
    }
}
