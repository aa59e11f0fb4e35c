using System.Globalization;
using Annals.Dates;
using Annals.Model;
using Annals.Serialization;
using Annals.Timelines;
using NodaTime;
using static Annals.Tests.Serialization.LoadAssertions;

namespace Annals.Tests.Serialization;

/// <summary>Saving: the canonical layout, defaults left out, escaping, cultures, excerpts and round trips.</summary>
public class SaveTests
{
    private static EdtfDate D(string edtf) => EdtfDate.Parse(edtf).GetValueOrThrow();

    /// <summary>A timeline that sets every field the format has, with values that differ from the defaults.</summary>
    private static Timeline Rich()
    {
        var builder = Timeline.CreateBuilder();
        builder.Title = "Every field";
        builder.Description = "A timeline that uses every field of the format.";
        builder.AddActors(
        [
            new Actor("nunez", "José Núñez") { Country = new CountryCode("slv") },
            new Actor("un", "United Nations", ActorKind.Organization)
            {
                Offices = [new Office("Observer", D("2020/.."))],
            },
            new Actor("ms-13", "MS-13", ActorKind.Group),
            new Actor("press", "Press pool", ActorKind.Media),
            new Actor("slv", "El Salvador", ActorKind.State),
        ]);
        builder.Add(new Event("talks", "Talks \"in earnest\"", D("2025-05-0X?"))
        {
            Summary = "Line one.\nLine two,\twith a tab; a backslash \\ and a separator \u2028 too.",
            TimeZone = DateTimeZoneProviders.Tzdb["America/El_Salvador"],
            Kind = EventKind.Custom("x-talks"),
            Status = EventStatus.Postponed,
            Certainty = Certainty.Alleged,
            Participants = [new Participant("nunez"), new Participant("un", ParticipantRole.Mediator), new Participant("ms-13", ParticipantRole.Subject)],
            Location = new Location("San Salvador", new CountryCode("SLV"), new GeoPoint(13.6929, -89.2182)),
            Sources =
            [
                new Source("Press pool")
                {
                    Author = "@pool",
                    Title = "Talks",
                    Url = "https://example.org/talks?a=1&b=2",
                    Published = D("2025-04-30"),
                    Kind = SourceKind.News,
                    Quote = "«Sí» — 👍🏽",
                },
            ],
            Tags = ["talks", "migración"],
            Relations = [new EventRelation(RelationType.Supersedes, "first-talks")],
            Recorded = new LocalDate(2025, 5, 2),
            History =
            [
                new EventRevision(new LocalDate(2025, 4, 1))
                {
                    Title = "Talks planned",
                    Summary = "Planned.",
                    Date = D("2025-04"),
                    Kind = EventKind.Negotiation,
                    Status = EventStatus.Occurred,
                    Certainty = Certainty.Confirmed,
                    Location = new Location("Geneva"),
                    Sources = [],
                },
            ],
        });
        builder.Add(new Event("first-talks", "First talks", D("2024")) { Status = EventStatus.Cancelled, Certainty = Certainty.Reported });
        return builder.ToImmutable();
    }

