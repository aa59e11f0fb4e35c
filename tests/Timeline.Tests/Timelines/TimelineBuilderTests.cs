using Annals.Model;
using Annals.Timelines;
using static Annals.Tests.Timelines.TestData;

namespace Annals.Tests.Timelines;

public class TimelineBuilderTests
{
    [Fact]
    public void ToImmutable_EventsInAnyOrder_SortedByDateThenId()
    {
        var timeline = Timeline.Create([E("c", "2025-03"), E("b", "2025-02-03"), E("a", "2025-02-03"), E("d", "2021")]);

        timeline.Select(e => e.Id).Should().Equal("d", "a", "b", "c");
    }

    [Fact]
    public void ToImmutable_YearAndDayOfSameYear_DaySortsBeforeYearWhenLatestIsEarlier()
    {
        var timeline = Timeline.Create([E("year", "2025"), E("jan1", "2025-01-01"), E("dec", "2024-12")]);

        timeline.Select(e => e.Id).Should().Equal("dec", "jan1", "year");
    }

    [Fact]
    public void ToImmutable_SameDateWithRelation_CauseBeforeEffectWhateverTheIds()
    {
        var reply = new Event("a-reply", "Reply", D("2025-03-28"))
        {
            Relations = [new EventRelation(RelationType.RespondsTo, "z-report")],
        };
        var report = new Event("z-report", "Report", D("2025-03-28"));
        var announcement = new Event("zz-announcement", "Announcement", D("2025-03-28"))
        {
            Relations = [new EventRelation(RelationType.Announces, "a-reply")],
        };

        var timeline = Timeline.Create([reply, report, announcement]);

        timeline.Select(e => e.Id).Should().Equal("z-report", "zz-announcement", "a-reply");
    }

    [Fact]
    public void ToImmutable_InputOrderPermuted_SameOrderAndEqualTimelines()
    {
        var events = new[] { E("c", "2025-03"), E("b", "2025-02-03"), E("a", "2025-02-03"), E("d", "../2021") };

        var forward = Timeline.Create(events);
        var backward = Timeline.Create(events.Reverse());

        backward.Should().Equal(forward);
        backward.Equals(forward).Should().BeTrue();
        backward.GetHashCode().Should().Be(forward.GetHashCode());
    }

    [Fact]
    public void ToImmutable_EveryKindOfProblem_ReportsAllAtOnceNamingEventAndField()
    {
        var builder = Timeline.CreateBuilder()
            .AddActors([A("rubio"), A("bukele"), A("bukele")])
            .Add(E("visit", "2025-02-03", Participant.Visitor("rubioo"), Participant.Host("bukele"), Participant.Host("bukele")))
            .Add(E("visit", "2025-02-04"))
            .Add(new Event("call", "Call", D("2025-01-25"))
            {
                Sources = [new Source("X") { Url = "javascript:alert(1)" }],
                Relations =
                [
                    new EventRelation(RelationType.Follows, "visit"),
                    new EventRelation(RelationType.RespondsTo, "nowhere"),
                    new EventRelation(RelationType.Supersedes, "call"),
                ],
            });

        var act = () => builder.ToImmutable();

        var problems = act.Should().Throw<TimelineValidationException>().Which.Problems;
        problems.Select(p => (p.Code, p.EventId, p.ActorId, p.Field)).Should().Equal(
            ("TL002", null, "bukele", "id"),
            ("TL001", "visit", null, "id"),
            ("TL003", "visit", null, "participants[0].actor"),
            ("TL008", "visit", null, "participants[2]"),
            ("TL005", "call", null, "sources[0].url"),
            ("TL006", "call", null, "relations[0].event"),
            ("TL004", "call", null, "relations[1].event"),
            ("TL007", "call", null, "relations[2].event"));
        problems[2].Message.Should().Be("unknown actor 'rubioo' (did you mean 'rubio'?)");
        problems[4].Message.Should().Contain("'javascript:alert(1)' is not an absolute http or https link");
        problems[5].Message.Should().Contain("'call' (2025-01-25) follows 'visit' (2025-02-03), but it certainly comes before it");
        problems[6].Message.Should().StartWith("unknown event 'nowhere'");
    }

    [Fact]
    public void TryToImmutable_Problems_ReturnsFalseWithoutThrowing()
    {
        var builder = Timeline.CreateBuilder().Add(E("a", "2025", Participant.Host("ghost")));

        builder.TryToImmutable(out var timeline, out var problems).Should().BeFalse();

        timeline.Should().BeNull();
        problems.Should().ContainSingle().Which.ToString()
            .Should().Be("TL003 event 'a', participants[0].actor: unknown actor 'ghost'; add the actor to the timeline first");
    }

    [Theory]
    [InlineData(RelationType.Follows, "2025-03", "2025-04", true)]
    [InlineData(RelationType.Follows, "2025-04", "2025-03", false)]
    [InlineData(RelationType.Follows, "2025-04", "2025", false)]
    [InlineData(RelationType.Implements, "2025-01", "2025-02-03", true)]
    [InlineData(RelationType.RespondsTo, "2025-03-27", "2025-03-28", true)]
    [InlineData(RelationType.Announces, "2025-05", "2025-04", true)]
    [InlineData(RelationType.Announces, "2025-03-28", "2025-04", false)]
    [InlineData(RelationType.PartOf, "2025-02-04", "2025-02-03", true)]
    [InlineData(RelationType.PartOf, "2025-02-03", "2025-02", false)]
    [InlineData(RelationType.Supersedes, "2020", "2025", false)]
    public void Validate_RelationAgainstDates_ContradictionReported(RelationType type, string self, string other, bool contradicts)
    {
        var builder = Timeline.CreateBuilder()
            .Add(new Event("self", "Self", D(self)) { Relations = [new EventRelation(type, "other")] })
            .Add(E("other", other));

        var codes = builder.Validate().Select(p => p.Code);

        if (contradicts)
        {
            codes.Should().Equal(ProblemCodes.RelationContradictsDates);
        }
        else
        {
            codes.Should().BeEmpty();
        }
    }

    [Fact]
    public void Set_ExistingId_ReplacesTheEvent()
    {
        var builder = Timeline.CreateBuilder().Add(E("a", "2025-04"));

        builder.Set(E("a", "2025-04-14"));

        builder.ToImmutable().Single().Date.ToString().Should().Be("2025-04-14");
    }

    [Fact]
    public void ToBuilder_RoundTrip_GivesEqualTimeline()
    {
        var sample = Samples.ElSalvadorUnitedStates2025;

        sample.ToBuilder().ToImmutable().Equals(sample).Should().BeTrue();
    }
}
