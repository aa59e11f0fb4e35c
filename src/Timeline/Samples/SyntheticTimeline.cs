using System.Globalization;
using Annals.Dates;
using Annals.Model;
using Annals.Timelines;

namespace Annals;

/// <summary>
/// Generates large, realistic-looking timelines from a seed, for benchmarks, load tests and demonstrations. The same
/// count and seed always give the same timeline.
/// </summary>
/// <remarks>
/// <para>The mix imitates coded event data such as GDELT exports: about 70% of dates are days, 20% months, 4% years,
/// 4% approximate days or months, and 2% intervals or open-ended ranges, spread over 1979–2025. Each event names two
/// of 1,000 actors drawn from a Zipf distribution (a few actors appear in many events, most in few), has a built-in
/// kind with the matching roles, a status (mostly occurred), a certainty (mostly confirmed), a source with a link, and
/// sometimes a tag.</para>
/// <para>Thread-safe: each call uses its own random generator.</para>
/// </remarks>
public static class SyntheticTimeline
{
    /// <summary>The number of actors a generated timeline has.</summary>
    public const int ActorCount = 1_000;

    private static readonly string[] TagPool =
    [
        "migration", "security", "trade", "energy", "climate", "health", "border", "sanctions", "elections", "aid",
        "gangs", "drugs", "finance", "defense", "technology", "education", "water", "fisheries", "tourism", "culture",
    ];

    /// <summary>Generates the events and actors of a synthetic timeline, without building it.</summary>
    /// <param name="count">How many events.</param>
    /// <param name="seed">The random seed.</param>
    /// <returns>The events, in generation order (not sorted), and the actors.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static (IReadOnlyList<Event> Events, IReadOnlyList<Actor> Actors) GenerateRecords(int count, int seed = 2025)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(seed);
        var actors = CreateActors();
        var zipf = ZipfTable(ActorCount);
        var events = new Event[count];
        for (var i = 0; i < count; i++)
        {
            events[i] = CreateEvent(i, random, actors, zipf);
        }

        return (events, actors);
    }

    /// <summary>Generates and builds a synthetic timeline.</summary>
    /// <param name="count">How many events.</param>
    /// <param name="seed">The random seed.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static Timeline Generate(int count, int seed = 2025)
    {
        var (events, actors) = GenerateRecords(count, seed);
        var builder = Timeline.CreateBuilder().AddRange(events).AddActors(actors);
        builder.Title = string.Create(CultureInfo.InvariantCulture, $"Synthetic timeline of {count} events (seed {seed})");
        return builder.ToImmutable();
    }

    private static Actor[] CreateActors()
    {
        var actors = new Actor[ActorCount];
        for (var i = 0; i < ActorCount; i++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"actor-{i + 1:D4}");
            var kind = (i % 10) switch
            {
                0 => ActorKind.State,
                1 => ActorKind.Organization,
                2 => ActorKind.Group,
                _ => ActorKind.Person,
            };
            actors[i] = new Actor(id, string.Create(CultureInfo.InvariantCulture, $"Actor {i + 1}"), kind);
        }

        return actors;
    }

    private static double[] ZipfTable(int n)
    {
        var cumulative = new double[n];
        var total = 0.0;
        for (var k = 1; k <= n; k++)
        {
            total += 1.0 / k;
            cumulative[k - 1] = total;
        }

        for (var k = 0; k < n; k++)
        {
            cumulative[k] /= total;
        }

        return cumulative;
    }

    private static int DrawZipf(Random random, double[] cumulative)
    {
        var index = Array.BinarySearch(cumulative, random.NextDouble());
        return Math.Min(index < 0 ? ~index : index, cumulative.Length - 1);
    }

    private static Event CreateEvent(int i, Random random, Actor[] actors, double[] zipf)
    {
        var kind = EventKind.BuiltIns[random.Next(EventKind.BuiltIns.Length)];
        var first = actors[DrawZipf(random, zipf)];
        var second = actors[DrawZipf(random, zipf)];
        if (second.Id == first.Id)
        {
            second = actors[(Array.IndexOf(actors, first) + 1) % actors.Length];
        }

        var (actorRole, recipientRole) = kind.Name switch
        {
            "visit" => (ParticipantRole.Visitor, ParticipantRole.Host),
            "call" => (ParticipantRole.Caller, ParticipantRole.Callee),
            "statement" or "praise" => (ParticipantRole.Speaker, ParticipantRole.Subject),
            "deportation" => (ParticipantRole.Sender, ParticipantRole.Receiver),
            "agreement" => (ParticipantRole.Signatory, ParticipantRole.Signatory),
            "mediation" => (ParticipantRole.Mediator, ParticipantRole.Participant),
            _ => (ParticipantRole.Participant, ParticipantRole.Participant),
        };

        var id = string.Create(CultureInfo.InvariantCulture, $"e{i + 1:D7}");
        var statusRoll = random.Next(100);
        var certaintyRoll = random.Next(100);
        var tagRoll = random.Next(100);
        return new Event(id, string.Create(CultureInfo.InvariantCulture, $"{first.Name} and {second.Name}: {kind.Name} #{i + 1}"), CreateDate(random))
        {
            Kind = kind,
            Status = statusRoll < 95 ? EventStatus.Occurred : statusRoll < 99 ? EventStatus.Planned : EventStatus.Cancelled,
            Certainty = certaintyRoll < 85 ? Certainty.Confirmed
                : certaintyRoll < 95 ? Certainty.Reported
                : certaintyRoll < 98 ? Certainty.Alleged
                : Certainty.Disputed,
            Participants = [new Participant(first.Id, actorRole), new Participant(second.Id, recipientRole)],
            Sources =
            [
                new Source("Synthetic Wire")
                {
                    Url = string.Create(CultureInfo.InvariantCulture, $"https://example.org/wire/{i + 1}"),
                    Kind = SourceKind.News,
                },
            ],
            Tags = tagRoll < 30 ? [TagPool[tagRoll % TagPool.Length]] : [],
        };
    }

    private static EdtfDate CreateDate(Random random)
    {
        var year = 1979 + random.Next(47);
        var month = 1 + random.Next(12);
        var day = 1 + random.Next(28);
        var roll = random.Next(1000);
        string text = roll switch
        {
            < 700 => Iso(year, month, day),
            < 900 => Month(year, month),
            < 940 => Year(year),
            < 960 => Iso(year, month, day) + "~",
            < 980 => Month(year, month) + "~",
            < 990 => Iso(year, month, day) + "/" + Iso(year, month, Math.Min(28, day + 1 + random.Next(5))),
            < 995 => Month(year, month) + "/..",
            _ => "../" + Year(year),
        };
        return EdtfDate.Parse(text).GetValueOrThrow();
    }

    private static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    private static string Month(int year, int month) =>
        string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");

    private static string Iso(int year, int month, int day) =>
        string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}");
}
