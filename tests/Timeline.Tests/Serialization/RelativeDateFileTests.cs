using Annals.Dates;
using Annals.Model;
using Annals.Serialization;
using Annals.Timelines;
using static Annals.Tests.Serialization.LoadAssertions;

namespace Annals.Tests.Serialization;

/// <summary>Dates given relative to another event: <c>"relativeTo": {"offset": …, "event": …}</c>.</summary>
public class RelativeDateFileTests
{
    private const string Call = """
        {
          "timeline": 1,
          "title": "T",
          "events": [
            {
              "id": "inauguration",
              "title": "Inauguration",
              "date": "2025-01-20"
            },
            {
              "id": "call",
              "title": "Call",
              "date": "[2025-01-22..2025-01-27]",
              "relativeTo": {
                "offset": "a few days after",
                "event": "inauguration",
                "x-note": 1
              }
            }
          ]
        }

        """;

    [Fact]
    public void Load_RelativeDateWithoutADate_ComputesTheDate()
    {
        const string json = """
            {"timeline": 1, "title": "T", "events": [
              {"id": "call", "title": "Call", "relativeTo": {"offset": "a few days after", "event": "inauguration"}},
              {"id": "inauguration", "title": "Inauguration", "date": "2025-01-20"}]}
            """;

        var result = Load(json);

        result.Problems.Should().BeEmpty();
        var call = result.Timeline!.Find("call")!;
        call.Date.ToString().Should().Be("[2025-01-22..2025-01-27]");
        call.RelativeTo.Should().Be(new RelativeDate("a few days after", "inauguration"));
    }

    [Fact]
    public void Load_RelativeDateWithAStaleDate_RecomputesIt()
    {
        var json = Call.Replace("[2025-01-22..2025-01-27]", "1999", StringComparison.Ordinal);

        Load(json).Timeline!.Find("call")!.Date.ToString().Should().Be("[2025-01-22..2025-01-27]");
    }

    [Fact]
    public void Save_RelativeDate_WritesTheComputedDateAndTheRuleAndRoundTrips()
    {
        var json = Call.Replace("\r\n", "\n", StringComparison.Ordinal);

        var document = Load(json).GetDocumentOrThrow();

        ChronologyJson.ToJson(document).Should().Be(json);
        document.Extensions.ForEvent("call").RelativeTo.Select(f => f.Key).Should().Equal("x-note");
    }

    [Fact]
    public void Save_RelativeDateBuiltInCode_RoundTrips()
    {
        var timeline = Timeline.Create(
            [
                new Event("inauguration", "Inauguration", EdtfDate.Day(2025, 1, 20)),
                new Event("call", "Call", EdtfDate.Year(2025)) { RelativeTo = new RelativeDate("3 days after", "inauguration") },
            ],
            title: "T");

        Load(ChronologyJson.ToJson(timeline)).Timeline.ShouldEqualTimeline(timeline);
    }

    [Fact]
    public void Load_RelativeDatesInACycle_ReportsTheRule()
    {
        const string json = """
            {"timeline": 1, "title": "T", "events": [
              {"id": "a", "title": "A", "relativeTo": {"offset": "3 days after", "event": "b"}},
              {"id": "b", "title": "B", "relativeTo": {"offset": "3 days after", "event": "a"}}]}
            """;

        ProblemsOf(json).Should().Equal(
            Error(2, 43, "$.events[0].relativeTo", "TL011",
                "the relative dates form a cycle (a → b → a); give one of these events a date of its own"));
    }

    [Fact]
    public void Load_BadRelativeDates_ReportsEachWhereItIs()
    {
        const string json = """
            {"timeline": 1, "title": "T", "events": [
              {"id": "inauguration", "title": "Inauguration", "date": "2025-01-20"},
              {"id": "call", "title": "Call", "relativeTo": {"offset": "a fortnight after", "event": "inauguration"}},
              {"id": "visit", "title": "Visit", "relativeTo": {"offset": "3 days after", "event": "nowhere"}},
              {"id": "other", "title": "Other", "relativeTo": {"event": "Inauguration"}}]}
            """;

        ProblemsOf(json).Should().Equal(
            Error(3, 60, "$.events[1].relativeTo.offset", "TL012",
                "cannot compute 'a fortnight after inauguration' from 'inauguration' (2025-01-20): 'fortnight' is not a unit; use day, week, month or year"),
            Error(4, 87, "$.events[2].relativeTo.event", "TL004",
                "the date is relative to an unknown event 'nowhere'; add that event, or give this one a date of its own"),
            Error(5, 51, "$.events[3].relativeTo.offset", "JS006", "missing required field 'offset'"),
            Error(5, 61, "$.events[3].relativeTo.event", "JS013",
                "'Inauguration' is not a valid id (did you mean 'inauguration'?): use lowercase letters, digits and single hyphens or underscores, starting with a letter or digit, e.g. 'rubio-visit-2025'"));
    }

    [Fact]
    public void Load_ChainRelativeToABrokenDate_ReportsOnlyTheBrokenDate()
    {
        const string json = """
            {"timeline": 1, "title": "T", "events": [
              {"id": "inauguration", "title": "Inauguration", "date": "2025-13-20"},
              {"id": "call", "title": "Call", "relativeTo": {"offset": "3 days after", "event": "inauguration"}},
              {"id": "visit", "title": "Visit", "relativeTo": {"offset": "3 days after", "event": "call"}}]}
            """;

        ProblemsOf(json).Should().Equal(
            Error(2, 65, "$.events[0].date", "JS011",
                "invalid date '2025-13-20': month 13 does not exist: months are 01–12 (and 21–41 are seasons)"));
    }

    [Fact]
    public void Load_NoDateAndNoRelativeDate_ReportsTheMissingDate()
    {
        ProblemsOf("""{"timeline": 1, "title": "T", "events": [{"id": "a", "title": "A"}]}""").Should().Equal(
            Error(1, 42, "$.events[0].date", "JS006", "missing required field 'date'"));
    }
}
