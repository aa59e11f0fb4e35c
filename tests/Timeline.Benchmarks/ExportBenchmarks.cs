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
        foreach (var format in Throughput.Formats.Keys)
        {
            Console.WriteLine($"// ExportBenchmarks N={N}: {format} has {Throughput.SizeOf(format, N):N0} UTF-8 bytes");
        }
    }

    /// <summary>Gives the Output MB/s column, and what each format's method writes.</summary>
    internal static ThroughputColumn Throughput { get; } = new("Output MB/s", new Dictionary<string, Action<Timeline, TextWriter>>
    {
        [nameof(Html)] = (timeline, writer) => ChronologyHtml.Write(timeline, writer),
        [nameof(TimelineJs)] = (timeline, writer) => ChronologyTimelineJs.Write(timeline, writer),
        [nameof(Mermaid)] = (timeline, writer) => ChronologyMermaid.Write(timeline, writer),
        [nameof(MarkdownTable)] = (timeline, writer) =>
            ChronologyMarkdown.Write(timeline, writer, new MarkdownOptions { Style = MarkdownStyle.Table }),
    });

    [Benchmark(Baseline = true)]
    public void TitlesLoop() => Benchmarks.TitlesLoop.Write(timeline);

    [Benchmark]
    public void Html() => Throughput.Formats[nameof(Html)](timeline, TextWriter.Null);

    [Benchmark]
    public void TimelineJs() => Throughput.Formats[nameof(TimelineJs)](timeline, TextWriter.Null);

    [Benchmark]
    public void Mermaid() => Throughput.Formats[nameof(Mermaid)](timeline, TextWriter.Null);

    [Benchmark]
    public void MarkdownTable() => Throughput.Formats[nameof(MarkdownTable)](timeline, TextWriter.Null);

    private sealed class ExportConfig : ManualConfig
    {
        public ExportConfig()
        {
            AddColumn(Throughput, new AllocatedPerEventColumn());
        }
    }
}
