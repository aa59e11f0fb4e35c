using Annals.Model;
using Annals.Timelines;
using static Annals.Tests.Timelines.TestData;

namespace Annals.Tests.Timelines;

public class TimelineQueryTests
{
    private static readonly Timeline Sample = Samples.ElSalvadorUnitedStates2025;

    private static string[] Ids(Timeline timeline) => timeline.Select(e => e.Id).ToArray();

    [Fact]
    public void Between_MayOverlap_KeepsEventsThatMightFallInRange()
    {
        // Windows: Feb 1 .. Mar 15. The deportations (15–16 March) may overlap; the call (20–29 January) cannot.
        var result = Sample.Between(D("2025-02"), D("2025-03-15"));

        Ids(result).Should().Equal("rubio-visits-el-salvador", "migration-agreement-offered", "deportations-to-el-salvador");
    }

    [Fact]
    public void Between_CertainlyWithin_DropsEventsThatMightFallOutside()
    {
        var result = Sample.Between(D("2025-02"), D("2025-03-15"), DateRangeMode.CertainlyWithin);

        Ids(result).Should().Equal("rubio-visits-el-salvador", "migration-agreement-offered");
    }

    [Fact]
    public void Between_FebruaryToApril_IncludesThePlannedAprilVisit()
    {
        var result = Sample.Between(D("2025-02"), D("2025-04"), DateRangeMode.CertainlyWithin);

        Ids(result).Should().EndWith("bukele-white-house-visit").And.HaveCount(6);
    }

    [Fact]
    public void Between_OpenStart_KeepsEverythingUpToTheEnd()
    {
        Ids(Sample.Between(null, D("2025-01-20"))).Should().Equal("biden-declines-bukele-meeting", "trump-inauguration", "trump-bukele-call");
        Ids(Sample.Between(null, D("2025-01-20"), DateRangeMode.CertainlyWithin)).Should().Equal("biden-declines-bukele-meeting", "trump-inauguration");
    }

    [Fact]
    public void Between_OpenEndedEvent_MayOverlapLaterRangesButIsNeverCertainlyWithin()
    {
        var timeline = Timeline.Create([E("ongoing", "2025-01/.."), E("closed", "2025-01-10")]);

        Ids(timeline.Between(D("2030"), D("2031"))).Should().Equal("ongoing");
        Ids(timeline.Between(D("2025"), D("2031"), DateRangeMode.CertainlyWithin)).Should().Equal("closed");
    }

    [Fact]
    public void Involving_Actor_KeepsEveryEventTheyTakePartIn()
    {
        Ids(Sample.Involving("rubio")).Should().Equal("rubio-visits-el-salvador", "migration-agreement-offered");
        Sample.Involving("bukele").Should().HaveCount(7);
    }

    [Fact]
    public void Involving_ActorInRole_KeepsOnlyThatRole()
    {
        Ids(Sample.Involving("bukele", ParticipantRole.Host)).Should().Equal("rubio-visits-el-salvador");
        Ids(Sample.Involving("bukele", ParticipantRole.Visitor))
            .Should().Equal("biden-declines-bukele-meeting", "white-house-visit-reported", "bukele-white-house-visit");
    }

    [Fact]
    public void Query_RoleWithoutActor_KeepsEventsWithAnyoneInThatRole()
    {
        var result = Sample.Query(new TimelineQuery { Roles = [ParticipantRole.Caller] });

        Ids(result).Should().Equal("trump-bukele-call");
    }

    [Fact]
    public void OfKind_Visit_KeepsVisits()
    {
        Ids(Sample.OfKind(EventKind.Visit)).Should().Equal("rubio-visits-el-salvador", "bukele-white-house-visit");
        Ids(Sample.OfKind(EventKind.Custom("x-inauguration"))).Should().Equal("trump-inauguration");
    }

    [Theory]
    [InlineData("042", new[] { "rubio-visits-el-salvador", "bukele-white-house-visit" })]
    [InlineData("043", new[] { "rubio-visits-el-salvador", "bukele-white-house-visit" })]
    [InlineData("174", new[] { "deportations-to-el-salvador" })]
    [InlineData("999", new string[0])]
    public void WithCameoCode_Code_KeepsKindsCarryingIt(string code, string[] expected)
    {
        Ids(Sample.WithCameoCode(code)).Should().Equal(expected);
    }

