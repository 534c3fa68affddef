using System.Text;
using Chb.Adapters;
using Chb.Plugins.Environment;
using Chb.Plugins.Tests.Support;

namespace Chb.Plugins.Tests.Environment;

public sealed partial class EnvEnforcementAdapterTests
{
    [Theory]
    [InlineData("this line is not json")]
    [InlineData("{\"caseId\":\"X\"")]
    [InlineData("{\"caseId\":\"X\",}")]
    [InlineData("{'caseId':'X'}")]
    [InlineData("{} {}")]
    public async Task ParseAsync_InvalidJson_RejectsThatLineOnly(string bad)
    {
        var rows = await EnvJsonl.ParseLinesAsync(EnvJsonl.ValidLine, bad, EnvJsonl.ValidLine);

        Assert.Equal([1L, 2, 3], rows.Select(r => r.RowNumber));
        Assert.Equal("line", rows[1].Rejection!.Field);
        Assert.NotNull(rows[0].Record);
        Assert.NotNull(rows[2].Record);
    }

    [Theory]
    [InlineData("[]", "an array")]
    [InlineData("[{\"caseId\":\"X\"}]", "an array")]
    [InlineData("\"text\"", "a string")]
    [InlineData("42", "a number")]
    [InlineData("true", "a boolean")]
    [InlineData("null", "null")]
    public async Task ParseAsync_JsonThatIsNotAnObject_RejectsLine(string line, string kind)
    {
        var row = await EnvJsonl.SingleRejectionAsync(line);

        Assert.Equal("line", row.Rejection!.Field);
        Assert.EndsWith(kind, row.Rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParseAsync_BlankLines_AreSkippedButCounted()
    {
        var rows = await EnvJsonl.ParseAsync($"\n{EnvJsonl.ValidLine}\r\n   \r\n\t\n{EnvJsonl.ValidLine}");

        Assert.Equal([2L, 5], rows.Select(r => r.RowNumber));
        Assert.All(rows, r => Assert.NotNull(r.Record));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ParseAsync_WithOrWithoutBom_ReadsFirstLine(bool withBom)
    {
        var text = Encoding.UTF8.GetBytes(EnvJsonl.ValidLine + "\r\n");
        byte[] bytes = withBom ? [0xEF, 0xBB, 0xBF, .. text] : text;

        var rows = await AdapterRunner.ParseAsync(new EnvEnforcementAdapter(), new MemoryStream(bytes), "ENV", AgencyKind.EnvironmentalServices);

        Assert.Equal("NS-2024-0001", Assert.Single(rows).Record!.PartnerReference);
    }

    [Fact]
    public async Task ParseAsync_EmptyInput_YieldsNothing()
        => Assert.Empty(await EnvJsonl.ParseAsync(string.Empty));

    [Fact]
    public async Task ParseAsync_UnknownProperties_AreIgnored()
    {
        var line = EnvJsonl.Line(j =>
        {
            j["extra"] = new System.Text.Json.Nodes.JsonObject { ["deep"] = 1 };
            j["reporterConfidential"] = true;
        });

        Assert.Equal("NS-2024-0001", (await EnvJsonl.SingleRecordAsync(line)).PartnerReference);
    }

    [Fact]
    public async Task ParseAsync_Diacritics_ArePreserved()
    {
        var line = EnvJsonl.ValidLine.Replace("\"Jo\"", "\"Zoë Łukasz\"", StringComparison.Ordinal)
            .Replace("\"Smith\"", "\"Wiśniewska\"", StringComparison.Ordinal);

        var record = await EnvJsonl.SingleRecordAsync(line);

        Assert.Equal(new PersonName("Wiśniewska", "Zoë Łukasz"), record.Parties[0].Person!.Names[0]);
    }

    [Fact]
    public async Task ParseAsync_Cancelled_StopsWithOperationCanceled()
    {
        using var cts = new CancellationTokenSource();
        var bytes = Encoding.UTF8.GetBytes(EnvJsonl.ValidLine + "\n" + EnvJsonl.ValidLine + "\n");
        await using var rows = new EnvEnforcementAdapter()
            .ParseAsync(new MemoryStream(bytes), new AdapterContext("ENV", AgencyKind.EnvironmentalServices, "x"), cts.Token)
            .GetAsyncEnumerator(cts.Token);

        Assert.True(await rows.MoveNextAsync());
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await rows.MoveNextAsync());
    }
}
