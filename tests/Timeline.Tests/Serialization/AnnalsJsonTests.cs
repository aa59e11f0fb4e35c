using System.Text.Json;
using Annals.Dates;
using Annals.Serialization;
using NodaTime;

namespace Annals.Tests.Serialization;

public class AnnalsJsonTests
{
    private sealed record Dto(EdtfDate Date, LocalDate Day, Instant At);

    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions().ConfigureForAnnals();

    [Fact]
    public void ConfigureForAnnals_OwnType_WritesEdtfAndIsoText()
    {
        var dto = new Dto(EdtfDate.Parse("2025-04~").Value, new LocalDate(2025, 4, 14), Instant.FromUtc(2025, 4, 14, 15, 0));

        var json = JsonSerializer.Serialize(dto, Options);

        json.Should().Be("""{"Date":"2025-04~","Day":"2025-04-14","At":"2025-04-14T15:00:00Z"}""");
        JsonSerializer.Deserialize<Dto>(json, Options).Should().Be(dto);
    }

    [Fact]
    public void EdtfDateJsonConverter_InvalidText_ThrowsJsonExceptionWithThePosition()
    {
        var act = () => JsonSerializer.Deserialize<Dto>("""{"Date":"2025-02-29","Day":"2025-04-14","At":"2025-04-14T15:00:00Z"}""", Options);

        act.Should().Throw<JsonException>().WithMessage("'2025-02-29' is not an EDTF date: at character 9*");
    }

    [Fact]
    public void EdtfDateJsonConverter_NumberInsteadOfString_ThrowsJsonException()
    {
        var act = () => JsonSerializer.Deserialize<Dto>("""{"Date":2025,"Day":"2025-04-14","At":"2025-04-14T15:00:00Z"}""", Options);

        act.Should().Throw<JsonException>().WithMessage("An EDTF date must be a JSON string*");
    }
}
