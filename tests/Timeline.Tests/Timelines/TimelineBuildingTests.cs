using System.Runtime.CompilerServices;
using Annals.Dates;
using Annals.Model;
using Annals.Timelines;
using static Annals.Tests.Timelines.TestData;

namespace Annals.Tests.Timelines;

/// <summary>Building from an asynchronous source, and the order of large timelines whatever the input order.</summary>
public class TimelineBuildingTests
{
    [Fact]
    public async Task CreateAsync_EventsFromAnAsyncSource_SameAsCreate()
    {
        var (events, actors) = SyntheticTimeline.GenerateRecords(500, seed: 3);

        var fromAsync = await Timeline.CreateAsync(Stream(events), actors, "Streamed");

        fromAsync.Should().Equal(Timeline.Create(events, actors, "Streamed"));
        fromAsync.Title.Should().Be("Streamed");
    }

    [Fact]
    public async Task CreateAsync_BadRecords_ThrowsListingTheProblems()
    {
        var act = () => Timeline.CreateAsync(Stream([E("a", "2025"), E("a", "2026")]));

        (await act.Should().ThrowAsync<TimelineValidationException>())
            .Which.Problems.Should().ContainSingle(p => p.Code == ProblemCodes.DuplicateEventId);
    }

    [Fact]
    public async Task AddRangeAsync_Cancelled_StopsWithTheEventsSoFar()
    {
        using var cancellation = new CancellationTokenSource();
        var builder = Timeline.CreateBuilder();

        var act = () => builder.AddRangeAsync(CancelAfter(3, cancellation), cancellation.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        builder.Count.Should().Be(3);
    }

    [Fact]
    public void Create_ManyEventsInAnyOrder_SameOrderAsSortingWithEventOrder()
    {
        var (events, actors) = SyntheticTimeline.GenerateRecords(20_000, seed: 5);
        var expected = events.ToArray();
        Array.Sort(expected, EventOrder.Instance);

        var shuffled = events.OrderBy(e => e.Title.Length).ThenBy(e => e.Id.GetHashCode(StringComparison.Ordinal)).ToList();
        var reversed = expected.Reverse().ToList();

        Timeline.Create(shuffled, actors).Select(e => e.Id).Should().Equal(expected.Select(e => e.Id));
        Timeline.Create(reversed, actors).Select(e => e.Id).Should().Equal(expected.Select(e => e.Id));
        Timeline.Create(expected, actors).Select(e => e.Id).Should().Equal(expected.Select(e => e.Id), "already in order");
    }

    [Fact]
    public void Create_EqualKeysWithDifferentTextsAndLongIds_OrderedByTextThenId()
    {
        // Same bounds and precision, different texts; ids sharing their first eight characters.
        string[] dates = ["2025-02-03", "2025-02-03~", "2025-02-03?", "2025-02-03%"];
        var events = new List<Event>();
        for (var i = 0; i < 40; i++)
        {
            events.Add(E($"same-prefix-{(i * 7) % 40:D3}", dates[i % dates.Length]));
            events.Add(E($"x{i:D2}", "2025-02-03"));
        }

        var expected = events.ToArray();
        Array.Sort(expected, EventOrder.Instance);

        Timeline.Create(events).Select(e => e.Id).Should().Equal(expected.Select(e => e.Id));
        Timeline.Create(expected.Reverse()).Select(e => e.Id).Should().Equal(expected.Select(e => e.Id));
    }

    [Fact]
    public void Create_ManyDistinctTextsWithEqualKeys_OrderedInFull()
    {
        // More distinct texts in one run than are ranked one by one: the run is sorted in full.
        var events = new List<Event>();
        for (var i = 0; i < 30; i++)
        {
            var text = "2025-02-03" + (i % 3) switch { 0 => string.Empty, 1 => "~", _ => "?" };
            var date = EdtfDate.Parse(text).Value;
            var zoned = i % 5 == 0 ? EdtfDate.Parse($"2025-02-03T{i % 24:D2}:00:00Z").Value : date;
            events.Add(new Event($"e{(i * 11) % 30:D2}", "Event", zoned));
        }

        var expected = events.ToArray();
        Array.Sort(expected, EventOrder.Instance);

        Timeline.Create(events).Select(e => e.Id).Should().Equal(expected.Select(e => e.Id));
    }

    private static async IAsyncEnumerable<Event> Stream(IEnumerable<Event> events)
    {
        foreach (var e in events)
        {
            await Task.Yield();
            yield return e;
        }
    }

    private static async IAsyncEnumerable<Event> CancelAfter(int count, CancellationTokenSource cancellation, [EnumeratorCancellation] CancellationToken token = default)
    {
        for (var i = 0; ; i++)
        {
            if (i == count)
            {
                await cancellation.CancelAsync();
            }

            token.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return E($"e{i}", "2025");
        }
    }
}
