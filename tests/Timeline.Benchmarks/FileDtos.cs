using System.Text.Json.Serialization;

namespace Annals.Benchmarks;

// Plain classes for the fields of a timeline file, for the baseline of LoadBenchmarks: what System.Text.Json costs to
// read the same bytes into objects, with no checks, no dates parsed and no timeline built.

public sealed class FileDto
{
    [JsonPropertyName("timeline")]
    public int Timeline { get; set; }

    [JsonPropertyName("title")]
    public string? Title { get; set; }

    [JsonPropertyName("description")]
    public string? Description { get; set; }

    [JsonPropertyName("actors")]
    public List<ActorDto>? Actors { get; set; }

    [JsonPropertyName("events")]
    public List<EventDto>? Events { get; set; }
}

public sealed class ActorDto
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    [JsonPropertyName("country")]
    public string? Country { get; set; }
}

public sealed class EventDto
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("title")]
    public string? Title { get; set; }

    [JsonPropertyName("summary")]
    public string? Summary { get; set; }

    [JsonPropertyName("date")]
    public string? Date { get; set; }

    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    [JsonPropertyName("status")]
    public string? Status { get; set; }

    [JsonPropertyName("certainty")]
    public string? Certainty { get; set; }

    [JsonPropertyName("participants")]
    public List<ParticipantDto>? Participants { get; set; }

    [JsonPropertyName("sources")]
    public List<SourceDto>? Sources { get; set; }

    [JsonPropertyName("tags")]
    public List<string>? Tags { get; set; }
}

public sealed class ParticipantDto
{
    [JsonPropertyName("actor")]
    public string? Actor { get; set; }

    [JsonPropertyName("role")]
    public string? Role { get; set; }
}

public sealed class SourceDto
{
    [JsonPropertyName("publisher")]
    public string? Publisher { get; set; }

    [JsonPropertyName("url")]
    public string? Url { get; set; }

    [JsonPropertyName("kind")]
    public string? Kind { get; set; }
}
