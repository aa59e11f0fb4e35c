using System.Text;
using Annals.Rendering;
using Annals.Timelines;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace Annals.Benchmarks;

/// <summary>The other output formats (the self-contained HTML page, the TimelineJS JSON, the Mermaid diagram, and
/// Markdown as tables) for the same timelines as <see cref="RenderBenchmarks"/>, each into a writer or stream that keeps
/// nothing, against the same plain loop of dates and titles. The Output MB/s column gives each format's throughput.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
[Config(typeof(ExportConfig))]
public class ExportBenchmarks
{
    private Timeline timeline = Timeline.Empty;

    [Params(10_000, 100_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        timeline = Data.TimelineOf(N);
        foreach (var format in OutputThroughputColumn.Formats)
        {
            Console.WriteLine($"// ExportBenchmarks N={N}: {format} has {OutputThroughputColumn.SizeOf(format, N):N0} UTF-8 bytes");
        }
    }

    [Benchmark(Baseline = true)]
    public void TitlesLoop()
    {
        var writer = TextWriter.Null;
        var line = new StringBuilder();
        foreach (var e in timeline)
        {
            line.Clear().Append("- ").Append(e.Date.ToString()).Append(": ").Append(e.Title).Append('\n');
            writer.Write(line);
        }
    }

    [Benchmark]
    public void Html() => OutputThroughputColumn.Write(nameof(Html), timeline, TextWriter.Null);

    [Benchmark]
    public void TimelineJs() => OutputThroughputColumn.Write(nameof(TimelineJs), timeline, TextWriter.Null);

    [Benchmark]
    public void Mermaid() => OutputThroughputColumn.Write(nameof(Mermaid), timeline, TextWriter.Null);

    [Benchmark]
    public void MarkdownTable() => OutputThroughputColumn.Write(nameof(MarkdownTable), timeline, TextWriter.Null);

    private sealed class ExportConfig : ManualConfig
    {
        public ExportConfig()
        {
            AddColumn(new OutputThroughputColumn(), new AllocatedPerEventColumn());
        }
    }
}
