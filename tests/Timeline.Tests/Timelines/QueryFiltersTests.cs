using Annals.Model;
using Annals.Timelines;

namespace Annals.Tests.Timelines;

public class QueryFiltersTests
{
    [Fact]
    public void ToQuery_CommandLineValues_BuildTheEquivalentQuery()
    {
        var result = new QueryFilters
        {
            From = "2025-02",
            To = "2025-04",
            Strict = true,
            Actors = ["bukele"],
            Roles = ["host", "visitor"],
            Kinds = ["visit", "x-inauguration", "174", "CONSULT"],
            Statuses = ["planned"],
            Certainties = ["reported"],
            Tags = ["migration"],
            Text = "white house",
        }.ToQuery();

        result.Success.Should().BeTrue();
        var query = result.Query!;
        query.From!.ToString().Should().Be("2025-02");
        query.To!.ToString().Should().Be("2025-04");
        query.DateMode.Should().Be(DateRangeMode.CertainlyWithin);
        query.Roles.Should().Equal(ParticipantRole.Host, ParticipantRole.Visitor);
        query.Kinds.Should().Equal(EventKind.Visit, EventKind.Custom("x-inauguration"));
        query.CameoCodes.Should().Equal("174");
        query.PloverCategories.Should().Equal("CONSULT");
        query.Statuses.Should().Equal(EventStatus.Planned);
        query.Certainties.Should().Equal(Certainty.Reported);
        query.Text.Should().Be("white house");
    }

    [Fact]
    public void ToQuery_BadValues_ReportsEachWithTheOptionAndASuggestion()
    {
        var result = new QueryFilters
        {
            From = "2025-13",
            Roles = ["hots"],
            Kinds = ["vist"],
            Statuses = ["ocurred"],
            Certainties = ["maybe"],
        }.ToQuery();

        result.Success.Should().BeFalse();
        result.Problems.Should().HaveCount(5);
        result.Problems[0].Should().StartWith("--from: '2025-13' is not an EDTF date, at character 6");
        result.Problems.Should().Contain(p => p.StartsWith("--kind: unknown kind 'vist' (did you mean 'visit'?)"));
        result.Problems.Should().Contain(p => p.StartsWith("--role: unknown role 'hots' (did you mean 'host'?)"));
        result.Problems.Should().Contain(p => p.StartsWith("--status: unknown status 'ocurred' (did you mean 'occurred'?)"));
        result.Problems.Should().Contain("--certainty: unknown certainty 'maybe'; use one of confirmed, reported, alleged, disputed");
    }

    [Fact]
    public void ToQuery_RangeEndingBeforeItStarts_IsAProblem()
    {
        var result = new QueryFilters { From = "2025-04", To = "2025-02" }.ToQuery();

        result.Problems.Should().ContainSingle().Which.Should().Be("--to: the range ends (2025-02) before it starts (2025-04); swap the two dates");
    }

    [Fact]
    public void ToQuery_NoFilters_MatchesEverything()
    {
        new QueryFilters().ToQuery().Query!.IsEmpty.Should().BeTrue();
    }
}
