using Annals.Rendering;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Markdig.Syntax;
using static Annals.Tests.Rendering.RenderingTestData;

namespace Annals.Tests.Rendering;

/// <summary>Properties of the escapers over random text built from Markdown's and Mermaid's special characters.</summary>
public class EscaperPropertyTests
{
    [Property(MaxTest = 1500, Arbitrary = [typeof(MarkupArbitraries)])]
    public bool Escape_AnyText_IsOneParagraphThatReadsAsTheFoldedText(MarkupText text)
    {
        var folded = Folded(text.Value);
        var tree = MarkdownTree.Parse(MarkdownEscaper.Escape(text.Value) + "\n");

        return folded.Length == 0
            ? tree.Document.Count == 0
            : tree.Document.Count == 1
                && tree.Document[0] is ParagraphBlock paragraph
                && MarkdownTree.Text(paragraph) == folded
                && tree.HtmlInlines.Count == 0
                && tree.Links.Count == 0;
    }

    [Property(MaxTest = 1000, Arbitrary = [typeof(MarkupArbitraries)])]
    public bool Escape_AnyTextOnTheLineAfterAListItem_StaysInTheItem(MarkupText text)
    {
        var folded = Folded(text.Value);
        var tree = MarkdownTree.Parse("- **1 May 2025**: T\\\n  " + MarkdownEscaper.Escape(text.Value) + "\n- **2 May 2025**: U\n");

        // The renderers never write an empty line; blank text is left out.
        return folded.Length == 0
            || (tree.EventItems.Count == 2
                && MarkdownTree.Lines(tree.EventItems[0]).SequenceEqual(["1 May 2025: T", folded])
                && tree.HtmlInlines.Count == 0
                && tree.Links.Count == 0);
    }

    [Property(MaxTest = 1000, Arbitrary = [typeof(MarkupArbitraries)])]
    public bool EscapeCell_AnyText_IsOneCellThatReadsAsTheFoldedText(MarkupText text)
    {
        var folded = Folded(text.Value);
        var tree = MarkdownTree.Parse("| a | b |\n| --- | --- |\n| " + MarkdownEscaper.EscapeCell(text.Value) + " | **" + MarkdownEscaper.EscapeInline(text.Value) + "** |\n");

        return folded.Length == 0
            || (tree.Tables.Count == 1
                && tree.BodyRows.Count == 1
                && tree.BodyRows[0].Count == 2
                && MarkdownTree.CellText(tree.BodyRows[0], 0) == folded
                && MarkdownTree.CellText(tree.BodyRows[0], 1) == folded
                && tree.HtmlInlines.Count == 0
                && tree.Links.Count == 0);
    }

    [Property(MaxTest = 1500, Arbitrary = [typeof(MarkupArbitraries)])]
    public bool MermaidEscape_AnyText_LeavesNoSyntaxAndDecodesToTheFoldedText(MarkupText text)
    {
        var escaped = MermaidEscaper.Escape(text.Value);
        var decoded = System.Text.RegularExpressions.Regex.Replace(escaped, "#([0-9]+);", m => ((char)int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToString());
        var withoutEntities = System.Text.RegularExpressions.Regex.Replace(escaped, "#[0-9]+;", string.Empty);

        return decoded == Folded(text.Value)
            && withoutEntities.IndexOfAny(['#', ':', ';', '%', '<', '>', '&', '\n', '\r']) < 0;
    }

    [Property(MaxTest = 1500, Arbitrary = [typeof(MarkupArbitraries)])]
    public bool HtmlEscape_AnyText_IsOneTextNodeInContentAndInAnAttribute(MarkupText text)
    {
        var escaped = HtmlEscaper.Escape(text.Value);
        var element = System.Xml.Linq.XElement.Parse("<p title=\"" + escaped + "\">" + escaped + "</p>");

        return element.Value == Folded(text.Value)
            && element.Attribute("title")!.Value == Folded(text.Value)
            && !element.HasElements
            && element.Attributes().Count() == 1
            && System.Text.RegularExpressions.Regex.Replace(escaped, "&(amp|lt|gt|quot|#39);", string.Empty).IndexOfAny(['&', '<', '>', '"', '\'']) < 0;
    }
}

/// <summary>Text drawn from the characters that mean something to Markdown, Markdig's extensions or Mermaid, with
/// letters, digits, spaces, line breaks and a few non-ASCII characters between them.</summary>
public sealed record MarkupText(string Value)
{
    public override string ToString() => System.Text.Json.JsonSerializer.Serialize(Value);
}

public static class MarkupArbitraries
{
    private static readonly string[] Pieces =
    [
        "\\", "`", "*", "_", "{", "}", "[", "]", "(", ")", "#", "+", "-", ".", "!", "|", "<", ">", "&", "~", "^", "$", "=",
        ":", ";", "%", "\"", "'", "@", "/", " ", "  ", "\t", "\n", "\r\n", "\u2028", "a", "b", "x", "1", "2", "9", "é",
        "ש", "😂", "\u200D", "\u202E", "\u00A0", "http://", "www.", "mailto:", "tel:", "ftp://", "[^1]", "<a>", "&amp;",
        "```", "---", "1.", "i)", "%%", "<!--", "-->", "javascript:", "i",
    ];

    public static Arbitrary<MarkupText> MarkupText() =>
        Gen.Choose(0, 14)
            .SelectMany(count => Gen.ArrayOf(Gen.Elements(Pieces), count))
            .Select(pieces => new MarkupText(string.Concat(pieces)))
            .ToArbitrary();
}
