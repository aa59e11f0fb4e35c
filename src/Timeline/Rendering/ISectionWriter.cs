using Annals.Model;

namespace Annals.Rendering;

/// <summary>Writes the events of one section in a Markdown style (a list or a table).</summary>
internal interface ISectionWriter
{
    /// <summary>Writes the events, as one block.</summary>
    /// <param name="events">The events, in the order to write.</param>
    void Write(IReadOnlyList<Event> events);
}
