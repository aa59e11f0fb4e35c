using System.Collections.Concurrent;
using Annals.Timelines;

namespace Annals.ICalendar.Tests;

/// <summary>Exports of one shared timeline from many threads at once give the single-threaded bytes.</summary>
public class ConcurrencyTests
{
    [Fact]
    public void ToICalendar_FromManyThreadsAtOnce_GivesTheSingleThreadedText()
    {
        var (events, actors) = SyntheticTimeline.GenerateRecords(500, 11);
        Timeline Fresh() => Timeline.CreateBuilder().AddRange(events).AddActors(actors).AddRange(Samples.ElSalvadorUnitedStates2025.Events).AddActors(Samples.ElSalvadorUnitedStates2025.Actors).ToImmutable();
        var options = CalendarOptions.Default with { UidDomain = "example.org" };
        var expected = ChronologyCalendar.ToICalendar(Fresh(), options);
        var expectedExcerpt = ChronologyCalendar.ToICalendar(Fresh().Involving("bukele"));
        var shared = Fresh();
        var results = new ConcurrentBag<string>();

        Parallel.For(0, 32, new ParallelOptions { MaxDegreeOfParallelism = 32 }, i =>
            results.Add(i % 2 == 0 ? ChronologyCalendar.ToICalendar(shared, options) : ChronologyCalendar.ToICalendar(shared.Involving("bukele"))));

        results.Should().HaveCount(32);
        results.Count(text => text == expected).Should().Be(16);
        results.Count(text => text == expectedExcerpt).Should().Be(16);
    }
}
