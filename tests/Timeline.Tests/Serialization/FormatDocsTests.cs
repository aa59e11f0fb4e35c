using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Annals.Model;
using Annals.Serialization;
using Annals.Timelines;
using static Annals.Tests.Serialization.LoadAssertions;

namespace Annals.Tests.Serialization;

/// <summary>docs/format.md and docs/timeline.schema.json agree with the code.</summary>
public partial class FormatDocsTests
{
    private static readonly string FormatDoc = File.ReadAllText(RepositoryFile("docs/format.md"));

    private static readonly JsonElement Schema = JsonDocument.Parse(File.ReadAllText(RepositoryFile("docs/timeline.schema.json"))).RootElement;

    private static IEnumerable<string> Codes(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!);

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();

    private static string[] PropertyNames(string definition) =>
        (definition == "$" ? Schema : Schema.GetProperty("$defs").GetProperty(definition))
            .GetProperty("properties").EnumerateObject().Select(p => p.Name).ToArray();

    [Fact]
    public void FormatDoc_EveryProblemCode_HasARowWithAnExample()
    {
        foreach (var code in Codes(typeof(LoadProblemCodes)).Concat(Codes(typeof(ProblemCodes))))
        {
            FormatDoc.Should().MatchRegex($@"\n\| {code} \| (error|warning) \| [^|]+ \| `[^`]+`", $"{code} needs a row in the table of problems");
        }
    }

    [Fact]
    public void FormatDoc_FirstExample_Loads()
    {
        var example = JsonBlock().Match(FormatDoc).Groups[1].Value;

        var result = Load(example);

        result.Problems.Should().BeEmpty();
        result.Timeline!.Single().Id.Should().Be("rubio-visits-el-salvador");
    }

    [Fact]
    public void Schema_Vocabularies_MatchTheModel()
    {
        var defs = Schema.GetProperty("$defs");

        Strings(defs.GetProperty("actorKind").GetProperty("enum")).Should().Equal(Vocabulary.Names<ActorKind>());
        Strings(defs.GetProperty("status").GetProperty("enum")).Should().Equal(Vocabulary.Names<EventStatus>());
        Strings(defs.GetProperty("certainty").GetProperty("enum")).Should().Equal(Vocabulary.Names<Certainty>());
        Strings(defs.GetProperty("role").GetProperty("enum")).Should().Equal(Vocabulary.Names<ParticipantRole>());
        Strings(defs.GetProperty("relationType").GetProperty("enum")).Should().Equal(Vocabulary.Names<RelationType>());
        Strings(defs.GetProperty("sourceKind").GetProperty("enum")).Should().Equal(Vocabulary.Names<SourceKind>());
        Strings(defs.GetProperty("eventKind").GetProperty("anyOf")[0].GetProperty("enum"))
            .Should().Equal(EventKind.BuiltIns.Select(k => k.Name));
    }

    [Fact]
    public void Schema_Objects_HaveTheFieldsOfTheFormatInOrder()
    {
        PropertyNames("$").Should().Equal(FieldNames.OfTimeline);
        PropertyNames("actor").Should().Equal(FieldNames.OfActor);
        PropertyNames("office").Should().Equal(FieldNames.OfOffice);
        PropertyNames("event").Should().Equal(FieldNames.OfEvent);
        PropertyNames("participant").Should().Equal(FieldNames.OfParticipant);
        PropertyNames("location").Should().Equal(FieldNames.OfLocation);
        PropertyNames("source").Should().Equal(FieldNames.OfSource);
        PropertyNames("relation").Should().Equal(FieldNames.OfRelation);
        PropertyNames("revision").Should().Equal(FieldNames.OfRevision);
        PropertyNames("relativeDate").Should().Equal(FieldNames.OfRelativeDate);
    }

    [Fact]
    public void Schema_Patterns_AgreeWithTheModel()
    {
        var defs = Schema.GetProperty("$defs");
        var id = new Regex(defs.GetProperty("id").GetProperty("pattern").GetString()!);
        var custom = new Regex(defs.GetProperty("eventKind").GetProperty("anyOf")[1].GetProperty("pattern").GetString()!);

        foreach (var candidate in new[] { "rubio-visit-2025", "a_b", "a", "2025", "-a", "a-", "a--b", "a-_b", "Rubio", "a b", "é" })
        {
            id.IsMatch(candidate).Should().Be(Slug.IsValid(candidate), candidate);
            custom.IsMatch("x-" + candidate).Should().Be(EventKind.TryGet("x-" + candidate, out _), "x-" + candidate);
        }
    }

    [Fact]
    public void Schema_RequiredFields_MatchTheLoader()
    {
        var defs = Schema.GetProperty("$defs");

        Strings(Schema.GetProperty("required")).Should().Equal("timeline", "title");
        Strings(defs.GetProperty("actor").GetProperty("required")).Should().Equal("id", "name");
        Strings(defs.GetProperty("event").GetProperty("required")).Should().Equal("id", "title");
        defs.GetProperty("event").GetProperty("anyOf").EnumerateArray().Select(a => Strings(a.GetProperty("required")).Single())
            .Should().Equal("date", "relativeTo");
        Strings(defs.GetProperty("relativeDate").GetProperty("required")).Should().Equal("offset", "event");
        Strings(defs.GetProperty("source").GetProperty("required")).Should().Equal("publisher");
        Strings(defs.GetProperty("revision").GetProperty("required")).Should().Equal("recorded");
        Load("""{"timeline": 1, "title": "T", "actors": [{}], "events": [{"sources": [{}], "history": [{}]}]}""")
            .Problems.Where(p => p.Code == LoadProblemCodes.MissingField).Select(p => p.Path).Should().Equal(
                "$.actors[0].id",
                "$.actors[0].name",
                "$.events[0].id",
                "$.events[0].title",
                "$.events[0].date",
                "$.events[0].sources[0].publisher",
                "$.events[0].history[0].recorded");
    }

    [GeneratedRegex("```json\\n(.*?)\\n```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();
}
