using System.Text.Json;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Annals.Serialization;

/// <summary>Configures System.Text.Json for the library's value types in an application's own JSON.</summary>
public static class AnnalsJson
{
    /// <summary>
    /// Adds NodaTime's converters (ISO text for <see cref="LocalDate"/>, <see cref="Instant"/>, <see cref="ZonedDateTime"/>
    /// and the rest, with time zones from the TZDB) and <see cref="EdtfDateJsonConverter"/> to the options.
    /// </summary>
    /// <param name="options">The options to configure.</param>
    /// <returns>The same options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <example>
    /// <code>
    /// var options = new JsonSerializerOptions().ConfigureForAnnals();
    /// var json = JsonSerializer.Serialize(new { Date = EdtfDate.Parse("2025-04~").Value, Day = new LocalDate(2025, 4, 14) }, options);
    /// // {"Date":"2025-04~","Day":"2025-04-14"}
    /// </code>
    /// </example>
    public static JsonSerializerOptions ConfigureForAnnals(this JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.Converters.Add(new EdtfDateJsonConverter());
        return options;
    }
}
