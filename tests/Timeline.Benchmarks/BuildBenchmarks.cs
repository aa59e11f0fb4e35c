using Annals.Dates;
using Annals.Model;
using Annals.Timelines;
using BenchmarkDotNet.Attributes;

namespace Annals.Benchmarks;

/// <summary>Building a timeline (validation, sorting) against sorting the same events with
/// <see cref="Array.Sort{T}(T[], IComparer{T})"/> and <see cref="EventOrder"/>, the order the timeline puts them in.
/// The events are in generation order, not sorted.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
[Config(typeof(PerEventConfig))]
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

    /// <summary>For reference: sorting numbers that pack each date's earliest day, latest day and precision (the first
    /// three steps of the order), without the events: the least any sort of these events costs.</summary>
    [Benchmark]
    public long[] SortPackedKeys()
    {
        var keys = new long[events.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            var date = events[i].Date;
            long first = date.Earliest is { } e ? e.ToDateOnly().DayNumber + 1 : 0;
            long last = date.Latest is { } l ? l.ToDateOnly().DayNumber : (1L << 23) - 1;
            keys[i] = (first << 27) | (last << 4) | (long)(DatePrecision.Time - date.Precision);
        }

        Array.Sort(keys);
        return keys;
    }

    [Benchmark]
    public Timeline BuildTimeline() => Timeline.CreateBuilder().AddRange(events).AddActors(actors).ToImmutable();
}
