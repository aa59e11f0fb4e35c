using Annals.Model;

namespace Annals.Tests.Model;

public class VocabularyTests
{
    [Fact]
    public void Name_MultiWordValue_IsKebabCase()
    {
        Vocabulary.Name(RelationType.RespondsTo).Should().Be("responds-to");
        Vocabulary.Name(RelationType.PartOf).Should().Be("part-of");
        Vocabulary.Name(EventStatus.Planned).Should().Be("planned");
    }

    [Fact]
    public void Names_ParticipantRole_ListsElevenRolesInOrder()
    {
        Vocabulary.Names<ParticipantRole>().Should().Equal(
            "host", "visitor", "caller", "callee", "participant", "sender", "receiver", "signatory", "speaker", "subject", "mediator");
    }

    [Theory]
    [InlineData("responds-to", RelationType.RespondsTo)]
    [InlineData("supersedes", RelationType.Supersedes)]
    public void TryParse_KnownName_ReturnsValue(string name, RelationType expected)
    {
        Vocabulary.TryParse<RelationType>(name, out var value).Should().BeTrue();
        value.Should().Be(expected);
    }

    [Theory]
    [InlineData("RespondsTo")]
    [InlineData("responds_to")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_OtherSpelling_ReturnsFalse(string? name)
    {
        Vocabulary.TryParse<RelationType>(name, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("ocurred", "occurred")]
    [InlineData("planed", "planned")]
    [InlineData("Cancelled", "cancelled")]
    [InlineData("canceled", "cancelled")]
    public void TrySuggest_Typo_SuggestsClosestName(string typo, string expected)
    {
        Vocabulary.TrySuggest(typo, Vocabulary.Names<EventStatus>(), out var suggestion).Should().BeTrue();
        suggestion.Should().Be(expected);
    }

    [Fact]
    public void TrySuggest_UnrelatedWord_SuggestsNothing()
    {
        Vocabulary.TrySuggest("banana", Vocabulary.Names<EventStatus>(), out var suggestion).Should().BeFalse();
        suggestion.Should().BeNull();
    }
}
