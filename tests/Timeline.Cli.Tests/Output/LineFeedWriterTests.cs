using Annals.Cli.Output;

namespace Annals.Cli.Tests.Output;

public sealed class LineFeedWriterTests
{
    [Fact]
    public void WriteLine_InnerWriterUsesCarriageReturnLineFeed_WritesLineFeedOnly()
    {
        using var inner = new StringWriter { NewLine = "\r\n" };
        using (var writer = new LineFeedWriter(inner))
        {
            writer.WriteLine("one");
            writer.WriteLine();
        }

        inner.ToString().Should().Be("one\n\n");
    }

    [Fact]
    public void Write_CarriageReturnLineFeedInText_ShortensItToLineFeed()
    {
        using var inner = new StringWriter();
        using (var writer = new LineFeedWriter(inner))
        {
            writer.Write("a\r\nb\r\n");
            writer.Write("c\r");
            writer.Write('\n');
            writer.Write("d".AsSpan());
        }

        inner.ToString().Should().Be("a\nb\nc\nd");
    }

    [Fact]
    public void Write_LoneCarriageReturn_KeepsIt()
    {
        using var inner = new StringWriter();
        using (var writer = new LineFeedWriter(inner))
        {
            writer.Write("a\rb");
            writer.Write('\r');
        }

        inner.ToString().Should().Be("a\rb\r");
    }

    [Fact]
    public void Dispose_LeavesTheInnerWriterOpen()
    {
        using var inner = new StringWriter();
        new LineFeedWriter(inner).Dispose();

        inner.Write("still open");

        inner.ToString().Should().Be("still open");
    }
}
