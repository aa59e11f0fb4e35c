using System.Text;
using Annals.Rendering;
using Annals.Timelines;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace Annals.Benchmarks;

/// <summary>Rendering a timeline as a Markdown chronology (a list grouped by year, participants, footnoted sources) into
/// <see cref="TextWriter.Null"/>, against a plain loop that puts each event's EDTF date and title on a line in a reused
/// <see cref="StringBuilder"/> and writes it to the same writer: about the least any rendering of the events does. The
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
        var size = MarkdownThroughputColumn.SizeOf(N);
        Console.WriteLine($"// RenderBenchmarks N={N}: the Markdown has {size:N0} UTF-8 bytes ({size / (double)N:F0} per event)");
    }

    [Benchmark(Baseline = true)]
    public void TitlesLoop()
    {
        // One plain line per event, put together in a reused builder: no escaping, no words, no grouping, no sources.
        var writer = TextWriter.Null;
        var line = new StringBuilder();
        foreach (var e in timeline)
        {
            line.Clear().Append("- ").Append(e.Date.ToString()).Append(": ").Append(e.Title).Append('\n');
            writer.Write(line);
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
