using System.Collections.Concurrent;
using Annals.Model;
using Annals.Timelines;

namespace Annals.Benchmarks;

/// <summary>Synthetic timelines shared by the benchmarks, generated once per size with a fixed seed.</summary>
public static class Data
{
    public const int Seed = 2025;

    private static readonly ConcurrentDictionary<int, (IReadOnlyList<Event> Events, IReadOnlyList<Actor> Actors)> Records = new();
    private static readonly ConcurrentDictionary<int, Timeline> Timelines = new();

    public static (IReadOnlyList<Event> Events, IReadOnlyList<Actor> Actors) RecordsOf(int count) =>
        Records.GetOrAdd(count, n => SyntheticTimeline.GenerateRecords(n, Seed));

    private static readonly ConcurrentDictionary<int, byte[]> Files = new();

    public static Timeline TimelineOf(int count) =>
        Timelines.GetOrAdd(count, n =>
        {
            var (events, actors) = RecordsOf(n);
            var builder = Timeline.CreateBuilder().AddRange(events).AddActors(actors);
            builder.Title = $"Synthetic timeline of {n} events (seed {Seed})";
            return builder.ToImmutable();
        });

    /// <summary>The timeline of <paramref name="count"/> events as a file: UTF-8 JSON in the canonical layout.</summary>
    public static byte[] FileOf(int count) => Files.GetOrAdd(count, n => Serialization.ChronologyJson.ToUtf8Bytes(TimelineOf(n)));
}
