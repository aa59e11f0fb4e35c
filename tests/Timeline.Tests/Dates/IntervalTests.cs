using Annals.Dates;

namespace Annals.Tests.Dates;

public class IntervalTests
{
    [Theory]
    [InlineData("2025-03-15/2025-03-16", "2025-03-15", "2025-03-16", DatePrecision.Day, 0)]
    [InlineData("1984?/2004~", "1984-01-01", "2004-12-31", DatePrecision.Year, 1)]
    [InlineData("2025-04/..", "2025-04-01", null, DatePrecision.Month, 1)]
    [InlineData("2025-04/", "2025-04-01", null, DatePrecision.Month, 1)]
    [InlineData("../2021", null, "2021-12-31", DatePrecision.Year, 1)]
    [InlineData("/2021", null, "2021-12-31", DatePrecision.Year, 1)]
    [InlineData("2004-06/2006-08-15", "2004-06-01", "2006-08-15", DatePrecision.Month, 0)]
    [InlineData("201X/2021-21", "2010-01-01", "2021-05-31", DatePrecision.Decade, 1)]
    [InlineData("2021/2021", "2021-01-01", "2021-12-31", DatePrecision.Year, 0)]
    [InlineData("2021/2021-01", "2021-01-01", "2021-01-31", DatePrecision.Year, 0)]
    [InlineData("-0100/0100", "-0100-01-01", "0100-12-31", DatePrecision.Year, 1)]
    [InlineData("2004-06-~01/2004-06-20", "2004-06-01", "2004-06-20", DatePrecision.Day, 2)]
    public void Parse_Interval_BoundsComeFromItsEnds(string text, string? earliest, string? latest, DatePrecision precision, int level)
    {
        EdtfInterval interval = Edtf.Parse(text).Should().BeOfType<EdtfInterval>().Subject;

        interval.ToString().Should().Be(text);
        interval.Kind.Should().Be(EdtfDateKind.Interval);
        interval.Earliest.Should().Be(Edtf.Day(earliest));
        interval.Latest.Should().Be(Edtf.Day(latest));
        interval.Precision.Should().Be(precision);
        interval.Level.Should().Be(level);
    }

    [Fact]
    public void Parse_OpenAndUnknownEnds_AreDistinct()
    {
        var open = (EdtfInterval)Edtf.Parse("2025-04/..");
        var unknown = (EdtfInterval)Edtf.Parse("2025-04/");

        open.End.Kind.Should().Be(IntervalEndKind.Open);
        unknown.End.Kind.Should().Be(IntervalEndKind.Unknown);
        open.End.Date.Should().BeNull();
        open.Start.Date.Should().Be(Edtf.Parse("2025-04"));
        open.Should().NotBe(unknown);
        open.Describe().Should().Be("from April 2025 (open end)");
        unknown.Describe().Should().Be("from April 2025 (end unknown)");
    }

    [Fact]
    public void Parse_QualifiedEnds_KeepTheirQualifiers()
    {
        var interval = (EdtfInterval)Edtf.Parse("1984?/2004~");

        interval.Start.Date!.IsUncertain.Should().BeTrue();
        interval.End.Date!.IsApproximate.Should().BeTrue();
        interval.IsApproximate.Should().BeTrue();
        interval.IsUncertain.Should().BeTrue();
    }

    [Fact]
    public void Parse_EndCertainlyBeforeStart_IsRejectedNamingBoth()
    {
        ParseError error = Edtf.Error("2021/2020");

        error.Position.Should().Be(5);
        error.Message.Should().Contain("ends before it starts").And.Contain("2020").And.Contain("2021");
    }

    [Fact]
    public void Parse_EndThatMayBeAfterStart_IsAccepted()
    {
        EdtfDate interval = Edtf.Parse("2021-06/2021");

        interval.Earliest.Should().Be(Edtf.D(2021, 6, 1));
        interval.Latest.Should().Be(Edtf.D(2021, 12, 31));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("../..")]
    [InlineData("/..")]
    [InlineData("../")]
    public void Parse_IntervalWithoutAnyDate_IsRejected(string text)
    {
        ParseError error = Edtf.Error(text);

        error.Position.Should().Be(0);
        error.Message.Should().Contain("needs at least one date");
    }

    [Theory]
    [InlineData("2025-02-03T10:30:00/2025-02-04", 10)]
    [InlineData("2025-02-03/2025-02-04T10:30:00", 21)]
    public void Parse_IntervalWithATime_IsRejectedAtTheT(string text, int position)
    {
        ParseError error = Edtf.Error(text);

        error.Position.Should().Be(position);
        error.Message.Should().Contain("times are not allowed in intervals");
    }

    [Theory]
    [InlineData("2020/2021/2022", 9, "exactly one '/'")]
    [InlineData("..2021", 2, "expected '/' after '..'")]
    [InlineData("2021..", 4, "only inside a set")]
    [InlineData("2021/..2022", 7, "unexpected '2'")]
    public void Parse_MalformedInterval_IsRejected(string text, int position, string message)
    {
        ParseError error = Edtf.Error(text);

        error.Position.Should().Be(position);
        error.Message.Should().Contain(message);
    }

    [Fact]
    public void Between_FromCode_EqualsTheParsedInterval()
    {
        EdtfDate interval = EdtfDate.Between(EdtfDate.Day(2025, 3, 15), EdtfDate.Day(2025, 3, 16));

        interval.Should().Be(Edtf.Parse("2025-03-15/2025-03-16"));
        interval.Describe().Should().Be("15–16 March 2025");
    }

    [Fact]
    public void Between_EndBeforeStart_Throws()
    {
        Action act = () => EdtfDate.Between(EdtfDate.Year(2021), EdtfDate.Year(2020));

        act.Should().Throw<ArgumentException>().WithParameterName("end").WithMessage("The interval ends before it starts*2020*2021*");
    }

    [Fact]
    public void Between_WithAnInterval_Throws()
    {
        Action act = () => EdtfDate.Between(Edtf.Parse("2020/2021"), EdtfDate.Year(2022));

        act.Should().Throw<ArgumentException>().WithParameterName("start").WithMessage("*2020/2021*");
    }

    [Fact]
    public void Between_WithADateTime_Throws()
    {
        Action act = () => EdtfDate.Between(EdtfDate.Year(2020), Edtf.Parse("2025-02-03T10:30:00Z"));

        act.Should().Throw<ArgumentException>().WithParameterName("end").WithMessage("*time*");
    }

    [Fact]
    public void Create_OpenAndUnknownEnds_FormatAsTheSpecWritesThem()
    {
        var april = (EdtfSingleDate)EdtfDate.Month(2025, 4);

        EdtfInterval.From(april).ToString().Should().Be("2025-04/..");
        EdtfInterval.Until(april).ToString().Should().Be("../2025-04");
        EdtfInterval.Create(IntervalEnd.Unknown, IntervalEnd.At(april)).ToString().Should().Be("/2025-04");
        EdtfInterval.Create(IntervalEnd.At(april), IntervalEnd.Unknown).ToString().Should().Be("2025-04/");
    }

    [Fact]
    public void Create_WithoutAnyDate_Throws()
    {
        Action act = () => EdtfInterval.Create(IntervalEnd.Open, IntervalEnd.Open);

        act.Should().Throw<ArgumentException>().WithMessage("*at least one date*../..*");
    }

    [Fact]
    public void Approximate_Interval_QualifiesBothKnownEnds()
    {
        Edtf.Parse("1984/2004").Approximate().ToString().Should().Be("1984~/2004~");
        Edtf.Parse("1984?/..").Approximate().ToString().Should().Be("1984%/..");
    }
}
