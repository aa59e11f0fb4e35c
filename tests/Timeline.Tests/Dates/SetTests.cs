using Annals.Dates;

namespace Annals.Tests.Dates;

public class SetTests
{
    [Theory]
    [InlineData("[2025-01-22,2025-01-23]", EdtfDateKind.OneOf, "2025-01-22", "2025-01-23", DatePrecision.Day)]
    [InlineData("[2025-01-22..2025-01-24]", EdtfDateKind.OneOf, "2025-01-22", "2025-01-24", DatePrecision.Day)]
    [InlineData("[..2021]", EdtfDateKind.OneOf, null, "2021-12-31", DatePrecision.Year)]
    [InlineData("[2021..]", EdtfDateKind.OneOf, "2021-01-01", null, DatePrecision.Year)]
    [InlineData("[1667,1668,1670..1672]", EdtfDateKind.OneOf, "1667-01-01", "1672-12-31", DatePrecision.Year)]
    [InlineData("[..1760-12-03,1762]", EdtfDateKind.OneOf, null, "1762-12-31", DatePrecision.Year)]
    [InlineData("[1760-01,1760-02,1760-12..]", EdtfDateKind.OneOf, "1760-01-01", null, DatePrecision.Month)]
    [InlineData("{2025-03-15,2025-03-16}", EdtfDateKind.AllOf, "2025-03-15", "2025-03-16", DatePrecision.Day)]
    [InlineData("{1960,1961-12}", EdtfDateKind.AllOf, "1960-01-01", "1961-12-31", DatePrecision.Year)]
    [InlineData("{..1984}", EdtfDateKind.AllOf, null, "1984-12-31", DatePrecision.Year)]
    [InlineData("[1672,1667]", EdtfDateKind.OneOf, "1667-01-01", "1672-12-31", DatePrecision.Year)]
    [InlineData("[2004-06~-11,201X]", EdtfDateKind.OneOf, "2004-06-11", "2019-12-31", DatePrecision.Decade)]
    public void Parse_Set_BoundsSpanItsMembers(string text, EdtfDateKind kind, string? earliest, string? latest, DatePrecision precision)
    {
        EdtfSet set = Edtf.Parse(text).Should().BeOfType<EdtfSet>().Subject;

        set.ToString().Should().Be(text);
        set.Kind.Should().Be(kind);
        set.IsAllOf.Should().Be(kind == EdtfDateKind.AllOf);
        set.Earliest.Should().Be(Edtf.Day(earliest));
        set.Latest.Should().Be(Edtf.Day(latest));
        set.Precision.Should().Be(precision);
        set.Level.Should().Be(2);
    }

    [Fact]
    public void Parse_SetHoldingARange_ExposesTheRangeMember()
    {
        var set = (EdtfSet)Edtf.Parse("[1667,1668,1670..1672]");

        set.Members.Select(m => m.Kind).Should().Equal(SetMemberKind.Date, SetMemberKind.Date, SetMemberKind.Range);
        EdtfSetMember range = set.Members[2];
        range.First.Should().Be(EdtfDate.Year(1670));
        range.Last.Should().Be(EdtfDate.Year(1672));
        range.Earliest.Should().Be(Edtf.D(1670, 1, 1));
        range.Latest.Should().Be(Edtf.D(1672, 12, 31));
        range.ToString().Should().Be("1670..1672");
    }

    [Fact]
    public void Parse_OpenMembers_HaveOneMissingEnd()
    {
        var before = (EdtfSet)Edtf.Parse("[..2021]");
        var after = (EdtfSet)Edtf.Parse("[2021..]");

        before.Members[0].Kind.Should().Be(SetMemberKind.OnOrBefore);
        before.Members[0].First.Should().BeNull();
        after.Members[0].Kind.Should().Be(SetMemberKind.OnOrAfter);
        after.Members[0].Last.Should().BeNull();
    }

    [Fact]
    public void Parse_SpacesAfterCommas_AreAcceptedAndDropped()
    {
        EdtfDate spaced = Edtf.Parse("[1667, 1668,  1670..1672]");

        spaced.Should().Be(Edtf.Parse("[1667,1668,1670..1672]"));
        spaced.ToString().Should().Be("[1667,1668,1670..1672]");
    }

    [Theory]
    [InlineData("[1667 ,1668]", 5, "spaces are allowed only after a comma")]
    [InlineData("[ 1667]", 1, "space")]
    [InlineData("[1667] ", 6, "space")]
    public void Parse_SpacesElsewhereInASet_AreRejected(string text, int position, string message)
    {
        ParseError error = Edtf.Error(text);

        error.Position.Should().Be(position);
        error.Message.Should().Contain(message);
    }

