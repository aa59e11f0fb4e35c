using Annals.Model;
using Annals.Timelines;
using static Annals.Tests.Timelines.TestData;

namespace Annals.Tests.Timelines;

public class TimelineMergeTests
{
    [Fact]
    public void Merge_DisjointTimelines_HoldsBothInOrder()
    {
        var first = Timeline.Create([E("b", "2025-02")], [A("rubio")], "First");
        var second = Timeline.Create([E("a", "2025-01")], [A("bukele")], "Second");

        var merge = first.Merge(second);

        merge.Succeeded.Should().BeTrue();
        merge.Timeline!.Select(e => e.Id).Should().Equal("a", "b");
        merge.Timeline!.Actors.Select(a => a.Id).Should().Equal("bukele", "rubio");
        merge.Timeline!.Title.Should().Be("First");
    }

    [Fact]
    public void Merge_SameRecordInBoth_KeptOnce()
    {
        var first = Timeline.Create([E("a", "2025-01"), E("b", "2025-02")]);
        var second = Timeline.Create([E("a", "2025-01")]);

        first.Merge(second).Timeline.Should().HaveCount(2);
    }

    [Fact]
    public void Merge_DifferentRecordsUnderOneId_ReportsConflictWithChangedFieldsAndNoTimeline()
    {
        var planned = new Event("visit", "Visit", D("2025-04")) { Status = EventStatus.Planned, Certainty = Certainty.Reported };
        var occurred = new Event("visit", "Visit", D("2025-04-14"));
        var first = Timeline.Create([planned], [A("bukele", "Nayib Bukele")]);
        var second = Timeline.Create([occurred], [A("bukele", "N. Bukele")]);

        var merge = first.Merge(second);

        merge.Succeeded.Should().BeFalse();
        merge.Timeline.Should().BeNull();
        merge.Conflicts.Select(c => c.ToString()).Should().Equal(
            "actor 'bukele': name: Nayib Bukele → N. Bukele",
            "event 'visit': date: 2025-04 → 2025-04-14; status: planned → occurred; certainty: reported → confirmed");
    }

    [Fact]
    public void Merge_RecordsThatContradictOnceCombined_ReportsProblems()
    {
        var first = Timeline.Create([new Event("reply", "Reply", D("2025-01")) { Relations = [] }]);
        var second = Timeline.Create([E("other", "2025-02")]);
        var withBadRelation = Timeline.Create([new Event("late", "Late", D("2024")) { Relations = [] }]);

        first.Merge(second).Succeeded.Should().BeTrue();

        var broken = Timeline.CreateBuilder()
            .Add(new Event("x", "X", D("2024")) { Relations = [new EventRelation(RelationType.Follows, "y")] });
        broken.Validate().Should().ContainSingle().Which.Code.Should().Be(ProblemCodes.UnknownEvent);
        broken.Add(E("y", "2025"));
        broken.Validate().Should().ContainSingle().Which.Code.Should().Be(ProblemCodes.RelationContradictsDates);
        withBadRelation.Merge(first).Succeeded.Should().BeTrue();
    }
}
