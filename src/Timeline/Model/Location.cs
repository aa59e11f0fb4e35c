namespace Annals.Model;

/// <summary>Where an event took place: a place name, a country, and optionally a point.</summary>
/// <remarks>Immutable and thread-safe; compares by value.</remarks>
public sealed record Location
{
    private readonly string? name;

    /// <summary>Creates a location.</summary>
    /// <param name="name">The place name as people write it, such as <c>The White House, Washington, D.C.</c>.</param>
    /// <param name="country">The country, if known.</param>
    /// <param name="point">The coordinates, if known.</param>
    public Location(string? name = null, CountryCode? country = null, GeoPoint? point = null)
    {
        Name = name;
        Country = country;
        Point = point;
    }

    /// <summary>Gets the place name.</summary>
    /// <exception cref="ArgumentException">Set to an empty or blank string; use <see langword="null"/> for no name.</exception>
    public string? Name
    {
        get => name;
        init => name = FieldChecks.OptionalLine(value, nameof(Name));
    }

    /// <summary>Gets the country.</summary>
    public CountryCode? Country { get; init; }

    /// <summary>Gets the coordinates.</summary>
    public GeoPoint? Point { get; init; }
}
