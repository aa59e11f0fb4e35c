using System.Text.Json;
using Annals.Serialization;
using Annals.Timelines;
using BenchmarkDotNet.Attributes;

namespace Annals.Benchmarks;

/// <summary>Loading a timeline file (checking every field and record, parsing every date, building and validating the
/// timeline) against a bare <see cref="JsonSerializer.Deserialize{TValue}(Stream, JsonSerializerOptions?)"/> of the
/// same bytes into plain classes (<see cref="FileDto"/>). Both read from a <see cref="MemoryStream"/>.</summary>
/// <remarks>Twenty warm-up loads: loading runs a good deal of the library's own code, which the tiered JIT compiles
/// again and again over the first twenty or so loads (once per iteration, as each takes long), while the baseline is
/// the framework's precompiled code; with two warm-ups the smaller files would time the JIT, not the loading. The cold
/// first load is what the command-line measurement in docs/performance.md shows.</remarks>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 20, iterationCount: 5)]
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
