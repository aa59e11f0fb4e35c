using System.Text;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Annals.Tests.Rendering;

/// <summary>Parses rendered Markdown with Markdig (advanced extensions, GitHub heading ids) and reads its structure.</summary>
internal sealed class MarkdownTree
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseAdvancedExtensions()
        .Build();

    private MarkdownTree(MarkdownDocument document)
    {
        Document = document;
    }

    public MarkdownDocument Document { get; }

    public IReadOnlyList<HeadingBlock> Headings => [.. Document.Descendants<HeadingBlock>()];

    /// <summary>The event items: list items whose first paragraph starts with the bold date (not table-of-contents links).</summary>
    public IReadOnlyList<ListItemBlock> EventItems =>
    [
        .. Document.Descendants<ListItemBlock>()
            .Where(i => i.FirstOrDefault() is ParagraphBlock { Inline.FirstChild: EmphasisInline { DelimiterCount: 2 } }),
    ];

    public IReadOnlyList<Table> Tables => [.. Document.Descendants<Table>()];

    public IReadOnlyList<TableRow> BodyRows => [.. Tables.SelectMany(t => t.OfType<TableRow>()).Where(r => !r.IsHeader)];

    public IReadOnlyList<Footnote> Footnotes => [.. Document.Descendants<Footnote>()];

    public IReadOnlyList<FootnoteLink> FootnoteReferences =>
        [.. Document.Descendants<FootnoteLink>().Where(l => !l.IsBackLink)];

    public IReadOnlyList<LinkInline> Links => [.. Document.Descendants<LinkInline>()];

    public IReadOnlyList<Block> HtmlBlocks => [.. Document.Descendants<HtmlBlock>()];

    public IReadOnlyList<Inline> HtmlInlines =>
        [.. Document.Descendants<HtmlInline>().Cast<Inline>().Concat(Document.Descendants<HtmlEntityInline>())];

    public static MarkdownTree Parse(string markdown) => new(Markdown.Parse(markdown, Pipeline));

    /// <summary>The text a reader sees in an inline run: literals, with escapes resolved; links by their text.</summary>
    public static string Text(Inline? inline)
    {
        var builder = new StringBuilder();
        Append(builder, inline, stopAtLineBreak: false);
        return builder.ToString();
    }

    public static string Text(LeafBlock block) => Text(block.Inline);

    /// <summary>The first line of an event item after its bold date, without the footnote references: ": title (reported)".</summary>
    public static string AfterDate(ListItemBlock item)
    {
        var paragraph = (ParagraphBlock)item[0];
        var builder = new StringBuilder();
        for (var inline = paragraph.Inline!.FirstChild!.NextSibling; inline is not null and not LineBreakInline and not FootnoteLink; inline = inline.NextSibling)
        {
            Append(builder, inline, stopAtLineBreak: true);
        }

        return builder.ToString();
    }

    /// <summary>The lines of an event item's first paragraph.</summary>
    public static IReadOnlyList<string> Lines(ListItemBlock item) => Text(((ParagraphBlock)item[0]).Inline).Split('\n');

    public static string CellText(TableRow row, int column) => Text(((TableCell)row[column]).OfType<ParagraphBlock>().Single().Inline);

    private static void Append(StringBuilder builder, Inline? inline, bool stopAtLineBreak)
    {
        switch (inline)
        {
            case null:
                return;
            case LiteralInline literal:
                builder.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case LineBreakInline:
                builder.Append('\n');
                break;
            case FootnoteLink:
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.ToString());
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    if (stopAtLineBreak && child is LineBreakInline)
                    {
                        return;
                    }

                    Append(builder, child, stopAtLineBreak);
                }

                break;
        }
    }
}