    [Fact]
    public void ToJson_SmallTimeline_WritesTheCanonicalLayoutAndLeavesDefaultsOut()
    {
        var timeline = Timeline.Create(
            [
                new Event("visit", "Rubio visits El Salvador", D("2025-02-03"))
                {
                    Status = EventStatus.Occurred,
                    Certainty = Certainty.Confirmed,
                    Participants = [new Participant("rubio"), Participant.Host("bukele")],
                    Tags = ["migration", "gangs"],
                },
            ],
            [new Actor("rubio", "Marco Rubio"), new Actor("bukele", "Nayib Bukele", ActorKind.Person)],
            "Visits");

        ChronologyJson.ToJson(timeline).Should().Be(
            """
            {
              "timeline": 1,
              "title": "Visits",
              "actors": [
                {
                  "id": "bukele",
                  "name": "Nayib Bukele"
                },
                {
                  "id": "rubio",
                  "name": "Marco Rubio"
                }
              ],
              "events": [
                {
                  "id": "visit",
                  "title": "Rubio visits El Salvador",
                  "date": "2025-02-03",
                  "participants": [
                    {
                      "actor": "rubio"
                    },
                    {
                      "actor": "bukele",
                      "role": "host"
                    }
                  ],
                  "tags": [
                    "migration",
                    "gangs"
                  ]
                }
              ]
            }

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void ToJson_TimelineWithoutEventsOrActors_WritesOnlyTheHeader()
    {
        var builder = Timeline.CreateBuilder();
        builder.Title = "Nothing yet";

        ChronologyJson.ToJson(builder.ToImmutable()).Should().Be("{\n  \"timeline\": 1,\n  \"title\": \"Nothing yet\"\n}\n");
    }

    [Fact]
    public void ToJson_EveryField_WritesEachInTheDocumentedOrder()
    {
        var json = ChronologyJson.ToJson(Rich());

        json.Should().Contain(
            """
                {
                  "id": "talks",
                  "title": "Talks \"in earnest\"",
                  "summary": "Line one.\nLine two,\twith a tab; a backslash \\ and a separator \u2028 too.",
                  "date": "2025-05-0X?",
                  "timeZone": "America/El_Salvador",
                  "kind": "x-talks",
                  "status": "postponed",
                  "certainty": "alleged",
                  "participants": [
                    {
                      "actor": "nunez"
                    },
                    {
                      "actor": "un",
                      "role": "mediator"
                    },
                    {
                      "actor": "ms-13",
                      "role": "subject"
                    }
                  ],
                  "location": {
                    "name": "San Salvador",
                    "country": "SLV",
                    "latitude": 13.6929,
                    "longitude": -89.2182
                  },
                  "sources": [
                    {
                      "publisher": "Press pool",
                      "author": "@pool",
                      "title": "Talks",
                      "url": "https://example.org/talks?a=1&b=2",
                      "published": "2025-04-30",
                      "kind": "news",
                      "quote": "«Sí» — 👍🏽"
                    }
                  ],
                  "tags": [
                    "talks",
                    "migración"
                  ],
                  "relations": [
                    {
                      "type": "supersedes",
                      "event": "first-talks"
                    }
                  ],
                  "recorded": "2025-05-02",
                  "history": [
                    {
                      "recorded": "2025-04-01",
                      "title": "Talks planned",
                      "summary": "Planned.",
                      "date": "2025-04",
                      "kind": "negotiation",
                      "status": "occurred",
                      "certainty": "confirmed",
                      "location": {
                        "name": "Geneva"
                      },
                      "sources": []
                    }
                  ]
                }
            """.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void ToJson_ActorsOfEveryKind_WritesKindsExceptThePersonDefault()
    {
        var json = ChronologyJson.ToJson(Rich());

        json.Should().Contain("\"id\": \"nunez\",\n      \"name\": \"José Núñez\",\n      \"country\": \"SLV\"\n");
        json.Should().Contain("\"kind\": \"organization\"").And.Contain("\"kind\": \"group\"")
            .And.Contain("\"kind\": \"media\"").And.Contain("\"kind\": \"state\"").And.NotContain("\"kind\": \"person\"");
        json.Should().Contain("\"offices\": [\n        {\n          \"title\": \"Observer\",\n          \"date\": \"2020/..\"\n        }\n      ]");
    }

    [Fact]
    public void ToJson_ControlCharactersAndQuotes_AreEscapedAndEverythingElseIsWrittenAsIs()
    {
        var builder = Timeline.CreateBuilder();
        builder.Title = "Q \" B \\ C \u0001 D \u007F E \u00A0 F \uFEFF G </script> H 'single' I Núñez 😂 J \u2029";

        ChronologyJson.ToJson(builder.ToImmutable()).Should().Contain(
            "\"title\": \"Q \\\" B \\\\ C \\u0001 D \\u007F E \u00A0 F \\uFEFF G </script> H 'single' I Núñez 😂 J \\u2029\"");
    }

    [Fact]
    public void Save_EveryField_RoundTripsToAnEqualTimeline()
    {
        var rich = Rich();

        var loaded = Load(ChronologyJson.ToJson(rich));

        loaded.Problems.Should().BeEmpty();
        loaded.Timeline.ShouldEqualTimeline(rich);
        loaded.Timeline!.Find("talks")!.History.Single().Sources!.Value.Should().BeEmpty();
    }

    [Fact]
    public void Save_LoadedFile_RoundTripsToTheSameTimelineAndTheSameText()
    {
        var json = ChronologyJson.ToJson(Rich());

        var once = Load(json).GetDocumentOrThrow();
        var twice = Load(ChronologyJson.ToJson(once)).GetDocumentOrThrow();

        twice.Should().Be(once);
        ChronologyJson.ToJson(twice).Should().Be(json);
    }

    [Fact]
    public void Load_NonCanonicalFile_SavesInCanonicalForm()
    {
        const string json = """
            // Fields in any order, lowercase country, compact layout.
            {"events": [{"date": "2025-02-03", "title": "Visit", "id": "visit", "status": "occurred",
              "location": {"longitude": -89.2, "country": "slv", "latitude": 13.7}}],
             "title": "T", "timeline": 1.0}
            """;

        var saved = ChronologyJson.ToJson(Load(json).GetDocumentOrThrow());

        saved.Should().Be(
            """
            {
              "timeline": 1,
              "title": "T",
              "events": [
                {
                  "id": "visit",
                  "title": "Visit",
                  "date": "2025-02-03",
                  "location": {
                    "country": "SLV",
                    "latitude": 13.7,
                    "longitude": -89.2
                  }
                }
              ]
            }

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("th-TH")]
    [InlineData("ar-SA")]
    [InlineData("fa-IR")]
    public void ToUtf8Bytes_UnderAnyCulture_IsIdentical(string culture)
    {
        var expected = ChronologyJson.ToUtf8Bytes(Rich());
        var sample = ChronologyJson.ToUtf8Bytes(Annals.Samples.ElSalvadorUnitedStates2025);
        var saved = CultureInfo.CurrentCulture;
        var savedUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

            ChronologyJson.ToUtf8Bytes(Rich()).Should().Equal(expected);
            ChronologyJson.ToUtf8Bytes(Annals.Samples.ElSalvadorUnitedStates2025).Should().Equal(sample);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = savedUi;
        }
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("th-TH")]
    [InlineData("ar-SA")]
    [InlineData("fa-IR")]
    public void Load_UnderAnyCulture_ReportsTheSameProblems(string culture)
    {
        const string json = """
            {"timeline": 1, "title": "T", "events": [
              {"id": "Istanbul Talks", "title": "I", "date": "2025-13", "TİTLE": "x", "Status": "planned",
               "location": {"latitude": -91.5, "longitude": 0}}]}
            """;
        var expected = Load(json).Problems;
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);

