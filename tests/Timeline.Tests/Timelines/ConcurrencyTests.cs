using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Annals.Dates;
using Annals.Model;
using Annals.Rendering;
using Annals.Serialization;
using Annals.Timelines;
using NodaTime;

namespace Annals.Tests.Timelines;

/// <summary>One timeline shared by many threads: every query kind (alone and chained), renders, as-of views, diffs and
/// groupings give, concurrently, exactly what they give on one thread. The shared timelines are fresh, so that threads
/// race to build their lazy indexes and caches.</summary>
public class ConcurrencyTests
{
    private const int Workers = 32;

    private const int Events = 2_000;

    private static readonly LocalDate Early = new(2000, 1, 1);

    private static readonly LocalDate Late = new(2025, 4, 1);

    /// <summary>The records of a generated timeline, with earlier states for every seventh event so that as-of views
    /// and diffs have something to show.</summary>
    private static readonly Lazy<(IReadOnlyList<Event> Events, IReadOnlyList<Actor> Actors)> Records = new(() =>
    {
        var (events, actors) = SyntheticTimeline.GenerateRecords(Events, 77);
        var withHistory = events.Select((e, i) => i % 7 != 0 ? e : e with
        {
            Recorded = new LocalDate(2010, 1, 1).PlusDays(i),
            History = [new EventRevision(new LocalDate(1990, 1, 1).PlusDays(i)) { Status = EventStatus.Planned, Date = EdtfDate.Year(1990 + (i % 30)), Title = "Earlier " + e.Title }],
        });
        return ([.. withHistory], actors);
    });

    /// <summary>A new timeline instance with nothing built yet (no index, no search text).</summary>
    private static Timeline Fresh()
    {
        var (events, actors) = Records.Value;
        var builder = Timeline.CreateBuilder().AddRange(events).AddActors(actors);
        builder.Title = "Shared";
        return builder.ToImmutable();
    }

    private static string Fingerprint(Timeline timeline) =>
        string.Create(CultureInfo.InvariantCulture, $"{timeline.Count}:{string.Join(",", timeline.Events.Select(e => e.Id + "@" + e.Date + "/" + e.Status))}");

    private static string Fingerprint(TimelineDiff diff) =>
        "+" + string.Join(",", diff.Added.Select(e => e.Id))
        + " -" + string.Join(",", diff.Removed.Select(e => e.Id))
        + " ~" + string.Join(",", diff.Changed.Select(c => c.After.Id + "(" + string.Join(";", c.Changes) + ")"));

    private static string Fingerprint(IEnumerable<TimelineGroup> groups) =>
        string.Join("|", groups.Select(g => g.Period + ":" + string.Join(",", g.Events.Select(e => e.Id))));

    /// <summary>The operations, each a name and what it computes from a timeline, as text to compare.</summary>
    private static List<(string Name, Func<Timeline, string> Run)> Operations()
    {
        var kind = EventKind.BuiltIns[3];
        var cameo = EventKind.BuiltIns.First(k => !k.CameoCodes.IsEmpty).CameoCodes[0];
        var plover = EventKind.BuiltIns.First(k => k.PloverCategory is not null).PloverCategory!;
        var from = EdtfDate.Year(1995);
        var to = EdtfDate.Month(2001, 6);
        return
        [
            ("range may overlap", t => Fingerprint(t.Between(from, to))),
            ("range certainly within", t => Fingerprint(t.Between(from, to, DateRangeMode.CertainlyWithin))),
            ("open range", t => Fingerprint(t.Query(new TimelineQuery { From = EdtfDate.Year(2020) }))),
            ("actor", t => Fingerprint(t.Involving("actor-0001"))),
            ("actor and role", t => Fingerprint(t.Involving("actor-0002", ParticipantRole.Visitor))),
            ("kind", t => Fingerprint(t.OfKind(kind))),
            ("cameo", t => Fingerprint(t.WithCameoCode(cameo))),
            ("plover", t => Fingerprint(t.WithPloverCategory(plover))),
            ("status", t => Fingerprint(t.WithStatus(EventStatus.Planned))),
            ("certainty", t => Fingerprint(t.WithCertainty(Certainty.Reported))),
            ("tag", t => Fingerprint(t.Tagged("migration"))),
            ("text", t => Fingerprint(t.Search("actor 3"))),
            ("every filter", t => Fingerprint(t.Query(new TimelineQuery
            {
                From = EdtfDate.Year(1980),
                To = EdtfDate.Year(2024),
                Actors = ["actor-0001", "actor-0003"],
                Kinds = [.. EventKind.BuiltIns.Take(8)],
                Statuses = [EventStatus.Occurred, EventStatus.Planned],
                Certainties = [Certainty.Confirmed, Certainty.Reported],
                Text = "actor",
            }))),
            ("chained", t => Fingerprint(t.Involving("actor-0001").Between(EdtfDate.Year(1985), null).WithStatus(EventStatus.Occurred).Search("and"))),
            ("chained tags", t => Fingerprint(t.Tagged("trade").Involving("actor-0002").Query(TimelineQuery.All).Between(null, EdtfDate.Year(2015)))),
            ("where", t => Fingerprint(t.Where(e => e.Participants.Length == 2 && e.Id.EndsWith('7')))),
            ("find", t => string.Join(",", new[] { "e0000001", "e0001000", "e0002000", "nope" }.Select(id => t.Find(id)?.Title ?? "-"))),
            ("neighbours", t => (t.NextAfter(EdtfDate.Year(2000))?.Id ?? "-") + (t.PreviousBefore(EdtfDate.Year(2000))?.Id ?? "-")),
            ("group by month", t => Fingerprint(t.GroupBy(TimelineGrouping.Month))),
            ("group by year", t => Fingerprint(t.GroupBy(TimelineGrouping.Year))),
            ("as of", t => Fingerprint(t.AsOf(Early))),
            ("as of, queried", t => Fingerprint(t.AsOf(Late).Involving("actor-0001").WithStatus(EventStatus.Planned))),
            ("overdue", t => Fingerprint(t.OverduePlans(Early))),
            ("diff", t => Fingerprint(t.DiffBetween(Early, Late))),
            ("diff to query", t => Fingerprint(t.DiffTo(t.Involving("actor-0001")))),
            ("markdown", t => ChronologyMarkdown.ToMarkdown(t.Involving("actor-0004"))),
            ("markdown table", t => ChronologyMarkdown.ToMarkdown(t.Between(from, to), new MarkdownOptions { Style = MarkdownStyle.Table, IncludeTableOfContents = true })),
            ("mermaid", t => ChronologyMermaid.ToMermaid(t.Involving("actor-0001"))),
            ("json excerpt", t => ChronologyJson.ToJson(t.Tagged("energy"), SaveOptions.Excerpt)),
            ("timelinejs", t => ChronologyTimelineJs.ToJson(t.Involving("actor-0005"))),
            ("html", t => ChronologyHtml.ToHtml(t.Involving("actor-0006"), new HtmlOptions { Culture = CultureInfo.GetCultureInfo("es-SV") })),
        ];
    }

