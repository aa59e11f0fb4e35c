using System.Text.Json;
using Annals.Serialization;
using Annals.Timelines;
using BenchmarkDotNet.Attributes;

namespace Annals.Benchmarks;

/// <summary>Loading a timeline file (checking every field and record, parsing every date, building and validating the
/// timeline) against a bare <see cref="JsonSerializer.Deserialize{TValue}(Stream, JsonSerializerOptions?)"/> of the
/// same bytes into plain classes (<see cref="FileDto"/>). Both read from a <see cref="MemoryStream"/>.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
[Config(typeof(PerEventConfig))]
public class LoadBenchmarks
{
    private byte[] bytes = [];

    [Params(10_000, 100_000, 1_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        bytes = Data.FileOf(N);
        Console.WriteLine($"// LoadBenchmarks N={N}: the file has {bytes.Length:N0} bytes ({bytes.Length / (double)N:F0} per event)");
    }

    [Benchmark(Baseline = true)]
    public FileDto? DeserializeDtos() => JsonSerializer.Deserialize<FileDto>(new MemoryStream(bytes, writable: false));

    [Benchmark]
    public Timeline? Load() => ChronologyJson.Load(new MemoryStream(bytes, writable: false)).Document?.Timeline;
}
