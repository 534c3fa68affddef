using System.Text;
using Chb.Plugins.Environment;

namespace Chb.Plugins.Tests.Environment;

public sealed class JsonLineReaderTests
{
    private static async Task<List<JsonLine>> ReadAllAsync(string text)
    {
        using var reader = new JsonLineReader(new MemoryStream(Encoding.UTF8.GetBytes(text)));
        var lines = new List<JsonLine>();
        while (await reader.ReadAsync(CancellationToken.None) is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }

    [Theory]
    [InlineData("a\nb\n")]
    [InlineData("a\r\nb\r\n")]
    [InlineData("a\nb")]
    public async Task ReadAsync_LfOrCrlfWithOrWithoutFinalBreak_ReadsTwoLines(string text)
        => Assert.Equal([new JsonLine(1, "a"), new JsonLine(2, "b")], await ReadAllAsync(text));

    [Fact]
    public async Task ReadAsync_EmptyLines_AreReturnedAndNumbered()
        => Assert.Equal([new JsonLine(1, ""), new JsonLine(2, "x"), new JsonLine(3, "")], await ReadAllAsync("\nx\n\n"));

    [Fact]
    public async Task ReadAsync_LineLongerThanLimit_ReturnsNullTextAndResumes()
    {
        var lines = await ReadAllAsync(new string('x', JsonLineReader.MaxLineChars + 1) + "\nnext\n");

        Assert.Equal([new JsonLine(1, null), new JsonLine(2, "next")], lines);
    }

    [Fact]
    public async Task ReadAsync_LineOfExactlyTheLimit_IsKept()
    {
        var lines = await ReadAllAsync(new string('x', JsonLineReader.MaxLineChars) + "\r\n");

        Assert.Equal(JsonLineReader.MaxLineChars, Assert.Single(lines).Text!.Length);
    }
}
