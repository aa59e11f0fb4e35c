using Annals.Dates;

namespace Annals.Tests.Dates;

public class RelationTests
{
    [Theory]
    [InlineData("2020", "2021", DateRelation.Before)]
    [InlineData("2021", "2020", DateRelation.After)]
    [InlineData("2020", "2020-06", DateRelation.MayOverlap)]
    [InlineData("2020-12-31", "2021-01-01", DateRelation.Before)]
    [InlineData("2020~", "2021?", DateRelation.Before)]
    [InlineData("2020/..", "2030", DateRelation.MayOverlap)]
    [InlineData("../2020", "2030", DateRelation.Before)]
    [InlineData("2020/", "2019", DateRelation.After)]
    [InlineData("[1667,1670]", "1668", DateRelation.MayOverlap)]
    [InlineData("201X", "2020", DateRelation.Before)]
    [InlineData("2001-24", "2002-02", DateRelation.MayOverlap)]
    [InlineData("2001-24", "2002-03", DateRelation.Before)]
    public void RelateTo_ComparesStrictBounds(string first, string second, DateRelation expected)
    {
        EdtfDate a = Edtf.Parse(first);
        EdtfDate b = Edtf.Parse(second);

        a.RelateTo(b).Should().Be(expected);
        a.IsCertainlyBefore(b).Should().Be(expected == DateRelation.Before);
        a.IsCertainlyAfter(b).Should().Be(expected == DateRelation.After);
    }

    [Fact]
    public void RelateTo_Null_Throws()
    {
        Action act = () => EdtfDate.Year(2020).RelateTo(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("other");
    }

    [Theory]
    [InlineData("2025-04", "2025-04-01", "2025-04-30", true)]
    [InlineData("2025-04", "2025-04-02", "2025-04-30", false)]
    [InlineData("2025-04~", "2025-04-01", "2025-04-30", true)]
    [InlineData("2025-04", null, "2025-04-30", true)]
    [InlineData("2025-04", "2025-04-01", null, true)]
    [InlineData("2025-04/..", "2025-01-01", "2099-12-31", false)]
    [InlineData("2025-04/..", "2025-01-01", null, true)]
    [InlineData("/2021", null, "2021-12-31", true)]
    [InlineData("/2021", "1900-01-01", "2021-12-31", false)]
    [InlineData("2025-03-15/2025-03-16", "2025-03-01", "2025-03-31", true)]
    public void IsCertainlyWithin_TreatsTheRangeAsInclusiveDays(string text, string? from, string? to, bool expected)
    {
        Edtf.Parse(text).IsCertainlyWithin(Edtf.Day(from), Edtf.Day(to)).Should().Be(expected);
    }

    [Theory]
    [InlineData("2025-04", "2025-04-30", "2025-05-31", true)]
    [InlineData("2025-04", "2025-05-01", "2025-05-31", false)]
    [InlineData("2025-04", "2025-03-01", "2025-03-31", false)]
    [InlineData("2025-04/..", "2099-01-01", "2099-01-01", true)]
    [InlineData("2025-04/", "2099-01-01", null, true)]
    [InlineData("../2021", "1000-01-01", "1000-01-01", true)]
    [InlineData("../2021", "2022-01-01", null, false)]
    [InlineData("{2025-03-15,2025-03-20}", "2025-03-16", "2025-03-19", false)]
    [InlineData("{2025-03-15,2025-03-20}", "2025-03-20", "2025-03-20", true)]
    [InlineData("[2021..]", "3000-01-01", "3000-01-01", true)]
    [InlineData("[..2021,2030]", "2025-01-01", "2025-12-31", false)]
    [InlineData("1984-1X", "1984-01-01", "1984-09-30", false)]
    public void MayOverlap_TreatsTheRangeAsInclusiveDays(string text, string? from, string? to, bool expected)
    {
        Edtf.Parse(text).MayOverlap(Edtf.Day(from), Edtf.Day(to)).Should().Be(expected);
    }

    [Fact]
    public void MayOverlap_InvertedRange_Throws()
    {
        Action act = () => EdtfDate.Year(2025).MayOverlap(Edtf.D(2025, 2, 1), Edtf.D(2025, 1, 1));

        act.Should().Throw<ArgumentException>().WithParameterName("rangeEnd").WithMessage("The range ends on 2025-01-01, before it starts on 2025-02-01.*");
    }
}
