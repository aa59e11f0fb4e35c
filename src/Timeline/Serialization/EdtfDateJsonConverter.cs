using System.Text.Json;
using System.Text.Json.Serialization;
using Annals.Dates;

namespace Annals.Serialization;

/// <summary>
/// Reads and writes an <see cref="EdtfDate"/> as its canonical EDTF string (<c>"2025-04~"</c>) with System.Text.Json,
/// for applications that put dates in their own JSON types.
/// </summary>
/// <remarks>
/// <para>Register it through <see cref="AnnalsJson.ConfigureForAnnals"/>, which also adds NodaTime's converters, or add
/// it to <see cref="JsonSerializerOptions.Converters"/> yourself. Invalid EDTF text raises a <see cref="JsonException"/>
/// whose message carries the EDTF error and its position, as System.Text.Json expects of converters.</para>
/// <para>The timeline file format does not use this converter: its loader reports problems with line and column
/// rather than throwing. Thread-safe.</para>
/// </remarks>
public sealed class EdtfDateJsonConverter : JsonConverter<EdtfDate>
{
    /// <inheritdoc />
    public override EdtfDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"An EDTF date must be a JSON string, such as \"2025-04~\"; found {reader.TokenType}.");
        }

        var text = reader.GetString();
        var parsed = EdtfDate.Parse(text);
        return parsed.Success
            ? parsed.Value
            : throw new JsonException($"'{text}' is not an EDTF date: {parsed.Error}");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, EdtfDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.ToString());
    }
}
