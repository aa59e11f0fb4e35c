using System.Text;
using Annals.Dates;
using Annals.Model;
using Annals.Serialization;
using Annals.Timelines;

namespace Annals.Tests.Serialization;

/// <summary>Files that are well-formed JSON but built to make loading slow (quadratic checks, deep recursion): each
/// loads or fails in about linear time, and never overflows the stack.</summary>
/// <remarks>Every case here took minutes, or crashed the process, before the checks were bounded.</remarks>
public class HostileFileTests
{
    private static LoadResult LoadHostile(string json)
    {
        var result = ChronologyJson.Parse(json);
        return result;
    }

    private static string File(IEnumerable<string> events, IEnumerable<string>? actors = null) =>
        """{"timeline": 1, "title": "T", "actors": [""" + string.Join(",\n", actors ?? []) + "],\n\"events\": [" + string.Join(",\n", events) + "]}";

    private static string Relative(int i, int anchor) =>
        "{\"id\": \"e" + i + "\", \"title\": \"E\", \"relativeTo\": {\"offset\": \"1 day after\", \"event\": \"e" + anchor + "\"}}";

    private static string Event(int i, string date = "\"2025\"", string extra = "") =>
        $$"""{"id": "e{{i}}", "title": "E", "date": {{date}}{{extra}}}""";

    [Fact]
    public void Load_ThousandsOfUnknownActorsAmongThousandsOfActors_IsQuick()
    {
        // Each suggestion compares with every actor; the later ones get none once the work allowed is spent.
        const int Count = 3_000;
        var actors = Enumerable.Range(0, Count).Select(i => $$"""{"id": "actor-{{i:D6}}", "name": "A"}""");
        var events = Enumerable.Range(0, Count).Select(i => Event(i, extra: $$""", "participants": [{"actor": "actr-{{i:D6}}"}]"""));

        var result = LoadHostile(File(events, actors));

        result.Problems.Should().HaveCount(Count).And.OnlyContain(p => p.Code == ProblemCodes.UnknownActor);
        result.Problems[0].Message.Should().Be("unknown actor 'actr-000000' (did you mean 'actor-000000'?)");
        result.Problems[^1].Message.Should().Be("unknown actor 'actr-002999'; add the actor to the timeline first");
    }

    [Fact]
    public void Load_ThousandsOfRelationsToUnknownEvents_IsQuick()
    {
        const int Count = 3_000;
        var events = Enumerable.Range(0, Count).Select(i => Event(i, extra: $$""", "relations": [{"type": "follows", "event": "x{{i}}"}]"""));

        var result = LoadHostile(File(events));

        result.Problems.Should().HaveCount(Count).And.OnlyContain(p => p.Code == ProblemCodes.UnknownEvent);
        result.Problems[0].Message.Should().Be("unknown event 'x0' (did you mean 'e0'?)");
        result.Problems[^1].Message.Should().Be("unknown event 'x2999'; add that event, or remove the relation");
    }

    [Fact]
    public void Load_ThousandsOfMisspeltTimeZones_IsQuick()
    {
        const int Count = 3_000;
        var events = Enumerable.Range(0, Count).Select(i => Event(i, extra: $$""", "timeZone": "Amrica/New_Yrk{{i}}" """));

        var result = LoadHostile(File(events));

        result.Problems.Should().HaveCount(Count).And.OnlyContain(p => p.Code == LoadProblemCodes.UnknownTimeZone);
        result.Problems[0].Message.Should().Be("unknown time zone 'Amrica/New_Yrk0' (did you mean 'America/New_York'?)");
        result.Problems[^1].Message.Should().Be("unknown time zone 'Amrica/New_Yrk2999'; use an IANA time zone id, such as 'America/New_York' or 'UTC'");
    }

    [Fact]
    public void Load_LongChainOfRelativeDates_ResolvesWithoutRecursion()
    {
        // Each event is a day after the next one, written last first, so that resolving the first walks the whole chain.
        const int Count = 5_000;
        var events = Enumerable.Range(0, Count).Select(i => i == Count - 1
            ? Event(i, "\"1900-01-01\"")
            : Relative(i, i + 1));

        var result = LoadHostile(File(events));

        result.Problems.Should().BeEmpty();
        result.Timeline!.Find("e0")!.Date.Should().Be(EdtfDate.Parse("1913-09-09").Value);
    }

