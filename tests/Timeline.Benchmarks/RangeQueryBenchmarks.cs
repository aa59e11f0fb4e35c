using Annals.Dates;
using Annals.Model;
using Annals.Timelines;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;

namespace Annals.Benchmarks;

/// <summary>A date-range query against a LINQ scan over a list, in each mode, each with its own baseline.</summary>
/// <remarks>
/// <para>The range starts on 1 March 2001 and is as many days long as it takes for about a hundred events to lie
/// <em>certainly within</em> it (a few days at 1,000,000 events, months at 10,000): the query of the target.</para>
/// <para>The same range <em>may overlap</em> many more events: the year- and month-precision events around it, and
/// the 1% of events with an open end, about half of which reach any range. So a may-overlap query cannot return about
/// a hundred events of this data; at 1,000,000 events it returns several thousand. The setup prints both counts.</para>
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RangeQueryBenchmarks
{
    private Timeline timeline = Timeline.Empty;
    private List<Event> list = [];
    private EdtfDate from = EdtfDate.Year(2000);
    private EdtfDate to = EdtfDate.Year(2000);
    private LocalDate? start;
    private LocalDate? end;

    [Params(10_000, 100_000, 1_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        timeline = Data.TimelineOf(N);
        list = [.. timeline];

        // The shortest range from 1 March 2001 with at least a hundred events certainly within it.
        var first = new LocalDate(2001, 3, 1);
        from = EdtfDate.FromLocalDate(first);
        var days = 1;
        while (true)
        {
            var last = first.PlusDays(days - 1);
            to = EdtfDate.FromLocalDate(last);
            if (timeline.Between(from, to, DateRangeMode.CertainlyWithin).Count >= 100 || days > 20_000)
            {
                break;
            }

            days++;
        }

        (start, end) = (from.Earliest, to.Latest);
        Console.WriteLine(
            $"// RangeQueryBenchmarks N={N}: {from}..{to} ({days} days): {timeline.Between(from, to, DateRangeMode.CertainlyWithin).Count} events certainly within, {timeline.Between(from, to).Count} may overlap");
    }

    [BenchmarkCategory("CertainlyWithin")]
    [Benchmark(Baseline = true)]
    public int LinqWhereWithin() => list.Where(e => e.Date.IsCertainlyWithin(start, end)).Count();

    [BenchmarkCategory("CertainlyWithin")]
    [Benchmark]
    public int IndexedCertainlyWithin() => timeline.Between(from, to, DateRangeMode.CertainlyWithin).Count;

    [BenchmarkCategory("MayOverlap")]
    [Benchmark(Baseline = true)]
    public int LinqWhere() => list.Where(e => e.Date.MayOverlap(start, end)).Count();

    [BenchmarkCategory("MayOverlap")]
    [Benchmark]
    public int IndexedBetween() => timeline.Between(from, to).Count;
}
