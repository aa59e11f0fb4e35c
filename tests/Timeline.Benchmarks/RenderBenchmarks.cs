using Annals.Model;
using Annals.Rendering;
using Annals.Timelines;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace Annals.Benchmarks;

/// <summary>Rendering a timeline as a Markdown chronology (a list grouped by year, participants, footnoted sources) into
/// <see cref="TextWriter.Null"/>, against a plain loop writing each event's EDTF date and title to the same writer:
/// the least any rendering of the events must do. The Markdown MB/s column gives the throughput.</summary>
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
        var size = MarkdownThroughputColumn.SizeOf(N);
        Console.WriteLine($"// RenderBenchmarks N={N}: the Markdown has {size:N0} UTF-8 bytes ({size / (double)N:F0} per event)");
    }

    [Benchmark(Baseline = true)]
    public void TitlesLoop()
    {
        var writer = TextWriter.Null;
        foreach (var e in timeline)
        {
            writer.Write(e.Date.ToString());
            writer.Write(' ');
            writer.Write(e.Title);
            writer.Write('\n');
        }
    }

    [Benchmark]
    public void Markdown() => ChronologyMarkdown.Write(timeline, TextWriter.Null);

    private sealed class RenderConfig : ManualConfig
    {
        public RenderConfig()
        {
            AddColumn(new MarkdownThroughputColumn(), new AllocatedPerEventColumn());
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