    [Fact]
    public void WithPloverCategory_Consult_KeepsCallsAndVisitsIgnoringCase()
    {
        Ids(Sample.WithPloverCategory("consult"))
            .Should().Equal("trump-bukele-call", "rubio-visits-el-salvador", "bukele-white-house-visit");
    }

    [Fact]
    public void WithStatus_Planned_KeepsWhatIsStillOnlyPlanned()
    {
        Sample.WithStatus(EventStatus.Planned).Should().BeEmpty("the April visit has since taken place");
        Ids(Sample.AsOf(new NodaTime.LocalDate(2025, 4, 1)).WithStatus(EventStatus.Planned)).Should().Equal("bukele-white-house-visit");
    }

    [Fact]
    public void Query_SeveralCertainties_AreOred()
    {
        var result = Sample.Query(new TimelineQuery { Certainties = [Certainty.Reported, Certainty.Disputed] });

        Ids(result).Should().Equal("biden-declines-bukele-meeting", "white-house-visit-reported");
    }

    [Fact]
    public void Tagged_TagInOtherCase_Matches()
    {
        Ids(Sample.Tagged("GANGS")).Should().Equal("trump-bukele-call", "migration-agreement-offered", "deportations-to-el-salvador");
    }

    [Theory]
    [InlineData("Nunez")]
    [InlineData("NÚÑEZ")]
    [InlineData("nuñez")]
    public void Search_WithoutAccentsOrCase_FindsAccentedTitle(string query)
    {
        var timeline = Timeline.Create([new Event("a", "Meeting with Núñez", D("2025")), E("b", "2025")]);

        Ids(timeline.Search(query)).Should().Equal("a");
    }

    [Fact]
    public void Search_SeveralWords_AllMustAppearAnywhereIncludingActorNames()
    {
        Ids(Sample.Search("marco el salvador")).Should().Equal("rubio-visits-el-salvador", "migration-agreement-offered");
        Ids(Sample.Search("diet coke")).Should().Equal("bukele-diet-coke-reply");
        Sample.Search("diet pepsi").Should().BeEmpty();
    }

    [Fact]
    public void Query_DifferentFiltersAreAnded_AndChainingGivesTheSameResult()
    {
        var query = new TimelineQuery
        {
            Actors = ["bukele"],
            From = D("2025-02"),
            To = D("2025-04"),
            Kinds = [EventKind.Visit, EventKind.Statement],
        };

        var once = Sample.Query(query);
        var chained = Sample.Involving("bukele").Between(D("2025-02"), D("2025-04")).Where(e => e.Kind == EventKind.Visit || e.Kind == EventKind.Statement);

        Ids(once).Should().Equal("rubio-visits-el-salvador", "bukele-diet-coke-reply", "bukele-white-house-visit");
        chained.Should().Equal(once);
    }

    [Fact]
    public void Where_LinqQuerySyntax_ReturnsATimelineKeepingTitleAndActors()
    {
        Timeline result = from e in Sample where e.Certainty == Certainty.Confirmed select e;

        result.Should().HaveCount(7);
        result.Title.Should().Be(Sample.Title);
        result.FindActor("bukele").Should().NotBeNull();
    }

    [Fact]
    public void Between_EndBeforeStart_MatchesNothingAndSaysSo()
    {
        var query = new TimelineQuery { From = D("2025-04"), To = D("2025-02") };

        query.IsRangeInverted.Should().BeTrue();
        Sample.Query(query).Should().BeEmpty();
        new TimelineQuery { From = D("2025-04"), To = D("2025-04-01") }.IsRangeInverted.Should().BeFalse();
    }

    [Fact]
    public void Query_Empty_ReturnsEverything()
    {
        Sample.Query(TimelineQuery.All).Should().BeSameAs(Sample);
        TimelineQuery.All.IsEmpty.Should().BeTrue();
        new TimelineQuery { Actors = ["x"] }.IsEmpty.Should().BeFalse();
    }

