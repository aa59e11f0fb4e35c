using Annals.Timelines;

namespace Annals.Rendering;

/// <summary>
/// Writes a timeline as a Mermaid <c>timeline</c> diagram: <c>timeline</c>, an optional <c>title</c>, a
/// <c>section</c> per group, and a line <c>period : event : event</c> for each run of events that share a date label.
/// </summary>
/// <remarks>Every piece of text goes through <see cref="MermaidEscaper"/>. Mermaid keeps the order of the lines, so the
/// diagram reads in the order chosen by <see cref="MermaidOptions.Order"/>. Not thread-safe; use one renderer per
/// document.</remarks>
internal sealed class MermaidRenderer
{
    private const string Indent = "    ";

    private readonly LineWriter writer;
    private readonly MermaidOptions options;

    /// <summary>Creates a renderer.</summary>
    /// <param name="writer">Where the diagram goes.</param>
    /// <param name="options">What to write.</param>
    public MermaidRenderer(LineWriter writer, MermaidOptions options)
    {
        this.writer = writer;
        this.options = options;
    }

    /// <summary>Writes the diagram.</summary>
    /// <param name="timeline">The timeline.</param>
    public void Render(Timeline timeline)
    {
        var format = DateTextFormat.For(options.Culture);
        var phrases = new EventPhrases(timeline, format);
        writer.WriteLine("timeline");
        var title = !options.IncludeTitle ? null : string.IsNullOrWhiteSpace(options.Title) ? timeline.Title : options.Title;
        if (!string.IsNullOrWhiteSpace(title))
        {
            writer.WriteLine(Indent + "title " + MermaidEscaper.Escape(title));
        }

        foreach (var section in ChronologySection.Of(timeline, options.Grouping, options.Order, phrases.Labels, phrases.Text))
        {
            var indent = Indent;
            if (section.Heading is not null)
            {
                writer.WriteLine(Indent + "section " + MermaidEscaper.Escape(section.Heading));
                indent += Indent;
            }

            string? period = null;
            foreach (var e in section.Events)
            {
                var label = MermaidEscaper.Escape(phrases.DateLabel(e));
                var item = e.Title + (options.IncludeStatus ? StatusSuffix(phrases, e) : string.Empty);
                if (label != period)
                {
                    if (period is not null)
                    {
                        writer.EndLine();
                    }

                    writer.Write(indent).Write(label);
                    period = label;
                }

                writer.Write(" : ").Write(MermaidEscaper.Escape(item));
            }

            if (period is not null)
            {
                writer.EndLine();
            }
        }

        writer.Finish();
    }

    private static string StatusSuffix(EventPhrases phrases, Annals.Model.Event e) =>
        phrases.StatusWords(e) is { Length: > 0 } words ? " (" + words + ")" : string.Empty;
}
