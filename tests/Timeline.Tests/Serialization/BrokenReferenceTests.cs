using static Annals.Tests.Serialization.LoadAssertions;

namespace Annals.Tests.Serialization;

/// <summary>Problems between records, found by the timeline builder or by the loader, mapped back to the JSON they
/// come from.</summary>
public class BrokenReferenceTests
{
    [Fact]
    public void Load_UnknownActor_ReportsTheParticipantWithASuggestion()
    {
        const string json = """
            {
              "timeline": 1,
              "title": "T",
              "actors": [{"id": "rubio", "name": "Marco Rubio"}, {"id": "bukele", "name": "Nayib Bukele"}],
              "events": [
                {"id": "visit", "title": "Visit", "date": "2025-02-03",
                 "participants": [{"actor": "bukele", "role": "host"}, {"actor": "rubioo", "role": "visitor"}]}
              ]
            }
            """;

        ProblemsOf(json).Should().Equal(
            Error(7, 70, "$.events[0].participants[1].actor", "TL003", "unknown actor 'rubioo' (did you mean 'rubio'?)"));
    }

    [Fact]
    public void Load_UnknownEvent_ReportsTheRelation()
    {
        const string json = """
            {"timeline": 1, "title": "T", "events": [
              {"id": "reply", "title": "Reply", "date": "2025-03-28",
               "relations": [{"type": "responds-to", "event": "nowhere"}]}]}
            """;

        ProblemsOf(json).Should().Equal(
            Error(3, 51, "$.events[0].relations[0].event", "TL004", "unknown event 'nowhere'; add that event, or remove the relation"));
    }

    [Fact]
    public void Load_DuplicateEventIds_ReportsTheSecondWithTheLineOfTheFirst()
    {
        const string json = """
            {"timeline": 1, "title": "T", "events": [
              {"id": "visit", "title": "Visit", "date": "2025-04"},
              {"id": "visit", "title": "Visit again", "date": "2025-04-14"}]}
            """;

        ProblemsOf(json).Should().Equal(
            Error(3, 10, "$.events[1].id", "TL001",
                "another event already has the id 'visit' (line 2); give each event its own id, or merge the two records"));
    }

    [Fact]
    public void Load_DuplicateIdWhoseFirstRecordIsBroken_IsStillReported()
    {
        const string json = """
            {"timeline": 1, "title": "T", "events": [
              {"id": "visit", "title": "Visit", "date": "2025-4"},
              {"id": "visit", "title": "Visit again", "date": "2025-04-14"}]}
            """;

        ProblemsOf(json).Should().Equal(
            Error(2, 51, "$.events[0].date", "JS011", "invalid date '2025-4': a month has exactly two digits, such as 04"),
            Error(3, 10, "$.events[1].id", "TL001",
                "another event already has the id 'visit' (line 2); give each event its own id, or merge the two records"));
    }

    [Fact]
    public void Load_DuplicateActorIds_ReportsTheSecond()
    {
        const string json = """
            {"timeline": 1, "title": "T", "actors": [
              {"id": "bukele", "name": "Nayib Bukele"},
              {"id": "bukele", "name": "Nayib Armando Bukele Ortez"}]}
            """;

        ProblemsOf(json).Should().Equal(
            Error(3, 10, "$.actors[1].id", "TL002", "another actor already has the id 'bukele' (line 2); give each actor its own id"));
    }

    [Fact]
    public void Load_JavascriptUrl_ReportsTheSourceUrl()
    {
        const string json = """
            {"timeline": 1, "title": "T", "events": [
              {"id": "a", "title": "A", "date": "2025",
               "sources": [{"publisher": "NBC News", "url": "https://www.nbcnews.com/"},
                           {"publisher": "Someone", "url": "javascript:alert(1)"}]}]}
            """;

        ProblemsOf(json).Should().Equal(
            Error(4, 48, "$.events[0].sources[1].url", "TL005",
                "'javascript:alert(1)' is not an absolute http or https link; use a link such as 'https://example.org/article'"));
    }