    [Fact]
    public void Build_ChainOfFortyThousandRelativeDates_DoesNotOverflowTheStack()
    {
        // Deep enough to overflow a thread's stack were the chain followed by recursion.
        const int Count = 40_000;
        var events = Enumerable.Range(0, Count).Select(i => i == Count - 1
            ? new Event("e" + i, "E", EdtfDate.Day(1700, 1, 1))
            : new Event("e" + i, "E", EdtfDate.Year(2025)) { RelativeTo = new RelativeDate("1 day after", "e" + (i + 1)) });

        var timeline = Timeline.Create(events);

        timeline.Find("e0")!.Date.Earliest.Should().Be(new NodaTime.LocalDate(1700, 1, 1).PlusDays(Count - 1));
    }

    [Fact]
    public void Load_CycleOfThousandsOfRelativeDates_IsOneShortProblem()
    {
        const int Count = 10_000;
        var events = Enumerable.Range(0, Count).Select(i =>
            Relative(i, (i + 1) % Count));

        var result = LoadHostile(File(events));

        var problem = result.Problems.Should().ContainSingle().Subject;
        problem.Code.Should().Be(ProblemCodes.RelativeDateCycle);
        problem.Message.Should().Be(
            "the relative dates form a cycle (e0 → e1 → e2 → e3 → e4 → … (9,993 more) → e9998 → e9999 → e0); give one of these events a date of its own");
    }

    [Fact]
    public void Load_LongChainRelativeToABrokenDate_ReportsOnlyTheBrokenDate()
    {
        const int Count = 10_000;
        var events = Enumerable.Range(0, Count).Select(i => i == Count - 1
            ? Event(i, "\"2025-02-30\"")
            : Relative(i, i + 1));

        var result = LoadHostile(File(events));

        result.Problems.Should().ContainSingle().Which.Code.Should().Be(LoadProblemCodes.InvalidDate);
    }

    [Fact]
    public void Load_FileAppendedToItself_ReportsEveryDuplicateQuickly()
    {
        const int Count = 1_500;
        var events = Enumerable.Range(0, 2 * Count).Select(i => Event(i % Count, extra: """, "sources": [{"publisher": "P", "url": "ftp://x"}]"""));

        var result = LoadHostile(File(events));

        result.Problems.Count(p => p.Code == ProblemCodes.DuplicateEventId).Should().Be(Count);
        result.Problems.Count(p => p.Code == ProblemCodes.BadSourceUrl).Should().BeGreaterThanOrEqualTo(Count);
    }

    [Fact]
    public void Load_ThousandsOfSameDayEventsFollowingEachOtherInPairs_IsQuick()
    {
        // Pairs that follow each other: cycles, which the same-date ordering breaks by id.
        const int Count = 10_000;
        var events = Enumerable.Range(0, Count).Select(i =>
            Event(i, "\"2025-03-01\"", $$""", "relations": [{"type": "follows", "event": "e{{i ^ 1}}"}]"""));

        var result = LoadHostile(File(events));

        result.Problems.Should().BeEmpty();
        result.Timeline!.Count.Should().Be(Count);
    }

    [Fact]
    public void Load_TenThousandDatesOnADayNoYearHas_IsQuick()
    {
        // Found by fuzzing (docs/reliability.md): each XXXX-11-31 tried all 10,000 years its digits allow before it
        // was refused, so this half-megabyte file took 30 seconds to load.
        const int Count = 10_000;
        var events = Enumerable.Range(0, Count).Select(i => Event(i, "\"XXXX-11-31\""));

        var result = LoadHostile(File(events));

        result.Problems.Should().HaveCount(Count).And.OnlyContain(p => p.Code == LoadProblemCodes.InvalidDate);
        result.Problems[0].Message.Should().Be("invalid date 'XXXX-11-31': XXXX-11-31 is not a day: no year and month that it allows has such a day");
    }

    [Fact]
    public void Load_ManyProblemsOnALongLineWithWideCharacters_HaveTheRightColumns()
    {
        var builder = new StringBuilder("""{"timeline": 1, "title": "😀", "events": [""");
        for (var i = 0; i < 3; i++)
        {
            builder.Append(i > 0 ? "," : string.Empty).Append($$"""{"id": "e{{i}}", "title": "é😀", "date": "2025", "status": "x"}""");
        }

        var json = builder.Append("]}").ToString();

        var columns = ChronologyJson.Parse(json).Problems.Select(p => p.Column);

        columns.Should().Equal(AllIndexesOf(json, "\"x\"").Select(i => i + 1));
    }

    private static IEnumerable<int> AllIndexesOf(string text, string value)
    {
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            yield return i;
        }
    }
}
