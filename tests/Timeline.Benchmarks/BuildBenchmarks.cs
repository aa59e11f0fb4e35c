using Annals.Model;
using Annals.Timelines;
using BenchmarkDotNet.Attributes;

namespace Annals.Benchmarks;

/// <summary>Building a timeline (validation, sorting) against sorting the same keys with <see cref="Array.Sort{T}(T[], IComparer{T})"/>.</summary>
[MemoryDiagnoser]
public class BuildBenchmarks
{
    private Event[] events = [];
    private IReadOnlyList<Actor> actors = [];

    [Params(10_000, 100_000, 1_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var records = Data.RecordsOf(N);
        events = [.. records.Events];
        actors = records.Actors;
    }

    [Benchmark(Baseline = true)]
    public Event[] SortKeys()
    {
        var keys = (Event[])events.Clone();
        Array.Sort(keys, EventOrder.Instance);
        return keys;
    }

    [Benchmark]
    public Timeline BuildTimeline() => Timeline.CreateBuilder().AddRange(events).AddActors(actors).ToImmutable();
}
