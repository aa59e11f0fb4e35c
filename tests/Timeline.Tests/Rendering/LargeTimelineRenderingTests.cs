using Annals.Dates;
using Annals.Model;
using Annals.Rendering;
using Annals.Timelines;

namespace Annals.Tests.Rendering;

/// <summary>The Markdown writers read the next events and sources ahead, a block of 16 at a time, and reuse the date
/// label of the event before: whatever the number of events and however dates and statuses follow each other, every
/// event and every source is written once, with its own label.</summary>
public class LargeTimelineRenderingTests
{
    public static TheoryData<int> CountsAroundTheReadAheadBlock => [0, 1, 2, 15, 16, 17, 31, 32, 33, 47, 48, 49, 100];

    [Theory]
    [MemberData(nameof(CountsAroundTheReadAheadBlock))]
    public void ToMarkdown_AnyNumberOfEvents_WritesEveryEventAndEverySourceOnce(int count)
    {
        var timeline = TimelineOf(count);

        var list = MarkdownTree.Parse(ChronologyMarkdown.ToMarkdown(timeline));
        var table = MarkdownTree.Parse(ChronologyMarkdown.ToMarkdown(timeline, new MarkdownOptions { Style = MarkdownStyle.Table }));

        var sources = timeline.Events.Select(e => "Wire, " + e.Sources[0].Url).ToList();
        list.EventItems.Select(MarkdownTree.AfterDate).Should().Equal(timeline.Events.Select(e => ": " + e.Title));
        list.Footnotes.Select(f => MarkdownTree.Text((Markdig.Syntax.ParagraphBlock)f[0])).Should().Equal(sources);
        table.BodyRows.Select(row => MarkdownTree.CellText(row, 1)).Should().Equal(timeline.Events.Select(e => e.Title));
        table.Footnotes.Select(f => MarkdownTree.Text((Markdig.Syntax.ParagraphBlock)f[0])).Should().Equal(sources);
    }

    [Theory]
    [MemberData(nameof(CountsAroundTheReadAheadBlock))]
    public void GroupBy_AnyNumberOfEvents_PutsEveryEventInOneGroup(int count)
    {
        var timeline = TimelineOf(count);

        timeline.GroupBy(TimelineGrouping.Year).SelectMany(g => g.Events).Should().Equal(timeline.Events);
        timeline.GroupBy(TimelineGrouping.Month).Sum(g => g.Events.Length).Should().Be(count);
    }

    [Fact]
    public void ToMarkdown_EventsOnOneDayWithDifferentStatuses_GivesEachItsOwnStatus()
    {
        var day = EdtfDate.Day(2025, 4, 14);
        var timeline = Timeline.Create(
        [
            new Event("a", "First", day) { Status = EventStatus.Occurred },
            new Event("b", "Second", day) { Status = EventStatus.Planned },
            new Event("c", "Third", day) { Status = EventStatus.Planned },
            new Event("d", "Fourth", day) { Status = EventStatus.Cancelled },
            new Event("e", "Fifth", EdtfDate.Parse("2025-04-14").Value) { Status = EventStatus.Occurred },
        ]);

        var markdown = ChronologyMarkdown.ToMarkdown(timeline);

        markdown.Should().Contain(
            "- **14 April 2025**: First\n- **14 April 2025 (planned)**: Second\n- **14 April 2025 (planned)**: Third\n"
            + "- **14 April 2025 (cancelled)**: Fourth\n- **14 April 2025**: Fifth\n");
    }

    [Fact]
    public void ToMarkdown_AsOfDayWithOverduePlanBesideOccurredEventOnItsDay_MarksOnlyThePlan()
    {
        var march = EdtfDate.Month(2025, 3);
        var timeline = Timeline.Create(
        [
            new Event("a", "Plan", march) { Status = EventStatus.Planned },
            new Event("b", "Done", march) { Status = EventStatus.Occurred },
        ]).AsOf(new NodaTime.LocalDate(2025, 5, 1));

        var markdown = ChronologyMarkdown.ToMarkdown(timeline);

        markdown.Should().Contain("- **March 2025**: Done\n").And.Contain("planned for March 2025; no outcome recorded**: Plan\n");
    }

    private static Timeline TimelineOf(int count) =>
        Timeline.Create(Enumerable.Range(1, count).Select(i =>
            new Event($"e{i:D3}", $"Event {i}", EdtfDate.Day(2000 + (i % 3), 1 + (i % 12), 1 + (i % 28)))
            {
                Status = i % 5 == 0 ? EventStatus.Planned : EventStatus.Occurred,
                Sources = [new Source("Wire") { Url = $"https://example.org/{i}" }],
            }));
}