    [Fact]
    public void SharedTimeline_ManyThreadsAtOnce_GiveTheSingleThreadedResults()
    {
        var operations = Operations();
        var reference = Fresh();
        var expected = operations.ToDictionary(op => op.Name, op => op.Run(reference));
        var failures = new ConcurrentQueue<string>();

        // Phase 1: for each operation, a fresh instance (nothing built yet), and every worker runs the operation on
        // it at the same moment, so that all of them race to build its indexes and caches.
        var fresh = operations.Select(_ => Fresh()).ToArray();
        using (var start = new Barrier(Workers))
        {
            var threads = Enumerable.Range(0, Workers).Select(worker => new Thread(() =>
            {
                for (var k = 0; k < operations.Count; k++)
                {
                    var (name, run) = operations[k];
                    start.SignalAndWait();
                    Check(name, run(fresh[k]), expected[name], failures);
                }
            })).ToList();
            threads.ForEach(thread => thread.Start());
            threads.ForEach(thread => thread.Join());
        }

        // Phase 2: Parallel.For over many work items on one more fresh instance and on timelines derived from it.
        var sharedTimeline = Fresh();
        Parallel.For(0, operations.Count * 3, new ParallelOptions { MaxDegreeOfParallelism = Workers }, i =>
        {
            var (name, run) = operations[(i * 7) % operations.Count];
            Check(name, run(sharedTimeline), expected[name], failures);
        });

        failures.Should().BeEmpty();
    }

    [Fact]
    public void DerivedTimelines_SharedAcrossThreads_GiveTheSingleThreadedResults()
    {
        // Query results and as-of views share caches with the timeline they came from; use them from many threads too.
        var operations = Operations().Where(op => !op.Name.StartsWith("markdown", StringComparison.Ordinal)).ToList();
        Timeline[] Derive(Timeline t) => [t.Involving("actor-0001"), t.AsOf(Late), t.Between(EdtfDate.Year(1990), null), t.Search("and")];
        var references = Derive(Fresh());
        var expected = references.Select(r => operations.ToDictionary(op => op.Name, op => op.Run(r))).ToArray();
        var shared = Derive(Fresh());
        var failures = new ConcurrentQueue<string>();

        Parallel.For(0, shared.Length * operations.Count * 2, new ParallelOptions { MaxDegreeOfParallelism = Workers }, i =>
        {
            var which = i % shared.Length;
            var (name, run) = operations[(i / shared.Length) % operations.Count];
            Check($"{name} on derived timeline {which}", run(shared[which]), expected[which][name], failures);
        });

        failures.Should().BeEmpty();
    }

    [Fact]
    public void Loading_ManyFilesAtOnce_GivesTheSameDocuments()
    {
        var json = Encoding.UTF8.GetBytes(ChronologyJson.ToJson(Fresh()));
        var expected = ChronologyJson.ToJson(ChronologyJson.Parse(json).GetDocumentOrThrow());
        var broken = """{"timeline": 1, "title": "T", "events": [{"id": "a", "title": "A", "date": "2025-02-30", "timeZone": "Europe/Pariss"}]}""";
        var expectedProblems = string.Join("\n", ChronologyJson.Parse(broken).Problems);
        var failures = new ConcurrentQueue<string>();

        Parallel.For(0, Workers, new ParallelOptions { MaxDegreeOfParallelism = Workers }, i =>
        {
            if (i % 8 == 0)
            {
                Check("load", ChronologyJson.ToJson(ChronologyJson.Load(new MemoryStream(json)).GetDocumentOrThrow()), expected, failures);
            }
            else
            {
                Check("problems", string.Join("\n", ChronologyJson.Parse(broken).Problems), expectedProblems, failures);
            }
        });

        failures.Should().BeEmpty();
    }

    private static void Check(string name, string actual, string expected, ConcurrentQueue<string> failures)
    {
        if (!string.Equals(actual, expected, StringComparison.Ordinal))
        {
            failures.Enqueue($"{name}: differs from the single-threaded result ({actual.Length} vs {expected.Length} characters)");
        }
    }
}
