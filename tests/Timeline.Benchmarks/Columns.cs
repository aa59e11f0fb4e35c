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

/// <summary>A rendering's throughput: the UTF-8 size of what the benchmark method writes for the timeline of <c>N</c>
/// events, divided by the mean time. Each method that has a writer in <see cref="Formats"/> (by the method's name)
/// gets a value; others (the baseline) get "-". Sizes are measured once per format and size, in the host process, by
/// writing the same timeline into a <see cref="CountingWriter"/>.</summary>
/// <param name="columnName">The column's heading, such as "Markdown MB/s".</param>
/// <param name="formats">Each benchmark method's name, with what it writes.</param>
public sealed class ThroughputColumn(string columnName, IReadOnlyDictionary<string, Action<Timelines.Timeline, TextWriter>> formats) : IColumn
{
    private static readonly ConcurrentDictionary<(string Format, int N), long> Sizes = new();

    public IReadOnlyDictionary<string, Action<Timelines.Timeline, TextWriter>> Formats => formats;

    public string Id => nameof(ThroughputColumn) + "." + columnName;

    public string ColumnName => columnName;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "UTF-8 megabytes (10^6 bytes) written per second";

    /// <summary>Gets the UTF-8 size of what a format writes for the timeline of <paramref name="n"/> events.</summary>
    public long SizeOf(string format, int n) => Sizes.GetOrAdd((format, n), key =>
    {
        var writer = new CountingWriter();
        formats[key.Format](Data.TimelineOf(key.N), writer);
        return writer.Utf8Bytes;
    });

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        var format = benchmarkCase.Descriptor.WorkloadMethod.Name;
        if (report?.ResultStatistics is not { } statistics || Columns.N(benchmarkCase) is not { } n || !formats.ContainsKey(format))
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

/// <summary>The baseline of the rendering benchmarks: one plain line per event, put together in a reused builder and
/// written to <see cref="TextWriter.Null"/>, with no escaping, no words, no grouping and no sources; about the least any
/// rendering of the events does.</summary>
internal static class TitlesLoop
{
    public static void Write(Timelines.Timeline timeline)
    {
        var writer = TextWriter.Null;
        var line = new System.Text.StringBuilder();
        foreach (var e in timeline)
        {
            line.Clear().Append("- ").Append(e.Date.ToString()).Append(": ").Append(e.Title).Append('\n');
            writer.Write(line);
        }
    }
}
