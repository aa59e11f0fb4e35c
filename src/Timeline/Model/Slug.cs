namespace Annals.Model;

/// <summary>The rule for ids: lowercase ASCII letters and digits, in words joined by single hyphens or underscores.</summary>
internal static class Slug
{
    /// <summary>The longest id accepted.</summary>
    public const int MaxLength = 200;

    public const string Rule = "use lowercase letters, digits and single hyphens or underscores, starting with a letter or digit, e.g. 'rubio-visit-2025'";

    public static bool IsValid(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var isWordChar = c is (>= 'a' and <= 'z') or (>= '0' and <= '9');
            if (isWordChar)
            {
                continue;
            }

            var isJoiner = c is '-' or '_';
            if (!isJoiner || i == 0 || i == text.Length - 1 || text[i - 1] is '-' or '_')
            {
                return false;
            }
        }

        return true;
    }

    public static string Check(string? id, string paramName)
    {
        if (id is null)
        {
            throw new ArgumentNullException(paramName, $"An id is required, but null was given: {Rule}.");
        }

        if (!IsValid(id))
        {
            var shown = id.Length <= 80 ? id : string.Concat(id.AsSpan(0, 77), "...");
            throw new ArgumentException($"'{shown}' is not a valid id: {Rule}.", paramName);
        }

        return id;
    }
}
