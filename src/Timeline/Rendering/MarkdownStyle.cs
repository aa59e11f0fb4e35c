namespace Annals.Rendering;

/// <summary>How <see cref="ChronologyMarkdown"/> lays out the events of a group.</summary>
public enum MarkdownStyle
{
    /// <summary>One list item per event: the date in bold, the title, then the summary and participants on the
    /// following lines of the item. This is the default.</summary>
    List,

    /// <summary>One GitHub Flavored Markdown table per group, with the columns Date, Event, Participants, Status and
    /// Sources.</summary>
    Table,
}
