using Annals.Dates;
using Annals.Model;

namespace Annals.Tests.Model;

public class ModelValidationTests
{
    private static readonly EdtfDate Day = EdtfDate.Day(2025, 2, 3);

    [Theory]
    [InlineData("Rubio Visit")]
    [InlineData("rubio--visit")]
    [InlineData("-rubio")]
    [InlineData("rubio-")]
    [InlineData("Rubio")]
    [InlineData("")]
    public void EventConstructor_InvalidId_ThrowsNamingIdAndValue(string id)
    {
        var act = () => new Event(id, "Title", Day);

        act.Should().Throw<ArgumentException>().WithParameterName("id").WithMessage($"*'{id}'*lowercase*");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void EventConstructor_BlankTitle_Throws(string title)
    {
        var act = () => new Event("ok", title, Day);

        act.Should().Throw<ArgumentException>().WithParameterName("title");
    }

    [Fact]
    public void EventConstructor_NullDate_Throws()
    {
        var act = () => new Event("ok", "Title", null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("date");
    }

    [Fact]
    public void EventWith_InvalidIdInWithExpression_StillValidated()
    {
        var visit = new Event("ok", "Title", Day);

        var act = () => visit with { Id = "Not OK" };

        act.Should().Throw<ArgumentException>().WithParameterName("Id");
    }

    [Fact]
    public void Event_Defaults_OccurredConfirmedAndEmptyLists()
    {
        var e = new Event("ok", "Title", Day);

        e.Status.Should().Be(EventStatus.Occurred);
        e.Certainty.Should().Be(Certainty.Confirmed);
        e.Participants.Should().BeEmpty();
        e.Sources.Should().BeEmpty();
        e.Tags.Should().BeEmpty();
        e.Relations.Should().BeEmpty();
    }

    [Fact]
    public void EventEquals_SameContentInSeparateArrays_AreEqual()
    {
        Event Make() => new("rubio-visit", "Rubio visits", Day)
        {
            Participants = [Participant.Visitor("rubio"), Participant.Host("bukele")],
            Tags = ["migration"],
            Sources = [new Source("NBC News") { Url = "https://example.org/a" }],
        };

        var a = Make();
        var b = Make();

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        (a with { Tags = ["other"] }).Should().NotBe(b);
        (a with { Participants = [Participant.Host("bukele"), Participant.Visitor("rubio")] }).Should().NotBe(b);
    }

    [Fact]
    public void EventTags_BlankTag_Throws()
    {
        var act = () => new Event("ok", "Title", Day) { Tags = ["fine", " "] };

        act.Should().Throw<ArgumentException>().WithParameterName("Tags");
    }

    [Fact]
    public void EventParticipants_NullElement_ThrowsWithIndex()
    {
        var act = () => new Event("ok", "Title", Day) { Participants = [Participant.Host("a"), null!] };

        act.Should().Throw<ArgumentException>().WithMessage("*Participants[1]*");
    }

    [Fact]
    public void Involves_ActorInRole_MatchesOnlyThatRole()
    {
        var e = new Event("ok", "Title", Day) { Participants = [Participant.Visitor("rubio")] };

        e.Involves("rubio").Should().BeTrue();
        e.Involves("rubio", ParticipantRole.Visitor).Should().BeTrue();
        e.Involves("rubio", ParticipantRole.Host).Should().BeFalse();
        e.Involves("bukele").Should().BeFalse();
    }

    [Theory]
    [InlineData("usa", "USA")]
    [InlineData("SLV", "SLV")]
    public void CountryCode_ThreeLetters_StoredUppercase(string input, string expected)
    {
        new CountryCode(input).Value.Should().Be(expected);
    }

    [Theory]
    [InlineData("US")]
    [InlineData("U5A")]
    [InlineData("USAA")]
    [InlineData("ÉSA")]
    public void CountryCode_NotThreeAsciiLetters_ThrowsNamingValue(string input)
    {
        var act = () => new CountryCode(input);

        act.Should().Throw<ArgumentException>().WithMessage($"*'{input}'*alpha-3*");
        CountryCode.TryParse(input, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData(91, 0, "latitude")]
    [InlineData(-90.5, 0, "latitude")]
    [InlineData(0, 180.1, "longitude")]
    [InlineData(double.NaN, 0, "latitude")]
    public void GeoPoint_OutOfRange_ThrowsNamingCoordinate(double latitude, double longitude, string param)
    {
        var act = () => new GeoPoint(latitude, longitude);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(param);
    }

    [Theory]
    [InlineData("https://www.whitehouse.gov/briefings", true)]
    [InlineData("http://example.org", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("JAVASCRIPT:alert(1)", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("ftp://example.org/x", false)]
    [InlineData("/relative/path", false)]
    [InlineData("https://exa mple.org", false)]
    [InlineData("data:text/html,<script>", false)]
    [InlineData("mailto:someone@example.org", false)]
    public void IsWebUrl_Scheme_OnlyHttpAndHttpsPass(string url, bool expected)
    {
        Source.IsWebUrl(url).Should().Be(expected);
    }

    [Fact]
    public void Source_BlankPublisher_Throws()
    {
        var act = () => new Source(" ");

        act.Should().Throw<ArgumentException>().WithParameterName("publisher");
    }

    [Fact]
    public void OfficeOn_DateInsideTerm_ReturnsThatOffice()
    {
        var rubio = new Actor("rubio", "Marco Rubio")
        {
            Offices =
            [
                new Office("U.S. Senator", EdtfDate.Parse("2011-01-03/2025-01-20").Value),
                new Office("U.S. Secretary of State", EdtfDate.Parse("2025-01-21/..").Value),
            ],
        };

        rubio.OfficeOn(EdtfDate.Day(2025, 2, 3))!.Title.Should().Be("U.S. Secretary of State");
        rubio.OfficeOn(EdtfDate.Day(2020, 5, 1))!.Title.Should().Be("U.S. Senator");
        rubio.OfficeOn(EdtfDate.Month(2025, 1)).Should().BeNull("January 2025 straddles both terms");
        rubio.OfficeOn(EdtfDate.Year(2005)).Should().BeNull();
    }
}
