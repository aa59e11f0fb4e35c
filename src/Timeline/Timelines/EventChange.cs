using System.Collections.Immutable;
using System.Globalization;
using Annals.Model;

namespace Annals.Timelines;

/// <summary>One field that differs between two versions of a record, with its old and new value written as text.</summary>
/// <param name="Field">The field's name as the file format spells it, such as <c>status</c> or <c>date</c>.</param>
/// <param name="OldValue">The first version's value, or <see langword="null"/> when it had none.</param>
/// <param name="NewValue">The second version's value, or <see langword="null"/> when it has none.</param>
public sealed record FieldChange(string Field, string? OldValue, string? NewValue)
{
    /// <summary>Lists the fields that differ between two versions of an event, in a fixed order.</summary>
    /// <param name="before">The first version.</param>
    /// <param name="after">The second version.</param>
    /// <returns>The differing fields; empty when the two are equal.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ImmutableArray<FieldChange> Between(Event before, Event after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = ImmutableArray.CreateBuilder<FieldChange>();
        Compare(changes, "id", before.Id, after.Id);
        Compare(changes, "title", before.Title, after.Title);
        Compare(changes, "summary", before.Summary, after.Summary);
        Compare(changes, "date", before.Date.ToString(), after.Date.ToString());
        Compare(changes, "timeZone", before.TimeZone?.Id, after.TimeZone?.Id);
        Compare(changes, "kind", before.Kind?.Name, after.Kind?.Name);
        Compare(changes, "status", Vocabulary.Name(before.Status), Vocabulary.Name(after.Status));
        Compare(changes, "certainty", Vocabulary.Name(before.Certainty), Vocabulary.Name(after.Certainty));
        Compare(changes, "participants", Join(before.Participants), Join(after.Participants));
        Compare(changes, "location", Describe(before.Location), Describe(after.Location));
        if (!before.Sources.SequenceEqual(after.Sources))
        {
            changes.Add(new FieldChange("sources", Describe(before.Sources), Describe(after.Sources)));
        }

        Compare(changes, "tags", Join(before.Tags), Join(after.Tags));
        Compare(changes, "relations", Join(before.Relations), Join(after.Relations));
        Compare(changes, "recorded", before.Recorded?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), after.Recorded?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        if (!before.History.SequenceEqual(after.History))
        {
            changes.Add(new FieldChange("history", Count(before.History.Length, "revision"), Count(after.History.Length, "revision")));
        }

        return changes.ToImmutable();
    }

    private static void Compare(ImmutableArray<FieldChange>.Builder changes, string field, string? before, string? after)
    {
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            changes.Add(new FieldChange(field, before, after));
        }
    }

    private static string? Join<T>(ImmutableArray<T> items) => items.IsEmpty ? null : string.Join(", ", items);

    private static string? Describe(Location? location) =>
        location is null
            ? null
            : string.Join(", ", new[] { location.Name, location.Country?.Value }.Where(s => !string.IsNullOrEmpty(s)));

    private static string? Describe(ImmutableArray<Source> sources) =>
        sources.IsEmpty
            ? null
            : string.Join("; ", sources.Select(s =>
            {
                var details = string.Join(", ", new[] { s.Author, s.Title, s.Published?.ToString() }.Where(d => d is not null));
                return details.Length == 0 ? s.Publisher : $"{s.Publisher} ({details})";
            }));

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
