namespace Annals.Model;

/// <summary>Checks for the text fields of the model.</summary>
internal static class FieldChecks
{
    /// <summary>Text that must have some content: not null, empty or only white space.</summary>
    public static string Required(string? value, string paramName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(paramName, $"{paramName} is required, but null was given; give it some text.");
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{paramName} must not be empty or blank; give it some text.", paramName);
        }

        return value;
    }

    /// <summary>Optional text: null for none, otherwise it must have some content.</summary>
    public static string? OptionalLine(string? value, string paramName)
    {
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException(
                $"{paramName} must not be empty or blank; give it some text, or null to leave it out.",
                paramName);
        }

        return value;
    }
}