    [Theory]
    [InlineData("[]", 1, "at least one member")]
    [InlineData("{}", 1, "at least one member")]
    [InlineData("[..]", 3, "year")]
    [InlineData("[2021..,2022]", 5, "only the last member of a set can be open at the end")]
    [InlineData("[2020,..2021]", 6, "only the first member of a set can be open at the start")]
    [InlineData("[1672..1670]", 7, "runs backwards")]
    [InlineData("[2025-01-24..2025-01-22]", 13, "runs backwards")]
    [InlineData("[1670..1672-05]", 7, "same precision")]
    [InlineData("[2020,2021", 10, "not closed")]
    [InlineData("[2020}", 5, "expected ']'")]
    [InlineData("[2020,]", 6, "expected a member")]
    [InlineData("[2025-02-03T10:00:00]", 11, "times are not allowed in sets")]
    [InlineData("[2020]/2021", 6, "cannot be the start of an interval")]
    [InlineData("[2020]x", 6, "unexpected 'x' after the set")]
    public void Parse_MalformedSet_IsRejectedWithPosition(string text, int position, string message)
    {
        ParseError error = Edtf.Error(text);

        error.Position.Should().Be(position);
        error.Message.Should().Contain(message);
    }

    [Fact]
    public void OneOfRange_FromCode_EqualsTheParsedSet()
    {
        EdtfDate set = EdtfDate.OneOfRange(EdtfDate.Day(2025, 1, 22), EdtfDate.Day(2025, 1, 24));

        set.Should().Be(Edtf.Parse("[2025-01-22..2025-01-24]"));
        set.Describe().Should().Be("between 22 and 24 January 2025");
    }

    [Fact]
    public void OneOfRange_DifferentPrecisions_Throws()
    {
        Action act = () => EdtfDate.OneOfRange(EdtfDate.Year(1670), EdtfDate.Month(1672, 5));

        act.Should().Throw<ArgumentException>().WithParameterName("last").WithMessage("Both ends of a range must have the same precision*");
    }

    [Fact]
    public void OneOfRange_Backwards_Throws()
    {
        Action act = () => EdtfDate.OneOfRange(EdtfDate.Year(1672), EdtfDate.Year(1670));

        act.Should().Throw<ArgumentException>().WithParameterName("last").WithMessage("*1672..1670 runs backwards*");
    }

    [Fact]
    public void AllOf_FromCode_EqualsTheParsedSet()
    {
        EdtfSet set = EdtfSet.AllOf(
            EdtfSetMember.Of(EdtfDate.FromLocalDate(Edtf.D(2025, 3, 15))),
            EdtfSetMember.Of(EdtfDate.FromLocalDate(Edtf.D(2025, 3, 16))));

        set.Should().Be(Edtf.Parse("{2025-03-15,2025-03-16}"));
    }

    [Fact]
    public void OneOf_EmptyOrMisplacedOpenMembers_Throws()
    {
        var year = (EdtfSingleDate)EdtfDate.Year(2021);

        ((Action)(() => EdtfSet.OneOf())).Should().Throw<ArgumentException>().WithMessage("*at least one member*");
        ((Action)(() => EdtfSet.OneOf(EdtfSetMember.Of(year), EdtfSetMember.OnOrBefore(year))))
            .Should().Throw<ArgumentException>().WithMessage("*first member*index 1*");
        ((Action)(() => EdtfSet.OneOf(EdtfSetMember.OnOrAfter(year), EdtfSetMember.Of(year))))
            .Should().Throw<ArgumentException>().WithMessage("*last member*index 0*");
    }

    [Fact]
    public void MayOverlap_OneOfWithAGap_IsFalseInTheGap()
    {
        EdtfDate set = Edtf.Parse("[1667,1670]");

        set.MayOverlap(Edtf.D(1668, 1, 1), Edtf.D(1669, 12, 31)).Should().BeFalse();
        set.MayOverlap(Edtf.D(1669, 12, 31), Edtf.D(1670, 1, 1)).Should().BeTrue();
    }

    [Fact]
    public void IsCertainlyWithin_OneOf_RequiresEveryMemberWithin()
    {
        EdtfDate set = Edtf.Parse("[1667,1670]");

        set.IsCertainlyWithin(Edtf.D(1667, 1, 1), Edtf.D(1670, 12, 31)).Should().BeTrue();
        set.IsCertainlyWithin(Edtf.D(1667, 1, 1), Edtf.D(1669, 12, 31)).Should().BeFalse();
    }

    [Fact]
    public void IsCertainlyWithin_OpenMember_IsWithinOnlyARangeOpenOnThatSide()
    {
        EdtfDate set = Edtf.Parse("[..2021]");

        set.IsCertainlyWithin(Edtf.D(1000, 1, 1), Edtf.D(2021, 12, 31)).Should().BeFalse();
        set.IsCertainlyWithin(null, Edtf.D(2021, 12, 31)).Should().BeTrue();
        set.MayOverlap(Edtf.D(1000, 1, 1), Edtf.D(1000, 1, 1)).Should().BeTrue();
    }

    [Fact]
    public void Approximate_Set_QualifiesEveryDate()
    {
        Edtf.Parse("[..1600,1667,1668..1670]").Approximate().ToString().Should().Be("[..1600~,1667~,1668~..1670~]");
    }
}
