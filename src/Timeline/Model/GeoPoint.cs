using System.Globalization;

namespace Annals.Model;

/// <summary>A point on the Earth in WGS 84 degrees.</summary>
/// <remarks>Immutable and thread-safe; compares by value.</remarks>
public readonly record struct GeoPoint
{
    /// <summary>Creates a point.</summary>
    /// <param name="latitude">Degrees north, from -90 to 90.</param>
    /// <param name="longitude">Degrees east, from -180 to 180.</param>
    /// <exception cref="ArgumentOutOfRangeException">A coordinate is out of range or not a number.</exception>
    public GeoPoint(double latitude, double longitude)
    {
        if (!(latitude is >= -90 and <= 90))
        {
            throw new ArgumentOutOfRangeException(
                nameof(latitude),
                string.Create(CultureInfo.InvariantCulture, $"Latitude {latitude} is out of range: use degrees from -90 to 90."));
        }

        if (!(longitude is >= -180 and <= 180))
        {
            throw new ArgumentOutOfRangeException(
                nameof(longitude),
                string.Create(CultureInfo.InvariantCulture, $"Longitude {longitude} is out of range: use degrees from -180 to 180."));
        }

        Latitude = latitude;
        Longitude = longitude;
    }

    /// <summary>Gets the latitude in degrees north.</summary>
    public double Latitude { get; }

    /// <summary>Gets the longitude in degrees east.</summary>
    public double Longitude { get; }
}
