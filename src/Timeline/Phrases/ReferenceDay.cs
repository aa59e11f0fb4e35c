using NodaTime;

namespace Annals.Phrases;

/// <summary>A day that an offset counts from ("20 January 2025" in "3 days after 20 January 2025"), with how to name it.</summary>
/// <param name="Day">The day.</param>
/// <param name="Description">How explanations name it: "20 January 2025", "Trump took office (20 January 2025)".</param>
internal readonly record struct ReferenceDay(LocalDate Day, string Description)
{
    public static ReferenceDay Anchor(LocalDate anchor) => new(anchor, DateText.Day(anchor));

    public static ReferenceDay Explicit(LocalDate day) => new(day, DateText.Day(day));
}