    [Fact]
    public void Load_FtpUrl_ReportsTheSourceUrl()
    {
        const string json = """
            {"timeline": 1, "title": "T", "events": [
              {"id": "a", "title": "A", "date": "2025", "sources": [{"publisher": "Archive", "url": "ftp://example.org/a.pdf"}]}]}
            """;

        ProblemsOf(json).Should().Equal(
            Error(2, 89, "$.events[0].sources[0].url", "TL005",
                "'ftp://example.org/a.pdf' is not an absolute http or https link; use a link such as 'https://example.org/article'"));
    }

    [Fact]
    public void Load_RelationContradictingTheDates_ReportsTheRelation()
    {
        const string json = """
            {"timeline": 1, "title": "T", "events": [
              {"id": "call", "title": "Call", "date": "2025-01-25", "relations": [{"type": "follows", "event": "visit"}]},
              {"id": "visit", "title": "Visit", "date": "2025-02-03"}]}
            """;

        ProblemsOf(json).Should().Equal(
            Error(2, 100, "$.events[0].relations[0].event", "TL006",
                "'call' (2025-01-25) follows 'visit' (2025-02-03), but it certainly comes before it; fix one of the dates or the relation"));
    }

    [Fact]
    public void Load_SelfRelation_ReportsTheRelation()
    {
        const string json = """
            {"timeline": 1, "title": "T", "events": [
              {"id": "visit", "title": "Visit", "date": "2025-04", "relations": [{"type": "supersedes", "event": "visit"}]}]}
            """;

        ProblemsOf(json).Should().Equal(
            Error(2, 102, "$.events[0].relations[0].event", "TL007", "the event supersedes itself; name another event"));
    }

    [Fact]
    public void Load_SameActorTwiceInOneRole_ReportsTheSecondParticipant()
    {
        const string json = """
            {"timeline": 1, "title": "T", "actors": [{"id": "bukele", "name": "Nayib Bukele"}], "events": [
              {"id": "a", "title": "A", "date": "2025",
               "participants": [{"actor": "bukele", "role": "host"}, {"actor": "bukele", "role": "host"}]}]}
            """;

        ProblemsOf(json).Should().Equal(
            Error(3, 58, "$.events[0].participants[1]", "TL008", "'bukele' is listed twice as host; remove one"));
    }

    [Fact]
    public void Load_HistoryWithoutRecordedDay_ReportsTheMissingFieldAtTheEvent()
    {
        const string json = """
            {"timeline": 1, "title": "T", "events": [
              {"id": "visit", "title": "Visit", "date": "2025-04-14",
               "history": [{"recorded": "2025-03-28", "date": "2025-04", "status": "planned"}]}]}
            """;

        ProblemsOf(json).Should().Equal(
            Error(2, 3, "$.events[0].recorded", "TL009",
                "the event has earlier states but no recorded day of its own; set 'recorded' to the day its current state was recorded"));
    }

    [Fact]
    public void Load_EarlierStateRecordedLater_ReportsTheHistoryEntry()
    {
        const string json = """
            {"timeline": 1, "title": "T", "events": [
              {"id": "visit", "title": "Visit", "date": "2025-04-14", "recorded": "2025-04-14",
               "history": [{"recorded": "2025-03-28", "status": "planned"}, {"recorded": "2025-04-15", "status": "postponed"}]}]}
            """;

        ProblemsOf(json).Should().Equal(
            Error(3, 78, "$.events[0].history[1].recorded", "TL010",
                "this earlier state is recorded on 2025-04-15, not before the current state's 2025-04-14; earlier states must be recorded earlier"));
    }

    [Fact]
    public void Load_EarlierStateWithABadUrl_ReportsItLikeACurrentSource()
    {
        const string json = """
            {"timeline": 1, "title": "T", "events": [
              {"id": "visit", "title": "Visit", "date": "2025-04-14", "recorded": "2025-04-14",
               "history": [{"recorded": "2025-03-28", "sources": [{"publisher": "X", "url": "www.x.com/nicksortor"}]}]}]}
            """;

        ProblemsOf(json).Should().Equal(
            Error(3, 81, "$.events[0].history[0].sources[0].url", "TL005",
                "'www.x.com/nicksortor' is not an absolute http or https link; use a link such as 'https://example.org/article'"));
    }

