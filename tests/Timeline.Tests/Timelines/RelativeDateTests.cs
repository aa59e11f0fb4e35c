using Annals.Model;
using Annals.Timelines;
using static Annals.Tests.Timelines.TestData;

namespace Annals.Tests.Timelines;

public class RelativeDateTests
{
    private static Event Inauguration(string date) => E("inauguration", date);

    private static Event CallAfter(string offset, string anchor = "inauguration") =>
        new("call", "Call", D("2025")) { RelativeTo = new RelativeDate(offset, anchor) };

    [Fact]
    public void Build_AFewDaysAfterAnEvent_ResolvesToTheRangeOfDays()
    {
        var timeline = Timeline.Create([Inauguration("2025-01-20"), CallAfter("a few days after")]);

        timeline.Find("call")!.Date.ToString().Should().Be("[2025-01-22..2025-01-27]");
        timeline.Select(e => e.Id).Should().Equal("inauguration", "call");
    }

    [Fact]
    public void Build_ExactOffset_ResolvesToOneDay()
    {
        var timeline = Timeline.Create([Inauguration("2025-01-20"), CallAfter("3 days before")]);

        timeline.Find("call")!.Date.ToString().Should().Be("2025-01-17");
    }

    [Fact]
    public void Build_AnchorDateChanges_DependentDateIsRecomputed()
    {
        var timeline = Timeline.Create([Inauguration("2025-01-20"), CallAfter("3 days after")]);

        var moved = timeline.ToBuilder().Set(Inauguration("2029-01-20")).ToImmutable();

        moved.Find("call")!.Date.ToString().Should().Be("2029-01-23");
    }

    [Fact]
    public void Build_ImpreciseAnchor_KeepsEveryPossibleDay()
    {
        var timeline = Timeline.Create([Inauguration("2025-01"), CallAfter("3 days after")]);

        timeline.Find("call")!.Date.ToString().Should().Be("[2025-01-04..2025-02-03]");
    }

    [Fact]
    public void Build_ChainOfRelativeDates_ResolvesInDependencyOrder()
    {
        var visit = new Event("visit", "Visit", D("2025")) { RelativeTo = new RelativeDate("2 weeks after", "call") };

        var timeline = Timeline.Create([visit, CallAfter("3 days after"), Inauguration("2025-01-20")]);

        timeline.Find("visit")!.Date.ToString().Should().Be("2025-02-06");
    }

    [Fact]
    public void Build_Cycle_ReportedNamingTheEvents()
    {
        var a = new Event("a", "A", D("2025")) { RelativeTo = new RelativeDate("3 days after", "b") };
        var b = new Event("b", "B", D("2025")) { RelativeTo = new RelativeDate("3 days after", "a") };

        var problems = Timeline.CreateBuilder().Add(a).Add(b).Validate();

        problems.Should().ContainSingle().Which.Should().Match<TimelineProblem>(p =>
            p.Code == ProblemCodes.RelativeDateCycle && p.Message.Contains("a → b → a"));
    }

    [Fact]
    public void Build_UnknownAnchorOrUnreadableOffset_Reported()
    {
        var builder = Timeline.CreateBuilder()
            .Add(Inauguration("2025-01-20"))
            .Add(CallAfter("3 days after", "nowhere"))
            .Add(new Event("other", "Other", D("2025")) { RelativeTo = new RelativeDate("a fortnight after", "inauguration") });

        var problems = builder.Validate();

        problems.Select(p => (p.Code, p.EventId, p.Field)).Should().Equal(
            (ProblemCodes.UnknownEvent, "call", "relativeTo.event"),
            (ProblemCodes.RelativeDateUnreadable, "other", "relativeTo.offset"));
        problems[1].Message.Should().StartWith("cannot compute 'a fortnight after inauguration' from 'inauguration' (2025-01-20): ");
    }
}
