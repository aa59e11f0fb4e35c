using Annals.Dates;

namespace Annals.Tests.Dates;

public class ComponentQualifierTests
{
    private const DateQualifiers N = DateQualifiers.None;
    private const DateQualifiers A = DateQualifiers.Approximate;
    private const DateQualifiers U = DateQualifiers.Uncertain;
    private const DateQualifiers B = DateQualifiers.ApproximateAndUncertain;

    [Theory]
    [InlineData("2004-06~-11", A, A, N, "2004-06~-11")]
    [InlineData("?2004-06-~11", U, N, A, "?2004-06-~11")]
    [InlineData("?2004-?06-?11", U, U, U, "2004-06-11?")]
    [InlineData("2004?-06-11", U, N, N, "?2004-06-11")]
    [InlineData("2004-?06", N, U, N, "2004-?06")]
    [InlineData("2004-06-11~", A, A, A, "2004-06-11~")]
    [InlineData("2004~-06-11?", B, U, U, "%2004-?06-?11")]
    [InlineData("2004-06~-11?", B, B, U, "2004-06%-?11")]
    [InlineData("2004-~06-~11", N, A, A, "2004-~06-~11")]
    [InlineData("~2004-06-%11", A, N, B, "~2004-06-%11")]
    [InlineData("2004-?06-11~", A, B, A, "~2004-%06-~11")]
    [InlineData("?-0044-03", U, N, N, "?-0044-03")]
    [InlineData("2001-~21", N, A, N, "2001-~21")]
    public void Parse_ComponentQualifiers_AreStoredPerComponentAndCanonicalised(
        string text, DateQualifiers year, DateQualifiers month, DateQualifiers day, string canonical)
    {
        EdtfSingleDate date = Edtf.Single(text);

        date.YearQualifiers.Should().Be(year);
        date.MonthQualifiers.Should().Be(month);
        date.DayQualifiers.Should().Be(day);
        date.ToString().Should().Be(canonical);
        Edtf.Single(canonical).Should().Be(date);
    }

    [Fact]
    public void Parse_QualifierRightOfAComponent_AppliesToItAndEverythingOnItsLeft()
    {
        EdtfSingleDate date = Edtf.Single("2004-06~-11");

        date.YearQualifiers.Should().Be(DateQualifiers.Approximate);
        date.MonthQualifiers.Should().Be(DateQualifiers.Approximate);
        date.DayQualifiers.Should().Be(DateQualifiers.None);
        date.IsApproximate.Should().BeTrue();
        date.IsUncertain.Should().BeFalse();
        date.Level.Should().Be(2);
    }

    [Fact]
    public void Parse_QualifierLeftOfAComponent_AppliesToThatComponentOnly()
    {
        EdtfSingleDate date = Edtf.Single("?2004-06-~11");

        date.YearQualifiers.Should().Be(DateQualifiers.Uncertain);
        date.MonthQualifiers.Should().Be(DateQualifiers.None);
        date.DayQualifiers.Should().Be(DateQualifiers.Approximate);
        date.IsApproximate.Should().BeTrue();
        date.IsUncertain.Should().BeTrue();
    }

    [Fact]
    public void Parse_SameQualifierOnEveryComponent_IsLevelOneAndEqualsTheTrailingForm()
    {
        EdtfSingleDate prefixed = Edtf.Single("?2004-?06-?11");

        prefixed.Level.Should().Be(1);
        prefixed.Should().Be(Edtf.Single("2004-06-11?"));
        prefixed.GetHashCode().Should().Be(Edtf.Single("2004-06-11?").GetHashCode());
    }

    [Fact]
    public void WithQualifiers_PerComponent_FormatsTheLongestLeadingRunAsSuffix()
    {
        var date = (EdtfSingleDate)EdtfDate.Day(2004, 6, 11);

        date.WithQualifiers(A, A, U).ToString().Should().Be("2004-06~-?11");
        date.WithQualifiers(A, U, N).ToString().Should().Be("~2004-?06-11");
        date.WithQualifiers(N, N, U).ToString().Should().Be("2004-06-?11");
        date.WithQualifiers(B, B, B).ToString().Should().Be("2004-06-11%");
    }

    [Fact]
    public void WithQualifiers_MonthQualifierOnAYear_Throws()
    {
        var year = (EdtfSingleDate)EdtfDate.Year(2004);

        Action act = () => year.WithQualifiers(N, A, N);

        act.Should().Throw<ArgumentException>().WithParameterName("month").WithMessage("2004 has no month*");
    }

    [Fact]
    public void Approximate_OnAnUncertainDate_KeepsTheUncertainty()
    {
        EdtfDate date = Edtf.Parse("2025-04?");

        EdtfDate both = date.Approximate();

        both.ToString().Should().Be("2025-04%");
        both.Earliest.Should().Be(date.Earliest);
        both.Latest.Should().Be(date.Latest);
        date.Uncertain().Should().Be(date);
    }

    [Theory]
    [InlineData("2004?~")]
    [InlineData("2004-06~?-11")]
    [InlineData("~~2004")]
    public void Parse_TwoQualifiersInARow_IsRejected(string text)
    {
        ParseError error = Edtf.Error(text);

        error.Message.Should().Contain("two qualifiers in a row").And.Contain("%");
    }
}
