using Annals.Model;
using Annals.Timelines;
using BenchmarkDotNet.Attributes;

namespace Annals.Benchmarks;

/// <summary>An actor query against a LINQ scan over a list. The actor is a mid-ranked one of the Zipf distribution.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class ActorQueryBenchmarks
{
    private const string ActorId = "actor-0500";
    private Timeline timeline = Timeline.Empty;
    private List<Event> list = [];

    [Params(10_000, 100_000, 1_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        timeline = Data.TimelineOf(N);
        list = [.. timeline];
        _ = timeline.Involving(ActorId).Count;
    }

    [Benchmark(Baseline = true)]
    public int LinqWhere() => list.Where(e => e.Participants.Any(p => p.ActorId == ActorId)).Count();

    [Benchmark]
    public int IndexedInvolving() => timeline.Involving(ActorId).Count;
}
