using Annals.Model;

namespace Annals.Tests.Model;

public class EventKindTests
{
    [Theory]
    [InlineData("statement", "010", null, null)]
    [InlineData("praise", "051", null, null)]
    [InlineData("intent-to-meet", "036", null, null)]
    [InlineData("consult", "040", "CONSULT", null)]
    [InlineData("call", "041", "CONSULT", "phone")]
    [InlineData("visit", "042", "CONSULT", "visit")]
    [InlineData("third-location-meeting", "044", "CONSULT", "third-party")]
    [InlineData("mediation", "045", null, null)]
    [InlineData("negotiation", "046", null, null)]
    [InlineData("agreement", "057", "AGREE", null)]
    [InlineData("reject-meeting", "125", "REJECT", null)]
    [InlineData("deportation", "174", "COERCE", null)]
    public void TryGet_BuiltInName_CarriesCameoAndPlover(string name, string cameo, string? plover, string? mode)
    {
        EventKind.TryGet(name, out var kind).Should().BeTrue();
        kind!.Name.Should().Be(name);
        kind.CameoCodes[0].Should().Be(cameo);
        kind.PloverCategory.Should().Be(plover);
        kind.PloverMode.Should().Be(mode);
        kind.IsCustom.Should().BeFalse();
    }

    [Fact]
    public void Visit_CarriesBothVisitorAndHostCameoCodes()
    {
        EventKind.Visit.CameoCodes.Should().Equal("042", "043");
        EventKind.WithCameoCode("043").Should().Equal(EventKind.Visit);
    }

    [Fact]
    public void BuiltIns_HasTwelveKindsWithDistinctNames()
    {
        EventKind.BuiltIns.Should().HaveCount(12);
        EventKind.BuiltIns.Select(k => k.Name).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Custom_XPrefixedName_IsCustomAndEqualByName()
    {
        var kind = EventKind.Custom("x-inauguration");

        kind.IsCustom.Should().BeTrue();
        kind.CameoCodes.Should().BeEmpty();
        kind.Should().Be(EventKind.Custom("x-inauguration"));
        EventKind.TryGet("x-inauguration", out var found).Should().BeTrue();
        found.Should().Be(kind);
    }

    [Theory]
    [InlineData("inauguration")]
    [InlineData("x-")]
    [InlineData("X-Inauguration")]
    [InlineData("x-two  spaces")]
    public void Custom_NameWithoutValidXPrefix_ThrowsNamingTheValue(string name)
    {
        var act = () => EventKind.Custom(name);

        act.Should().Throw<ArgumentException>().WithParameterName("name").WithMessage($"*'{name}'*x-*");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("vist")]
    [InlineData("VISIT")]
    public void TryGet_UnknownName_ReturnsFalse(string? name)
    {
        EventKind.TryGet(name, out var kind).Should().BeFalse();
        kind.Should().BeNull();
    }
}