    [Fact]
    public void FirstAndLast_Sample_AreTheDeclinedMeetingAndThePlannedVisit()
    {
        Sample.FirstEvent!.Id.Should().Be("biden-declines-bukele-meeting");
        Sample.LastEvent!.Id.Should().Be("bukele-white-house-visit");
        Timeline.Empty.FirstEvent.Should().BeNull();
    }

    [Fact]
    public void NextAfter_Date_FirstEventCertainlyAfterIt()
    {
        Sample.NextAfter(D("2025-02"))!.Id.Should().Be("deportations-to-el-salvador");
        Sample.NextAfter(D("2025-01-21"))!.Id.Should().Be("rubio-visits-el-salvador", "the call (20–29 January) is not certainly after the 21st");
        Sample.NextAfter(D("2025-04")).Should().BeNull();
    }

    [Fact]
    public void PreviousBefore_Date_LastEventCertainlyBeforeIt()
    {
        Sample.PreviousBefore(D("2025-03"))!.Id.Should().Be("migration-agreement-offered");
        Sample.PreviousBefore(D("2021")).Should().BeNull();
    }

    [Fact]
    public void NextAfterAndPreviousBefore_Event_NeighboursInTimelineOrder()
    {
        var visit = Sample.Find("rubio-visits-el-salvador")!;

        Sample.NextAfter(visit)!.Id.Should().Be("migration-agreement-offered");
        Sample.PreviousBefore(visit)!.Id.Should().Be("trump-bukele-call");
        Sample.NextAfter(Sample.LastEvent!).Should().BeNull();
        var act = () => Sample.NextAfter(E("stranger", "2025"));
        act.Should().Throw<ArgumentException>().WithMessage("*'stranger'*not in this timeline*");
    }

    [Fact]
    public void GroupBy_Year_OneGroupPerYear()
    {
        var groups = Sample.GroupBy(TimelineGrouping.Year);

        groups.Select(g => g.Period!.ToString()).Should().Equal("2021", "2025");
        groups.Select(g => g.Events.Length).Should().Equal(1, 8);
    }

    [Fact]
    public void GroupBy_Month_YearLevelEventsGetTheirYearAndMultiMonthSpansTheirYear()
    {
        var timeline = Timeline.Create(
        [
            E("year", "2025"),
            E("jan", "2025-01-2X~"),
            E("span", "2025-03-30/2025-04-02"),
            E("apr", "2025-04"),
            E("across-years", "2024-12-30/2025-01-02"),
            E("until", "../2024-12-05"),
        ]);

        var groups = timeline.GroupBy(TimelineGrouping.Month);

        groups.Select(g => g.Period?.ToString() ?? "undated").Should().Equal("2024-12", "2025", "2025-01", "2025-04");
        groups.Select(g => string.Join(",", g.Events.Select(e => e.Id)))
            .Should().Equal("until,across-years", "year,span", "jan", "apr");
    }

    [Theory]
    [InlineData(TimelineGrouping.Year)]
    [InlineData(TimelineGrouping.Month)]
    public void GroupBy_YearOfUnspecifiedDigits_GoesToTheUndatedGroupLast(TimelineGrouping grouping)
    {
        var timeline = Timeline.Create(
        [
            E("unknown-year", "XXXX"),
            E("april-of-some-year", "XXXX-04"),
            E("some-year-in-the-2020s", "202X"),
            E("dated", "2025-04-05"),
        ]);

        var groups = timeline.GroupBy(grouping);

        groups[^1].Period.Should().BeNull();
        groups[^1].Events.Select(e => e.Id).Should().BeEquivalentTo("unknown-year", "april-of-some-year");
        groups.SkipLast(1).Should().OnlyContain(g => g.Period != null && g.Period.Earliest!.Value.Year >= 2020);
    }

    [Fact]
    public void GroupBy_None_OneGroupWithEverything()
    {
        Sample.GroupBy(TimelineGrouping.None).Should().ContainSingle().Which.Events.Should().HaveCount(Sample.Count);
    }
}
