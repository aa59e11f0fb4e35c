using Annals.Dates;
using Annals.Model;
using Annals.Timelines;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace Annals.Benchmarks;

/// <summary>The as-of view over a timeline whose events all carry a history, against building the timeline.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class AsOfBenchmarks
{
    private Timeline timeline = Timeline.Empty;
    private Event[] events = [];
    private IReadOnlyList<Actor> actors = [];

    [Params(100_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var records = Data.RecordsOf(N);
        actors = records.Actors;
        events = records.Events.Select(WithHistory).ToArray();
        timeline = Timeline.CreateBuilder().AddRange(events).AddActors(actors).ToImmutable();
    }

    [Benchmark(Baseline = true)]
    public Timeline Build() => Timeline.CreateBuilder().AddRange(events).AddActors(actors).ToImmutable();

    [Benchmark]
    public Timeline AsOf() => timeline.AsOf(new LocalDate(2000, 1, 1));

    private static Event WithHistory(Event e)
    {
        // Each event was first recorded as planned for its month, and later as it is.
        var latest = e.Date.Latest ?? new LocalDate(2030, 1, 1);
        return e with
        {
            Recorded = latest.PlusDays(1),
            History =
            [
                new EventRevision(latest.PlusDays(-40))
                {
                    Status = EventStatus.Planned,
                    Certainty = Certainty.Reported,
                    Date = e.Date.Earliest is { } first ? EdtfDate.Month(first.Year, first.Month) : null,
                },
            ],
        };
    }
}
