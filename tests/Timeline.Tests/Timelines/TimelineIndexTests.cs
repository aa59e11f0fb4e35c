using Annals.Dates;
using Annals.Model;
using Annals.Timelines;
using NodaTime;

namespace Annals.Tests.Timelines;

/// <summary>The indexed queries must give exactly what a plain scan gives.</summary>
public class TimelineIndexTests
{
    private static readonly Timeline Generated = SyntheticTimeline.Generate(3_000, seed: 7);

    public static TheoryData<int> Seeds() => [1, 2, 3, 4, 5, 6, 7, 8];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Between_RandomRanges_SameAsScanningEveryEvent(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 40; round++)
        {
            var start = new LocalDate(1975 + random.Next(55), 1 + random.Next(12), 1 + random.Next(28));
            var end = start.PlusDays(random.Next(random.Next(2) == 0 ? 20 : 3000));
            var from = random.Next(10) == 0 ? null : EdtfDate.Day(start.Year, start.Month, start.Day);
            var to = random.Next(10) == 0 ? null : EdtfDate.Day(end.Year, end.Month, end.Day);

            foreach (var mode in new[] { DateRangeMode.MayOverlap, DateRangeMode.CertainlyWithin })
            {
                var indexed = Generated.Between(from, to, mode);
                var scanned = Generated.Events.Where(e => mode == DateRangeMode.MayOverlap
                    ? e.Date.MayOverlap(from?.Earliest, to?.Latest)
                    : e.Date.IsCertainlyWithin(from?.Earliest, to?.Latest));

                indexed.Select(e => e.Id).Should().Equal(scanned.Select(e => e.Id), $"{from}..{to} {mode}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Query_ActorKindTagAndDateTogether_SameAsScanning(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 20; round++)
        {
            var actor = $"actor-{1 + random.Next(40):D4}";
            var kind = EventKind.BuiltIns[random.Next(EventKind.BuiltIns.Length)];
            var firstYear = 1980 + random.Next(40);
            var query = new TimelineQuery
            {
                Actors = [actor],
                Kinds = random.Next(2) == 0 ? [] : [kind],
                Tags = random.Next(3) == 0 ? ["migration", "trade"] : [],
                From = EdtfDate.Year(firstYear),
                To = EdtfDate.Year(firstYear + random.Next(10)),
            };

            var indexed = Generated.Query(query);
            var scanned = Generated.Where(e =>
                e.Involves(actor)
                && (query.Kinds.IsEmpty || e.Kind == kind)
                && (query.Tags.IsEmpty || e.Tags.Any(t => t is "migration" or "trade"))
                && e.Date.MayOverlap(query.From!.Earliest, query.To!.Latest));

            indexed.Select(e => e.Id).Should().Equal(scanned.Select(e => e.Id));
        }
    }

    [Fact]
    public void Between_RangeAtTheEdgeOfTheCalendar_DoesNotOverflow()
    {
        var timeline = Timeline.Create([new Event("old", "Old", EdtfDate.Parse("-9998/-9990").Value)]);

        timeline.Between(EdtfDate.Parse("-9998-01-01").Value, null).Should().ContainSingle();
    }

    [Fact]
    public void Query_ChainedOnAQueryResult_UsesItsOwnIndexCorrectly()
    {
        var firstStep = Generated.Involving("actor-0001");
        var chained = firstStep.Between(EdtfDate.Year(1990), EdtfDate.Year(1999), DateRangeMode.CertainlyWithin);

        chained.Should().OnlyContain(e => e.Involves("actor-0001") && e.Date.Earliest!.Value.Year >= 1990 && e.Date.Latest!.Value.Year <= 1999);
        chained.Select(e => e.Id).Should().Equal(
            Generated.Where(e => e.Involves("actor-0001") && e.Date.IsCertainlyWithin(new LocalDate(1990, 1, 1), new LocalDate(1999, 12, 31))).Select(e => e.Id));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Between_DatesOfEveryShape_SameAsScanningEveryEvent(int seed)
    {
        // Open starts and ends, unbounded sets, unspecified digits and sets with gaps, spans of every length.
        string[] shapes =
        [
            "../{0}", "/{0}-06", "{0}/..", "{0}-03/", "[..{0}-12,{1}..]", "{0}-XX-2X", "{0}-1X", "19XX", "1XXX", "XXXX",
            "[{0}-01-05,{0}-03-10]", "{{{0},{1}}}", "{0}-02-03", "{0}-04~", "{0}?", "{0}-21", "{0}/{1}", "{0}-05-01/{1}-02",
            "[{0}-01..{0}-03,{1}-07]", "{0}-06-1X/{1}-0X",
        ];
        var random = new Random(seed);
        var events = new List<Event>();
        for (var i = 0; i < 400; i++)
        {
            var year = 1980 + random.Next(40);
            var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, shapes[random.Next(shapes.Length)], year, year + random.Next(1, 4));
            events.Add(new Event($"e{i:D4}", "Event " + i, EdtfDate.Parse(text).GetValueOrThrow()));
        }

        var timeline = Timeline.Create(events);
        for (var round = 0; round < 60; round++)
        {
            var start = new LocalDate(1975 + random.Next(55), 1 + random.Next(12), 1 + random.Next(28));
            var end = start.PlusDays(random.Next(random.Next(2) == 0 ? 40 : 4000));
            EdtfDate? from = random.Next(8) == 0 ? null : EdtfDate.Day(start.Year, start.Month, start.Day);
            EdtfDate? to = random.Next(8) == 0 ? null : EdtfDate.Day(end.Year, end.Month, end.Day);
            foreach (var mode in new[] { DateRangeMode.MayOverlap, DateRangeMode.CertainlyWithin })
            {
                var indexed = timeline.Between(from, to, mode);
                var scanned = timeline.Events.Where(e => mode == DateRangeMode.MayOverlap
                    ? e.Date.MayOverlap(from?.Earliest, to?.Latest)
                    : e.Date.IsCertainlyWithin(from?.Earliest, to?.Latest));

                indexed.Select(e => e.Id).Should().Equal(scanned.Select(e => e.Id), $"{from}..{to} {mode}");
            }
        }
    }

    [Fact]
    public void Query_SeveralActorsAndTags_SameAsScanning()
    {
        var query = new TimelineQuery { Actors = ["actor-0001", "actor-0002", "actor-0500"], Tags = ["migration", "TRADE", "water"] };

        var indexed = Generated.Query(query);

        indexed.Select(e => e.Id).Should().Equal(Generated
            .Where(e => (e.Involves("actor-0001") || e.Involves("actor-0002") || e.Involves("actor-0500"))
                && e.Tags.Any(t => t is "migration" or "trade" or "water"))
            .Select(e => e.Id));
    }
}
