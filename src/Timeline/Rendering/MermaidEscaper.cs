using System.Text;

namespace Annals.Rendering;

/// <summary>
/// Escapes text for a Mermaid <c>timeline</c> diagram (a title, a section, a period or an event), so that it stays one
/// piece of text whatever the user wrote.
/// </summary>
/// <remarks>
/// <para>Mermaid's timeline grammar gives meaning to a few characters: a line break ends a statement; <c>:</c> separates
/// a period from its events; <c>#</c> starts a comment; <c>%%</c> starts a comment anywhere on a line and <c>%%{…}%%</c>
/// is a configuration directive; and before parsing, Mermaid turns <c>#name;</c> and <c>#123;</c> into HTML entities.
/// The escaper therefore:</para>
/// <list type="bullet">
/// <item><description>folds line breaks, tabs and runs of spaces into one space and trims the ends (leading and trailing
/// spaces are not significant to Mermaid); control characters become U+FFFD;</description></item>
/// <item><description>writes <c>#</c> <c>:</c> <c>;</c> <c>%</c> <c>&lt;</c> <c>&gt;</c> <c>&amp;</c> as Mermaid entity
/// codes (<c>#35;</c> <c>#58;</c> <c>#59;</c> <c>#37;</c> <c>#60;</c> <c>#62;</c> <c>#38;</c>), which the diagram shows
/// as the original characters. No comment, directive, separator, HTML tag (such as <c>&lt;br&gt;</c>) or entity can
/// be formed from the user's text, and no literal <c>#</c> is left for Mermaid's own entity pass to misread.</description></item>
/// <item><description>leaves everything else, including emoji and right-to-left text, unchanged.</description></item>
/// </list>
/// <para>All members are thread-safe.</para>
/// </remarks>
public static class MermaidEscaper
{
    /// <summary>Escapes text for a Mermaid timeline.</summary>
    /// <param name="text">The text; <see langword="null"/> gives an empty string.</param>
    /// <returns>The escaped text, on one line.</returns>
    public static string Escape(string? text)
    {
        var line = TextNormalizer.OneLine(text);
        var builder = new StringBuilder(line.Length + 8);
        foreach (var c in line)
        {
            var code = c switch
            {
                '#' => "#35;",
                ':' => "#58;",
                ';' => "#59;",
                '%' => "#37;",
                '<' => "#60;",
                '>' => "#62;",
                '&' => "#38;",
                _ => null,
            };
            if (code is null)
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(code);
            }
        }

        return builder.ToString();
    }
}
