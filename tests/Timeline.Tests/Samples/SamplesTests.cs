using Annals.Model;
using Annals.Timelines;
using NodaTime;

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
            "2025-04-14 bukele-white-house-visit");
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
    public void ElSalvadorUnitedStates2025_AprilVisit_OccurredOn14AprilAndWasAnnounced()
    {
        var visit = Sample.Find("bukele-white-house-visit")!;

        visit.Status.Should().Be(EventStatus.Occurred);
        visit.Certainty.Should().Be(Certainty.Confirmed);
        visit.Date.ToString().Should().Be("2025-04-14");
        visit.Recorded.Should().Be(new LocalDate(2025, 4, 14));
        Sample.Where(e => e.Relations.Any(r => r.Type == RelationType.Announces && r.EventId == visit.Id))
            .Select(e => e.Id).Should().Equal("white-house-visit-reported");
    }

    [Fact]
    public void AsOf_1April2025_AprilVisitPlannedForAprilAndReported()
    {
        var visit = Sample.AsOf(new LocalDate(2025, 4, 1)).Find("bukele-white-house-visit")!;

        visit.Date.ToString().Should().Be("2025-04");
        visit.Status.Should().Be(EventStatus.Planned);
        visit.Certainty.Should().Be(Certainty.Reported);
        visit.Sources.Should().ContainSingle().Which.Author.Should().Be("@nicksortor");
        visit.Recorded.Should().Be(new LocalDate(2025, 3, 28));
    }

    [Fact]
    public void AsOf_20April2025_AprilVisitOccurredOn14April()
    {
        var asOf = Sample.AsOf(new LocalDate(2025, 4, 20));

        asOf.Find("bukele-white-house-visit")!.Should().Be(Sample.Find("bukele-white-house-visit"));
        asOf.AsOfDate.Should().Be(new LocalDate(2025, 4, 20));
    }

    [Fact]
    public void AsOf_1March2025_AprilVisitAndLaterRecordsAbsent()
    {
        var asOf = Sample.AsOf(new LocalDate(2025, 3, 1));

        asOf.Select(e => e.Id).Should().Equal(
            "biden-declines-bukele-meeting", "trump-inauguration", "trump-bukele-call", "rubio-visits-el-salvador", "migration-agreement-offered");
    }

    [Fact]
    public void DiffBetween_1And20April2025_ListsExactlyTheVisitsChange()
    {
        var diff = Sample.DiffBetween(new LocalDate(2025, 4, 1), new LocalDate(2025, 4, 20));

        diff.Added.Should().BeEmpty();
        diff.Removed.Should().BeEmpty();
        var change = diff.Changed.Should().ContainSingle().Subject;
        change.After.Id.Should().Be("bukele-white-house-visit");
        change.Changes.Select(c => $"{c.Field}: {c.OldValue} → {c.NewValue}").Should().Equal(
            "summary: An official visit to Washington, planned for April 2025; no date had been announced. → Bukele met Trump in the Oval Office, the first visit to Trump by a Western Hemisphere leader since he took office.",
            "date: 2025-04 → 2025-04-14",
            "status: planned → occurred",
            "certainty: reported → confirmed",
            "sources: Nick Sortor (@nicksortor, 2025-03-28) → The White House (2025-04-14)");
    }

    [Fact]
    public void DiffBetween_1MarchAnd1April2025_ListsTheAddedRecords()
    {
        var diff = Sample.DiffBetween(new LocalDate(2025, 3, 1), new LocalDate(2025, 4, 1));

        diff.Added.Select(e => e.Id).Should().Equal(
            "deportations-to-el-salvador", "white-house-visit-reported", "bukele-diet-coke-reply", "bukele-white-house-visit");
        diff.Changed.Should().BeEmpty();
    }

    [Fact]
    public void OverduePlans_May2025AsKnownOn1April_FlagsTheVisitOnlyUntilItsOutcomeIsRecorded()
    {
        var asOfApril = Sample.AsOf(new LocalDate(2025, 4, 1));
        Timeline.IsOverdue(asOfApril.Find("bukele-white-house-visit")!, new LocalDate(2025, 5, 1)).Should().BeTrue();
        Timeline.IsOverdue(asOfApril.Find("bukele-white-house-visit")!, new LocalDate(2025, 4, 30)).Should().BeFalse();

        Sample.OverduePlans(new LocalDate(2025, 5, 1)).Should().BeEmpty("the outcome was recorded on 14 April");
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
