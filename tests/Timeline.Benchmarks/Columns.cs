using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Annals.Benchmarks;

/// <summary>Bytes allocated per operation divided by the benchmark's <c>N</c>: for the per-event cost of allocation,
/// which stays flat when allocations are bounded by a constant per event.</summary>
public sealed class AllocatedPerEventColumn : IColumn
{
    public string Id => nameof(AllocatedPerEventColumn);

    public string ColumnName => "Alloc/event";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Metric;

    public int PriorityInCategory => 10;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Size;

    public string Legend => "Bytes allocated per operation divided by N (the number of events)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report is null || Columns.N(benchmarkCase) is not { } n || n == 0)
        {
            return "-";
        }

        var bytes = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        return bytes is { } b ? (b / (double)n).ToString("F1", CultureInfo.InvariantCulture) + " B" : "-";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;
}

/// <summary>The Markdown rendering's throughput: the UTF-8 size of the document it writes for the timeline of
/// <c>N</c> events, divided by the mean time. The size is measured once, in the host process, by rendering the same
/// timeline into a counting writer.</summary>
public sealed class MarkdownThroughputColumn : IColumn
{
    private static readonly ConcurrentDictionary<int, long> Sizes = new();

    public string Id => nameof(MarkdownThroughputColumn);

    public string ColumnName => "Markdown MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "UTF-8 megabytes (10^6 bytes) of Markdown written per second (Markdown benchmarks only)";

    public static long SizeOf(int n) => Sizes.GetOrAdd(n, count =>
    {
        var writer = new CountingWriter();
        Rendering.ChronologyMarkdown.Write(Data.TimelineOf(count), writer);
        return writer.Utf8Bytes;
    });

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } statistics || Columns.N(benchmarkCase) is not { } n
            || !benchmarkCase.Descriptor.WorkloadMethod.Name.StartsWith("Markdown", StringComparison.Ordinal))
        {
            return "-";
        }

        var seconds = statistics.Mean / 1e9;
        return (SizeOf(n) / 1e6 / seconds).ToString("F1", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;
}

internal static class Columns
{
    public static int? N(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "N")?.Value is int n ? n : null;
}

/// <summary>A writer that keeps nothing and counts the UTF-8 bytes of what is written to it.</summary>
public sealed class CountingWriter : TextWriter
{
    public long Utf8Bytes { get; private set; }

    public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

    public override void Write(char value) => Utf8Bytes += System.Text.Encoding.UTF8.GetByteCount([value]);

    public override void Write(string? value) => Utf8Bytes += value is null ? 0 : System.Text.Encoding.UTF8.GetByteCount(value);

    public override void Write(ReadOnlySpan<char> buffer) => Utf8Bytes += System.Text.Encoding.UTF8.GetByteCount(buffer);

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));
}

/// <summary>The throughput of each output format of <see cref="ExportBenchmarks"/>: the UTF-8 size of what the method
/// named after the format writes for the timeline of <c>N</c> events, divided by the mean time. Sizes are measured once,
/// in the host process, by writing the same timeline into a counting writer.</summary>
public sealed class OutputThroughputColumn : IColumn
{
    private static readonly ConcurrentDictionary<(string, int), long> Sizes = new();

    /// <summary>The formats, by the names of their benchmark methods.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["Html", "TimelineJs", "Mermaid", "MarkdownTable"];

    public string Id => nameof(OutputThroughputColumn);

    public string ColumnName => "Output MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "UTF-8 megabytes (10^6 bytes) written per second";

    /// <summary>Writes a timeline in one of the <see cref="Formats"/>.</summary>
    public static void Write(string format, Timelines.Timeline timeline, TextWriter writer)
    {
        switch (format)
        {
            case "Html":
                Rendering.ChronologyHtml.Write(timeline, writer);
                break;
            case "TimelineJs":
                Rendering.ChronologyTimelineJs.Write(timeline, writer);
                break;
            case "Mermaid":
                Rendering.ChronologyMermaid.Write(timeline, writer);
                break;
            case "MarkdownTable":
                Rendering.ChronologyMarkdown.Write(timeline, writer, new Rendering.MarkdownOptions { Style = Rendering.MarkdownStyle.Table });
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Not an output format of the export benchmarks.");
        }
    }

    public static long SizeOf(string format, int n) => Sizes.GetOrAdd((format, n), key =>
    {
        var writer = new CountingWriter();
        Write(key.Item1, Data.TimelineOf(key.Item2), writer);
        return writer.Utf8Bytes;
    });

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        var format = benchmarkCase.Descriptor.WorkloadMethod.Name;
        if (report?.ResultStatistics is not { } statistics || Columns.N(benchmarkCase) is not { } n || !Formats.Contains(format))
        {
            return "-";
        }

        var seconds = statistics.Mean / 1e9;
        return (SizeOf(format, n) / 1e6 / seconds).ToString("F1", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;
}
