using Annals.Dates;

namespace Annals.Tests.Dates;

public class SingleDateTests
{
    [Theory]
    [InlineData("2025", DatePrecision.Year, "2025-01-01", "2025-12-31")]
    [InlineData("2025-04", DatePrecision.Month, "2025-04-01", "2025-04-30")]
    [InlineData("2025-04-14", DatePrecision.Day, "2025-04-14", "2025-04-14")]
    [InlineData("2024-02", DatePrecision.Month, "2024-02-01", "2024-02-29")]
    [InlineData("2025-02", DatePrecision.Month, "2025-02-01", "2025-02-28")]
    [InlineData("2025-12", DatePrecision.Month, "2025-12-01", "2025-12-31")]
    [InlineData("0000", DatePrecision.Year, "0000-01-01", "0000-12-31")]
    [InlineData("0800-06-01", DatePrecision.Day, "0800-06-01", "0800-06-01")]
    public void Parse_PlainDate_HasPrecisionAndExactBounds(string text, DatePrecision precision, string earliest, string latest)
    {
        EdtfSingleDate date = Edtf.Single(text);

        date.ToString().Should().Be(text);
        date.Kind.Should().Be(EdtfDateKind.Date);
        date.Precision.Should().Be(precision);
        date.Earliest.Should().Be(Edtf.Day(earliest));
        date.Latest.Should().Be(Edtf.Day(latest));
        date.Level.Should().Be(0);
        date.Qualifiers.Should().Be(DateQualifiers.None);
        date.IsApproximate.Should().BeFalse();
        date.IsUncertain.Should().BeFalse();
        date.HasUnspecifiedDigits.Should().BeFalse();
    }

    [Fact]
    public void Parse_FullDate_ExposesItsComponents()
    {
        EdtfSingleDate date = Edtf.Single("2025-04-14");

        date.SpecifiedYear.Should().Be(2025);
        date.SpecifiedMonth.Should().Be(4);
        date.SpecifiedDay.Should().Be(14);
        date.YearDigits.Should().Be("2025");
        date.MonthDigits.Should().Be("04");
        date.DayDigits.Should().Be("14");
        date.Season.Should().BeNull();
        date.HasTime.Should().BeFalse();
    }

    [Theory]
    [InlineData("2025-04~", DateQualifiers.Approximate)]
    [InlineData("2025?", DateQualifiers.Uncertain)]
    [InlineData("2025-04-14%", DateQualifiers.ApproximateAndUncertain)]
    public void Parse_WholeDateQualifier_AppliesToEveryComponentWithoutWideningBounds(string text, DateQualifiers qualifiers)
    {
        EdtfSingleDate date = Edtf.Single(text);
        EdtfSingleDate plain = Edtf.Single(text[..^1]);

        date.ToString().Should().Be(text);
        date.Level.Should().Be(1);
        date.YearQualifiers.Should().Be(qualifiers);
        date.Qualifiers.Should().Be(qualifiers);
        date.IsApproximate.Should().Be(qualifiers.HasFlag(DateQualifiers.Approximate));
        date.IsUncertain.Should().Be(qualifiers.HasFlag(DateQualifiers.Uncertain));
        date.Earliest.Should().Be(plain.Earliest);
        date.Latest.Should().Be(plain.Latest);
        date.Should().NotBe(plain);
    }

    [Fact]
    public void Parse_NegativeYear_IsAstronomical()
    {
        EdtfSingleDate date = Edtf.Single("-0044-03-15");

        date.SpecifiedYear.Should().Be(-44);
        date.Earliest.Should().Be(Edtf.D(-44, 3, 15));
        date.Level.Should().Be(1);
        date.YearDigits.Should().Be("-0044");
    }

    [Fact]
    public void Parse_YearZero_IsTheYearBeforeYearOne()
    {
        EdtfSingleDate zero = Edtf.Single("0000");

        zero.Latest!.Value.PlusDays(1).Should().Be(Edtf.D(1, 1, 1));
        zero.Describe().Should().Be("1 BCE");
    }

    [Theory]
    [InlineData("-9998", "-9998-01-01", "-9998-12-31")]
    [InlineData("9999-12-31", "9999-12-31", "9999-12-31")]
    public void Parse_EdgesOfTheSupportedRange_AreAccepted(string text, string earliest, string latest)
    {
        EdtfSingleDate date = Edtf.Single(text);

        date.Earliest.Should().Be(Edtf.Day(earliest));
        date.Latest.Should().Be(Edtf.Day(latest));
    }

    [Theory]
    [InlineData("1950S2", DatePrecision.Century, "1900-01-01", "1999-12-31")]
    [InlineData("1950S3", DatePrecision.Decade, "1950-01-01", "1959-12-31")]
    [InlineData("1950S1", DatePrecision.Millennium, "1000-01-01", "1999-12-31")]
    [InlineData("1950S4", DatePrecision.Year, "1950-01-01", "1950-12-31")]
    [InlineData("-1950S2", DatePrecision.Century, "-1999-01-01", "-1900-12-31")]
    public void Parse_SignificantDigits_BoundTheYearsTheDigitsAllow(string text, DatePrecision precision, string earliest, string latest)
    {
        EdtfSingleDate date = Edtf.Single(text);

        date.ToString().Should().Be(text);
        date.Precision.Should().Be(precision);
        date.Earliest.Should().Be(Edtf.Day(earliest));
        date.Latest.Should().Be(Edtf.Day(latest));
        date.SignificantDigits.Should().Be(int.Parse(text[^1..], System.Globalization.CultureInfo.InvariantCulture));
        date.Level.Should().Be(2);
        date.HasUnspecifiedDigits.Should().BeFalse();
    }
}
