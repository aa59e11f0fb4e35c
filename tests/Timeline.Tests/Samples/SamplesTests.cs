using Annals.Model;
using Annals.Timelines;

namespace Annals.Tests.BuiltInSamples;

public class SamplesTests
{
    private static readonly Timeline Sample = Annals.Samples.ElSalvadorUnitedStates2025;

    [Fact]
    public void ElSalvadorUnitedStates2025_Order_IsChronologicalWithCausesFirst()
    {
        Sample.Select(e => $"{e.Date} {e.Id}").Should().Equal(
            "2021 biden-declines-bukele-meeting",
            "2025-01-20 trump-inauguration",
            "2025-01-2X~ trump-bukele-call",
            "2025-02-03 rubio-visits-el-salvador",
            "2025-02-03 migration-agreement-offered",
            "2025-03-15/2025-03-16 deportations-to-el-salvador",
            "2025-03-28 white-house-visit-reported",
            "2025-03-28 bukele-diet-coke-reply",
            "2025-04 bukele-white-house-visit");
    }

    [Fact]
    public void ElSalvadorUnitedStates2025_DeclinedMeeting_IsDisputedAndFromAnonymousSources()
    {
        var declined = Sample.Find("biden-declines-bukele-meeting")!;

        declined.Kind.Should().Be(EventKind.RejectMeeting);
        declined.Certainty.Should().Be(Certainty.Disputed);
        declined.Sources.Should().ContainSingle().Which.Should().Match<Source>(s => s.Publisher == "NBC News" && s.Kind == SourceKind.Anonymous);
    }

    [Fact]
    public void ElSalvadorUnitedStates2025_AprilVisit_IsPlannedReportedAndAnnounced()
    {
        var visit = Sample.Find("bukele-white-house-visit")!;

        visit.Status.Should().Be(EventStatus.Planned);
        visit.Certainty.Should().Be(Certainty.Reported);
        visit.Date.Earliest.Should().Be(new NodaTime.LocalDate(2025, 4, 1));
        visit.Date.Latest.Should().Be(new NodaTime.LocalDate(2025, 4, 30));
        Sample.Where(e => e.Relations.Any(r => r.Type == RelationType.Announces && r.EventId == visit.Id))
            .Select(e => e.Id).Should().Equal("white-house-visit-reported");
    }

    [Fact]
    public void ElSalvadorUnitedStates2025_SocialSources_KeepHandlesDatesAndQuotes()
    {
        var quotes = Sample.SelectMany(e => e.Sources).Where(s => s.Kind == SourceKind.Social)
            .Select(s => $"{s.Author} {s.Published} {s.Quote}").Distinct();

        quotes.Should().Contain(
        [
            "@nayibbukele 2025-02-03 🇸🇻🤝🏼🇺🇸",
            "@nayibbukele 2025-03-16 Oopsie… Too late 😂",
            "@SecRubio 2025-03-16 Thank you for your assistance and friendship, President Bukele.",
            "@nicksortor 2025-03-28 🚨 JUST IN: President Trump will be hosting El Salvador President Nayib Bukele at the White House next month",
            "@nayibbukele 2025-03-28 I’ll be bringing several cans of Diet Coke.",
        ]);
    }

    [Fact]
    public void ElSalvadorUnitedStates2025_Offices_GiveTheTitleHeldOnEachEventsDate()
    {
        string? TitleOf(string actor, string eventId) =>
            Sample.FindActor(actor)!.OfficeOn(Sample.Find(eventId)!.Date)?.Title;

        TitleOf("rubio", "rubio-visits-el-salvador").Should().Be("U.S. Secretary of State");
        TitleOf("biden", "biden-declines-bukele-meeting").Should().BeNull("2021 straddles his inauguration on 20 January");
        TitleOf("trump", "trump-bukele-call").Should().Be("U.S. President");
        TitleOf("bukele", "biden-declines-bukele-meeting").Should().Be("Salvadoran President");
    }

    [Fact]
    public void ElSalvadorUnitedStates2025_IsBuiltOnceAndShared()
    {
        Annals.Samples.ElSalvadorUnitedStates2025.Should().BeSameAs(Sample);
    }
}
