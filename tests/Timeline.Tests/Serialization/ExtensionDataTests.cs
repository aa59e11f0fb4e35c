using System.Collections.Immutable;
using System.Text.Json;
using Annals.Model;
using Annals.Serialization;
using Annals.Timelines;
using static Annals.Tests.Serialization.LoadAssertions;

namespace Annals.Tests.Serialization;

/// <summary>Fields the format does not define survive a load–save round trip, at every level.</summary>
public class ExtensionDataTests
{
    /// <summary>A canonical file with an unknown field in every kind of object, written after the known fields as the
    /// saver writes them, and with values of every JSON type.</summary>
    private const string EveryLevel = """
        {
          "timeline": 1,
          "title": "Extensions",
          "actors": [
            {
              "id": "bukele",
              "name": "Nayib Bukele",
              "offices": [
                {
                  "title": "President",
                  "date": "2019-06-01/..",
                  "x-office-note": "re-elected 2024"
                }
              ],
              "wikidata": "Q1500346"
            }
          ],
          "events": [
            {
              "id": "report",
              "title": "Report",
              "date": "2025-03-28"
            },
            {
              "id": "visit",
              "title": "Visit",
              "date": "2025-04-14",
              "participants": [
                {
                  "actor": "bukele",
                  "role": "visitor",
                  "x-seat": 1.50
                }
              ],
              "location": {
                "name": "The White House",
                "x-room": "Oval Office"
              },
              "sources": [
                {
                  "publisher": "The White House",
                  "x-archived": true
                }
              ],
              "relations": [
                {
                  "type": "follows",
                  "event": "report",
                  "x-confidence": 1e3
                }
              ],
              "recorded": "2025-04-14",
              "history": [
                {
                  "recorded": "2025-03-28",
                  "status": "planned",
                  "location": {
                    "name": "Washington",
                    "x-guess": null
                  },
                  "sources": [
                    {
                      "publisher": "Nick Sortor",
                      "x-deleted": false
                    }
                  ],
                  "x-revision-by": "desk"
                }
              ],
              "x-review": {
                "by": "desk",
                "checks": [
                  1,
                  -2.5,
                  "Núñez 😂",
                  [],
                  {}
                ]
              }
            }
          ],
          "$schema": "https://example.org/timeline.schema.json"
        }

        """;

