using Annals.Dates;
using Annals.Model;
using Annals.Timelines;
using BenchmarkDotNet.Attributes;

namespace Annals.Benchmarks;

/// <summary>A date-range query returning about a hundred events, against a LINQ scan over a list.</summary>
[MemoryDiagnoser]
public class RangeQueryBenchmarks
{
    private Timeline timeline = Timeline.Empty;
    private List<Event> list = [];
    private EdtfDate from = EdtfDate.Year(2000);
    private EdtfDate to = EdtfDate.Year(2000);

    [Params(10_000, 100_000, 1_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        timeline = Data.TimelineOf(N);
        list = [.. timeline];

        // A window sized to hold about 100 events at this size: 47 years of data, 17,000 days.
        var days = Math.Max(1, 17_000 * 100 / N);
        from = EdtfDate.Day(2001, 3, 1);
        var end = new NodaTime.LocalDate(2001, 3, 1).PlusDays(days - 1);
        to = EdtfDate.Day(end.Year, end.Month, end.Day);
        timeline.Between(from, to).Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    [Benchmark(Baseline = true)]
    public int LinqWhere()
    {
        var (start, end) = (from.Earliest, to.Latest);
        return list.Where(e => e.Date.MayOverlap(start, end)).Count();
    }

    [Benchmark]
    public int IndexedBetween() => timeline.Between(from, to).Count;

    [Benchmark]
    public int IndexedCertainlyWithin() => timeline.Between(from, to, DateRangeMode.CertainlyWithin).Count;
}
