using Annals.Rendering;
using Annals.Timelines;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace Annals.Benchmarks;

/// <summary>Rendering a timeline as a Markdown chronology (a list grouped by year, participants, footnoted sources) into
/// <see cref="TextWriter.Null"/>, against a plain loop that puts each event's EDTF date and title on a line in a reused
/// <see cref="System.Text.StringBuilder"/> and writes it to the same writer: about the least any rendering of the events does. The
/// Markdown MB/s column gives the throughput, and Alloc/event whether allocations grow with the number of events.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
[Config(typeof(RenderConfig))]
public class RenderBenchmarks
{
    private Timeline timeline = Timeline.Empty;

    [Params(10_000, 100_000, 1_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        timeline = Data.TimelineOf(N);
        var size = Throughput.SizeOf(nameof(Markdown), N);
        Console.WriteLine($"// RenderBenchmarks N={N}: the Markdown has {size:N0} UTF-8 bytes ({size / (double)N:F0} per event)");
    }

    /// <summary>Gives the Markdown MB/s column.</summary>
    internal static ThroughputColumn Throughput { get; } = new("Markdown MB/s", new Dictionary<string, Action<Timeline, TextWriter>>
    {
        [nameof(Markdown)] = (timeline, writer) => ChronologyMarkdown.Write(timeline, writer),
    });

    [Benchmark(Baseline = true)]
    public void TitlesLoop() => Benchmarks.TitlesLoop.Write(timeline);

    [Benchmark]
    public void Markdown() => Throughput.Formats[nameof(Markdown)](timeline, TextWriter.Null);

    private sealed class RenderConfig : ManualConfig
    {
        public RenderConfig()
        {
            AddColumn(Throughput, new AllocatedPerEventColumn());
        }
    }
}

/// <summary>Adds the allocated-bytes-per-event column.</summary>
public sealed class PerEventConfig : ManualConfig
{
    public PerEventConfig()
    {
        AddColumn(new AllocatedPerEventColumn());
    }
}