    private static string Canonical(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    [Fact]
    public void Save_UnknownFieldsAtEveryLevel_SurviveTheRoundTripByteForByte()
    {
        var json = Canonical(EveryLevel);

        var result = Load(json);

        result.Problems.Should().BeEmpty();
        ChronologyJson.ToJson(result.Document!).Should().Be(json);
    }

    [Fact]
    public void Load_UnknownFieldsAtEveryLevel_AreFiledUnderTheirRecords()
    {
        var extensions = Load(Canonical(EveryLevel)).GetDocumentOrThrow().Extensions;

        extensions.Fields.Select(f => f.Key).Should().Equal("$schema");
        extensions.ForActor("bukele").Fields.Select(f => f.Key).Should().Equal("wikidata");
        extensions.ForActor("bukele").Office(0).Select(f => f.Key).Should().Equal("x-office-note");
        var visit = extensions.ForEvent("visit");
        visit.Fields.Select(f => f.Key).Should().Equal("x-review");
        visit.Participant(0)[0].Value.GetRawText().Should().Be("1.50");
        visit.Location.Select(f => f.Key).Should().Equal("x-room");
        visit.Source(0)[0].Value.ValueKind.Should().Be(JsonValueKind.True);
        visit.Relation(0)[0].Value.GetRawText().Should().Be("1e3");
        visit.Revision(0).Fields.Select(f => f.Key).Should().Equal("x-revision-by");
        visit.Revision(0).Location[0].Value.ValueKind.Should().Be(JsonValueKind.Null);
        visit.Revision(0).Source(0)[0].Value.ValueKind.Should().Be(JsonValueKind.False);
        extensions.ForEvent("report").IsEmpty.Should().BeTrue();
        extensions.Events.Keys.Should().Equal("visit");
    }

    [Fact]
    public void Load_SameFileTwice_GivesEqualDocuments()
    {
        var first = Load(Canonical(EveryLevel)).GetDocumentOrThrow();
        var second = Load(Canonical(EveryLevel).Replace("1.50", "1.5", StringComparison.Ordinal)).GetDocumentOrThrow();
        var third = Load(Canonical(EveryLevel).Replace("\"by\": \"desk\"", "\"by\": \"someone else\"", StringComparison.Ordinal)).GetDocumentOrThrow();

        second.Should().Be(first, "1.50 and 1.5 are the same JSON number");
        third.Should().NotBe(first);
        third.Timeline.ShouldEqualTimeline(first.Timeline);
    }

    [Fact]
    public void Load_UnknownFieldBeforeKnownOnes_IsWrittenAfterThem()
    {
        const string json = """{"x-first": [1, 2], "timeline": 1, "title": "T"}""";

        ChronologyJson.ToJson(Load(json).GetDocumentOrThrow()).Should().Be(
            "{\n  \"timeline\": 1,\n  \"title\": \"T\",\n  \"x-first\": [\n    1,\n    2\n  ]\n}\n");
    }

    [Fact]
    public void Save_EditedTimeline_KeepsExtensionDataByIdAndDropsThatOfRemovedEvents()
    {
        var document = Load(Canonical(EveryLevel)).GetDocumentOrThrow();
        var builder = document.Timeline.ToBuilder();
        builder.Set(document.Timeline.Find("visit")! with { Title = "Bukele visits the White House", Relations = [] });
        builder.Remove("report");
        builder.Add(new Event("statement", "Statement", document.Timeline.Find("report")!.Date));

        var saved = ChronologyJson.ToJson(document with { Timeline = builder.ToImmutable() });
        var reloaded = Load(saved).GetDocumentOrThrow();

        reloaded.Extensions.ForEvent("visit").Fields.Select(f => f.Key).Should().Equal("x-review");
        reloaded.Extensions.ForEvent("visit").Relations.Should().BeEmpty("the relation is gone, and its data with it");
        reloaded.Extensions.ForEvent("statement").IsEmpty.Should().BeTrue();
        saved.Should().NotContain("x-confidence");
    }

    [Fact]
    public void Save_PlainTimeline_HasNoExtensionData()
    {
        var document = new ChronologyDocument(Annals.Samples.ElSalvadorUnitedStates2025);

        ChronologyJson.ToJson(document).Should().Be(ChronologyJson.ToJson(Annals.Samples.ElSalvadorUnitedStates2025));
        document.Extensions.Should().BeSameAs(ChronologyExtensions.Empty);
    }

    [Fact]
    public void Save_ExtensionFieldNamedLikeAKnownField_IsNotWritten()
    {
        using var json = JsonDocument.Parse("""{"title": "shadow", "x-kept": "yes"}""");
        var fields = ExtensionFields.Create(json.RootElement.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value)));
        var builder = Timeline.CreateBuilder();
        builder.Title = "Real title";
        var document = new ChronologyDocument(builder.ToImmutable(), new ChronologyExtensions { Fields = fields });

        ChronologyJson.ToJson(document).Should().Be(
            "{\n  \"timeline\": 1,\n  \"title\": \"Real title\",\n  \"x-kept\": \"yes\"\n}\n");
    }

    [Fact]
    public void ExtensionFields_DuplicateName_Throws()
    {
        using var json = JsonDocument.Parse("1");
        var one = json.RootElement;

        var act = () => ExtensionFields.Create([KeyValuePair.Create("a", one), KeyValuePair.Create("a", one)]);

        act.Should().Throw<ArgumentException>().WithMessage("The field 'a' appears twice*");
    }

    [Fact]
    public void ExtensionFields_Values_OutliveTheirDocument()
    {
        ExtensionFields fields;
        using (var json = JsonDocument.Parse("""{"x-a": {"b": [true]}}"""))
        {
            fields = ExtensionFields.Create(json.RootElement.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value)));
        }

        fields.TryGetValue("x-a", out var value).Should().BeTrue();
        value.GetProperty("b")[0].GetBoolean().Should().BeTrue();
        fields.TryGetValue("x-b", out _).Should().BeFalse();
        fields.ToString().Should().Be("{x-a}");
    }

    [Fact]
    public void ChronologyExtensions_EmptyEntries_EqualNoEntries()
    {
        var withEmpty = new ChronologyExtensions
        {
            Events = new Dictionary<string, EventExtensions> { ["a"] = EventExtensions.Empty }.ToImmutableDictionary(),
            Actors = new Dictionary<string, ActorExtensions> { ["b"] = new() { Offices = [ExtensionFields.Empty] } }.ToImmutableDictionary(),
        };

        withEmpty.Should().Be(ChronologyExtensions.Empty);
        withEmpty.IsEmpty.Should().BeTrue();
    }
}