    [Fact]
    public void Load_ReferenceToABrokenActor_ReportsOnlyTheActorsOwnProblem()
    {
        const string json = """
            {"timeline": 1, "title": "T",
             "actors": [{"id": "bukele"}],
             "events": [{"id": "a", "title": "A", "date": "2025", "participants": [{"actor": "bukele"}]}]}
            """;

        ProblemsOf(json).Should().Equal(Error(2, 13, "$.actors[0].name", "JS006", "missing required field 'name'"));
    }

    [Fact]
    public void Load_ReferenceToABrokenEvent_ReportsOnlyTheEventsOwnProblem()
    {
        const string json = """
            {"timeline": 1, "title": "T", "events": [
              {"id": "report", "title": "Report", "date": "2025-03-28", "relations": [{"type": "announces", "event": "visit"}]},
              {"id": "visit", "title": "Visit", "date": "April 2025"}]}
            """;

        ProblemsOf(json).Should().Equal(
            Error(3, 46, "$.events[1].date", "JS011", "invalid date 'April 2025': expected a year of four digits, such as 2025, but found 'A'"));
    }

    [Fact]
    public void Load_BuilderProblemAfterABrokenParticipant_PointsAtTheRightParticipant()
    {
        // The first participant has a bad id, so the built event has one participant; the builder's participants[0]
        // is the file's participants[1].
        const string json = """
            {"timeline": 1, "title": "T", "actors": [{"id": "trump", "name": "Donald Trump"}], "events": [
              {"id": "a", "title": "A", "date": "2025", "participants": [{"actor": "Trump"}, {"actor": "trumpp"}]}]}
            """;

        ProblemsOf(json).Should().Equal(
            Error(2, 72, "$.events[0].participants[0].actor", "JS013",
                "'Trump' is not a valid id (did you mean 'trump'?): use lowercase letters, digits and single hyphens or underscores, starting with a letter or digit, e.g. 'rubio-visit-2025'"),
            Error(2, 92, "$.events[0].participants[1].actor", "TL003", "unknown actor 'trumpp' (did you mean 'trump'?)"));
    }

    [Fact]
    public void Load_ManyProblems_ReportsThemAllInFileOrder()
    {
        const string json = """
            {
              "timeline": 1,
              "title": "T",
              "actors": [
                {"id": "bukele", "name": "Nayib Bukele", "kind": "persn"}
              ],
              "events": [
                {"id": "a", "title": "A", "date": "2025-13", "status": "ocurred",
                 "participants": [{"actor": "bukelee"}]},
                {"id": "b", "date": "2025", "timeZone": "Europe/Pariss", "statu": "planned"}
              ]
            }
            """;

        var result = Load(json);

        result.Success.Should().BeFalse();
        result.Problems.Should().Equal(
            Error(5, 54, "$.actors[0].kind", "JS008", "unknown actor kind 'persn' (did you mean 'person'?)"),
            Error(8, 45, "$.events[0].date", "JS011", "invalid date '2025-13': month 13 does not exist: months are 01–12 (and 21–41 are seasons)"),
            Error(8, 60, "$.events[0].status", "JS008", "unknown status 'ocurred' (did you mean 'occurred'?)"),
            Error(9, 33, "$.events[0].participants[0].actor", "TL003", "unknown actor 'bukelee' (did you mean 'bukele'?)"),
            Error(10, 5, "$.events[1].title", "JS006", "missing required field 'title'"),
            Error(10, 45, "$.events[1].timeZone", "JS012", "unknown time zone 'Europe/Pariss' (did you mean 'Europe/Paris'?)"),
            Warning(10, 62, "$.events[1].statu", "JS009", "unknown field 'statu' (did you mean 'status'?); it is kept as extension data"));
        result.Errors.Should().HaveCount(6);
        result.Warnings.Should().ContainSingle();
        result.ToString().Should().Be("failed, 6 errors, 1 warning");
    }
}
