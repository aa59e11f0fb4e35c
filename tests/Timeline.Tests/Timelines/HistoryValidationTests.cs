using Annals.Model;
using Annals.Timelines;
using NodaTime;
using static Annals.Tests.Timelines.TestData;

namespace Annals.Tests.Timelines;

public class HistoryValidationTests
{
    [Fact]
    public void Validate_HistoryWithoutRecordedDay_ReportsTL009()
    {
        var e = E("visit", "2025-04-14") with { History = [new EventRevision(new LocalDate(2025, 3, 28)) { Status = EventStatus.Planned }] };

        var problem = Timeline.CreateBuilder().Add(e).Validate().Should().ContainSingle().Subject;

        problem.ToString().Should().Be(
            "TL009 event 'visit', recorded: the event has earlier states but no recorded day of its own; set 'recorded' to the day its current state was recorded");
    }

    [Fact]
    public void Validate_RevisionNotBeforeTheCurrentState_ReportsTL010()
    {
        var e = E("visit", "2025-04-14") with
        {
            Recorded = new LocalDate(2025, 4, 14),
            History = [new EventRevision(new LocalDate(2025, 4, 14)) { Status = EventStatus.Planned }],
        };

        var problem = Timeline.CreateBuilder().Add(e).Validate().Should().ContainSingle().Subject;

        problem.Code.Should().Be(ProblemCodes.RevisionOutOfOrder);
        problem.Field.Should().Be("history[0].recorded");
        problem.Message.Should().Be("this earlier state is recorded on 2025-04-14, not before the current state's 2025-04-14; earlier states must be recorded earlier");
    }

    [Fact]
    public void Validate_TwoRevisionsOnOneDay_ReportsTL010()
    {
        var e = E("visit", "2025-04-14") with
        {
            Recorded = new LocalDate(2025, 4, 14),
            History =
            [
                new EventRevision(new LocalDate(2025, 3, 28)) { Status = EventStatus.Planned },
                new EventRevision(new LocalDate(2025, 3, 28)) { Certainty = Certainty.Reported },
            ],
        };

        var problem = Timeline.CreateBuilder().Add(e).Validate().Should().ContainSingle().Subject;

        problem.Field.Should().Be("history[1].recorded");
        problem.Message.Should().Be("another earlier state is also recorded on 2025-03-28; merge the two");
    }

    [Fact]
    public void Validate_BadLinkInAnEarlierState_ReportsTL005OnThatSource()
    {
        var e = E("visit", "2025-04-14") with
        {
            Recorded = new LocalDate(2025, 4, 14),
            History = [new EventRevision(new LocalDate(2025, 3, 28)) { Sources = [new Source("X") { Url = "javascript:alert(1)" }] }],
        };

        var problem = Timeline.CreateBuilder().Add(e).Validate().Should().ContainSingle().Subject;

        problem.Code.Should().Be(ProblemCodes.BadSourceUrl);
        problem.Field.Should().Be("history[0].sources[0].url");
    }

    [Fact]
    public void AsOf_EventWithSeveralRevisions_ShowsTheLatestOnOrBeforeTheDay()
    {
        var e = new Event("visit", "Visit", D("2025-04-14"))
        {
            Recorded = new LocalDate(2025, 4, 14),
            History =
            [
                new EventRevision(new LocalDate(2025, 3, 28)) { Date = D("2025-04"), Status = EventStatus.Planned },
                new EventRevision(new LocalDate(2025, 4, 5)) { Date = D("2025-04-1X"), Status = EventStatus.Planned },
            ],
        };

        e.AsOf(new LocalDate(2025, 3, 27)).Should().BeNull();
        e.AsOf(new LocalDate(2025, 4, 1))!.Date.ToString().Should().Be("2025-04");
        e.AsOf(new LocalDate(2025, 4, 1))!.History.Should().BeEmpty();
        var on8April = e.AsOf(new LocalDate(2025, 4, 8))!;
        on8April.Date.ToString().Should().Be("2025-04-1X");
        on8April.History.Should().ContainSingle().Which.Recorded.Should().Be(new LocalDate(2025, 3, 28));
        e.AsOf(new LocalDate(2025, 4, 14)).Should().BeSameAs(e);
    }
}
