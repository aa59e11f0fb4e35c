using System.Text;
using Annals.Serialization;
using static Annals.Tests.Serialization.LoadAssertions;

namespace Annals.Tests.Serialization;

/// <summary>The built-in sample and its file, docs/examples/el-salvador-united-states-2025.json, are the same
/// chronology: loading the file gives the sample, and saving the sample gives the file, byte for byte.</summary>
public class SampleFileTests
{
    private static readonly string SamplePath = RepositoryFile("docs/examples/el-salvador-united-states-2025.json");

    [Fact]
    public void Load_SampleFile_EqualsTheBuiltInSample()
    {
        using var stream = File.OpenRead(SamplePath);

        var result = ChronologyJson.Load(stream);

        result.Problems.Should().BeEmpty();
        result.Success.Should().BeTrue();
        result.Timeline.ShouldEqualTimeline(Annals.Samples.ElSalvadorUnitedStates2025);
        result.Document!.Extensions.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void ToUtf8Bytes_BuiltInSample_ReproducesTheSampleFileByteForByte()
    {
        var saved = ChronologyJson.ToUtf8Bytes(Annals.Samples.ElSalvadorUnitedStates2025);

        saved.Should().Equal(File.ReadAllBytes(SamplePath));
    }

    [Fact]
    public void Save_BuiltInSampleToAStream_ReproducesTheSampleFile()
    {
        using var stream = new MemoryStream();

        ChronologyJson.Save(Annals.Samples.ElSalvadorUnitedStates2025, stream);

        stream.ToArray().Should().Equal(File.ReadAllBytes(SamplePath));
    }

    [Fact]
    public void Save_BuiltInSampleToATextWriter_ReproducesTheSampleFile()
    {
        using var writer = new StringWriter { NewLine = "\r\n" };

        ChronologyJson.Save(Annals.Samples.ElSalvadorUnitedStates2025, writer);

        writer.ToString().Should().Be(File.ReadAllText(SamplePath, new UTF8Encoding(false)));
    }

    [Fact]
    public void SampleFile_Layout_IsUtf8WithoutBomWithLineFeedsAndAFinalNewline()
    {
        var bytes = File.ReadAllBytes(SamplePath);
        var text = Encoding.UTF8.GetString(bytes);

        bytes.Take(3).Should().NotEqual(Encoding.UTF8.GetPreamble());
        text.Should().NotContain("\r").And.EndWith("}\n").And.NotEndWith("\n\n");
        text.Should().StartWith("{\n  \"timeline\": 1,\n  \"title\": \"El Salvador–United States relations, 2021–2025\",\n");
        text.Should().Contain("\"quote\": \"Oopsie… Too late 😂\"", "non-ASCII text is written as is");
        text.Should().NotContain("\\u", "nothing in the sample needs an escape");
    }

    [Fact]
    public async Task LoadAsync_SampleFile_EqualsTheBuiltInSample()
    {
        await using var stream = File.OpenRead(SamplePath);

        var result = await ChronologyJson.LoadAsync(stream);

        result.Timeline.ShouldEqualTimeline(Annals.Samples.ElSalvadorUnitedStates2025);
    }
}