            Load(json).Problems.Should().Equal(expected);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }

        expected.Select(p => p.Code).Should().Equal("JS013", "JS011", "JS009", "JS009", "JS014");
        expected[0].Message.Should().StartWith("'Istanbul Talks' is not a valid id (did you mean 'istanbul-talks'?)");
        expected[4].Message.Should().Be("latitude -91.5 is out of range: use degrees from -90 to 90");
    }

    [Fact]
    public void Save_ExcerptOptions_WriteOnlyNamedActorsAndRelationsInsideTheExcerpt()
    {
        var excerpt = Annals.Samples.ElSalvadorUnitedStates2025.Involving("rubio");

        var json = ChronologyJson.ToJson(excerpt, SaveOptions.Excerpt);
        var loaded = Load(json);

        loaded.Problems.Should().BeEmpty();
        var timeline = loaded.Timeline!;
        timeline.Select(e => e.Id).Should().Equal("rubio-visits-el-salvador", "migration-agreement-offered");
        timeline.Actors.Select(a => a.Id).Should().Equal("bukele", "rubio");
        timeline.Find("rubio-visits-el-salvador")!.Relations.Should().BeEmpty("it follows the call, which is not in the excerpt");
        timeline.Find("migration-agreement-offered")!.Relations.Should().ContainSingle()
            .Which.EventId.Should().Be("rubio-visits-el-salvador");
    }

    [Fact]
    public void Save_QueryResultWithDefaultOptions_KeepsEveryActorAndRelation()
    {
        var excerpt = Annals.Samples.ElSalvadorUnitedStates2025.Involving("rubio");

        var loaded = Load(ChronologyJson.ToJson(excerpt));

        loaded.Problems.Select(p => p.Code).Should().Equal("TL004");
        loaded.Problems[0].Path.Should().Be("$.events[0].relations[0].event");
        ChronologyJson.ToJson(excerpt).Should().Contain("\"id\": \"biden\"");
    }

    [Fact]
    public void Save_TimelineWithoutTitle_Throws()
    {
        var act = () => ChronologyJson.ToJson(Timeline.Empty);

        act.Should().Throw<ArgumentException>().WithMessage("A timeline file needs a title*");
    }

    [Fact]
    public void Save_TimelineWithoutTitleToAStream_WritesNothing()
    {
        using var stream = new MemoryStream();

        var act = () => ChronologyJson.Save(Timeline.Empty, stream);

        act.Should().Throw<ArgumentException>();
        stream.Length.Should().Be(0);
    }
}
